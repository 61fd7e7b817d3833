"""Keyword search over the normalised text with Aho-Corasick automata: contact labels,
spelled-out digits and licence/account words (one pass per post), and country clues (only
needed to place a local phone number, so searched on demand).

Matching is leftmost-longest ("telegram" wins over "tele"). Latin-script keywords only count
as whole words ("one" in "phone" is not a digit).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from ctip.extract.data import fold, lines, rows
from ctip.text.automaton import automaton, is_compiled

try:  # the compiled loop over the matches (`_fast.cue_scan`); absent where no C compiler was found
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

_LATIN_WORD = re.compile(r"[a-z0-9\u00c0-\u024f\u1e00-\u1eff]")
Payload = tuple[str, str, str]  # kind, value, extra


class Hit(NamedTuple):
    start: int
    end: int
    kind: str  # "label" | "digit" | "clue" | "nonphone"
    value: str  # platform, digit, region or ""
    extra: str = ""  # label strength


class Hits(NamedTuple):
    labels: tuple[Hit, ...]
    digits: tuple[Hit, ...]
    nonphone: tuple[Hit, ...] = ()


def _contact_entries() -> list[tuple[str, Payload]]:
    out = [(fold(r[1]), ("label", r[0], r[2] if len(r) > 2 else "strong")) for r in rows("labels.tsv")]
    out += [(fold(r[2]), ("digit", r[1], "")) for r in rows("digit_words.tsv")]
    return out + _nonphone_entries()


def _clue_entries() -> list[tuple[str, Payload]]:
    return [(fold(r[1]), ("clue", r[0], "")) for r in rows("region_clues.tsv")]


def _nonphone_entries() -> list[tuple[str, Payload]]:
    return [(fold(w), ("nonphone", "", "")) for w in lines("nonphone_labels.txt")]


_ENTRIES = {"contact": _contact_entries, "clue": _clue_entries}


Entry = tuple[bool, tuple[Payload, ...]]  # Latin edges (needs word boundaries), payloads


@lru_cache(maxsize=4)
def _automaton(which: str) -> tuple[Any, tuple[Entry, ...]]:
    """One leftmost-longest automaton over the keywords of `which`, and each keyword's entry."""
    table: dict[str, list[Payload]] = {}
    for word, payload in _ENTRIES[which]():
        table.setdefault(word, []).append(payload)
    entries = tuple(
        (bool(_LATIN_WORD.match(word[0])) or bool(_LATIN_WORD.match(word[-1])), tuple(payloads))
        for word, payloads in table.items()
    )
    return automaton(list(table), leftmost_longest=True), entries


_LATIN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789" + "".join(map(chr, range(0xC0, 0x250))) +
    "".join(map(chr, range(0x1E00, 0x1F00)))
)


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] not in _LATIN_CHARS) and (end >= len(text) or text[end] not in _LATIN_CHARS)


def _hits(text: str, which: str) -> list[Hit]:
    matcher, entries = _automaton(which)
    out = []
    for index, start, end in matcher.find_matches_as_indexes(text):
        latin, payloads = entries[index]
        if latin and not _is_word(text, start, end):
            continue
        out += [Hit(start, end, kind, value, extra) for kind, value, extra in payloads]
    return out


_NO_HITS = Hits((), ())
# Code points below this that `_is_word` counts as Latin (letters and digits), as bytes (1 = Latin).
_LATIN_BYTES = bytes(ch in _LATIN_CHARS for ch in map(chr, range(0x1F00)))


@lru_cache(maxsize=4)
def _compiled_tables(which: str) -> tuple[bytes, tuple[tuple[Payload, ...], ...]]:
    """`_fast.cue_scan`'s edges and tags for the automaton of `which`: a Latin keyword must have
    no Latin character on either side (as `_is_word`), the payloads (kind, value, extra) as tags."""
    _, entries = _automaton(which)
    return bytes(edge for latin, _ in entries for edge in ((1, 1) if latin else (0, 0))), tuple(p for _, p in entries)


def _made(found: dict[str, list[tuple[int, int, str, str]]], kind: str) -> tuple[Hit, ...]:
    return tuple([Hit(start, end, kind, value, extra) for start, end, value, extra in found.get(kind, ())])


def scan(text: str) -> Hits:
    """Contact labels, spelled-out digits and licence/account words in normalised `text`, in order."""
    if _fast is not None:  # the loop of `_hits` and the three filters below, compiled: the same hits
        bounds, tags = _compiled_tables("contact")
        matcher = _automaton("contact")[0]  # the compiled automaton is run inside cue_scan: no match tuples
        matches = matcher if is_compiled(matcher) else matcher.find_matches_as_indexes(text)
        found = _fast.cue_scan(text, matches, bounds, tags, _LATIN_BYTES)
        if not found:
            return _NO_HITS
        return Hits(_made(found, "label"), _made(found, "digit"), _made(found, "nonphone"))
    hits = _hits(text, "contact")
    if not hits:  # 40 % of posts: no three empty filters
        return _NO_HITS
    return Hits(tuple(h for h in hits if h.kind == "label"), tuple(h for h in hits if h.kind == "digit"),
                tuple(h for h in hits if h.kind == "nonphone"))


def scan_clues(text: str) -> tuple[Hit, ...]:
    """Country clues (place names, demonyms, currencies) in normalised `text`."""
    return tuple(_hits(text, "clue"))
