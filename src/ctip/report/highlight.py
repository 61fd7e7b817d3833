"""Indicator spans → safe HTML with <mark> elements (overlaps split into segments)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from ctip.records import IndicatorHit

Segment = str | list[str]  # plain text, or [text, css class, title, indicator ids]


def highlight_html(text: str, hits: Sequence[IndicatorHit], source: str = "text") -> Markup:
    """Escape `text` and wrap every indicator span in <mark>, naming the indicators in `title`.

    `source` picks the spans: "text" (the post's own text) or "ocr" (the text read from its images)."""
    parts: list[str] = []
    for seg in highlight_segments(text, hits, source):
        if isinstance(seg, str):
            parts.append(escape(seg))
        else:
            chunk, css, title, ids = seg
            parts.append(f'<mark class="{css}" title="{escape(title)}" data-ind="{escape(ids)}">{escape(chunk)}</mark>')
    return Markup("".join(str(p) for p in parts))


def highlight_segments(text: str, hits: Sequence[IndicatorHit], source: str = "text") -> list[Segment]:
    """`text` cut at indicator spans: plain strings and [chunk, css, title, ids] for marked parts.

    `source` picks the spans: "text" (the post's own text) or "ocr" (the text read from its images).
    Segments (not offsets) go to the browser: JavaScript counts UTF-16 units, Python code points.
    """
    cuts = {0, len(text)}
    hits = [h for h in hits if any(s.source == source for s in h.spans)]
    for h in hits:
        for s in h.spans:
            if s.source == source and 0 <= s.start < s.end <= len(text):
                cuts.update((s.start, s.end))
    bounds = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        covering = [h for h in hits if any(s.source == source and s.start <= a and b <= s.end for s in h.spans)]
        chunk = text[a:b]
        if not covering:
            if chunk:
                out.append(chunk)
            continue
        families = {h.family or h.id[:1] for h in covering}
        css = ("neg" if families == {"L"} else "model" if families == {"W"}
               else "severe" if families & {"X", "K", "C"} else "risk")
        out.append([chunk, css, "; ".join(f"{h.id} {h.name}" for h in covering), " ".join(h.id for h in covering)])
    return out
