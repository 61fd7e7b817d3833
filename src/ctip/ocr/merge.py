"""Screening a post's OCR text with its own text, and telling their spans apart again.

The screener sees `text + SEPARATOR + ocr_text`, so an indicator or identifier is found once
whichever part holds it; spans past the separator are moved back into `ocr_text` with
`source="ocr"`, so `text` offsets stay exactly what they were without OCR.
"""

from __future__ import annotations

from dataclasses import replace

from ctip.records import Entity, Post, Screening, Span

__all__ = ["SEPARATOR", "joined_post", "split_screening"]

SEPARATOR = "\n\n"  # a paragraph break: no indicator phrase or identifier reaches across it


def joined_post(post: Post) -> Post:
    """The post as the screener should see it: its text, then the text of its images."""
    if not post.ocr_text:
        return post
    text = f"{post.text}{SEPARATOR}{post.ocr_text}" if post.text else post.ocr_text
    return replace(post, text=text)


def _offset(post: Post) -> int:
    return len(post.text) + len(SEPARATOR) if post.text else 0


def split_screening(screening: Screening, post: Post) -> Screening:
    """`screening` of `joined_post(post)` with `post` back in it and spans split by source."""
    if not post.ocr_text:
        return screening
    base = _offset(post)
    limit = len(post.text)
    hits = tuple(replace(h, spans=tuple(s for s in (_span(x, base, limit) for x in h.spans) if s is not None))
                 for h in screening.indicators)
    entities = tuple(e for e in (_entity(x, base, limit) for x in screening.entities) if e is not None)
    return replace(screening, post=post, indicators=hits, entities=entities)


def _span(span: Span, base: int, limit: int) -> Span | None:
    if span.start >= base:
        return replace(span, start=span.start - base, end=span.end - base, source="ocr")
    if span.start >= limit:
        return None  # inside the separator: nothing to point at
    return replace(span, end=min(span.end, limit), text=span.text[: min(span.end, limit) - span.start])


def _entity(entity: Entity, base: int, limit: int) -> Entity | None:
    if entity.start >= base:
        return replace(entity, start=entity.start - base, end=entity.end - base, source="ocr")
    if entity.start >= limit:
        return None
    return entity
