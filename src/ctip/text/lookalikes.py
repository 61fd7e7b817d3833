"""Letters of other scripts that look like an ASCII letter ("а" Cyrillic a, "ο" Greek omicron).

The table is case-preserving ("Т" → "T", "о" → "o") so identifiers whose case matters (TRON
base58 addresses, EIP-55 checksums) fold to the address as typed; text normalisation lower-cases
the target. It is the union of

- a hand-written list, the letters seen in evasive posts (it wins where the two disagree: ICU's
  skeleton sends capital iota "Ι" to "l", a post's reader sees "I"), and
- every letter of the Cyrillic, Greek, Armenian and Cherokee blocks, the IPA and small-capital
  Latin letters and the Latin extensions (none with a diacritic, so Vietnamese "đ", "ư" stay),
  whose Unicode TR39 confusable skeleton (ICU's SpoofChecker, via PyICU) is one ASCII letter.

Letters whose skeleton is a digit ("З" → "3", "б" → "6") are left out: in words they are real
letters more often than disguise. Computing skeletons needs ICU and ~20 ms, so the table is
shipped in ctip/data/text/lookalikes.json; regenerate with `python -m ctip.text.lookalikes`
(a test checks the file against ICU).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

_DATA_FILE = "lookalikes.json"  # in ctip/data/text/

HAND_WRITTEN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t",
    "в": "b", "н": "h", "ı": "i", "ɑ": "a", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

# Blocks searched for skeleton look-alikes (inclusive code point ranges).
_BLOCKS = [
    (0x00C0, 0x024F), (0x0250, 0x02AF), (0x0370, 0x03FF), (0x0400, 0x052F), (0x0530, 0x058F),
    (0x13A0, 0x13FF), (0x1C80, 0x1C8F), (0x1D00, 0x1DBF), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF),
    (0x2C60, 0x2C7F), (0xA640, 0xA69F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F), (0xAB70, 0xABBF),
]


def build() -> dict[str, str]:
    """The table computed from ICU's confusable skeletons plus `HAND_WRITTEN`."""
    import icu  # only needed to regenerate the shipped file

    checker = icu.SpoofChecker()
    found: dict[str, str] = {}
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if not unicodedata.category(ch).startswith("L") or unicodedata.normalize("NFKD", ch) != ch:
                continue  # not a letter, or a letter with a diacritic or a compatibility form
            skeleton = checker.getSkeleton(0, ch)
            if len(skeleton) == 1 and skeleton.isascii() and skeleton.isalpha():
                found[ch] = skeleton
    table = {**found, **HAND_WRITTEN}
    # Closed under lower-casing, so folding twice gives the same: "Ɣ" lower-cases to look-alike "ɣ".
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch not in table and ch.lower() in table and unicodedata.normalize("NFKD", ch) == ch:
                table[ch] = table[ch.lower()].upper()
    return table


@cache
def lookalikes() -> dict[str, str]:
    """Look-alike letter → the ASCII letter it imitates, case kept."""
    path = resources.files("ctip.data").joinpath("text", _DATA_FILE)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "data" / "text" / _DATA_FILE
    table = dict(sorted(build().items()))
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(table)} letters)", file=sys.stderr)


if __name__ == "__main__":
    main()
