"""Word boundaries, including for scripts written without spaces (Khmer, Thai, Lao, Burmese, CJK).

Those go through ICU's dictionary-based word BreakIterator; other text uses a regex split on
letters and digits. Spans are [start, end) offsets in Python characters of the given text.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import icu

ICU_LANGS = frozenset({"km", "th", "lo", "my", "zh", "ja"})
# Any letter of those scripts (text labelled "en" may still hold Thai words, and vice versa)
_NO_SPACE_SCRIPT_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
_WORD_RE = re.compile(r"[\w\u0300-\u036f]+")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_WORD_STATUS_MIN = 100  # ICU rule status below 100 (UBRK_WORD_NONE): spaces, punctuation, emoji
_LOCAL = threading.local()  # a BreakIterator holds its text: one per thread and locale

Span = tuple[int, int]


def _iterator(lang: str) -> icu.BreakIterator:
    cache: dict[str, icu.BreakIterator] = _LOCAL.__dict__.setdefault("iterators", {})
    it = cache.get(lang)
    if it is None:
        import icu  # ~25 ms to import; screening never segments

        it = cache[lang] = icu.BreakIterator.createWordInstance(icu.Locale(lang))
    return it


def _utf16_to_index(text: str) -> np.ndarray:
    """Python index for each UTF-16 offset into `text` (ICU counts astral characters twice)."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    low = (units >= 0xDC00) & (units <= 0xDFFF)
    lows_before = np.concatenate(([0], np.cumsum(low)))
    return np.arange(len(units) + 1) - lows_before


def _icu_spans(text: str, lang: str) -> list[Span]:
    it = _iterator(lang if lang in ICU_LANGS else "root")
    it.setText(text)
    spans: list[Span] = []
    start = it.first()
    for end in it:
        if it.getRuleStatus() >= _WORD_STATUS_MIN:
            spans.append((start, end))
        start = end
    if _ASTRAL_RE.search(text):
        index = _utf16_to_index(text)
        spans = [(int(index[s]), int(index[e])) for s, e in spans]
    return spans


def segment(text: str, lang: str) -> list[Span]:
    """[start, end) of each word in `text` (punctuation, spaces and emoji are not words)."""
    if lang in ICU_LANGS or _NO_SPACE_SCRIPT_RE.search(text):
        return _icu_spans(text, lang)
    return [m.span() for m in _WORD_RE.finditer(text)]


def words(text: str, lang: str) -> list[str]:
    """The words of `text`, in order."""
    return [text[s:e] for s, e in segment(text, lang)]
