"""W1: a visible reason for a post that the model alone sends to review.

The model scores every post's character n-grams (the `wording` part of its score). When that
part carries a post to the review threshold while no cue fired, the flag still needs a reason an
analyst can check. W1 is that reason: the phrases of the post whose n-grams the model weighs
most, highlighted like any cue, with their true weight. The weight is exact: the wording part is
a sum over the post's n-grams, and W1 takes the n-grams that lie inside its phrases, so

    score_parts.wording (before) == W1's weight + score_parts.wording (after).

The score does not change; only its wording part is split in two.

W1 fires only when it decides the flag (`needs_wording_reason`): outside warnings, news and
testimony (`frames.REPORTING_FRAMES`), with a frame model, and with the score at least
`WORDING_MARGIN` above the review threshold. On held-out writers (rounds 8a and 8b,
`bench/author_cv.py`) the model alone was right on 22 posts no cue caught, with no false alarm
(docs/benchmarks.md, session 9).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ctip.detect.frames import REPORTING_FRAMES
from ctip.detect.rounding import round_places
from ctip.detect.score import Thresholds, risk_families
from ctip.records import IndicatorHit, ScoreParts, Span
from ctip.text.normalise import NormText

if TYPE_CHECKING:
    from ctip.detect.model import RiskModel

__all__ = ["WORDING_FAMILY", "WORDING_ID", "WORDING_MARGIN", "add_wording_reasons", "needs_wording_reason", "phrase_spans",
           "wording_hit"]

WORDING_ID = "W1"
WORDING_FAMILY = "W"  # derived from the model, not a cue: no model column of its own
WORDING_NAME = "Wording the model learned from trafficking posts"
# The model alone must be a little surer than a flag a cue backs: on held-out writers (rounds 8a, 8b)
# a margin of 0.05 lost 1 of 26 W1 true positives and no false positive was at stake there; on the
# development set it removes W1's one false positive (a recipe post scored 0.51).
WORDING_MARGIN = 0.05
MAX_SPANS = 3
MAX_SPAN_CHARS = 32
# A further phrase must weigh at least this share of the first: weaker ones add noise, not reason.
MIN_SHARE = 0.15
_DECIMALS = 4  # as the score parts (model.PART_DECIMALS)
# Scripts written without spaces between words: a phrase may start or end at any letter there.
_BREAKS = frozenset(".,;:!?()[]{}|\"•…。，、；：！？（）「」『』【】\u104a\u104b\u17d4\u17d5\u0e2f")
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF), (0xF900, 0xFAFF))


def needs_wording_reason(probability: float, hits: Sequence[IndicatorHit], t: Thresholds,
                         frame: str | None) -> bool:
    """True when only the model's reading of the wording, at least `WORDING_MARGIN` above the review
    threshold, would send the post to review."""
    return (frame is not None and frame not in REPORTING_FRAMES and probability >= t.review + WORDING_MARGIN
            and not risk_families(hits))


def add_wording_reasons(norms: Sequence[NormText], hits: list[list[IndicatorHit]], parts: list[ScoreParts],
                        frames: Sequence[str | None], model: RiskModel, t: Thresholds) -> None:
    """Give W1 (and the split wording part) to every post that `needs_wording_reason`, in place."""
    for i, (norm, post_parts, frame) in enumerate(zip(norms, parts, frames, strict=True)):
        if needs_wording_reason(post_parts.probability, hits[i], t, frame):
            found = wording_hit(norm, post_parts, model)
            if found is not None:
                hit, parts[i] = found
                hits[i] = [*hits[i], hit]


def wording_hit(norm: NormText, parts: ScoreParts, model: RiskModel) -> tuple[IndicatorHit, ScoreParts] | None:
    """W1 for one post and its score parts with the wording split; None when no phrase weighs for it."""
    text, starts, lengths, contrib = model.ngram_contributions(norm.text)
    heat = _heat(len(text), starts, lengths, contrib)
    spans = phrase_spans(text, heat)
    inside = _inside(spans, starts, lengths)
    weight = round_places(float(contrib[inside].sum()), _DECIMALS)
    if not spans or weight <= 0:
        return None
    rest = round_places(parts.wording - weight, _DECIMALS)
    found = tuple(Span(*norm.original_span(s, e)) for s, e in spans)
    detail = f"these phrases add {weight:+.2f} to the score; the rest of the wording {rest:+.2f}"
    hit = IndicatorHit(WORDING_ID, WORDING_NAME, weight, found, WORDING_FAMILY, detail)
    return hit, ScoreParts(parts.base, {**parts.indicators, WORDING_ID: weight}, rest)


def _heat(n: int, starts: np.ndarray, lengths: np.ndarray, contrib: np.ndarray) -> np.ndarray:
    """Each character's share of the n-grams over it (an n-gram's contribution split evenly)."""
    diff = np.zeros(n + 1)
    np.add.at(diff, starts, contrib / lengths)
    np.add.at(diff, starts + lengths, -contrib / lengths)
    return np.cumsum(diff)[:n]


def _inside(spans: Sequence[tuple[int, int]], starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Mask of the n-grams that lie wholly inside one of the spans."""
    mask = np.zeros(len(starts), dtype=bool)
    for s, e in spans:
        mask |= (starts >= s) & (starts + lengths <= e)
    return mask


def phrase_spans(text: str, heat: np.ndarray, max_spans: int = MAX_SPANS,
                 max_chars: int = MAX_SPAN_CHARS) -> list[tuple[int, int]]:
    """Up to `max_spans` non-overlapping phrases with the most heat, in text order.

    A phrase starts and ends at word edges (any letter in scripts without spaces, never before a
    combining mark) and is 2 to `max_chars` characters long."""
    n = len(text)
    if n < 2:
        return []
    can_start, can_end = _edges(text)
    total = np.concatenate([[0.0], np.cumsum(heat)])
    # Prefix count of characters a phrase may not hold: sentence and clause breaks, then taken ones.
    taken = np.concatenate([[0], np.cumsum([c in _BREAKS or c == "\n" for c in text])])
    chosen: list[tuple[int, int]] = []
    first = 0.0
    for _ in range(max_spans):
        best = _best_window(total, taken, can_start, can_end, max_chars)
        if best is None or best[0] <= 0 or (chosen and best[0] < MIN_SHARE * first):
            break
        gain, s, e = best
        first = first or gain
        chosen.append((s, e))
        marks = np.diff(taken)
        marks[s:e] = 1
        taken = np.concatenate([[0], np.cumsum(marks)])
    return sorted(chosen)


def _best_window(total: np.ndarray, taken: np.ndarray, can_start: np.ndarray, can_end: np.ndarray,
                 max_chars: int) -> tuple[float, int, int] | None:
    n = len(total) - 1
    best: tuple[float, int, int] | None = None
    for width in range(2, min(max_chars, n) + 1):
        a = np.arange(n - width + 1)
        ok = can_start[a] & can_end[a + width] & (taken[a + width] == taken[a])
        if not ok.any():
            continue
        sums = np.where(ok, total[a + width] - total[a], -np.inf)
        i = int(np.argmax(sums))
        if best is None or sums[i] > best[0]:
            best = (float(sums[i]), i, i + width)
    return best


def _edges(text: str) -> tuple[np.ndarray, np.ndarray]:
    """can_start[i]: a phrase may start at i; can_end[j]: a phrase may end before j."""
    n = len(text)
    word = [c.isalnum() or unicodedata.category(c)[0] == "M" for c in text]
    mark = [unicodedata.category(c)[0] == "M" for c in text]
    unspaced = [any(lo <= ord(c) <= hi for lo, hi in _UNSPACED) for c in text]
    can_start = np.zeros(n + 1, dtype=bool)
    can_end = np.zeros(n + 1, dtype=bool)
    for i in range(n):
        joined = i > 0 and word[i - 1] and not (unspaced[i - 1] or unspaced[i])
        can_start[i] = word[i] and not mark[i] and not joined
    for j in range(1, n + 1):
        joined = j < n and word[j] and (mark[j] or not (unspaced[j - 1] or unspaced[j]))
        can_end[j] = word[j - 1] and not joined
    return can_start, can_end
