"""Keyword search over the normalised text with Aho-Corasick automata: contact labels,
spelled-out digits and licence/account words (one pass per post), and country clues (only
needed to place a local phone number, so searched on demand).

Automata are split per script: their cost grows with the fan-out of the trie root, and a
post rarely mixes more than two scripts. Latin-script keywords only count as whole words
("one" in "phone" is not a digit).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from ctip.extract.data import fold, lines, rows

_LATIN_WORD = re.compile(r"[a-z0-9\u00c0-\u024f\u1e00-\u1eff]")
_SCRIPTS = (
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("lo", re.compile("[\u0e80-\u0eff]")),
    ("km", re.compile("[\u1780-\u17ff]")),
    ("my", re.compile("[\u1000-\u109f]")),
    ("zh", re.compile("[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff]")),
)
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


def _script(word: str) -> str:
    for name, pattern in _SCRIPTS:
        if pattern.search(word):
            return name
    return "latin"


def _build(entries: list[tuple[str, Payload]]) -> dict[str, ahocorasick.Automaton]:
    table: dict[str, list[Payload]] = {}
    for word, payload in entries:
        table.setdefault(word, []).append(payload)
    autos: dict[str, ahocorasick.Automaton] = {}
    for word, payloads in table.items():
        latin = bool(_LATIN_WORD.match(word[0])) or bool(_LATIN_WORD.match(word[-1]))
        auto = autos.setdefault(_script(word), ahocorasick.Automaton())
        auto.add_word(word, (len(word), latin, tuple(payloads)))
    for auto in autos.values():
        auto.make_automaton()
    return autos


@lru_cache(maxsize=4)
def _automata(which: str) -> dict[str, ahocorasick.Automaton]:
    return _build(_ENTRIES[which]())


_LATIN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789" + "".join(map(chr, range(0xC0, 0x250))) +
    "".join(map(chr, range(0x1E00, 0x1F00)))
)


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] not in _LATIN_CHARS) and (end >= len(text) or text[end] not in _LATIN_CHARS)


_RANGES = {"th": "\u0e00-\u0e7f", "lo": "\u0e80-\u0eff", "km": "\u1780-\u17ff", "my": "\u1000-\u109f",
           "zh": "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff"}


@lru_cache(maxsize=64)
def _other_scripts(seen: frozenset[str]) -> re.Pattern[str] | None:
    rest = "".join(r for name, r in _RANGES.items() if name not in seen)
    return re.compile(f"[{rest}]") if rest else None


def _scripts(text: str) -> list[str]:
    """Non-Latin scripts present, found with one regex search per script actually present."""
    seen: list[str] = []
    pos = 0
    while (pattern := _other_scripts(frozenset(seen))) is not None and (m := pattern.search(text, pos)):
        seen.append(_script(m.group()))
        pos = m.start()
    return seen


def _raw(text: str, which: str) -> list[tuple[int, tuple[int, bool, tuple[Payload, ...]]]]:
    autos = _automata(which)
    found = list(autos["latin"].iter_long(text)) if "latin" in autos else []
    if not text.isascii():
        scripts = [name for name in _scripts(text) if name in autos]
        for name in scripts:
            found += autos[name].iter_long(text)
        if scripts:
            found.sort()
    return found


def _hits(text: str, which: str) -> list[Hit]:
    out = []
    for last, (length, latin, payloads) in _raw(text, which):
        start = last - length + 1
        if latin and not _is_word(text, start, last + 1):
            continue
        out += [Hit(start, last + 1, kind, value, extra) for kind, value, extra in payloads]
    return out


def scan(text: str) -> Hits:
    """Contact labels, spelled-out digits and licence/account words in normalised `text`, in order."""
    hits = _hits(text, "contact")
    return Hits(tuple(h for h in hits if h.kind == "label"), tuple(h for h in hits if h.kind == "digit"),
                tuple(h for h in hits if h.kind == "nonphone"))


def scan_clues(text: str) -> tuple[Hit, ...]:
    """Country clues (place names, demonyms, currencies) in normalised `text`."""
    return tuple(_hits(text, "clue"))
