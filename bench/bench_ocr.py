"""OCR evaluation and speed: the development posts rendered as posters, screened as pictures.

1. Renders every development post as a poster (bench/ocr_posters.py; fresh each run).
2. Runs `ctip screen POSTER_FOLDER` as a whole process with the default worker pool and an
   empty OCR cache (so every picture is read), timing it: pictures per second.
3. Screens the same posts as typed text (`ctip screen gold.jsonl`, no language given either).
4. Reports per language: character error rate (edit distance / gold length, white space
   ignored, since wrapping a poster moves line breaks), identifier recall (gold identifiers,
   type and value, found in the OCR text), identifier precision (identifiers found that are
   gold ones), and F1 of needs_review against the label on the pictures and on the typed text.

Usage: python bench/bench_ocr.py [--limit-per-lang N] [--seed 7] [--part all|tuned|held-out]
                                 [--out docs-table.md] [--keep DIR]
(--part held-out: only the posts the OCR method was not tuned on; --keep: keep the posters and the
screened rows in DIR, for error analysis.)
Prints one JSON document; with --out also writes a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import calibration_ms, run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CTIP = str(Path(sys.executable).parent / "ctip")
LANGS = ("en", "vi", "id", "th", "zh", "km", "lo", "my")


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(gold: str, read: str) -> float:
    g, r = "".join(gold.split()), "".join(read.split())
    return edit_distance(g, r) / max(1, len(g))


def f1(pairs: list[tuple[int, bool]]) -> float:
    tp = sum(1 for label, flagged in pairs if label and flagged)
    fp = sum(1 for label, flagged in pairs if not label and flagged)
    fn = sum(1 for label, flagged in pairs if label and not flagged)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def screen(args: list[str], env: dict[str, str], target: Path) -> tuple[dict[str, dict], dict]:
    measured = run_measured([CTIP, "screen", *args, "-q", "-o", str(target)], env=env)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {Path(r["id"]).stem: r for r in rows}, measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit-per-lang", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--part", choices=("all", "tuned", "held-out"), default="all")
    parser.add_argument("--langs", default="", help="comma-separated languages (default: all eight)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", type=Path, help="keep posters, gold and screened rows in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ctip-ocr-bench-"))
    posters = work / "posters"
    limit = ["--limit-per-lang", str(args.limit_per_lang)] if args.limit_per_lang else []
    subprocess.run([sys.executable, str(ROOT / "bench" / "ocr_posters.py"), str(posters), *limit,
                    "--seed", str(args.seed), "--part", args.part, "--langs", args.langs], check=True)
    gold = [json.loads(line) for line in (posters / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    typed = work / "typed.jsonl"
    typed.write_text("".join(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n"
                             for g in gold), encoding="utf-8")
    env = {**os.environ, "CTIP_OCR_CACHE": str(work / "cache")}
    before = calibration_ms()
    pictures, measured = screen([str(posters)], env, work / "screened_images.jsonl")
    after = calibration_ms()
    texts, _ = screen([str(typed)], env, work / "screened_typed.jsonl")
    by_lang: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for g in gold:
        p, t = pictures.get(g["id"]), texts[g["id"]]
        row = by_lang[g["lang"]]
        row["cer"].append(cer(g["text"], p.get("ocr_text", "") if p else ""))
        found = {(e["type"], e["value"]) for e in (p["entities"] if p else [])}
        found_typed = {(e["type"], e["value"]) for e in t["entities"]}
        for e in g["entities"]:
            row["id_hits"].append((e["type"], e["value"]) in found)
            row["id_hits_typed"].append((e["type"], e["value"]) in found_typed)
        wanted = {(e["type"], e["value"]) for e in g["entities"]}
        # Precision: identifiers found that are gold ones. An identifier the picture's text gives but
        # the gold list lacks is counted against it, even when the typed text gives it too.
        row["id_found"].extend(x in wanted for x in found)
        row["id_found_typed"].extend(x in wanted for x in found_typed)
        row["image"].append((g["label"], bool(p and p["needs_review"])))
        row["typed"].append((g["label"], t["needs_review"]))
        row["missing"].append(p is None)
    table = {}
    for lang in LANGS:
        row = by_lang.get(lang)
        if not row:
            continue
        table[lang] = {
            "posters": len(row["cer"]),
            "rejected": sum(row["missing"]),
            "cer": round(sum(row["cer"]) / len(row["cer"]), 3),
            "identifiers": len(row["id_hits"]),
            "identifier_recall": round(sum(row["id_hits"]) / max(1, len(row["id_hits"])), 3),
            "identifier_recall_typed": round(sum(row["id_hits_typed"]) / max(1, len(row["id_hits_typed"])), 3),
            "identifiers_found": len(row["id_found"]),
            "identifier_precision": round(sum(row["id_found"]) / max(1, len(row["id_found"])), 3),
            "identifier_precision_typed": round(sum(row["id_found_typed"]) / max(1, len(row["id_found_typed"])), 3),
            "f1_image": round(f1(row["image"]), 3),
            "f1_typed": round(f1(row["typed"]), 3),
        }
    result = {"posters": len(gold), "seed": args.seed, "part": args.part, "seconds": round(measured["seconds"], 1),
              "cpu_seconds": round(measured["cpu_seconds"], 1),
              "cpu_seconds_per_image": round(measured["cpu_seconds"] / max(1, len(gold)), 2),
              "images_per_second": round(len(gold) / measured["seconds"], 2),
              "peak_rss_mb": measured.get("peak_rss_mb"), "returncode": measured["returncode"], "cores": os.cpu_count(),
              "calibration_ms": [round(before, 1), round(after, 1)], "by_language": table}
    print(json.dumps(result, indent=1))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if args.out:
        lines = ["| lang | posters | CER | identifiers | recall (image) | recall (typed) | precision (image) "
                 "| precision (typed) | F1 image | F1 typed |",
                 "|---|---|---|---|---|---|---|---|---|---|"]
        for lang, r in table.items():
            lines.append(f"| {lang} | {r['posters']} | {r['cer']:.3f} | {r['identifiers']} | "
                         f"{r['identifier_recall']:.2f} | {r['identifier_recall_typed']:.2f} | "
                         f"{r['identifier_precision']:.2f} | {r['identifier_precision_typed']:.2f} | "
                         f"{r['f1_image']:.2f} | {r['f1_typed']:.2f} |")
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
