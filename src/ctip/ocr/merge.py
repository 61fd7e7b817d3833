"""Screening a post's OCR text with its own text, and telling their spans apart again.

The screener sees `text + SEPARATOR + ocr_text`, so an indicator or identifier is found once
whichever part holds it; spans past the separator are moved back into `ocr_text` with
`source="ocr"`, so `text` offsets stay exactly what they were without OCR.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import phonenumbers

from ctip.extract.regions import LANG_REGION, guess_lang
from ctip.extract.scan import scan_clues
from ctip.records import Entity, Post, Screening, Span
from ctip.text.normalise import normalise

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
    entities = _without_strayed_phones(entities, post)
    return replace(screening, post=post, indicators=hits, entities=entities)


_LOCAL_FORM = re.compile(r"\(?0(?!0)")  # written with the trunk 0: no +, no 00, no country code


def _without_strayed_phones(entities: tuple[Entity, ...], post: Post) -> tuple[Entity, ...]:
    """The entities less OCR phone numbers written in local form that belong to a country the post
    points to neither by its language nor by naming it.

    The extractor gives a local number valid in no such country to the first neighbour country
    where it is a valid mobile (right for typed text). Read from a picture, such a number is far
    likelier a misreading: `085 678 5142` (Thai, on a Burmese poster) read with a digit lost became
    a valid Cambodian mobile, and `094910061` (a Myanmar number read short) another. On the
    development posts' typed text no local number was placed by that fallback (26 local numbers,
    all in the language's country or a named one), so only misread numbers are dropped. Posts
    whose language gives no country (Latin posts with no language) are left alone."""
    lang = post.lang or guess_lang(f"{post.text}\n{post.ocr_text or ''}")
    region = LANG_REGION.get(re.split(r"[-_]", (lang or "").lower())[0])
    if region is None or not any(e.source == "ocr" and e.type == "phone" for e in entities):
        return entities
    pointed = {region} | {h.value for h in scan_clues(normalise(f"{post.text}\n{post.ocr_text or ''}").text)}
    return tuple(e for e in entities if not (e.source == "ocr" and e.type == "phone" and _local(e.raw)
                                             and _region_of(e.value) not in pointed))


def _local(raw: str) -> bool:
    """`raw` is written in local form (`085 67 5142`, `(0)…`, `໐໒໐…`): with the trunk 0 and no
    `+`, `00` or country code."""
    ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in raw)
    return bool(_LOCAL_FORM.match(ascii_digits))


def _region_of(value: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(value))
    except phonenumbers.NumberParseException:
        return None


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
