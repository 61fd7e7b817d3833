"""Fold text that does not fold one character to one character, building the offset map as it goes.

The text is cut at invisible characters (dropped) and two-letter spellings (recomposed); within
the rest only the trouble spots (a letter with marks NFKC may compose, a character whose fold is
longer) are folded one cluster at a time, and the runs between them fold one-for-one. Python
work is proportional to the number of trouble spots, vectorised work to the text length.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from ctip.text.fold import (
    Scan,
    fold_cluster,
    hide_keep,
    is_mark,
    lower_one_to_one,
    map_one_to_one,
    scan,
)
from ctip.text.fold_rules import PAIR_RE, RECOMPOSE
from ctip.text.offsets import MapBuilder, OffsetMap
from ctip.text.unicode_tables import COMPOSING, EXPANDING, FIRST, IGNORABLE, MAPPED, MARK, PAIR_START


def compose_triggers(s: Scan) -> np.ndarray:
    """True at composing characters whose previous character, or the base letter of their
    cluster, is one they may merge into (the first half of a canonical pair)."""
    flags = s.flags
    hits = np.zeros(flags.size, dtype=bool)
    if s.found & COMPOSING and flags.size > 1:
        composing = (flags[1:] & COMPOSING) != 0
        first = (flags & FIRST) != 0
        index = np.arange(flags.size)
        base = np.maximum.accumulate(np.where((flags & MARK) != 0, 0, index))  # start of each cluster
        hits[1:] = composing & (first[:-1] | first[base[:-1]])
    return hits


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True in a sparse `mask` (Python beats numpy on a few runs)."""
    runs: list[list[int]] = []
    for i in np.flatnonzero(mask).tolist():
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(s, e) for s, e in runs]


def _gaps(runs: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The non-empty stretches of [0, size) between `runs`."""
    gaps, pos = [], 0
    for s, e in runs:
        if pos < s:
            gaps.append((pos, s))
        pos = e
    if pos < size:
        gaps.append((pos, size))
    return gaps


def _walk(text: str, lo: int, hi: int, out: MapBuilder, glue: frozenset[int] = frozenset(),
          keep: frozenset[int] = frozenset()) -> None:
    """Fold text[lo:hi] one base character (plus its marks) at a time: the slow, general way.
    Positions in `glue` join the cluster before them even when not marks (Hangul vowel jamo);
    a cluster with a position in `keep` keeps its look-alike letters."""
    i = lo
    while i < hi:
        j = i + 1
        while j < hi and (is_mark(text[j]) or j in glue):
            j += 1
        cluster = text[i:j]
        folded = fold_cluster(cluster, not keep or keep.isdisjoint(range(i, j)))
        # Character for character only if NFKC left the cluster alone (no composing or reordering).
        same = len(folded) == j - i and (j - i == 1 or unicodedata.is_normalized("NFKC", hide_keep(cluster)))
        out.add(i, j, folded, linear=same)
        i = j


def _fold_good(text: str, mapped: str, lo: int, hi: int, out: MapBuilder,
               keep: frozenset[int] = frozenset()) -> None:
    """A run with nothing to drop, compose or expand: one-for-one from `mapped` (text rewritten)."""
    if lo < hi:
        folded = lower_one_to_one(mapped[lo:hi])
        if folded is None:  # rare: marks out of canonical order, Hangul jamo
            _walk(text, lo, hi, out, keep=keep)
        else:
            out.add(lo, hi, folded, linear=True)


def _trouble(s: Scan) -> tuple[np.ndarray, frozenset[int]]:
    """Where folding is not one-for-one: expanding characters, and characters that compose with
    the one before them (marked together with that one; also returned as glue for `_walk`)."""
    bad = (s.flags & EXPANDING) != 0
    triggers = compose_triggers(s)
    bad |= triggers
    bad[:-1] |= triggers[1:]
    return bad, frozenset(np.flatnonzero(triggers).tolist())


def _events(dropped: list[tuple[int, int]], bad: np.ndarray,
            pairs: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    """In text order: invisible runs (replacement ""), two-letter spellings (their letter) and
    trouble runs (None: fold per cluster)."""
    events: list[tuple[int, int, str | None]] = [(s, e, "") for s, e in dropped]
    for m in pairs:
        events.append((m.start(), m.end(), RECOMPOSE[m.group()]))
        bad[m.start():m.end()] = False
    for s, e in dropped:
        bad[s:e] = False
    events += [(s, e, None) for s, e in _runs(bad)]
    events.sort(key=lambda ev: ev[0])
    return events


def _drop_only(mapped: str, dropped: list[tuple[int, int]]) -> tuple[str, OffsetMap] | None:
    """Fast path when the only change besides one-for-one rewrites is dropping invisible characters."""
    kept = _gaps(dropped, len(mapped))
    folded = lower_one_to_one("".join(mapped[s:e] for s, e in kept))
    if folded is None:  # dropping made marks meet a letter they compose with
        return None
    pieces, size = [], 0
    for s, e in kept:
        pieces.append((size, size + e - s, s, e, True))
        size += e - s
    return folded, OffsetMap(tuple(pieces), tuple(p[0] for p in pieces))


def _whole_clusters(text: str, flags: np.ndarray, start: int, end: int, floor: int) -> tuple[int, int]:
    """Widen [start, end) to whole clusters: back to the base letter, on over trailing marks
    (NFKC reorders a cluster's marks), never past `floor` or into a dropped or paired character."""
    while start > floor and is_mark(text[start]):
        start -= 1
    while end < len(text) and not flags[end] & (IGNORABLE | PAIR_START) and is_mark(text[end]):
        end += 1
    return start, end


def fold_mapped(text: str, scanned: Scan | None = None,
                keep_at: np.ndarray | None = None) -> tuple[str, OffsetMap]:
    """Folded `text` and the map from folded offsets back to `text`; look-alike letters at
    positions `keep_at` are not folded to Latin."""
    s = scanned or scan(text)
    mapped = map_one_to_one(s.codes, keep_at) if s.found & MAPPED else text
    keep = frozenset(keep_at.tolist()) if keep_at is not None else frozenset()
    dropped = _runs((s.flags & IGNORABLE) != 0) if s.found & IGNORABLE else []
    bad, glue = _trouble(s)
    pairs = list(PAIR_RE.finditer(text)) if s.found & PAIR_START else []
    if not pairs and not bad.any():
        quick = _drop_only(mapped, dropped)
        if quick is not None:
            return quick
    out = MapBuilder()
    pos = 0
    for start, end, replacement in _events(dropped, bad, pairs):
        if end <= pos:  # inside marks already folded with an earlier cluster
            continue
        if replacement is None:
            start, end = _whole_clusters(text, s.flags, max(start, pos), end, pos)
            _fold_good(text, mapped, pos, start, out, keep)
            _walk(text, start, end, out, glue, keep)
        else:
            _fold_good(text, mapped, pos, start, out, keep)
            out.add(start, end, replacement, linear=False)
        pos = end
    _fold_good(text, mapped, pos, len(text), out, keep)
    return out.text(), out.build()
