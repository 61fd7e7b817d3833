"""Instructions per post of screening's stages, counted by valgrind's callgrind (steady on a busy machine).

Usage: python bench/instructions_screen.py [STAGE] [N]   STAGE: all (default), scan, indicators, extract
Runs itself under `valgrind --tool=callgrind` with collection switched on only inside the timed
part (`functools.reduce` is the toggle: nothing in screening calls it), so start-up, input
preparation and the warm-up are not counted, and prints one JSON line with instructions per post
over the first N posts (default 1,000) of the benchmark's input (bench_screen.make_input).
Stages run batch by batch, as `Screener.screen_batch` runs them; "all" is the whole batch path,
from the parsed posts to the JSON lines (frame head and W1 included, as in `screen_batch`). To compare checkouts, run this file with each one's
Python (e.g. main's worktree first, then a branch's), one after the other or side by side:
counts do not depend on the machine's load (repeatable to < 0.1 %).
"""

from __future__ import annotations

import functools
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_screen import make_input  # noqa: E402

STAGES = ("all", "scan", "indicators", "extract")


def _measure(stage: str, n: int) -> None:
    """Runs inside callgrind: prepare, then run `stage` once inside the toggle."""
    from ctip.cli._screening import make_screener
    from ctip.cli.screen import _jsonl_with_text
    from ctip.detect.cue_scan import scan
    from ctip.detect.indicators import find_indicators
    from ctip.detect.score import make_screening
    from ctip.detect.wording import add_wording_reasons
    from ctip.extract import extract_batch
    from ctip.ingest import read_posts
    from ctip.ocr.merge import joined_post, split_screening
    from ctip.pipeline import BATCH_SIZE, GC_THRESHOLD
    from ctip.text.langid import detect_languages
    from ctip.text.normalise import normalise_many

    screener = make_screener(None, None, ocr=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "posts.jsonl"
        make_input(max(n, 20_000), src)
        posts = [r for b in read_posts([str(src)], "auto", defer_jsonl=True) for r in b.records()][:n]

    def screened(batch: list, prepare_only: bool = False) -> list:
        joined = [joined_post(p) for p in batch]
        norms = normalise_many([p.text for p in joined])
        detected = iter(detect_languages([p.text for p in joined if not p.lang]))
        langs = [p.lang or next(detected) for p in joined]
        found = [scan(x.text) for x in norms]
        if prepare_only:
            return [norms, langs, found]
        hits = [find_indicators(x, lang, f) for x, lang, f in zip(norms, langs, found, strict=True)]
        parts, frames = screener.model.score([x.text for x in norms], hits)
        add_wording_reasons(norms, hits, parts, frames, screener.model, screener.thresholds)  # W1, as screen_batch
        entities = extract_batch(norms, langs, region=screener.region)
        out = [make_screening(p, lang, pp, h, e, screener.thresholds, frame)
               for p, lang, h, pp, e, frame in zip(joined, langs, hits, parts, entities, frames, strict=True)]
        return [_jsonl_with_text(split_screening(s, p)) for s, p in zip(out, batch, strict=True)]

    batches = [posts[i:i + BATCH_SIZE] for i in range(0, len(posts), BATCH_SIZE)]
    prepared = [screened(b, prepare_only=True) for b in batches]
    for batch, (norms, langs, found) in zip(batches[:2], prepared, strict=False):  # warm-up: lazy tables
        screened(batch)
        [find_indicators(x, lang, f) for x, lang, f in zip(norms, langs, found, strict=True)]
        extract_batch(norms, langs, region=screener.region)
    gc.freeze()  # as in a screening worker
    gc.set_threshold(GC_THRESHOLD, 50, 100)

    def run(*_: object) -> None:
        for batch, (norms, langs, found) in zip(batches, prepared, strict=True):
            if stage == "all":
                screened(batch)
            elif stage == "scan":
                [scan(x.text) for x in norms]
            elif stage == "indicators":
                [find_indicators(x, lang, f) for x, lang, f in zip(norms, langs, found, strict=True)]
            else:
                extract_batch(norms, langs, region=screener.region)

    functools.reduce(run, [0, 0])


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--inside":
        _measure(args[1], int(args[2]))
        return
    stage = args[0] if args else "all"
    n = int(args[1]) if len(args) > 1 else 1_000
    if stage not in STAGES:
        raise SystemExit(f"stage must be one of {', '.join(STAGES)}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        run = subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
                              f"--callgrind-out-file={out}", sys.executable, __file__, "--inside", stage, str(n)],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=False)
        found = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode or not found:
            raise SystemExit(run.stderr[-2000:])
    print(json.dumps({"benchmark": "instructions_screen", "stage": stage, "posts": n,
                      "instructions_per_post": round(int(found.group(1)) / n)}))


if __name__ == "__main__":
    main()
