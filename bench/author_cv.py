"""Screening quality on posts by an author the model was not trained on (leave one author out).

Cross-validation by fold (`bench/cv_screen.py`) mixes every writer into every fold, so it measures
how well the model knows its own writers; the blind splits showed that new writers are the weak
side. This bench holds out whole author groups of the training corpus, one at a time: it trains on
every other post (`fit_model`, as `ctip train`) and screens the held-out group. A group is a round
tag as `bench/cv_screen.py` names it (`round:7b`, `round:test-r6` …). It is a validation tool:
decisions such as the review threshold may use it; the blind split of `data/eval/` stays untouched.

Besides the verdicts at the shipped thresholds it reports F1, recall and false-positive rate at
other review thresholds (recomputed with the same rules, `detect.score.decide`), so a threshold
can be chosen on held-out authors rather than on the writers the model fitted. "shipped without W1"
is the flag without the model's own reason (`detect/wording.py`), as before session 9.

Usage: python bench/author_cv.py [GROUP ...] [--out FILE.json] [--shipped]
       (default groups: round:7b round:test-r5 round:test-r6, the groups no cue was written from
       when this bench was added; each costs one training, ~7–9 CPU minutes;
       --shipped: no training, the shipped model screens groups it was not trained on, i.e. new
       authors' rounds merged after the last `make model`)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ctip.detect.frames import FRAMES
from ctip.detect.model import RiskModel, load_model
from ctip.detect.score import Thresholds, decide
from ctip.detect.training import LabelledPost, fit_model, labelled
from ctip.detect.wording import WORDING_FAMILY, needs_wording_reason
from ctip.ingest import read_posts
from ctip.pipeline import Screener
from ctip.records import IndicatorHit, Post

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GROUPS = ("round:7b", "round:test-r5", "round:test-r6")
REVIEW_THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)


def _round_of():
    spec = importlib.util.spec_from_file_location("cv_screen", ROOT / "bench" / "cv_screen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._round


def held_out_rows(data: list[LabelledPost], group: str, round_of, model: RiskModel | None = None) -> list[dict]:
    """Train without `group` (or take `model`, one that never saw it), screen `group`: one row per held-out post."""
    model = model or fit_model([d for d in data if round_of(d.post.id) != group])
    test = [d for d in data if round_of(d.post.id) == group]
    frame_probs = _record_frame_probabilities(model)
    rows = []
    for d, s in zip(test, Screener(model).screen_batch([d.post for d in test]), strict=True):
        rows.append({"id": d.post.id, "lang": d.post.lang, "label": d.label, "category": d.category,
                     "probability": s.risk_score, "frame": s.frame, "needs_review": s.needs_review,
                     "hits": [[h.id, h.family] for h in s.indicators]})
    for row, probs in zip(rows, frame_probs[-len(rows):], strict=True):  # after the Screener's warm-up posts
        row["frame_probabilities"] = probs
    return rows


def _record_frame_probabilities(model) -> list[dict[str, float]]:
    """Have the frame head also note each post's softmax (the bench's own view; the product keeps
    only the arg-max), in screening order."""
    recorded: list[dict[str, float]] = []
    head = model.frame_
    pick = head.frames_from_logits

    def frames_from_logits(logits: np.ndarray) -> list[str]:
        z = logits + head.intercept_
        e = np.exp(z - z.max(axis=1, keepdims=True))
        recorded.extend({f: round(float(p), 4) for f, p in zip(FRAMES, row, strict=True)} for row in e / e.sum(axis=1, keepdims=True))
        return pick(logits)

    head.frames_from_logits = frames_from_logits
    return recorded


def verdict(row: dict, review: float, wording: bool = True) -> bool:
    """The review flag at another threshold; W1 is decided again there (or left out: `wording=False`)."""
    hits = [IndicatorHit(id=i, name=i, weight=0.0, spans=(), family=f) for i, f in row["hits"] if f != WORDING_FAMILY]
    t = Thresholds(review=review)
    return decide(row["probability"], hits, t, row["frame"])[1] or (
        wording and needs_wording_reason(row["probability"], hits, t, row["frame"]))


def figures(rows: list[dict], flagged: list[bool]) -> dict:
    c = Counter(("tp" if f else "fn") if r["label"] else ("fp" if f else "tn") for r, f in zip(rows, flagged, strict=True))
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    pleas = [f for row, f in zip(rows, flagged, strict=True) if row["category"] == "victim_distress"]
    reporting = [f for row, f in zip(rows, flagged, strict=True) if row["category"] in ("awareness", "news", "testimony")]
    return {"n": len(rows), "f1": round(2 * p * r / max(1e-9, p + r), 3), "precision": round(p, 3), "recall": round(r, 3),
            "fpr": round(c["fp"] / max(1, c["fp"] + c["tn"]), 3),
            "pleas_caught": round(sum(pleas) / max(1, len(pleas)), 3),
            "reporting_flagged": round(sum(reporting) / max(1, len(reporting)), 3)}


def summary(rows: list[dict]) -> dict:
    out = {"shipped": figures(rows, [r["needs_review"] for r in rows]),
           "shipped without W1": figures(rows, [verdict(r, Thresholds().review, wording=False) for r in rows])}
    for t in REVIEW_THRESHOLDS:
        out[f"review>={t:.2f}"] = figures(rows, [verdict(r, t) for r in rows])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", default=list(DEFAULT_GROUPS))
    parser.add_argument("--out", type=Path, help="also write every held-out post's row here (JSON)")
    parser.add_argument("--shipped", action="store_true",
                        help="screen the groups with the shipped model instead of training without each: only "
                             "for groups written after that model was trained (new authors before a retraining)")
    args = parser.parse_args(argv)
    round_of = _round_of()
    posts = [p for p in read_posts(sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))) if isinstance(p, Post)]
    data = labelled(posts)
    known = Counter(round_of(d.post.id) for d in data)
    if unknown := [g for g in args.groups if g not in known]:
        sys.exit(f"no posts in group(s) {', '.join(unknown)}; groups: {', '.join(sorted(known))}")
    all_rows: dict[str, list[dict]] = {}
    shipped = load_model() if args.shipped else None
    for group in args.groups:
        all_rows[group] = held_out_rows(data, group, round_of, shipped)
        print(f"{group}: {len(all_rows[group])} posts screened", file=sys.stderr)
    result = {group: summary(rows) for group, rows in all_rows.items()}
    result["all held out"] = summary([r for rows in all_rows.values() for r in rows])
    if args.out:
        args.out.write_text(json.dumps(all_rows, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
