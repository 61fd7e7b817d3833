"""Benchmark `ctip screen` as a whole process on N synthetic posts (default 20,000).

Posts are drawn from the bundled sample and training corpora with their ids renumbered and
a random suffix so no two texts are identical. The command runs REPEAT times (default 3);
best and median are reported, with a CPU calibration (ms for sum(range(10**6))) taken before
and after, because shared machines change speed from minute to minute. Prints one JSON line.
Also reports the CPU seconds of each run (user + system of ctip and its workers), steadier than
wall time on a shared machine. `--ctip CMD` benchmarks another ctip command (e.g. a wrapper that
runs an older checkout) on the same input.
Usage: python bench/bench_screen.py [N] [REPEAT] [--ctip CMD]
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import calibration_ms, run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def source_texts() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl")) + [ROOT / "examples" / "sample_posts.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"text": r["text"], "lang": r.get("lang")})
    return rows


def make_input(n: int, path: Path, seed: int = 0) -> float:
    rng = random.Random(seed)
    rows = source_texts()
    chars = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            r = rng.choice(rows)
            text = f"{r['text']} #{rng.randrange(10**6)}"
            chars += len(text)
            f.write(json.dumps({"id": f"b{i}", "text": text}, ensure_ascii=False) + "\n")
    return chars / n


def main() -> None:
    args = sys.argv[1:]
    ctip = str(Path(sys.executable).parent / "ctip")
    if "--ctip" in args:
        at = args.index("--ctip")
        ctip = args[at + 1]
        del args[at:at + 2]
    n = int(args[0]) if args else 20_000
    repeat = int(args[1]) if len(args) > 1 else 3
    calibration = [calibration_ms()]
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "posts.jsonl", Path(tmp) / "out.jsonl"
        mean_chars = make_input(n, src)
        for _ in range(repeat):
            result = run_measured([ctip, "screen", str(src), "-o", str(out), "--quiet"])
            result["output_lines"] = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
            runs.append(result)
    calibration.append(calibration_ms())
    rates = sorted(round(n / r["seconds"]) for r in runs)
    best = min(runs, key=lambda r: r["seconds"])
    best.update({"benchmark": "screen", "posts": n, "mean_chars": round(mean_chars), "posts_per_second": rates[-1],
                 "posts_per_second_median": rates[len(rates) // 2], "posts_per_second_runs": rates,
                 "cpu_seconds_runs": [r["cpu_seconds"] for r in runs],
                 "peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "calibration_ms": calibration})
    print(json.dumps(best))


if __name__ == "__main__":
    main()
