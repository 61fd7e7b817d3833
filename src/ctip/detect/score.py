"""From model probability and indicator hits to a Screening: level and review flag.

Rules on top of the calibrated probability (indicators.md §0):
- a post reaches "high" only with cues from at least two families besides L (legitimacy);
- `needs_review` and a level above "low" need at least one risk indicator, so every
  flag can say why; when only the model's reading of the wording reaches the review threshold,
  that indicator is W1, the phrases the model weighs most (`wording.py`, added by the pipeline
  before this rule runs; it never counts towards "high");
- a post framed as a warning, a news report or a testimony (`frames.REPORTING_FRAMES`) that also
  shows it in words — a warning, news or testimony cue fired (L7, L8, L9) — is never flagged,
  however many red flags it quotes: naming them is its point. Its indicators are kept. Both are
  needed so that the reason is visible, and because on the development set the frame model
  alone read two victims' pleas and two recruitment ads as warnings.
- victim distress (X) sets `needs_review` only in a plea (a victim's message quoted in a warning
  is not a victim asking); minor-targeting (K) sets it in any other frame. Without a frame (a
  model file older than frames) the old rule holds: X always, K unless warning/news cues (L7, L8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ctip.detect.construct import maker
from ctip.detect.frames import REPORTING_FRAMES
from ctip.records import Entity, IndicatorHit, Post, ScoreParts, Screening

FRAMING_IDS = frozenset({"L7", "L8"})  # warning / news cues: without a frame, K is then left to the model
REPORTING_IDS = frozenset({"L7", "L8", "L9"})  # warning, news, testimony cues: the words behind the frame


@dataclass(frozen=True, slots=True)
class Thresholds:
    review: float = 0.5
    high: float = 0.75
    medium: float = 0.35


def _family(hit: IndicatorHit) -> str:
    return hit.family or hit.id[:1]


def risk_families(hits: Sequence[IndicatorHit]) -> set[str]:
    return {_family(h) for h in hits} - {"L"}


def is_reporting(frame: str | None, hits: Sequence[IndicatorHit]) -> bool:
    """A warning, news report or testimony in frame and in words: never flagged."""
    return frame in REPORTING_FRAMES and any(h.id in REPORTING_IDS for h in hits)


def decide(probability: float, hits: Sequence[IndicatorHit], t: Thresholds = Thresholds(),
           frame: str | None = None) -> tuple[str, bool]:
    """Return (risk_level, needs_review)."""
    families = risk_families(hits)
    if is_reporting(frame, hits):
        return "low", False
    if frame is None:
        forced = "X" in families or ("K" in families and not any(h.id in FRAMING_IDS for h in hits))
    else:
        forced = ("X" in families and frame == "plea") or "K" in families
    needs_review = forced or (probability >= t.review and bool(families))
    if probability >= t.high and len(families) >= 2:
        level = "high"
    elif needs_review or (probability >= t.medium and families):
        level = "medium"
    else:
        level = "low"
    return level, needs_review


def make_screening(
    post: Post, lang: str, parts: ScoreParts, hits: Sequence[IndicatorHit], entities: Sequence[Entity],
    t: Thresholds = Thresholds(), frame: str | None = None,
) -> Screening:
    """The score is the sigmoid of its parts, and each indicator's weight is its part."""
    probability = parts.probability
    level, needs_review = decide(probability, hits, t, frame)
    weights = parts.indicators
    indicators = tuple([_weighted(h, weights.get(h.id, 0.0)) for h in hits])
    return _screening(post, lang, probability, level, needs_review, indicators, tuple(entities), parts, frame)


def _weighted(hit: IndicatorHit, weight: float) -> IndicatorHit:
    """`replace(hit, weight=weight)`, ~10x cheaper (this runs for every hit of every post); a
    field that IndicatorHit gains makes `maker` fail at import, so this cannot drop it."""
    return _hit(hit.id, hit.name, weight, hit.spans, hit.family, hit.detail)


_hit = maker(IndicatorHit, "id", "name", "weight", "spans", "family", "detail")
_screening = maker(Screening, "post", "lang", "risk_score", "risk_level", "needs_review", "indicators", "entities",
                   "score_parts", "frame")
