"""Normalise text for matching while keeping a map back to the original offsets.

Steps, in order: Zawgyi-encoded Burmese to Unicode (only when Myanmar letters are present and
the detector says Zawgyi); drop invisible characters (zero-width spaces and joiners, bidi
controls, variation selectors, …); NFKC (folds full-width, circled and mathematical forms,
composes decomposed Vietnamese); native-script decimal digits to ASCII (Khmer, Thai, Lao,
Myanmar, …; NFKC leaves those alone); Latin look-alikes from Cyrillic/Greek to Latin where they
are disguise (`ctip.text.mixed`: in a word with Latin letters, or in a text with no genuine
Cyrillic/Greek letters; "pаssport" folds, "как" in a Russian sentence does not); lower case.
An invisible character between a letter and its combining mark is dropped before the two are
composed, so normalising twice gives what normalising once gave.

Every normalised character remembers where it came from, so a match on the normalised text can
be reported as a span of the *original* text. One-for-one rewrites keep exact offsets; a base
letter with combining marks maps to the whole cluster; a converted Zawgyi word maps to the whole
original word (spans widen to word boundaries there).

Speed: ASCII posts are only lower-cased. Most other posts fold one character to one character
(full-width forms, native digits and look-alikes included): a few vectorised table lookups, the
offsets are the identity and no map is stored. The rest go to `fold_mapped`, whose cost stays
linear in the text length. The Zawgyi check runs only when Myanmar characters are present.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ctip.detect.construct import maker
from ctip.text.fold import Scan, fold_run, scan, scan_many
from ctip.text.fold_mapped import fold_mapped
from ctip.text.mixed import kept_lookalikes
from ctip.text.offsets import MapBuilder, OffsetMap, compose
from ctip.text.unicode_tables import IGNORABLE, MARK, MYANMAR
from ctip.text.zawgyi import ZAWGYI_THRESHOLD, zawgyi_probability_of_codes, zawgyi_to_unicode


@dataclass(frozen=True, slots=True)
class NormText:
    """Normalised text plus the original; `offsets` is None when offsets are the identity."""

    original: str
    text: str
    offsets: OffsetMap | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets.start(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self.offsets.start(start), self.offsets.end(end - 1)

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        """(start, end, text) in the original for a [start, end) span of the normalised text."""
        s, e = self.to_original(start, end)
        return s, e, self.original[s:e]


# NormText(...) without the frozen __init__'s cost (~1.5 µs; one per post): the same record.
_norm = maker(NormText, "original", "text", "offsets")


def _from_zawgyi(text: str) -> tuple[str, OffsetMap]:
    """Unicode text and its map back to Zawgyi `text` (whole chunks where the chunk changed)."""
    converted, chunks = zawgyi_to_unicode(text)
    base = MapBuilder()
    for old_start, old_end, new_start, new_end in chunks:
        new = converted[new_start:new_end]
        base.add(old_start, old_end, new, linear=new == text[old_start:old_end])
    return converted, base.build()


def normalise(text: str) -> NormText:
    """Normalise `text` for matching; see the module docstring for the steps."""
    if text.isascii():
        return _norm(text, text.lower(), None)
    return _normalise_scanned(text, scan(text))


def normalise_many(texts: Sequence[str]) -> list[NormText]:
    """`normalise` of each text; the character tables are looked up for all of them at once."""
    local = [t for t in texts if not t.isascii()]  # never empty: "" is ASCII
    scans = iter(scan_many(local))
    return [_norm(t, t.lower(), None) if t.isascii() else _normalise_scanned(t, next(scans)) for t in texts]


def _invisible_before_mark(s: Scan) -> bool:
    """True when an invisible character stands just before a combining mark ("u\u200b\u0300")."""
    if not s.found & IGNORABLE:
        return False
    invisible = (s.flags & IGNORABLE) != 0
    return bool((invisible[:-1] & ((s.flags[1:] & MARK) != 0) & ~invisible[1:]).any())


def _without_invisible(text: str, s: Scan) -> tuple[str, OffsetMap]:
    """`text` with its invisible characters removed, and the map back to `text`."""
    base = MapBuilder()
    kept = np.flatnonzero((s.flags & IGNORABLE) == 0).tolist()
    start = prev = None
    for i in kept + [None]:
        if start is not None and (i is None or i != prev + 1):
            base.add(start, prev + 1, text[start:prev + 1], linear=True)
            start = None
        if i is not None and start is None:
            start = i
        prev = i
    return base.text(), base.build()


def _normalise_scanned(text: str, scanned: Scan) -> NormText:
    if scanned.found & MYANMAR and zawgyi_probability_of_codes(scanned.codes) > ZAWGYI_THRESHOLD:
        converted, base = _from_zawgyi(text)
        return _fold_mapped_through(text, converted, base)
    if _invisible_before_mark(scanned):  # drop first, so the mark composes with its letter now
        stripped, base = _without_invisible(text, scanned)
        return _fold_mapped_through(text, stripped, base)
    keep = kept_lookalikes(scanned)
    fast = fold_run(text, scanned, keep)
    if fast is not None:
        return _norm(text, fast, None)
    folded, offsets = fold_mapped(text, scanned, keep)
    return _norm(text, folded, offsets)


def _fold_mapped_through(text: str, rewritten: str, base: OffsetMap) -> NormText:
    """Fold `rewritten` (made from `text`, mapped back by `base`) and map the result to `text`."""
    if not rewritten:
        return NormText(text, "", OffsetMap((), ()))
    s = scan(rewritten)
    folded, offsets = fold_mapped(rewritten, s, kept_lookalikes(s))
    return NormText(text, folded, compose(offsets, base, folded))
