"""Cross-validated screening quality on the training corpus, per language (no dev data).

Each fold trains the risk model on the other folds exactly as `ctip train` does and screens the
held-out posts with the full rules (indicators, review rules). Folds are grouped by language
and label so every language is in every fold. Prints one JSON object.
Usage: python bench/cv_screen.py [FOLDS]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from ctip.detect.training import fit_model, labelled
from ctip.ingest import read_posts
from ctip.pipeline import Screener
from ctip.records import Post

ROOT = Path(__file__).resolve().parent.parent


def _round(post_id: str) -> str:
    """The corpus round of a post ("round:6" for `xx-r6-0001`, "round:7w" for `xx-r7w-0001`,
    "round:test-r4" for `r4-xx-001`, a post of a read test split trained on since session 7,
    "round:1-3" for ids without one), so a new round's posts, which its cues were written from,
    can be read apart from the older ones."""
    if m := re.match(r"r(\d+)-", post_id):
        return f"round:test-r{m.group(1)}"
    m = re.search(r"-r(\d+[a-z]*)-", post_id)
    return f"round:{m.group(1)}" if m else "round:1-3"


def main() -> None:
    folds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    posts = [p for p in read_posts(sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))) if isinstance(p, Post)]
    data = labelled(posts)
    fold_of = {}
    seen: dict[tuple[str | None, int], int] = defaultdict(int)
    for d in data:
        key = (d.post.lang, d.label)
        fold_of[d.post.id] = seen[key] % folds
        seen[key] += 1
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for k in range(folds):
        model = fit_model([d for d in data if fold_of[d.post.id] != k])
        screener = Screener(model)
        test = [d for d in data if fold_of[d.post.id] == k]
        for d, s in zip(test, screener.screen_batch([d.post for d in test]), strict=True):
            cell = ("tp" if s.needs_review else "fn") if d.label else ("fp" if s.needs_review else "tn")
            for group in (d.post.lang or "?", "all", f"cat:{d.category}", _round(d.post.id),
                          f"{_round(d.post.id)}:cat:{d.category}", f"{_round(d.post.id)}:{d.post.lang or '?'}"):
                counts[group][cell] += 1
    out = {}
    for group, c in sorted(counts.items()):
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        out[group] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3),
                      "fpr": round(c["fp"] / max(1, c["fp"] + c["tn"]), 3), **c}
    print(json.dumps({"folds": folds, "posts": len(data), "groups": out}, indent=1))


if __name__ == "__main__":
    main()
