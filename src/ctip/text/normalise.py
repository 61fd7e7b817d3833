"""Normalise text for matching while keeping a map back to the original offsets.

Steps, in order: drop format characters (zero-width spaces, joiners, bidi controls),
NFKC per grapheme cluster (folds full-width, circled and mathematical forms, composes
decomposed Vietnamese), native-script decimal digits to ASCII (Khmer, Thai, Lao, Myanmar,
…; NFKC leaves those alone), Latin look-alikes from Cyrillic/Greek to Latin, lower case.

Every normalised character remembers the original cluster it came from, so a match on
the normalised text can be reported as a span of the *original* text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that render like Latin ones and are used to dodge keyword filters ("Теlеgrаm").
_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t",
    "в": "b", "н": "h",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "Х": "x", "У": "y", "І": "i", "Ј": "j", "Ѕ": "s",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
}
_KEYCAP = "\u20e3"  # combining enclosing keycap: "0️⃣" is digit + VS16 + keycap
_FORMAT_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe0e\ufe0f\u20e3]")


@lru_cache(maxsize=65536)
def _fold(cluster: str) -> str:
    """NFKC, digits to ASCII, look-alikes to Latin, lower case, for one grapheme cluster."""
    out = []
    for ch in unicodedata.normalize("NFKC", cluster):
        if ch in _CONFUSABLES:
            out.append(_CONFUSABLES[ch])
            continue
        if not ch.isascii() and unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
            continue
        out.append(ch)
    return "".join(out).lower()


def _is_removable(ch: str) -> bool:
    return ch == _KEYCAP or unicodedata.category(ch) == "Cf" or ch in "\ufe0e\ufe0f"


@dataclass(frozen=True, slots=True)
class NormText:
    """Normalised text plus the original; `starts`/`ends` are None when offsets are identical."""

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        s, e = self.to_original(start, end)
        return s, e, self.original[s:e]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Base character plus following combining marks; enough for NFKC composition."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            bounds.append((start, i))
            start = i
    return bounds


def _fast_path(text: str) -> str | None:
    """Most posts need no offset map: return the folded text when lengths line up 1:1."""
    if text.isascii():
        return text.lower()
    if _FORMAT_RE.search(text) or not unicodedata.is_normalized("NFKC", text):
        return None
    folded = "".join(_fold(ch) for ch in text)
    return folded if len(folded) == len(text) else None


def normalise(text: str) -> NormText:
    """Normalise `text` for matching; see the module docstring for the steps."""
    fast = _fast_path(text)
    if fast is not None:
        return NormText(text, fast)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        cluster = "".join(ch for ch in text[start:end] if not _is_removable(ch))
        if not cluster:
            continue
        folded = _fold(cluster)
        pieces.append(folded)
        starts.extend([start] * len(folded))
        ends.extend([end] * len(folded))
    return NormText(text, "".join(pieces), tuple(starts), tuple(ends))
