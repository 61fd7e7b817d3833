"""The compiled Aho-Corasick automaton (`ctip.text.automaton`, `_fast.Automaton`) gives exactly what
ahocorasick-rs gives, in the same order, on every keyword list ctip searches with and on hostile and
random texts: cue scan, obfuscation pre-filter, contact keywords, country clues, e-mail hints."""

import json
import random
from functools import cache
from pathlib import Path

import ahocorasick_rs
import pytest

from ctip.detect import cue_scan, cues, obfuscation
from ctip.extract import emails
from ctip.extract import scan as extract_scan
from ctip.text import automaton as automaton_module
from ctip.text.automaton import automaton, is_compiled
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
_fast = automaton_module._fast
needs_extension = pytest.mark.skipif(_fast is None, reason="the compiled extension is not built here")


def _reference(keys: list[str], leftmost_longest: bool) -> ahocorasick_rs.AhoCorasick:
    kind = ahocorasick_rs.MatchKind.LeftmostLongest if leftmost_longest else ahocorasick_rs.MatchKind.Standard
    return ahocorasick_rs.AhoCorasick(keys, matchkind=kind)


@cache
def _shipped_keys() -> dict[str, tuple[list[str], bool]]:
    """Every keyword list ctip builds an automaton from, and whether it is searched leftmost-longest."""
    tables = cues._shipped_tables() or cues.compile_tables()
    contact: dict[str, None] = {}
    for word, _ in extract_scan._ENTRIES["contact"]():
        contact.setdefault(word)
    clue: dict[str, None] = {}
    for word, _ in extract_scan._ENTRIES["clue"]():
        clue.setdefault(word)
    prefilter = list(obfuscation._words())
    for a in "0123456789":
        prefilter += [a + sep + b for b in "0123456789" for sep in obfuscation._SEPARATORS]
        prefilter += [k for letter in "oil" for k in (a + letter, letter + a)]
    hints = ["@", "at)", "at]", "(a)", " a cong ", "at )"]
    return {"cues": (tables["keys"], False), "prefilter": (prefilter, False), "contact": (list(contact), True),
            "clues": (list(clue), True), "hints": (hints, False)}


@cache
def _samples() -> tuple[str, ...]:
    lines = (ROOT / "examples" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(normalise(json.loads(x)["text"]).text for x in lines if x.strip())


def _texts(keys: list[str], seed: int) -> list[str]:
    """Shipped posts, keys glued and overlapping, odd characters, random strings over the keys' letters."""
    texts = list(_samples())
    texts += ["", " ", "\x00", "\U0001f600", "ｐａｓｓｐｏｒｔ", "a" * 5000, "\u0e01" * 300 + "\U00020000" * 3]
    rng = random.Random(seed)
    letters = sorted({ch for k in rng.sample(keys, min(200, len(keys))) for ch in k} | set(" 0a\U0001f600"))
    for _ in range(300):
        texts.append("".join(rng.choice(letters) for _ in range(rng.randrange(1, 80))))
        a, b = rng.choice(keys), rng.choice(keys)
        texts.append(a + b + a[: len(a) // 2] + b[len(b) // 2:] + " " + a + a)
    return texts


@needs_extension
@pytest.mark.parametrize("name", ["cues", "prefilter", "contact", "clues", "hints"])
def test_compiled_automaton_equals_ahocorasick_rs_on_shipped_keywords(name):
    keys, leftmost_longest = _shipped_keys()[name]
    compiled, reference = automaton(keys, leftmost_longest=leftmost_longest), _reference(keys, leftmost_longest)
    assert is_compiled(compiled)
    found = 0
    for text in _texts(keys, seed=len(name)):
        expected = reference.find_matches_as_indexes(text, overlapping=not leftmost_longest)
        assert compiled.find_matches_as_indexes(text, overlapping=not leftmost_longest) == expected, text[:80]
        found += bool(expected)
    assert found > 100


@needs_extension
@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("leftmost_longest", [False, True])
def test_compiled_automaton_equals_ahocorasick_rs_on_random_nested_keys(seed, leftmost_longest):
    """Small alphabets make keys that are prefixes, suffixes and repeats of each other (the hard cases)."""
    rng = random.Random(seed)
    alphabet = "ab\u0e01\U00020000"[: 2 + seed % 3]
    keys = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6))) for _ in range(rng.randrange(1, 30))]
    keys += keys[:3]  # the same key twice: both indexes are reported, in index order
    compiled, reference = automaton(keys, leftmost_longest=leftmost_longest), _reference(keys, leftmost_longest)
    for _ in range(300):
        text = "".join(rng.choice(alphabet + " ") for _ in range(rng.randrange(0, 40)))
        assert compiled.find_matches_as_indexes(text, overlapping=not leftmost_longest) == \
            reference.find_matches_as_indexes(text, overlapping=not leftmost_longest), (keys, text)


@needs_extension
def test_a_lone_surrogate_raises_what_ahocorasick_rs_raises():
    for leftmost_longest in (False, True):
        compiled, reference = automaton(["ab"], leftmost_longest=leftmost_longest), _reference(["ab"], leftmost_longest)
        for matcher in (compiled, reference):
            with pytest.raises(UnicodeEncodeError):
                matcher.find_matches_as_indexes("ab\ud800ab", overlapping=not leftmost_longest)


@needs_extension
def test_the_compiled_automaton_refuses_what_it_does_not_do():
    with pytest.raises(ValueError):
        _fast.Automaton(["a", ""])
    with pytest.raises(ValueError):
        _fast.Automaton(["a"]).find_matches_as_indexes("a", overlapping=False)
    with pytest.raises(ValueError):
        _fast.Automaton(["a"], leftmost_longest=True).find_matches_as_indexes("a", overlapping=True)
    with pytest.raises(ValueError):  # as ahocorasick-rs refuses it
        automaton(["a", ""])


@needs_extension
def test_cue_scan_with_the_compiled_automaton_equals_the_scan_over_ahocorasick_rs(monkeypatch):
    """The compiled cue scan runs the automaton itself; the reference is cues.scan over ahocorasick-rs."""
    cue_set = cues.cue_set()
    assert is_compiled(cue_set.matcher)
    tables = cues._shipped_tables() or cues.compile_tables()
    texts = _texts(tables["keys"], seed=7)
    compiled = [cue_scan.scan(text) for text in texts]
    reference_set = cues.CueSet(_reference(tables["keys"], False), cue_set.entries, cue_set.regexes,
                                cue_set.near_rules, cue_set.counts)
    monkeypatch.setattr(cues, "cue_set", lambda: reference_set)
    found = 0
    for text, got in zip(texts, compiled, strict=True):
        expected = cues.scan(text)
        assert got == expected and list(got) == list(expected), text[:80]
        found += bool(expected)
    assert found > 100


def test_without_the_extension_ahocorasick_rs_is_used(monkeypatch):
    monkeypatch.setattr(automaton_module, "_fast", None)
    matcher = automaton(["ab", "b"])
    assert isinstance(matcher, ahocorasick_rs.AhoCorasick) and not is_compiled(matcher)
    assert matcher.find_matches_as_indexes("xab", overlapping=True) == [(0, 1, 3), (1, 2, 3)]


def test_email_hints_and_extract_keywords_use_the_shared_factory():
    compiled = _fast is not None
    assert is_compiled(emails._hints()) == compiled
    assert is_compiled(extract_scan._automaton("contact")[0]) == compiled
    assert is_compiled(obfuscation._prefilter()[0]) == compiled
