"""The indicator engine's shortcuts give what the plain procedure gives (issue 13, speed).

Exceptions are checked once per span: after near-cues are added, only the spans they added are
checked, instead of every span again. Whatever a text holds, the result must equal checking all."""

import copy

from ctip.detect import indicators
from ctip.detect.context import _exceptions, drop_excepted
from ctip.detect.cues import scan
from ctip.text.normalise import normalise

# Synthetic texts: exception contexts, near-cues beside coercion cues (kept and denied), overlapping
# and repeated cues, hostile characters.
TEXTS = [
    "kidney beans for sale, also kidney for sale 5000 usd, contact me",
    "please help me find my dog, please help me they took my passport",
    "students welcome, 18+, my younger brother is there, they keep passports and he cannot leave",
    "we never keep your passport. my sister works there. salary kept the same",
    "my son my son my son, passport held by the boss, debt must be repaid, help us",
    "my wife\u200b my\u00a0sister \U0001f600 passports confiscated " * 5,
    "transfer workers compensation per head passports held, kittens up for adoption",
    "",
    "x" * 3000 + " my brother passport kept " + "y" * 3000,
]


def _cancels(rule, text: str, s: int, e: int) -> bool:
    """An exception rule as exceptions.yaml describes it: the span text, then the context around."""
    if rule.span is not None and not rule.span.search(text[s:e]):
        return False
    low = max(0, s - rule.window)
    matches = rule.context.finditer(text[low:e + rule.window])
    if rule.overlap:  # the context must cover part of the cue itself
        return any(low + m.start() < e and s < low + m.end() for m in matches)
    return next(matches, None) is not None


def _full_check(text: str, spans: dict) -> dict:
    spans = copy.deepcopy(spans)
    rules = _exceptions()
    for iid in [i for i in spans if i in rules]:
        kept = [(s, e) for s, e in spans[iid] if not any(_cancels(r, text, s, e) for r in rules[iid])]
        if kept:
            spans[iid] = kept
        else:
            del spans[iid]
    return spans


def test_checking_only_added_spans_equals_checking_all_spans_again():
    checked_some = 0
    for raw in TEXTS:
        text = normalise(raw).text
        found = scan(text)
        spans, pending = indicators._literal_spans(found)
        drop_excepted(text, spans)
        assert spans == _full_check(text, spans)  # a checked dict does not change when checked again
        before = copy.deepcopy(spans)
        added = indicators._near_spans(spans, pending)
        for iid, ranges in added.items():  # what was added is exactly the new tail of each list
            assert spans[iid][len(before.get(iid, [])):] == ranges
        whole = _full_check(text, spans)
        drop_excepted(text, spans, added)
        assert spans == whole
        checked_some += bool(added)
    assert checked_some >= 2, "the texts must exercise near-cues"


def test_an_added_span_that_an_exception_cancels_is_removed_and_the_rest_stays():
    text = "kidney beans"
    spans = {"O1": [(0, 6)], "R1": [(7, 12)]}
    drop_excepted(text, spans, {"O1": [(0, 6)]})
    assert spans == {"R1": [(7, 12)]}
    spans = {"O1": [(20, 26), (0, 6)]}
    drop_excepted("kidney beans ....... kidney for sale", spans, {"O1": [(0, 6)]})
    assert spans == {"O1": [(20, 26)]}


def _hostile_texts() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lines = (root / "examples" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()
    samples = [json.loads(x)["text"] for x in lines if x.strip()]
    edge = ["", "a", "ktv", "ktvx ktv xktv", "age18 rm15,000 15k/month", "\u0663\u0664salary\u0665",  # Arabic digits
            "visa\u00e9 \u00e9visa", "\u1e00visa\u1eff", "\U0001f600salary\U0001f600", "\x00passport\x00",
            "passport" * 400, "ｐａｓｓｐｏｒｔ", "ពលកម្ម ៨០០ ដុល្លារ", "工资8000元/月 扣护照", "\u00b2visa\u00b3"]
    return TEXTS + [normalise(t).text for t in samples] + edge


def test_compiled_cue_scan_equals_the_python_scan():
    from ctip.detect import cue_scan, cues

    if cue_scan._fast is None:
        import pytest

        pytest.skip("the compiled extension is not built here")
    found_any = 0
    for text in _hostile_texts():
        compiled, python = cue_scan.scan(text), cues.scan(text)
        assert compiled == python, text[:80]
        assert list(compiled) == list(python)  # kinds in the same order
        found_any += bool(python)
    assert found_any > 100


def test_cue_scan_without_the_extension_is_the_python_scan(monkeypatch):
    from ctip.detect import cue_scan, cues

    monkeypatch.setattr(cue_scan, "_fast", None)
    text = "Typing job, salary $1500/month, we keep your passport"
    assert cue_scan.scan(text) == cues.scan(text) != {}


def test_compiled_cue_scan_rejects_malformed_matches_instead_of_reading_out_of_bounds():
    import pytest

    from ctip.detect import cue_scan

    if cue_scan._fast is None:
        pytest.skip("the compiled extension is not built here")
    _, _, bounds, tags = cue_scan._compiled_tables()
    with pytest.raises(IndexError):
        cue_scan._fast.cue_scan("abc", [(0, 2, 9)], bounds, tags, cue_scan._LETTERS)
    with pytest.raises(IndexError):
        cue_scan._fast.cue_scan("abc", [(len(tags), 0, 1)], bounds, tags, cue_scan._LETTERS)
    with pytest.raises(ValueError):
        cue_scan._fast.cue_scan("abc", [], b"\x00", tags, cue_scan._LETTERS)
