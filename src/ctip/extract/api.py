"""extract_entities: every contact identifier in a post, normalised, with original offsets.

Passes run on the normalised text, most specific first, and each blanks out what it found
so later passes cannot re-read it: e-mails (so "x@mail.com" is not also a URL), links,
wallets, handles, then phone numbers over whatever digits are left.
"""

from __future__ import annotations

from collections.abc import Iterable

from ctip.extract.emails import find_emails
from ctip.extract.handles import find_handles
from ctip.extract.links import find_app_links, find_links
from ctip.extract.phones import find_phones
from ctip.extract.regions import RegionRanker
from ctip.extract.scan import scan
from ctip.extract.surface import mask
from ctip.extract.wallets import find_wallets
from ctip.records import Entity
from ctip.text.normalise import NormText, normalise

Found = tuple[int, int, str, str]  # normalised start, end, type, value


class _Spans:
    """Spans already claimed by an earlier pass; overlap tests cost O(span length)."""

    def __init__(self, size: int) -> None:
        self.used = bytearray(size)
        self.spans: list[tuple[int, int]] = []
        self.found: list[Found] = []

    def take(self, hits: Iterable[Found]) -> None:
        """Keep each hit unless it overlaps one already claimed; claim its span either way."""
        for hit in hits:
            start, end = hit[0], hit[1]
            if hit[2] and not any(self.used[start:end]):
                self.found.append(hit)
            self.used[start:end] = b"\x01" * (end - start)
            self.spans.append((start, end))

    def masked(self, text: str) -> str:
        spans, self.spans = self.spans, []
        return mask(text, spans)


def _entities(norm: NormText, found: list[Found]) -> list[Entity]:
    tel_links = {value for _, _, kind, value in found if kind == "whatsapp"}
    seen: set[tuple[str, str]] = set()
    out: list[Entity] = []
    for start, end, kind, value in sorted(found):
        key = (kind, value)
        if key in seen or (kind == "phone" and value in tel_links):
            continue
        seen.add(key)
        o_start, o_end, raw = norm.original_span(start, end)
        out.append(Entity(kind, value, raw, o_start, o_end))
    return out


def extract_entities(
    text: str, lang: str | None = None, *, region: str | None = None, norm: NormText | None = None
) -> list[Entity]:
    """Contact identifiers in `text` (see docs/identifiers.md), in order of first appearance,
    one per (type, value). `lang` (ISO 639-1) and `region` (ISO 3166, overrides) resolve local
    phone numbers; `norm` is `normalise(text)` when the caller already has it."""
    if not text:
        return []
    norm = norm if norm is not None else normalise(text)
    work = norm.text
    spans = _Spans(len(work))
    spans.take((s, e, "email", v) for s, e, v in find_emails(work))
    work = spans.masked(work)
    spans.take((h.start, h.end, h.type, h.value) for h in find_links(work, norm))
    spans.take((h.start, h.end, h.type, h.value) for h in find_app_links(work))
    work = spans.masked(work)
    spans.take(find_wallets(work, norm))
    work = spans.masked(work)
    hits = scan(work)
    spans.take((h.start, h.end, h.type, h.value) for h in find_handles(work, norm, hits.labels))
    work = spans.masked(work)
    ranker = RegionRanker(work, lang, region, hits.nonphone)
    spans.take((p.start, p.end, "phone", p.value) for p in find_phones(work, hits.digits, ranker))
    return _entities(norm, spans.found)
