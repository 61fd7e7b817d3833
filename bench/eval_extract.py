"""Precision and recall of ctip.extract on the dev set, over (post id, type, value) triples.

Usage: python bench/eval_extract.py [DEV_DIR] [--errors]   (prints JSON; --errors adds the misses)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from ctip.extract import extract_entities

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"


def _load(dev: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    posts = [json.loads(line) for line in (dev / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    gold: dict[str, list[dict]] = {}
    for line in (dev / "dev_entities.jsonl").read_text(encoding="utf-8").splitlines():
        if line:
            row = json.loads(line)
            gold[row["id"]] = row["entities"]
    return posts, gold


def _pr(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate(dev: Path = DEFAULT_DIR) -> dict:
    posts, gold = _load(dev)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors: list[dict] = []
    for post in posts:
        want = {(e["type"], e["value"]) for e in gold.get(post["id"], [])}
        got = {(e.type, e.value) for e in extract_entities(post["text"], post.get("lang"))}
        for kind, value in want | got:
            tp, fp, fn = (kind, value) in (want & got), (kind, value) in got - want, (kind, value) in want - got
            for key in ("all", f"type:{kind}", f"lang:{post.get('lang')}"):
                counts[key][0] += tp
                counts[key][1] += fp
                counts[key][2] += fn
            if fp or fn:
                errors.append({"id": post["id"], "lang": post.get("lang"), "kind": "fp" if fp else "fn",
                               "type": kind, "value": value})
    report = {key: _pr(*counts[key]) for key in sorted(counts)}
    return {"overall": report.pop("all"), "by_type": {k[5:]: v for k, v in report.items() if k.startswith("type:")},
            "by_lang": {k[5:]: v for k, v in report.items() if k.startswith("lang:")}, "errors": errors}


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    result = evaluate(Path(args[0]) if args else DEFAULT_DIR)
    if "--errors" not in argv:
        result.pop("errors")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
