"""Map a span of the normalised text back to the original and to a clean "as written" form."""

from __future__ import annotations

import unicodedata

from ctip.text.normalise import NormText


def as_written(norm: NormText, start: int, end: int) -> str:
    """The original characters, case kept, with NFKC applied and format characters dropped."""
    _, _, raw = norm.original_span(start, end)
    folded = unicodedata.normalize("NFKC", raw)
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out found spans (with NUL, which no pattern matches) so later passes skip them."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        parts.append(text[pos:start])
        parts.append("\x00" * max(0, end - start))
        pos = max(pos, end)
    parts.append(text[pos:])
    return "".join(parts)
