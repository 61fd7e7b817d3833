"""Screening quality on the frozen splits, with bootstrap 95 % intervals (`make bench`).

- validation: the shared development set (`../shared/data/dev/dev_posts.jsonl`, 240 posts):
  the one split that model and rule decisions may look at;
- test: the bundled labelled sample (`examples/sample_posts.jsonl` + `sample_labels.jsonl`,
  200 posts written apart from the training corpus): no decision may use it; it is read only
  here, to report;
- test-r11: the round-11 test split (`data/eval/round11/parts/<lang>.jsonl`, the same shape, new
  posts written blind to everything above and to the posts of rounds 3 to 10): report only.

The test splits of rounds 3 to 10 (`data/eval/round3/` … `round10/`) were read, so they no longer measure
honestly: rounds 3 and 4 are training data since session 7, rounds 5 and 6 since session 8, rounds 7
and 8 since session 9, round 9 since session 10, round 10 since session 11 (copied into
`data/corpus/parts/`). They are no longer reported; test-r5 to test-r10 can still be loaded.

Besides F1 it reports the frame accuracy (on splits without gold frames, against the frame their
category implies), the false-positive rate per kind of negative post and the share of victims'
pleas flagged; on the splits with gold identifiers (test-r5 and later rounds) also the precision and
recall of the identifiers screening extracts, overall and on posts that disguise one.

Writes the figures into docs/benchmarks.md and the README between `quality` markers (unless
--no-write) and prints them as JSON.
Usage: python bench/quality.py [--model FILE] [--no-write] [--resamples N] [--only SPLIT[,SPLIT]]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

from ctip.detect.frames import frame_label
from ctip.detect.model import load_model
from ctip.evaluation import Outcome
from ctip.ingest import read_posts
from ctip.pipeline import Screener, screen_stream
from ctip.records import Post

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "dev" / "dev_posts.jsonl"
SAMPLE = ROOT / "examples" / "sample_posts.jsonl"
SAMPLE_LABELS = ROOT / "examples" / "sample_labels.jsonl"
ROUND5 = ROOT / "data" / "eval" / "round5" / "parts"
ROUND6 = ROOT / "data" / "eval" / "round6" / "parts"
ROUND7 = ROOT / "data" / "eval" / "round7" / "parts"
ROUND8 = ROOT / "data" / "eval" / "round8" / "parts"
ROUND9 = ROOT / "data" / "eval" / "round9" / "parts"
ROUND10 = ROOT / "data" / "eval" / "round10" / "parts"
ROUND11 = ROOT / "data" / "eval" / "round11" / "parts"
# Split name → folder of its per-language parts (posts `<lang>.jsonl`, gold `<lang>.entities.jsonl`).
PARTS_SPLITS = {"test-r5": ROUND5, "test-r6": ROUND6, "test-r7": ROUND7, "test-r8": ROUND8, "test-r9": ROUND9,
                "test-r10": ROUND10, "test-r11": ROUND11}
SPLITS = ("validation", "test", "test-r11")  # the reported ones: test-r5 to r10 are training data now
# Kinds of post that need no review, for the false-positive rate per kind (issue 13).
NEGATIVE_KIND = {
    "awareness": "warnings", "news": "news", "testimony": "testimony",
    "commerce": "ordinary commerce", "other": "ordinary commerce", "pay_question": "ordinary commerce",
    "fundraising": "ordinary commerce", "lawful_adoption": "ordinary commerce",
    "legit_job": "legitimate jobs", "legit_agency": "legitimate jobs", "fair_contract": "legitimate jobs",
    "lawful_transfer": "legitimate jobs", "legit_travel": "travel",
}
PREVALENCES = (0.01, 0.05)
SCORES = (0.5, 0.8, 0.9, 0.99)


Labelled = tuple[Post, int, str, str]  # post, label, category, frame (gold or implied by the category)


def post_files(name: str) -> list[Path]:
    """The JSONL files of a split whose posts carry their own label, category and frame."""
    if name == "validation":
        return [DEV]
    if name in PARTS_SPLITS:  # one file per language; the gold identifiers sit beside, not among them
        return sorted(p for p in PARTS_SPLITS[name].glob("*.jsonl") if not p.name.endswith(".entities.jsonl"))
    return []


def entity_files(name: str) -> list[Path]:
    """Gold identifier files (`{"id", "entities": [{"type", "value"}]}` per line) of a split."""
    if name in PARTS_SPLITS:
        return sorted(PARTS_SPLITS[name].glob("*.entities.jsonl"))
    return []


def load_gold_entities(name: str) -> dict[str, set[tuple[str, str]]] | None:
    """Post id → gold (type, value) pairs, or None for a split without gold identifiers."""
    files = entity_files(name)
    if not files:
        return None
    gold: dict[str, set[tuple[str, str]]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[row["id"]] = {entity_key(e["type"], e["value"]) for e in row["entities"]}
    return gold


def entity_key(kind: str, value: str) -> tuple[str, str]:
    # EVM addresses are compared case-blind: the gold may be all lower case, the extractor EIP-55.
    return kind, value.lower() if kind == "wallet_erc20" else value


def load_split(name: str) -> list[Labelled]:
    if name in ("validation", *PARTS_SPLITS):
        posts = [p for p in read_posts([str(f) for f in post_files(name)]) if isinstance(p, Post)]
        return [(p, int(p.extra["label"]), p.extra.get("category") or "none",
                 frame_label(p.extra.get("category"), p.extra.get("frame"))) for p in posts]
    labels = {r["id"]: r for r in map(json.loads, SAMPLE_LABELS.read_text(encoding="utf-8").splitlines())}
    posts = [p for p in read_posts([str(SAMPLE)]) if isinstance(p, Post)]
    return [(p, int(labels[p.id]["label"]), labels[p.id].get("category") or "none",
             frame_label(labels[p.id].get("category"))) for p in posts]


def outcomes_for(split: list[Labelled], screener: Screener) -> tuple[list[Outcome], list[tuple[str, str | None]],
                                                                   dict[str, set[tuple[str, str]]]]:
    """Outcomes, (gold frame, screened frame) per post, and the identifiers screening extracted."""
    screened = list(screen_stream([p for p, _, _, _ in split], screener, workers=2))
    outcomes = [Outcome(p.id, s.lang, cat, label, s.needs_review, s.risk_score, len(s.indicators))
                for (p, label, cat, _), s in zip(split, screened, strict=True)]
    found = {p.id: {entity_key(e.type, e.value) for e in s.entities}
             for (p, _, _, _), s in zip(split, screened, strict=True)}
    return outcomes, [(frame, s.frame) for (_, _, _, frame), s in zip(split, screened, strict=True)], found


def identifier_figures(found: dict[str, set[tuple[str, str]]], gold: dict[str, set[tuple[str, str]]],
                       evasive: set[str]) -> dict[str, float | int | None]:
    """Precision and recall of extracted identifiers over (post, type, value), and recall on the
    posts that disguise an identifier (look-alike letters, full-width, zero-width, spacing)."""
    def recall(ids: list[str]) -> tuple[float | None, int]:
        want = sum(len(gold[i]) for i in ids)
        hit = sum(len(gold[i] & found.get(i, set())) for i in ids)
        return (hit / want if want else None), want

    tp = sum(len(gold.get(i, set()) & got) for i, got in found.items())
    n_found = sum(len(got) for got in found.values())
    all_recall, n_gold = recall([i for i in gold if i in found])
    ev_recall, n_evasive = recall([i for i in gold if i in found and i in evasive])
    return {"precision": tp / n_found if n_found else None, "recall": all_recall, "n_gold": n_gold,
            "recall_evasive": ev_recall, "n_gold_evasive": n_evasive}


def frame_figures(outcomes: list[Outcome], frames: list[tuple[str, str | None]]) -> dict[str, float | None]:
    """Frame accuracy, flagged share of warnings/news/testimony, and pleas caught."""
    def share(members: list[bool]) -> float | None:
        return sum(members) / len(members) if members else None

    reporting = [o.flagged for o, (gold, _) in zip(outcomes, frames, strict=True)
                 if gold in ("warning", "news", "testimony")]
    pleas = [o.flagged for o, (gold, _) in zip(outcomes, frames, strict=True) if gold == "plea" and o.label == 1]
    return {"frame_accuracy": share([gold == got for gold, got in frames]),
            "reporting_flagged": share(reporting), "n_reporting": len(reporting),
            "pleas_caught": share(pleas), "n_pleas": len(pleas)}


def by_negative_kind(outcomes: list[Outcome]) -> dict[str, dict[str, float | int]]:
    kinds: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        if o.label == 0:
            kinds[NEGATIVE_KIND.get(o.category or "", "other negatives")].append(o.flagged)
    return {k: {"n": len(v), "false_positive_rate": sum(v) / len(v)} for k, v in sorted(kinds.items())}


def _counts(flagged: np.ndarray, label: np.ndarray) -> tuple[float, float, float, float]:
    tp = float(np.sum(flagged & (label == 1)))
    fp = float(np.sum(flagged & (label == 0)))
    fn = float(np.sum(~flagged & (label == 1)))
    tn = float(np.sum(~flagged & (label == 0)))
    return tp, fp, fn, tn


def metrics(flagged: np.ndarray, label: np.ndarray, score: np.ndarray) -> dict[str, float]:
    tp, fp, fn, tn = _counts(flagged, label)
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else math.nan
    return {"f1": f1, "precision": precision, "recall": recall,
            "false_positive_rate": fp / (fp + tn) if fp + tn else math.nan,
            "brier": float(np.mean((score - label) ** 2))}


def bootstrap(outcomes: list[Outcome], resamples: int, seed: int = 0) -> dict[str, list[float]]:
    """Point estimate and percentile 95 % interval of each metric, resampling posts."""
    flagged = np.array([o.flagged for o in outcomes])
    label = np.array([o.label for o in outcomes])
    score = np.array([o.score for o in outcomes])
    point = metrics(flagged, label, score)
    rng = np.random.default_rng(seed)
    draws = defaultdict(list)
    for _ in range(resamples):
        i = rng.integers(0, len(outcomes), len(outcomes))
        for k, v in metrics(flagged[i], label[i], score[i]).items():
            if not math.isnan(v):
                draws[k].append(v)
    return {k: [v, float(np.percentile(draws[k], 2.5)), float(np.percentile(draws[k], 97.5))]
            for k, v in point.items()}


def grouped(outcomes: list[Outcome], key: str) -> dict[str, dict[str, float | None]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[str(getattr(o, key))].append(o)
    out = {}
    for name, members in sorted(groups.items()):
        pos = [o for o in members if o.label == 1]
        neg = [o for o in members if o.label == 0]
        out[name] = {"n": len(members),
                     "recall": sum(o.flagged for o in pos) / len(pos) if pos else None,
                     "false_positive_rate": sum(o.flagged for o in neg) / len(neg) if neg else None}
    return out


def at_prevalence(score: float, base_rate: float, prevalence: float) -> float:
    """What a score calibrated at `base_rate` means where a share `prevalence` needs review
    (Bayes: the score's odds scaled by the ratio of prior odds)."""
    odds = score / (1 - score) * (prevalence / (1 - prevalence)) / (base_rate / (1 - base_rate))
    return odds / (1 + odds)


def reliability_at(outcomes: list[Outcome], prevalence: float, base_rate: float, n_bins: int = 5) -> list[dict]:
    """Reliability at a realistic base rate: negatives re-weighted so positives are `prevalence`
    of the total; predicted scores moved to that prevalence with `at_prevalence`."""
    pos = sum(o.label for o in outcomes)
    neg = len(outcomes) - pos
    w_neg = (1 - prevalence) / prevalence * pos / neg
    bins: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for o in outcomes:
        adj = at_prevalence(min(max(o.score, 1e-9), 1 - 1e-9), base_rate, prevalence)
        bins[min(int(adj * n_bins), n_bins - 1)].append((adj, 1.0 if o.label else w_neg, o.label))
    rows = []
    for b in sorted(bins):
        members = bins[b]
        weight = sum(w for _, w, _ in members)
        rows.append({"bin": f"{b / n_bins:.1f}–{(b + 1) / n_bins:.1f}", "posts": len(members),
                     "mean_score": sum(a * w for a, w, _ in members) / weight,
                     "observed": sum(w for _, w, lab in members if lab) / weight})
    return rows


def fmt(ci: list[float]) -> str:
    return f"{ci[0]:.3f} ({ci[1]:.3f}–{ci[2]:.3f})"


def pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.2f}"


def markdown(results: dict, base_rate: float) -> str:
    lines = ["| split | posts | F1 | precision | recall | false-positive rate | Brier |", "|---|---|---|---|---|---|---|"]
    for split, r in results.items():
        m = r["overall"]
        lines.append(f"| {split} | {r['n']} | {fmt(m['f1'])} | {fmt(m['precision'])} | {fmt(m['recall'])} | "
                     f"{fmt(m['false_positive_rate'])} | {fmt(m['brier'])} |")
    lines += ["", "Per language (recall / false-positive rate):", "",
              "| language | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    langs = sorted({k for r in results.values() for k in r["by_language"]})
    for lang in langs:
        cells = []
        for r in results.values():
            g = r["by_language"].get(lang)
            cells.append(f"{pct(g['recall'])} / {pct(g['false_positive_rate'])}" if g else "–")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    lines += ["", "Per category (recall for label-1 categories, false-positive rate for label-0 ones; n/a "
              "where the split has no such post):", "", "| category | " + " | ".join(results) + " |",
              "|---|" + "---|" * len(results)]
    cats = sorted({k for r in results.values() for k in r["by_category"]})
    for cat in cats:
        cells = []
        for r in results.values():
            g = r["by_category"].get(cat)
            if g is None:
                cells.append("n/a")
            else:
                value = g["recall"] if g["recall"] is not None else g["false_positive_rate"]
                cells.append(f"{pct(value)} (n={g['n']})")
        lines.append(f"| {cat} | " + " | ".join(cells) + " |")
    lines += ["", "Frames and kinds of negative post (frame accuracy against gold frames on the round splits "
              "and against the frame each category implies elsewhere; warnings, news and testimony flagged; "
              "victims' pleas flagged):", "", "| figure | " + " | ".join(results) + " |",
              "|---|" + "---|" * len(results)]
    for key, label in (("frame_accuracy", "frame accuracy"), ("reporting_flagged", "warnings/news/testimony flagged"),
                       ("pleas_caught", "victims' pleas flagged")):
        count = {"reporting_flagged": "n_reporting", "pleas_caught": "n_pleas"}.get(key)
        lines.append(f"| {label} | " + " | ".join(
            pct(r["frames"][key]) + (f" (n={r['frames'][count]})" if count else "") for r in results.values()) + " |")
    kinds = sorted({k for r in results.values() for k in r["by_negative_kind"]})
    for kind in kinds:
        cells = []
        for r in results.values():
            g = r["by_negative_kind"].get(kind)
            cells.append("n/a" if g is None else f"{pct(g['false_positive_rate'])} (n={g['n']})")
        lines.append(f"| false-positive rate: {kind} | " + " | ".join(cells) + " |")
    if any("identifiers" in r for r in results.values()):
        lines += ["", "Identifiers extracted by screening against the gold identifiers (splits that have them; "
                  "precision and recall over post, type and value):", "",
                  "| figure | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
        for key, count, label in (("precision", None, "precision"), ("recall", "n_gold", "recall"),
                                  ("recall_evasive", "n_gold_evasive", "recall on posts that disguise one")):
            cells = []
            for r in results.values():
                g = r.get("identifiers")
                cells.append("n/a" if g is None else pct(g[key]) + (f" (n={g[count]})" if count else ""))
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", f"Scores are calibrated at the training corpus's base rate ({base_rate:.0%} of posts need review). "
              "Where far fewer posts need review, the same score means less:", "",
              "| risk_score | " + " | ".join(f"at {p:.0%} prevalence" for p in PREVALENCES) + " |",
              "|---|" + "---|" * len(PREVALENCES)]
    for s in SCORES:
        lines.append(f"| {s} | " + " | ".join(f"{at_prevalence(s, base_rate, p):.3f}" for p in PREVALENCES) + " |")
    rel = results["validation"]["reliability_5pct"]
    lines += ["", "Reliability on the validation split re-weighted to 5 % prevalence (scores moved to that "
              "prevalence as above):", "", "| adjusted score | posts | mean adjusted score | observed share |",
              "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['posts']} | {r['mean_score']:.3f} | {r['observed']:.3f} |" for r in rel]
    return "\n".join(lines)


def write_between(path: Path, name: str, text: str) -> None:
    content = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
    if not pattern.search(content):
        raise SystemExit(f"{path} has no <!-- {name}:start/end --> markers")
    path.write_text(pattern.sub(lambda m: m.group(1) + text + "\n" + m.group(2), content), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--only", help="comma-separated splits to run (default: all); implies --no-write")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else list(SPLITS)
    if unknown := set(only) - set(SPLITS):
        parser.error(f"unknown split(s) {', '.join(sorted(unknown))}; choose from {', '.join(SPLITS)}")
    model = load_model(args.model)
    base_rate = float(model.metadata_.get("n_positive", 0)) / float(model.metadata_.get("n_posts", 1)) or 0.5
    screener = Screener(model)
    results = {}
    for split in (s for s in SPLITS if s in only):
        if split.startswith("test-r") and not post_files(split):
            continue
        labelled = load_split(split)
        outcomes, frames, found = outcomes_for(labelled, screener)
        results[split] = {"n": len(outcomes), "overall": bootstrap(outcomes, args.resamples),
                          "by_language": grouped(outcomes, "lang"), "by_category": grouped(outcomes, "category"),
                          "reliability_5pct": reliability_at(outcomes, 0.05, base_rate),
                          "frames": frame_figures(outcomes, frames), "by_negative_kind": by_negative_kind(outcomes)}
        gold = load_gold_entities(split)
        if gold is not None:
            evasive = {p.id for p, _, _, _ in labelled if p.extra.get("evasion")}
            results[split]["identifiers"] = identifier_figures(found, gold, evasive)
    if not args.no_write and not args.only:
        results_md = markdown(results, base_rate)
        write_between(ROOT / "docs" / "benchmarks.md", "quality", results_md)
        v, te = results["validation"]["overall"], results["test"]["overall"]
        line = (f"validation (240 posts): F1 {fmt(v['f1'])}, Brier {v['brier'][0]:.3f}; "
                f"test (200 posts): F1 {fmt(te['f1'])}, Brier {te['brier'][0]:.3f}")
        for split, name in (("test-r11", "round-11"),):
            if split in results:
                r = results[split]
                line += f"; {name} test ({r['n']} posts): F1 {fmt(r['overall']['f1'])}, Brier {r['overall']['brier'][0]:.3f}"
        line += "."
        write_between(ROOT / "README.md", "quality", line)
    print(json.dumps({"model": model.version, "base_rate": base_rate, **results}, indent=1))


if __name__ == "__main__":
    main()
