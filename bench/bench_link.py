"""Benchmark and evaluate `ctip cluster` and `ctip link` as whole processes on synthetic posts.

Posts come from `ctip.link.synthetic` (templates x slot variation x reordering/emoji/typos,
operations sharing identifiers, hub numbers, hotlines, placeholders, burner handles); they carry
`entities` like `ctip screen` output, so `link` measures linking, not extraction.
For each size: wall seconds, posts/s, peak RSS of the process tree (sampled) and ru_maxrss of the
biggest child process; B-cubed F1 of clusters (vs gold templates) and networks (vs gold operations).
Writes bench/out/link_bench.json, bench/out/link_bench.md and bench/out/link_bench.png.

Usage: python bench/bench_link.py [SIZE ...]      (default: 10000 50000 200000)
Sizes above 50,000 skip `link --by identifiers,clusters` and the ablations (time).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import run_measured  # noqa: E402
from synthetic_links import make_corpus  # noqa: E402

from ctip.link.evaluation import bcubed  # noqa: E402

OUT = Path(__file__).parent / "out"
CTIP = str(Path(sys.executable).parent / "ctip")
RUNS = {
    "cluster": ["cluster"],
    "link": ["link"],
    "link_by_clusters": ["link", "--by", "identifiers,clusters"],
}


def write_corpus(n: int, path: Path) -> dict[str, dict[str, str]]:
    corpus = make_corpus(n, seed=n)
    with path.open("w", encoding="utf-8") as f:
        for record in corpus.posts:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"template": corpus.gold_template, "network": corpus.gold_network}


def labels(path: Path, field: str) -> dict[str, str | None]:
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r[field] for r in map(json.loads, f)}


def children_maxrss_mb() -> float:
    # ru_maxrss of the largest child process waited for so far (KB on Linux); monotone across runs.
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def ablations(src: Path, tmp: Path, gold: dict[str, str]) -> dict[str, float]:
    """Network F1 without the traps' guards: no hub rule, and no hub rule nor hotline list."""
    empty = tmp / "no-hotlines.txt"
    empty.write_text("# none\n", encoding="utf-8")
    out: dict[str, float] = {}
    for name, extra in (("no_hub_rule", ["--hub-max", "1000000000"]),
                        ("no_hub_rule_no_hotlines", ["--hub-max", "1000000000", "--hotlines", str(empty)])):
        dst = tmp / f"{name}.jsonl"
        done = subprocess.run([CTIP, "link", str(src), "-o", str(dst), "-q"] + extra, capture_output=True, text=True)
        out[name] = bcubed(labels(dst, "network_id"), gold)["f1"] if dst.exists() else f"failed: {done.stderr[-300:]}"
    return out


def bench_size(n: int, with_quality: bool) -> dict:
    row: dict = {"posts": n}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "posts.jsonl"
        start = time.perf_counter()
        gold = write_corpus(n, src)
        row["generate_seconds"] = round(time.perf_counter() - start, 1)
        row["input_mb"] = round(src.stat().st_size / 1e6, 1)
        for name, args in RUNS.items():
            if name == "link_by_clusters" and n > 50_000:
                continue  # about cluster + link together; measured on the smaller sizes
            dst = tmp / f"{name}.jsonl"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            m = run_measured([CTIP, *args, str(src), "-o", str(dst), "-q"])
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            row[name] = {"seconds": m["seconds"], "posts_per_second": round(n / m["seconds"]),
                         "cpu_seconds": round(cpu, 1), "peak_rss_mb": m["peak_rss_mb"], "returncode": m["returncode"],
                         "load_average": round(os.getloadavg()[0], 2)}
            if with_quality:
                field, truth = ("cluster_id", gold["template"]) if name == "cluster" else ("network_id", gold["network"])
                row[name]["bcubed"] = bcubed(labels(dst, field), truth)
            print(json.dumps({name: row[name], "posts": n}), flush=True)
        row["children_ru_maxrss_mb"] = children_maxrss_mb()
        if with_quality and n <= 50_000:
            row["ablations"] = ablations(src, tmp, gold["network"])
    return row


def write_reports(rows: list[dict]) -> None:
    """Merge with rows of earlier runs (by size), so sizes can be measured in separate runs."""
    OUT.mkdir(exist_ok=True)
    old = OUT / "link_bench.json"
    if old.exists():
        kept = {r["posts"]: r for r in json.loads(old.read_text())["rows"]}
        kept.update({r["posts"]: r for r in rows})
        rows = [kept[n] for n in sorted(kept)]
    (OUT / "link_bench.json").write_text(json.dumps({"cores": os.cpu_count(), "rows": rows}, indent=2) + "\n")
    lines = ["| posts | cluster s | cluster posts/s | cluster peak MB | link s | link posts/s | link peak MB "
             "| link+clusters s | cluster B3 F1 | network B3 F1 | network+clusters B3 F1 |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c, lk = r["cluster"], r["link"]
        lc = r.get("link_by_clusters", {"seconds": "-"})
        f1 = [x.get("bcubed", {}).get("f1", "") for x in (c, lk, lc)]
        lines.append(f"| {r['posts']} | {c['seconds']} | {c['posts_per_second']} | {c['peak_rss_mb']} | {lk['seconds']} "
                     f"| {lk['posts_per_second']} | {lk['peak_rss_mb']} | {lc['seconds']} | {f1[0]} | {f1[1]} | {f1[2]} |")
    (OUT / "link_bench.md").write_text("\n".join(lines) + "\n")
    plot(rows)


def plot(rows: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name in RUNS:
        points = [(r["posts"], r[name]["seconds"]) for r in rows if name in r]
        ax.plot(*zip(*points, strict=True), marker="o", label=f"ctip {' '.join(RUNS[name])}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("posts")
    ax.set_ylabel("wall seconds (whole process)")
    ax.set_title(f"ctip cluster / link on {os.cpu_count()} cores")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(OUT / "link_bench.png", dpi=120)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 50_000, 200_000]
    rows = []
    for n in sizes:  # reports are rewritten after each size, so a long run leaves results as it goes
        rows.append(bench_size(n, with_quality=True))
        write_reports(rows)
    print((OUT / "link_bench.md").read_text())


if __name__ == "__main__":
    main()
