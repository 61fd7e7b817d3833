"""Detect Zawgyi-encoded Burmese and convert it to Unicode, keeping an alignment to the original.

Zawgyi is a font hack that reuses Myanmar code points with other meanings (vowel signs before
the consonant, stacked letters at private positions); much Burmese text online is still typed
in it. Detection uses Google's myanmartools model (a bigram log-likelihood ratio over Myanmar
characters), evaluated with numpy: the library's pure-Python loop costs ~2 µs per character,
this ~0.03 µs. Conversion uses ICU's "Zawgyi-my" transliterator, one whitespace-separated chunk
at a time, so every converted chunk maps back to the original chunk it came from.
"""

from __future__ import annotations

import math
import re
import threading
import warnings
from functools import cache
from typing import Any

import numpy as np
from myanmartools import ZawgyiDetector

# myanmar-tools README: when conversion happens automatically (over-predicting Zawgyi is bad), use a
# high threshold like 0.95: fewer than 1 % of Unicode strings are then wrongly flagged.
ZAWGYI_THRESHOLD = 0.95
_MYANMAR_RE = re.compile("[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]")
_CHUNK_RE = re.compile(r"\S+|\s+")
_LOCAL = threading.local()  # ICU transliterators are not documented as thread-safe

# (orig_start, orig_end, new_start, new_end) of one chunk, ends exclusive
Piece = tuple[int, int, int, int]


@cache
def _model() -> tuple[np.ndarray, np.ndarray, int]:
    """State of every BMP code point, the flattened bigram table and its row size."""
    with warnings.catch_warnings():  # myanmartools 1.2.1 uses the deprecated importlib open_binary
        warnings.simplefilter("ignore", DeprecationWarning)
        detector = ZawgyiDetector()
    states = np.zeros(0x10000, dtype=np.intp)
    for ch in detector._chars:  # the library's own char→state rule, so scores match it exactly
        states[ord(ch)] = detector._state(ch)
    params = np.array(detector._params, dtype=np.float64)
    params[0] = 0.0  # foreign→foreign is the only NaN ("no information"); 0 adds nothing to the sum
    return states, params, len(detector._chars) + 1


def has_myanmar(text: str) -> bool:
    return _MYANMAR_RE.search(text) is not None


def zawgyi_probability(text: str) -> float:
    """myanmartools' P(Zawgyi) for `text`; -inf when it has no Myanmar characters."""
    return zawgyi_probability_of_codes(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))


def zawgyi_probability_of_codes(codes: np.ndarray) -> float:
    """`zawgyi_probability` of a text given as code points (uint32)."""
    states, params, size = _model()
    seq = states[np.minimum(codes, 0xFFFF)]  # beyond the BMP: foreign (U+FFFF has state 0)
    if not seq.any():
        return -math.inf
    # Pairs of neighbours, plus "foreign" before the first and after the last, as the library does
    total = float(params[seq[:-1] * size + seq[1:]].sum() + params[seq[0]] + params[seq[-1] * size])
    if total >= 0:  # Pz / (Pu + Pz) without overflow, as in the library
        z = math.exp(-total)
        return z / (z + 1)
    return 1 / (1 + math.exp(total))


def is_zawgyi(text: str) -> bool:
    """True when `text` holds Myanmar characters that are most likely Zawgyi-encoded."""
    return has_myanmar(text) and zawgyi_probability(text) > ZAWGYI_THRESHOLD


def _transliterator() -> Any:  # icu.Transliterator
    tr = getattr(_LOCAL, "zawgyi", None)
    if tr is None:
        import icu  # ~25 ms to import; only Zawgyi text needs it

        tr = _LOCAL.zawgyi = icu.Transliterator.createInstance("Zawgyi-my")
    return tr


def zawgyi_to_unicode(text: str) -> tuple[str, list[Piece]]:
    """Convert Zawgyi `text` to Unicode; the pieces tile both texts chunk by chunk, in order.

    Chunks without Myanmar characters (spaces, Latin words, numbers) are copied unchanged,
    so a piece whose two lengths are equal and whose text did not change maps 1:1.
    """
    tr = _transliterator()
    parts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    for m in _CHUNK_RE.finditer(text):
        chunk = m.group()
        new = tr.transliterate(chunk) if has_myanmar(chunk) else chunk
        parts.append(new)
        pieces.append((m.start(), m.end(), pos, pos + len(new)))
        pos += len(new)
    return "".join(parts), pieces
