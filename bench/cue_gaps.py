"""Cue coverage per round and category: does each kind of post raise the cue family it needs?

A cue is the visible reason behind a verdict: a victim's plea is forced to review only by an X
cue, a warning, news report or testimony is left unflagged only when an L7-L9 cue says so, and
infant sale, worker sale and debt contracts are learned from K3, C6 and the coercion cues. This
script measures, for posts of the training corpus (by round tag: `s7b`, `test-r5`, ...) and the
development set (`dev`), the share of each category that raises what it needs, and the share of
hard negatives (commerce, pay questions, legitimate jobs, travel, fundraising, lawful adoption or
transfer, and warnings/news/testimony) that raise a review-forcing cue (X, K1-K3).
With --frames it also screens the hard negatives with the shipped model and counts those read
as an `offer` (only meaningful for posts the shipped model was not trained on).

Usage: python bench/cue_gaps.py [TAG ...] [--show] [--frames] [--json]
  TAG: a corpus part tag (s7b, test-r5, test-r6, s6, ...) or `dev`; default s7b test-r5 test-r6 dev.
  --show lists the ids (and start of text) of the posts that miss their cue.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ctip.detect.indicators import find_indicators
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
PARTS = ROOT / "data" / "corpus" / "parts"
DEV = ROOT.parent / "shared" / "data" / "dev" / "dev_posts.jsonl"
LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")

PLEA = frozenset({"X1", "X2", "X3", "X4"})
COERCION = frozenset({"C1", "C3", "C7", "C9"})
FORCING = frozenset({"X1", "X2", "X3", "X4", "K1", "K2", "K3"})
# Category -> the cue family a post of it needs (any one id of the set).
WANT: dict[str, frozenset[str]] = {
    "victim_distress": PLEA,
    "testimony": frozenset({"L9", "L7", "L8"}),
    "awareness": frozenset({"L7"}),
    "news": frozenset({"L8"}),
    "infant_sale": frozenset({"K3"}),
    "worker_sale": frozenset({"C6"}),
    "debt_contract": COERCION,
    "forced_labour": frozenset(f"C{i}" for i in range(1, 10)),
}
# Posts that must not raise a review-forcing cue (X, K1-K3).
HARD_NEGATIVE = frozenset({"commerce", "pay_question", "legit_job", "legit_agency", "legit_travel", "fundraising",
                           "lawful_adoption", "lawful_transfer", "fair_contract", "other",
                           "testimony", "awareness", "news"})


def load(tag: str) -> list[dict]:
    """The posts of one round tag (every language), or of the development set."""
    if tag == "dev":
        return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    posts: list[dict] = []
    for lang in LANGS:
        path = PARTS / f"{lang}.{tag}.jsonl"
        if path.exists():
            posts += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return posts


def cue_ids(text: str, lang: str | None) -> set[str]:
    return {hit.id for hit in find_indicators(normalise(text), lang)}


def coverage(posts: Iterable[dict]) -> dict[str, dict]:
    """Per category (and per language): posts, how many raise the needed family, which miss;
    per hard-negative category: how many raise a forcing cue, and which."""
    out: dict[str, dict] = defaultdict(lambda: {"n": 0, "ok": 0, "missed": [], "forcing": [],
                                                "by_lang": defaultdict(lambda: [0, 0])})
    for post in posts:
        cat = post.get("category") or "?"
        ids = cue_ids(post["text"], post.get("lang"))
        row = out[cat]
        row["n"] += 1
        lang_row = row["by_lang"][post.get("lang") or "?"]
        lang_row[0] += 1
        if cat in WANT:
            if ids & WANT[cat]:
                row["ok"] += 1
                lang_row[1] += 1
            else:
                row["missed"].append((post["id"], post["text"][:90]))
        if cat in HARD_NEGATIVE and ids & FORCING:
            row["forcing"].append((post["id"], sorted(ids & FORCING), post["text"][:90]))
    return out


def offer_frames(posts: list[dict]) -> dict[str, list[str]]:
    """Hard negatives the shipped model frames as an offer, per category."""
    from ctip.pipeline import Screener
    from ctip.records import Post

    negatives = [p for p in posts if p.get("category") in HARD_NEGATIVE]
    screened = Screener().screen_batch([Post(id=p["id"], text=p["text"], lang=p.get("lang")) for p in negatives])
    out: dict[str, list[str]] = defaultdict(list)
    for post, s in zip(negatives, screened, strict=True):
        if s.frame == "offer" and post.get("category") not in {"legit_job", "legit_agency", "fair_contract"}:
            out[post["category"]].append(post["id"])
    return out


def report(tag: str, show: bool, frames: bool) -> dict:
    posts = load(tag)
    cov = coverage(posts)
    print(f"\n== {tag}: {len(posts)} posts")
    result: dict = {"tag": tag, "need": {}, "forcing": {}}
    for cat in sorted(cov):
        row = cov[cat]
        if cat in WANT:
            share = row["ok"] / row["n"]
            langs = " ".join(f"{lang}:{ok}/{n}" for lang, (n, ok) in sorted(row["by_lang"].items()) if ok < n)
            print(f"  need  {cat:16} {row['ok']:3}/{row['n']:<3} {share:5.2f}  {'/'.join(sorted(WANT[cat]))}  {langs}")
            result["need"][cat] = [row["ok"], row["n"]]
            if show:
                for pid, text in row["missed"]:
                    print(f"        - {pid}: {text!r}")
        if cat in HARD_NEGATIVE:
            bad = row["forcing"]
            print(f"  force {cat:16} {len(bad):3}/{row['n']:<3} raise X/K1-K3")
            result["forcing"][cat] = [len(bad), row["n"]]
            if show:
                for pid, ids, text in bad:
                    print(f"        - {pid} {ids}: {text!r}")
    if frames:
        offers = offer_frames(posts)
        result["offer_frame"] = {cat: len(ids) for cat, ids in offers.items()}
        for cat, ids in sorted(offers.items()):
            print(f"  offer-frame {cat:16} {len(ids)}  {' '.join(ids) if show else ''}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tags", nargs="*", default=["s7b", "test-r5", "test-r6", "dev"])
    ap.add_argument("--show", action="store_true", help="list the posts that miss their cue")
    ap.add_argument("--frames", action="store_true", help="also count hard negatives framed as an offer")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = ap.parse_args()
    results = [report(tag, args.show, args.frames) for tag in args.tags]
    if args.json:
        print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
