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
`bench/author_cv.py`, W1 at the threshold) it added 52 true positives and no false positive in 656
posts; on rounds 9a–9c it gained more than it cost, but did cost false positives (docs/benchmarks.md,
session 9).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np

from ctip.detect.features import make_vectorizer
from ctip.detect.frames import REPORTING_FRAMES
from ctip.detect.model import PART_DECIMALS, RiskModel
from ctip.detect.rounding import round_places
from ctip.detect.score import Thresholds, risk_families
from ctip.records import IndicatorHit, ScoreParts, Span
from ctip.text.normalise import NormText

try:  # the compiled phrase search; absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

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
# Clause and sentence breaks (and line breaks): a phrase never spans one.
_BREAKS = frozenset(".,;:!?()[]{}|\"•…。，、；：！？（）「」『』【】\u104a\u104b\u17d4\u17d5\u0e2f\n")
# Scripts written without spaces between words: a phrase may start or end at any letter there.
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
    contrib, spans, inside = _phrases(norm.text, model)
    weight = round_places(float(contrib[inside].sum()), PART_DECIMALS)
    if not spans or weight <= 0:
        return None
    rest = round_places(parts.wording - weight, PART_DECIMALS)
    found = tuple(Span(*norm.original_span(s, e)) for s, e in spans)
    detail = f"these phrases add {weight:+.2f} to the score; the rest of the wording {rest:+.2f}"
    hit = IndicatorHit(WORDING_ID, WORDING_NAME, weight, found, WORDING_FAMILY, detail)
    return hit, ScoreParts(parts.base, {**parts.indicators, WORDING_ID: weight}, rest)


def _phrases(text: str, model: RiskModel) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray]:
    """Each n-gram's contribution, the phrases (`phrase_spans` of the heat) and the mask of the
    n-grams inside them. The compiled twin (`_fast.wording_spans`) makes numpy's additions in
    numpy's order, so it gives the same phrases and mask, ~6x faster (corpus posts)."""
    if _fast is None:
        text, starts, lengths, contrib = model.ngram_contributions(text)
        spans = phrase_spans(text, _heat(len(text), starts, lengths, contrib))
        return contrib, spans, _inside(spans, starts, lengths)
    text, contrib = model.ngram_column_contributions(text)
    low, high = make_vectorizer().ngram_range
    spans, inside = _fast.wording_spans(_classes(text), np.ascontiguousarray(contrib, dtype=np.float64), low, high,
                                        MAX_SPANS, MAX_SPAN_CHARS, MIN_SHARE)
    return contrib, spans, np.frombuffer(inside, dtype=np.bool_)


class _CharClasses(dict[int, str]):
    """Code point -> one character whose code holds the bits `_fast.wording_spans` reads: 1 a word
    character (category L, N or M, as `_edges`), 2 a combining mark, 4 a script written without
    spaces (`_UNSPACED`), 8 a clause break (`_BREAKS`). Filled on first sight (`str.translate`)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)[0]
        bits = ((category in "LNM") | (category == "M") << 1 | any(lo <= code <= hi for lo, hi in _UNSPACED) << 2
                | (char in _BREAKS) << 3)
        self[code] = chr(bits)
        return chr(bits)


_CLASSES = _CharClasses()


def _classes(text: str) -> bytes:
    """One `_CharClasses` byte per character of `text`."""
    return text.translate(_CLASSES).encode("ascii")


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
    combining mark), holds no clause break and is 2 to `max_chars` characters long. Every window is
    scored at once (one row per width); the hottest is taken, those overlapping it dropped, and so on
    (ties go to the narrower, then the earlier window)."""
    n = len(text)
    if n < 2:
        return []
    can_start, can_end = _edges(text)
    total = np.concatenate([[0.0], np.cumsum(heat)])
    breaks = np.concatenate([[0], np.cumsum([c in _BREAKS for c in text])])
    widths = np.arange(2, min(max_chars, n) + 1)[:, None]
    starts = np.arange(n)[None, :]
    ends = starts + widths
    end = np.minimum(ends, n)
    ok = (ends <= n) & can_start[None, :n] & can_end[end] & (breaks[end] == breaks[starts])
    sums = np.where(ok, total[end] - total[starts], -np.inf)
    chosen: list[tuple[int, int]] = []
    first = 0.0
    for _ in range(max_spans):
        best = int(np.argmax(sums))
        gain = float(sums.flat[best])
        if not gain > 0 or (chosen and gain < MIN_SHARE * first):
            break
        row, s = divmod(best, n)
        e = s + int(widths[row, 0])
        first = first or gain
        chosen.append((s, e))
        sums[(starts < e) & (ends > s)] = -np.inf
    return sorted(chosen)


def _edges(text: str) -> tuple[np.ndarray, np.ndarray]:
    """can_start[i]: a phrase may start at i; can_end[j]: a phrase may end before j."""
    n = len(text)
    cats = [unicodedata.category(c)[0] for c in text]
    mark = np.array([c == "M" for c in cats] + [False])
    word = np.array([c in "LNM" for c in cats] + [False])  # str.isalnum, or a combining mark
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    unspaced = np.zeros(n + 1, dtype=bool)
    for lo, hi in _UNSPACED:
        unspaced[:n] |= (codes >= lo) & (codes <= hi)
    prev_word = np.concatenate([[False], word[:n]])  # word[i - 1]
    prev_unspaced = np.concatenate([[False], unspaced[:n]])
    either_unspaced = prev_unspaced | unspaced
    can_start = word & ~mark & ~(prev_word & ~either_unspaced)
    can_end = prev_word & ~(word & (mark | ~either_unspaced))
    return can_start, can_end
