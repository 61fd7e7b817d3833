"""Metrics for `ctip eval`: precision/recall/F1 of needs_review, Brier score, reliability bins."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Outcome:
    """One labelled post after screening."""

    id: str
    lang: str
    category: str | None
    label: int
    flagged: bool
    score: float
    n_indicators: int


def confusion(outcomes: Sequence[Outcome]) -> dict[str, float | None]:
    tp = sum(o.flagged and o.label == 1 for o in outcomes)
    fp = sum(o.flagged and o.label == 0 for o in outcomes)
    fn = sum((not o.flagged) and o.label == 1 for o in outcomes)
    tn = sum((not o.flagged) and o.label == 0 for o in outcomes)
    # A rate with nothing to count is not 0: a category without positives has no recall (None, "n/a").
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else None
    return {"n": len(outcomes), "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": _round(precision),
            "recall": _round(recall), "f1": _round(f1), "false_positive_rate": _round(fpr)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def brier(outcomes: Sequence[Outcome]) -> float:
    if not outcomes:
        return 0.0
    return round(sum((o.score - o.label) ** 2 for o in outcomes) / len(outcomes), 4)


def reliability_bins(outcomes: Sequence[Outcome], n_bins: int = 10) -> list[dict[str, float]]:
    """Per score bin: mean predicted score and observed share of label 1."""
    bins: dict[int, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        bins[min(int(o.score * n_bins), n_bins - 1)].append(o)
    rows = []
    for b in sorted(bins):
        group = bins[b]
        rows.append({"bin_low": b / n_bins, "bin_high": (b + 1) / n_bins, "n": len(group),
                     "mean_score": round(sum(o.score for o in group) / len(group), 4),
                     "observed": round(sum(o.label for o in group) / len(group), 4)})
    return rows


def _grouped(outcomes: Sequence[Outcome], key: str) -> dict[str, dict[str, float | None]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[str(getattr(o, key) or "none")].append(o)
    return {k: confusion(v) for k, v in sorted(groups.items())}


def evaluate(outcomes: Sequence[Outcome]) -> dict[str, object]:
    flagged = [o for o in outcomes if o.flagged]
    return {
        "overall": confusion(outcomes),
        "brier": brier(outcomes),
        "by_language": _grouped(outcomes, "lang"),
        "by_category": _grouped(outcomes, "category"),
        "reliability": reliability_bins(outcomes),
        "flagged_without_indicator": sum(o.n_indicators == 0 for o in flagged),
    }
