"""Count letters per writing system, fast: one table lookup per UTF-16 code unit in numpy.

Digits, punctuation, spaces and emoji count as nothing, so "០៩១ 😀 !!" has no letters.
Characters beyond the BMP are seen as surrogate pairs: the high surrogates of planes 2–3
(CJK extensions) count as one Han letter, every other astral character (emoji) as nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from functools import cache

import numpy as np


class Script(IntEnum):
    NONE = 0
    LATIN = 1
    VIET = 2  # Latin letters (ă â đ ê ô ơ ư and the tone-marked block) almost only Vietnamese uses
    KHMER = 3
    THAI = 4
    LAO = 5
    MYANMAR = 6
    HAN = 7
    KANA = 8
    HANGUL = 9
    OTHER = 10  # letters of any other script (Cyrillic, Greek, Arabic, Devanagari, …)


_RANGES: list[tuple[Script, int, int]] = [  # inclusive code point ranges; later rows win
    (Script.OTHER, 0x0370, 0x0DFF), (Script.OTHER, 0x10A0, 0x10FF), (Script.OTHER, 0x1200, 0x137F),
    (Script.OTHER, 0x0F00, 0x0FFF),
    (Script.LATIN, 0x41, 0x5A), (Script.LATIN, 0x61, 0x7A), (Script.LATIN, 0xC0, 0x24F),
    (Script.LATIN, 0x1E00, 0x1EFF), (Script.LATIN, 0xFF21, 0xFF3A), (Script.LATIN, 0xFF41, 0xFF5A),
    (Script.VIET, 0x1EA0, 0x1EF9),
    (Script.KHMER, 0x1780, 0x17FF), (Script.KHMER, 0x19E0, 0x19FF),
    (Script.THAI, 0x0E00, 0x0E7F),
    (Script.LAO, 0x0E80, 0x0EFF),
    (Script.MYANMAR, 0x1000, 0x109F), (Script.MYANMAR, 0xA9E0, 0xA9FF), (Script.MYANMAR, 0xAA60, 0xAA7F),
    (Script.HAN, 0x3400, 0x4DBF), (Script.HAN, 0x4E00, 0x9FFF), (Script.HAN, 0xF900, 0xFAFF),
    (Script.HAN, 0xD840, 0xD8BF), (Script.HAN, 0x3005, 0x3007),
    (Script.KANA, 0x3041, 0x3096), (Script.KANA, 0x30A1, 0x30FA), (Script.KANA, 0x31F0, 0x31FF),
    (Script.KANA, 0xFF66, 0xFF9D),
    (Script.HANGUL, 0x1100, 0x11FF), (Script.HANGUL, 0x3131, 0x318E), (Script.HANGUL, 0xAC00, 0xD7A3),
]
# Native digits and signs inside the blocks above are not letters.
_NOT_LETTERS = [(0x17E0, 0x17E9), (0x0E50, 0x0E59), (0x0ED0, 0x0ED9), (0x1040, 0x104F), (0x1090, 0x1099),
                (0x0660, 0x0669), (0x06F0, 0x06F9), (0x0966, 0x096F), (0x0E3F, 0x0E3F), (0x17D4, 0x17DA),
                (0x0964, 0x0965), (0xD7, 0xD7), (0xF7, 0xF7), (0x3007, 0x3007)]
_VIET_EXTRA = "ăâđêôơưĂÂĐÊÔƠƯ"


@cache
def _table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint8)
    for script, lo, hi in _RANGES:
        table[lo:hi + 1] = script
    for ch in _VIET_EXTRA:
        table[ord(ch)] = Script.VIET
    for lo, hi in _NOT_LETTERS:
        table[lo:hi + 1] = Script.NONE
    return table


def script_counts(text: str) -> list[int]:
    """Letters per `Script` (index = Script value) in `text`."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    return np.bincount(_table()[units], minlength=len(Script)).tolist()


def script_counts_many(texts: Sequence[str]) -> list[list[int]]:
    """`script_counts` of each text, in one pass over all of them (numpy calls cost per call)."""
    n = len(Script)
    if not texts:
        return []
    units = np.frombuffer("".join(texts).encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    lengths = np.fromiter((len(t.encode("utf-16-le", "surrogatepass")) // 2 for t in texts), np.int64, len(texts))
    cell = np.repeat(np.arange(len(texts), dtype=np.int64) * n, lengths) + _table()[units]
    return np.bincount(cell, minlength=len(texts) * n).reshape(len(texts), n).tolist()
