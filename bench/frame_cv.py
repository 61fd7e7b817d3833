"""Frame head variants on held-out author groups: which frame model generalises to new writers.

The frame head (`detect/frames.py`) decides whether a post that quotes red flags is a warning, a
news report or a testimony (never flagged) or an offer or plea. This bench fits only the frame head,
in several variants, on every post but one author group (`bench/cv_screen.py` group names) and
reports on the held-out group: frame accuracy, the share of warnings/news/testimonies read as a
reporting frame, and the share of pleas read as one (a plea read as reporting can be silenced).
The risk model is not refitted (its features are the same matrix), so a variant's effect on the
verdicts is read from `bench/author_cv.py --out` rows of the same groups (`--rows`).

Usage: python bench/frame_cv.py GROUP [GROUP ...] [--rows FILE.json ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ctip.detect.frames import FRAMES, REPORTING_FRAMES, FrameModel, frame_label
from ctip.detect.indicators import find_indicators
from ctip.detect.model import RiskModel
from ctip.detect.training import labelled, model_columns
from ctip.ingest import read_posts
from ctip.records import Post
from ctip.text.langid import detect_language
from ctip.text.normalise import normalise

sys.path.insert(0, str(Path(__file__).parent))
from author_cv import _round_of  # noqa: E402  (the author groups, named as bench/author_cv.py names them)

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = {"C=8 (shipped)": {"C": 8.0}, "C=8 balanced": {"C": 8.0, "balanced": True},
            "C=2": {"C": 2.0}, "C=2 balanced": {"C": 2.0, "balanced": True}}


def fit_frames(X, frames: list[str], C: float, balanced: bool = False) -> FrameModel:
    from sklearn.linear_model import LogisticRegression

    y = np.asarray([FRAMES.index(f) for f in frames])
    clf = LogisticRegression(C=C, max_iter=400, random_state=0, class_weight="balanced" if balanced else None).fit(X, y)
    head = FrameModel(C=C)
    head.coef_ = np.zeros((X.shape[1], len(FRAMES)))
    head.coef_[:, clf.classes_] = clf.coef_.T
    head.intercept_ = np.full(len(FRAMES), -1e9)
    head.intercept_[clf.classes_] = clf.intercept_
    return head


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("groups", nargs="+")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    round_of = _round_of()
    posts = [p for p in read_posts(sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))) if isinstance(p, Post)]
    data = labelled(posts)
    norms = [normalise(d.post.text) for d in data]
    hits = [find_indicators(n, d.post.lang or detect_language(d.post.text)) for n, d in zip(norms, data, strict=True)]
    model = RiskModel()
    model.indicator_ids_ = tuple(model_columns())
    X = model._features([n.text for n in norms], hits)
    frames = [frame_label(d.category, d.frame) for d in data]
    groups = np.asarray([round_of(d.post.id) for d in data])
    out = {}
    for group in args.groups:
        test = np.flatnonzero(groups == group)
        train = np.flatnonzero(groups != group)
        for name, kw in VARIANTS.items():
            head = fit_frames(X[train], [frames[i] for i in train], **kw)
            z = np.asarray(X[test] @ head.coef_) + head.intercept_
            p = np.exp(z - z.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            got = [FRAMES[i] for i in p.argmax(axis=1)]
            gold = [frames[i] for i in test]
            rep = [g in REPORTING_FRAMES for g in gold]
            out.setdefault(group, {})[name] = {
                "frame_accuracy": round(float(np.mean([a == b for a, b in zip(got, gold, strict=True)])), 3),
                "reporting_read_as_reporting": round(sum(r and f in REPORTING_FRAMES for r, f in zip(rep, got, strict=True)) / max(1, sum(rep)), 3),
                "pleas_read_as_reporting": round(sum(g == "plea" and f in REPORTING_FRAMES for g, f in zip(gold, got, strict=True)) / max(1, gold.count("plea")), 3),
                "confusion": Counter(f"{g}->{f}" for g, f in zip(gold, got, strict=True) if g != f).most_common(6),
                "rows": {data[i].post.id: {"frame": f, "p": [round(float(v), 4) for v in pr]} for i, f, pr in zip(test, got, p, strict=True)},
            }
            print(group, name, {k: v for k, v in out[group][name].items() if k != "rows"}, file=sys.stderr, flush=True)
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
