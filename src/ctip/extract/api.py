"""extract_entities: every contact identifier in a post, normalised, with original offsets.

Passes run on the normalised text, most specific first, and each blanks out what it found
so later passes cannot re-read it: e-mails (so "x@mail.com" is not also a URL), links,
wallets, handles, then phone numbers over whatever digits are left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ctip.detect.construct import maker
from ctip.extract.emails import find_emails
from ctip.extract.handles import HandleHit, find_handles
from ctip.extract.links import find_app_links, find_links, find_spaced_links
from ctip.extract.phones import find_phones, may_hold_phone
from ctip.extract.regions import RegionRanker
from ctip.extract.scan import scan
from ctip.extract.surface import disguised_word, mask
from ctip.extract.wallets import find_wallets, may_hold_wallet
from ctip.records import Entity
from ctip.text.normalise import NormText, normalise

Found = tuple[int, int, str, str]  # normalised start, end, type, value
_entity = maker(Entity, "type", "value", "raw", "start", "end", "source")  # Entity(...) without the frozen __init__


class _Spans:
    """Spans already claimed by an earlier pass; overlap tests cost O(span length)."""

    handles: Sequence[HandleHit] = ()  # the handle pass's hits, for those a platform label vouches for

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


# Letters of scripts that write no Latin-looking words: Thai, Lao, Burmese, Khmer, CJK, Hangul.
_UNLIKE_LATIN = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _vouched(norm: NormText, span: tuple[int, int], handles: Sequence[HandleHit]) -> bool:
    """Is the look-alike-only word at `span` ("ѕоѕо") an id all the same? Yes when a LINE/WeChat/
    Telegram label names it in a post written in a script such as Thai or Lao, where a Russian or
    Greek word would be out of place ("ไลน์ ѕоѕо" is LINE id soso). In posts with genuine
    Cyrillic/Greek words the normaliser leaves such words alone, so they never match."""
    return any((h.start, h.end) == span and h.labelled for h in handles) and bool(_UNLIKE_LATIN.search(norm.original))


def _entities(norm: NormText, found: list[Found], handles: Sequence[HandleHit]) -> list[Entity]:
    if not found:  # most posts
        return []
    tel_links = {value for _, _, kind, value in found if kind == "whatsapp"}
    seen: set[tuple[str, str]] = set()
    out: list[Entity] = []
    for start, end, kind, value in sorted(found):
        key = (kind, value)
        if key in seen or (kind == "phone" and value in tel_links):
            continue
        seen.add(key)
        o_start, o_end, raw = norm.original_span(start, end)
        if disguised_word(raw) and not _vouched(norm, (start, end), handles):  # "@сосорехх": a Cyrillic word
            continue
        out.append(_entity(kind, value, raw, o_start, o_end, "text"))
    return out


def extract_entities(
    text: str, lang: str | None = None, *, region: str | None = None, norm: NormText | None = None
) -> list[Entity]:
    """Contact identifiers in `text` (see docs/identifiers.md), in order of first appearance,
    one per (type, value). `lang` (ISO 639-1) and `region` (ISO 3166, overrides) resolve local
    phone numbers; `norm` is `normalise(text)` when the caller already has it."""
    if not text:
        return []
    return extract_batch([norm if norm is not None else normalise(text)], [lang], region=region)[0]


def extract_batch(
    norms: Sequence[NormText], langs: Sequence[str | None], *, region: str | None = None
) -> list[list[Entity]]:
    """`extract_entities` for many normalised posts; each pass runs over the whole batch before
    the next, which keeps each pass's tables and automata in the CPU cache."""
    # A post's claimed spans are made when a pass first finds something in it (most posts: never),
    # so posts without identifiers cost no bytearray, no masking and no _entities call.
    spans: list[_Spans | None] = [None] * len(norms)
    work = [n.text for n in norms]
    # Each pass's hits are listed first and claimed only when there are any (most posts have
    # none): the same claims in the same order, without a call per pass and post.
    for i, w in enumerate(work):
        if found := [(start, end, "email", v) for start, end, v in find_emails(w)]:
            _claim(spans, i, w).take(found)
    _mask(spans, work)
    # A pass is skipped where its own first test says it can find nothing (a link has a dot before
    # a letter, an app link "://", a spaced t.me link "me"; `may_hold_wallet`; a handle a label or
    # an "@"): most posts have none, and each call costs a generator and a list.
    for i, (w, n) in enumerate(zip(work, norms, strict=True)):
        if "." in w and (found := [(h.start, h.end, h.type, h.value) for h in find_links(w, n)]):
            _claim(spans, i, w).take(found)
        if "://" in w and (found := [(h.start, h.end, h.type, h.value) for h in find_app_links(w)]):
            _claim(spans, i, w).take(found)
        if "me" in w and (found := [(h.start, h.end, h.type, h.value) for h in find_spaced_links(w)]):
            _claim(spans, i, w).take(found)
    _mask(spans, work)
    for i, (w, n) in enumerate(zip(work, norms, strict=True)):
        if may_hold_wallet(w, n) and (found := list(find_wallets(w, n))):
            _claim(spans, i, w).take(found)
    _mask(spans, work)
    hits = [scan(w) for w in work]
    for i, (w, n, h) in enumerate(zip(work, norms, hits, strict=True)):
        if not h.labels and "@" not in w:  # find_handles reads labels, then "@" forms only
            continue
        handles = list(find_handles(w, n, h.labels))
        if handles:  # no handles: _entities reads none, whether () or []
            s = _claim(spans, i, w)
            s.handles = handles
            s.take([(x.start, x.end, x.type, x.value) for x in handles])
    _mask(spans, work)
    for i, (w, h, lang) in enumerate(zip(work, hits, langs, strict=True)):
        if not may_hold_phone(w, h.digits):
            continue
        ranker = RegionRanker(w, lang, region, h.nonphone)
        if found := [(p.start, p.end, "phone", p.value) for p in find_phones(w, h.digits, ranker)]:
            _claim(spans, i, w).take(found)
    return [[] if s is None else _entities(n, s.found, s.handles) for n, s in zip(norms, spans, strict=True)]


def _claim(spans: list[_Spans | None], i: int, text: str) -> _Spans:
    """Post i's claimed spans, made on first use."""
    s = spans[i]
    if s is None:
        s = spans[i] = _Spans(len(text))
    return s


def _mask(spans: list[_Spans | None], work: list[str]) -> None:
    """Blank out, in `work`, what the last pass claimed (only posts where it claimed something)."""
    for i, s in enumerate(spans):
        if s is not None and s.spans:
            work[i] = s.masked(work[i])
