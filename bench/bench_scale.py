"""Benchmark the Dask engine against the local one: `ctip screen|cluster|link` on N synthetic posts.

Posts come from bench/synthetic_links.py (templates with slot variation, operations sharing
identifiers, hubs, hotlines); they are written once to JSONL and to Parquet in a temporary
folder. Each command runs as a whole process with the local engine, then with `--engine dask`
on a local cluster of 1 and of 2 worker processes (`-j 2` and `-j 3`: the caller keeps one).
For each run: wall seconds, posts/s, peak RSS of the whole process tree (the Dask scheduler
and workers included, sampled every 20 ms) and whether its output is identical to the local
engine's. A CPU calibration (bench/_measure.py) and the load average are recorded with each
run, since the machine may be shared.

Writes bench/out/scale_bench.json and bench/out/scale_bench.md.
Usage: python bench/bench_scale.py [N] [--timeout SECONDS] [--only screen,cluster,link] [--input jsonl|parquet]
                                   [--keep DIR [--generate-only]]                        (default N 100000)
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import _rss_kb, calibration_ms  # noqa: E402
from synthetic_links import make_corpus  # noqa: E402

OUT = Path(__file__).parent / "out"
CTIP = str(Path(sys.executable).parent / "ctip")
ENGINES = {"local": [], "dask, 1 worker": ["--engine", "dask", "-j", "2"],
           "dask, 2 workers": ["--engine", "dask", "-j", "3"]}


def write_inputs(n: int, folder: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = time.perf_counter()
    posts = make_corpus(n, seed=n).posts
    jsonl = folder / "posts.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for record in posts:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    columns = {k: [p.get(k) for p in posts] for k in ("id", "text", "lang", "posted_at", "entities")}
    pq.write_table(pa.table(columns), folder / "posts.parquet", compression="zstd")
    return {"generate_seconds": round(time.perf_counter() - start, 1), "jsonl_mb": round(jsonl.stat().st_size / 1e6, 1),
            "parquet_mb": round((folder / "posts.parquet").stat().st_size / 1e6, 1)}


def tree_rss_kb(root: int) -> int:
    """RSS of a process and all its descendants. Unlike _measure.tree_rss_kb, children started by any thread
    count: Dask's local cluster starts its worker processes from its event-loop thread."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss_kb(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                stack.extend(int(x) for x in Path(f"/proc/{pid}/task/{tid}/children").read_text().split())
            except OSError:
                pass
    return total


def measured(cmd: list[str], timeout: float) -> dict:
    """Wall seconds and peak tree RSS; the run is stopped (its process group) after `timeout` seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        if time.perf_counter() - start > timeout:
            os.killpg(proc.pid, 15)
            proc.wait()
            return {"timed_out": True, "seconds": round(time.perf_counter() - start, 1)}
        time.sleep(0.02)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the process and every descendant it waited for (the Dask workers included): on a shared
    # machine the wall time says how busy the machine was, the CPU time what the work cost.
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"returncode": proc.returncode, "seconds": round(time.perf_counter() - start, 1),
            "cpu_seconds": round(cpu, 1),
            "peak_rss_mb": round(peak / 1024, 1), "stderr_tail": err[-300:]}


def bench(n: int, timeout: float, commands: list[str], input_kind: str, keep: Path | None = None,
          engines: list[str] | None = None) -> dict:
    row: dict = {"posts": n, "cores": os.cpu_count(), "input": input_kind, "runs": []}
    with tempfile.TemporaryDirectory(prefix="ctip-scale-") as name:
        folder = Path(name)
        if keep is None:
            row.update(write_inputs(n, folder))
        else:  # inputs generated once (1M posts take minutes to make) and kept for later runs
            keep.mkdir(parents=True, exist_ok=True)
            if not (keep / "posts.parquet").exists():
                row.update(write_inputs(n, keep))
            for kind in ("jsonl", "parquet"):
                (folder / f"posts.{kind}").symlink_to(keep / f"posts.{kind}")
        src = folder / f"posts.{input_kind}"
        print(json.dumps({k: v for k, v in row.items() if k != "runs"}), flush=True)
        # With --keep, outputs are kept there too: a later invocation (`--engines "dask, 1 worker"`) is then
        # still compared with the local engine's output of an earlier one.
        outputs = keep if keep is not None else folder
        for command in commands:
            kept_local = outputs / f"{command}-local.jsonl"
            local_out = kept_local if keep is not None and kept_local.exists() and engines and "local" not in engines \
                else None
            for engine, args in ENGINES.items():
                if engines and engine not in engines:
                    continue
                out = outputs / f"{command}-{engine.replace(' ', '').replace(',', '-')}.jsonl"
                extra = ["--no-ocr"] if command == "screen" else []
                calibration = calibration_ms()
                m = measured([CTIP, command, str(src), "-o", str(out), "-q", *extra, *args], timeout)
                run = {"command": command, "engine": engine, "calibration_ms": calibration,
                       "load_average": round(os.getloadavg()[0], 2), **m}
                if not m.get("timed_out") and m["returncode"] in (0, 3):
                    run["posts_per_second"] = round(n / m["seconds"])
                    if local_out is None:
                        local_out = out
                    else:
                        run["identical_to_local"] = filecmp.cmp(local_out, out, shallow=False)
                row["runs"].append(run)
                report(row)  # after every run: a long benchmark stopped part-way keeps what it measured
                print(json.dumps(run), flush=True)
    return row


def report(row: dict) -> None:
    OUT.mkdir(exist_ok=True)
    path = OUT / "scale_bench.json"
    rows = json.loads(path.read_text())["rows"] if path.exists() else []
    # runs of this size measured by an earlier invocation (other commands or engines) are kept
    new = {(run["command"], run["engine"]) for run in row["runs"]}
    earlier = [run for r in rows if r["posts"] == row["posts"] for run in r["runs"]
               if (run["command"], run["engine"]) not in new]
    rows = [r for r in rows if r["posts"] != row["posts"]] + [{**row, "runs": earlier + row["runs"]}]
    path.write_text(json.dumps({"rows": rows}, indent=2) + "\n")
    lines = ["| posts | command | engine | seconds | posts/s | CPU s | peak MB | same output | calibration ms | load |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in sorted(rows, key=lambda r: r["posts"]):
        for run in r["runs"]:
            secs = f"> {run['seconds']} (stopped)" if run.get("timed_out") else run["seconds"]
            same = {True: "yes", False: "NO"}.get(run.get("identical_to_local"), "—")
            lines.append(f"| {r['posts']:,} | {run['command']} | {run['engine']} | {secs} "
                         f"| {run.get('posts_per_second', '—')} | {run.get('cpu_seconds', '—')} "
                         f"| {run.get('peak_rss_mb', '—')} | {same} "
                         f"| {run['calibration_ms']} | {run['load_average']} |")
    (OUT / "scale_bench.md").write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("posts", nargs="?", type=int, default=100_000)
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--only", default="screen,cluster,link")
    parser.add_argument("--input", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--keep", type=Path, help="make the inputs here once and reuse them (e.g. /tmp/ctip-1m)")
    parser.add_argument("--engines", default="", help='e.g. "local;dask, 2 workers" (default: all three)')
    parser.add_argument("--generate-only", action="store_true", help="with --keep: make the inputs and stop")
    a = parser.parse_args()
    if a.generate_only:
        a.keep.mkdir(parents=True, exist_ok=True)
        print(json.dumps(write_inputs(a.posts, a.keep)))
        return
    engines = [e.strip() for e in a.engines.split(";") if e.strip()] or None
    bench(a.posts, a.timeout, a.only.split(","), a.input, a.keep, engines)


if __name__ == "__main__":
    main()
