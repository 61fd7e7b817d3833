"""Indicator spans → safe HTML with <mark> elements (overlaps split into segments)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from ctip.records import IndicatorHit


def highlight_html(text: str, hits: Sequence[IndicatorHit], source: str = "text") -> Markup:
    """Escape `text` and wrap every indicator span in <mark>, naming the indicators in `title`.

    `source` picks the spans: "text" (the post's own text) or "ocr" (the text read from its images)."""
    cuts = {0, len(text)}
    hits = [h for h in hits if any(s.source == source for s in h.spans)]
    for h in hits:
        for s in h.spans:
            if s.source == source and 0 <= s.start < s.end <= len(text):
                cuts.update((s.start, s.end))
    bounds = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        covering = [h for h in hits if any(s.source == source and s.start <= a and b <= s.end for s in h.spans)]
        chunk = escape(text[a:b])
        if not covering:
            parts.append(chunk)
            continue
        families = {h.family or h.id[:1] for h in covering}
        css = "neg" if families == {"L"} else ("severe" if families & {"X", "K", "C"} else "risk")
        title = escape("; ".join(f"{h.id} {h.name}" for h in covering))
        ids = escape(" ".join(h.id for h in covering))
        parts.append(f'<mark class="{css}" title="{title}" data-ind="{ids}">{chunk}</mark>')
    return Markup("".join(str(p) for p in parts))
