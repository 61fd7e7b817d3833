"""B-cubed precision, recall and F1 of a clustering against gold labels (None = a cluster of its own)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def _filled(labels: Mapping[str, str | None]) -> dict[str, str]:
    return {item: label if label is not None else f"\0{item}" for item, label in labels.items()}


def bcubed(predicted: Mapping[str, str | None], gold: Mapping[str, str | None]) -> dict[str, float]:
    """Averages over items of |same pred ∩ same gold| / |same pred| (precision) and / |same gold| (recall)."""
    if set(predicted) != set(gold):
        raise ValueError("predicted and gold must label the same items")
    pred, true = _filled(predicted), _filled(gold)
    both = Counter((pred[i], true[i]) for i in pred)
    n_pred, n_true = Counter(pred.values()), Counter(true.values())
    precision = sum(n * n / n_pred[p] for (p, _), n in both.items()) / max(1, len(pred))
    recall = sum(n * n / n_true[t] for (_, t), n in both.items()) / max(1, len(pred))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "n": len(pred)}
