"""Per-character lookup tables for folding, built from `unicodedata` and shipped as data.

- one_to_one: characters that fold to exactly one other character (NFKC singletons such as
  full-width forms, then look-alikes and native digits to ASCII).
- expanding: characters whose fold is longer (ligatures, "⑩", "㎏"; "İ", whose lower case is).
- composing: characters NFKC may merge into the character before them (the second half of a
  canonical pair, e.g. combining acute U+0301 or hook above U+0309; Hangul vowel/final jamo).
- composing_first: characters a composing one may merge into (the first half of a canonical pair,
  e.g. "a", "ư", Myanmar U+1025; Hangul syllables and leading jamo).
- decomposable: characters with a canonical decomposition ("ẫ" = a + ̂ + ̃): a following mark
  may be sorted into them and compose, so they count as composing_first too.
- marks: combining marks (category M or a non-zero combining class).
- ignorable: invisible characters folding removes (`fold_rules.IGNORABLE`).
- lookalike: characters whose fold goes through a look-alike letter ("а" Cyrillic, "𝛂"), and
  `plain`, their fold without that step; latin: characters that fold to a Latin letter or an ASCII
  digit; genuine: other Cyrillic, Greek, Armenian and Cherokee letters (the scripts look-alikes
  come from); word: letters, marks, decimal digits, "_" and ignorables (what a word is made of). Together they let
  normalise fold look-alikes only where they are disguise (`ctip.text.mixed`).

`luts()` turns them into two numpy arrays indexed by code point: `flags` (bit set per table) and
`mapping` (the one-to-one target, or the code point itself), so a post is checked and rewritten
with a handful of vectorised operations instead of a Python loop.

Scanning Unicode takes ~1 s, so the tables are stored in ctip/data/text/unicode_tables.json
(regenerate with `python -m ctip.text.unicode_tables`). When the running Python has another
Unicode version than the file, the tables are rebuilt in memory instead.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from ctip.text.fold_rules import IGNORABLE_RE, KEEP, RECOMPOSE, rewrite_char

IGNORABLE, PAIR_START, MAPPED, COMPOSING, EXPANDING, MARK, FIRST, MYANMAR = 1, 2, 4, 8, 16, 32, 64, 128
LOOKALIKE, GENUINE, LATIN, WORD = 256, 512, 1024, 2048
_LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")
_MYANMAR_BLOCKS = [(0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)]  # Zawgyi is checked only here
_SCANNED = [(0, 0x30000), (0xE0000, 0xE1000)]  # planes 0–2 and the tag/selector block of plane 14
_DATA_FILE = "unicode_tables.json"  # in ctip/data/text/
_HANGUL_VT = [[0x1161, 0x1175], [0x11A8, 0x11C2]]
_HANGUL_FIRST = [[0x1100, 0x1112], [0x1161, 0x1175], [0xAC00, 0xD7A3]]  # L, V (before T), LV


@dataclass(frozen=True, slots=True)
class Luts:
    flags: np.ndarray  # uint16 per code point: IGNORABLE | PAIR_START | MAPPED | COMPOSING | ... bits
    mapping: np.ndarray  # uint32 per code point: one-to-one fold target, else the code point
    plain: dict[int, int]  # look-alike code point → its one-to-one fold without the look-alike step


def _fold_one(ch: str, lookalike: bool = True) -> str:
    return "".join(rewrite_char(c, lookalike) for c in unicodedata.normalize("NFKC", ch))


def _name(ch: str) -> str:
    return unicodedata.name(ch, "")


def _word_flags(ch: str, folded: str, plain: str) -> tuple[bool, bool, bool]:
    """(latin, genuine, word) for `ch`, whose fold is `folded` and fold without look-alikes `plain`."""
    category = unicodedata.category(ch)
    word = category[0] in "LM" or category in ("Nd", "Pc")
    latin = len(folded) == 1 and folded == plain and (
        folded in "0123456789" or (folded.isalpha() and _name(folded).startswith("LATIN")))
    genuine = (folded == plain and category[0] == "L" and len(plain) == 1
               and _name(plain).startswith(_LOOKALIKE_SCRIPTS))
    return latin, genuine, word


def _canonical_pairs() -> tuple[set[int], set[int], list[int]]:
    """First and second halves of every two-character canonical decomposition, and every
    character with a canonical decomposition."""
    firsts, seconds, decomposable = set(), set(), []
    for cp in range(_SCANNED[0][1]):
        parts = unicodedata.decomposition(chr(cp)).split()
        if parts and not parts[0].startswith("<"):
            decomposable.append(cp)
            if len(parts) == 2:
                firsts.add(int(parts[0], 16))
                seconds.add(int(parts[1], 16))
    return firsts, seconds, decomposable


def build_tables() -> dict[str, object]:
    """Recompute the tables from the running Python's `unicodedata`."""
    one: dict[str, str] = {}
    expanding: list[int] = []
    ignorable: list[int] = []
    marks: list[int] = []
    plain_of: dict[str, str] = {}
    latin, genuine, word = [], [], []
    for lo, hi in _SCANNED:
        for cp in range(lo, hi):
            if 0xD800 <= cp < 0xE000:
                continue
            ch = chr(cp)
            if unicodedata.category(ch)[0] == "M" or unicodedata.combining(ch):
                marks.append(cp)
            if IGNORABLE_RE.match(ch):
                ignorable.append(cp)
                word.append(cp)
                continue
            if ch in KEEP:  # kept whole by the folder itself
                word.append(cp)
                continue
            folded = _fold_one(ch)
            plain = _fold_one(ch, lookalike=False)
            if plain != folded:
                plain_of[ch] = plain
            for flag, table in zip(_word_flags(ch, folded, plain), (latin, genuine, word), strict=True):
                if flag:
                    table.append(cp)
            if len(folded) != 1 or len(folded.lower()) != 1:
                expanding.append(cp)
            elif folded != ch:
                one[ch] = folded
    firsts, seconds, decomposable = _canonical_pairs()
    return {"unicode": unicodedata.unidata_version, "one_to_one": one, "expanding": _ranges(expanding),
            "composing": _ranges(sorted(seconds)) + _HANGUL_VT, "ignorable": _ranges(ignorable),
            "composing_first": _ranges(sorted(firsts)) + _HANGUL_FIRST, "marks": _ranges(marks),
            "decomposable": _ranges(decomposable), "lookalike": plain_of, "latin": _ranges(latin),
            "genuine": _ranges(genuine), "word": _ranges(word)}


def _ranges(cps: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def _load_raw() -> dict:
    raw = json.loads(resources.files("ctip.data").joinpath("text", _DATA_FILE).read_text(encoding="utf-8"))
    return raw if raw.get("unicode") == unicodedata.unidata_version else build_tables()


@cache
def luts() -> Luts:
    raw = _load_raw()
    flags = np.zeros(0x110000, dtype=np.uint16)
    mapping = np.arange(0x110000, dtype=np.uint32)
    for bit, key in ((IGNORABLE, "ignorable"), (COMPOSING, "composing"), (EXPANDING, "expanding"),
                     (MARK, "marks"), (FIRST, "composing_first"), (FIRST, "decomposable"), (LATIN, "latin"),
                     (GENUINE, "genuine"), (WORD, "word")):
        for lo, hi in raw[key]:
            flags[lo:hi + 1] |= bit
    for src, dst in raw["one_to_one"].items():
        flags[ord(src)] |= MAPPED
        mapping[ord(src)] = ord(dst)
    for pair in RECOMPOSE:
        flags[ord(pair[0])] |= PAIR_START
    for lo, hi in _MYANMAR_BLOCKS:
        flags[lo:hi + 1] |= MYANMAR
    plain: dict[int, int] = {}
    for src, dst in raw["lookalike"].items():
        flags[ord(src)] |= LOOKALIKE
        if len(dst) == 1:
            plain[ord(src)] = ord(dst)
    # Composition is judged after the one-to-one rewrite: "𝐓" + dot below composes as "T" would.
    sources = np.flatnonzero(flags & MAPPED)
    flags[sources] |= flags[mapping[sources]] & (FIRST | COMPOSING)
    return Luts(flags, mapping, plain)


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "data" / "text" / _DATA_FILE
    path.write_text(json.dumps(build_tables(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
