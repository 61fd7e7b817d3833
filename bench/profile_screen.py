"""Where `ctip screen`'s time goes: CPU seconds per stage of `Screener.screen_batch` and of
start-up, in one process (no pool), over the benchmark's posts. Prints one JSON line.

Usage: python bench/profile_screen.py [N]   (default 20,000 posts, the benchmark's input)
Stages run one after the other per batch of 256, as `screen_batch` runs them; figures are
process CPU time (time.process_time), so a busy shared machine inflates them less than wall time.
The garbage collector is set as in a screening worker (heap frozen, rare young collections).
To profile another checkout (e.g. main), run this file with that checkout's Python.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import calibration_ms  # noqa: E402
from bench_screen import make_input  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    cal = calibration_ms()
    t = {}
    clock = time.process_time
    start = clock()
    import ctip.cli.app  # noqa: F401  what `ctip` imports before any command runs
    t["import_cli"] = clock() - start
    mark = clock()
    from ctip.cli._screening import make_screener
    from ctip.cli.screen import _jsonl_with_text
    try:
        from ctip.detect.cue_scan import scan
    except ImportError:  # a checkout from before the compiled scan (to compare with it)
        from ctip.detect.cues import scan
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
    t["screener_start"] = clock() - mark
    # As in a screening worker (pipeline._start_worker, after cli._screening's gc.freeze()):
    # otherwise full collections over the loaded tables inflate whichever stage they fall in.
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 50, 100)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "posts.jsonl"
        make_input(n, src)
        mark = clock()
        posts = [r for b in read_posts([str(src)], "auto", defer_jsonl=True) for r in b.records()]
        t["read_parse"] = clock() - mark
    stages = dict.fromkeys(["join", "normalise", "langid", "scan", "indicators", "model", "wording", "extract", "make_screening",
                            "split", "render_jsonl"], 0.0)
    for i in range(0, len(posts), BATCH_SIZE):
        batch = posts[i:i + BATCH_SIZE]
        m = clock()
        joined = [joined_post(p) for p in batch]
        m, stages["join"] = clock(), stages["join"] + clock() - m
        norms = normalise_many([p.text for p in joined])
        m, stages["normalise"] = clock(), stages["normalise"] + clock() - m
        detected = iter(detect_languages([p.text for p in joined if not p.lang]))
        langs = [p.lang or next(detected) for p in joined]
        m, stages["langid"] = clock(), stages["langid"] + clock() - m
        found = [scan(x.text) for x in norms]
        m, stages["scan"] = clock(), stages["scan"] + clock() - m
        hits = [find_indicators(x, lang, f) for x, lang, f in zip(norms, langs, found, strict=True)]
        m, stages["indicators"] = clock(), stages["indicators"] + clock() - m
        parts, frames = screener.model.score([x.text for x in norms], hits)
        m, stages["model"] = clock(), stages["model"] + clock() - m
        add_wording_reasons(norms, hits, parts, frames, screener.model, screener.thresholds)
        m, stages["wording"] = clock(), stages["wording"] + clock() - m
        entities = extract_batch(norms, langs, region=screener.region)
        m, stages["extract"] = clock(), stages["extract"] + clock() - m
        screened = [make_screening(p, lang, pp, h, e, screener.thresholds, frame)
                    for p, lang, h, pp, e, frame in zip(joined, langs, hits, parts, entities, frames, strict=True)]
        m, stages["make_screening"] = clock(), stages["make_screening"] + clock() - m
        out = [split_screening(s, p) for s, p in zip(screened, batch, strict=True)]
        m, stages["split"] = clock(), stages["split"] + clock() - m
        [_jsonl_with_text(s) for s in out]
        stages["render_jsonl"] += clock() - m
    per_post = {k: round(v / n * 1e6, 1) for k, v in stages.items()}
    print(json.dumps({"posts": n, "calibration_ms": cal, "startup_cpu_s": {k: round(v, 3) for k, v in t.items()},
                      "per_post_cpu_us": per_post, "per_post_total_us": round(sum(per_post.values()), 1)}))


if __name__ == "__main__":
    main()
