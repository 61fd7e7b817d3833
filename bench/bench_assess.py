"""Benchmark `ctip assess run` as a whole process on synthetic evidence files of growing size.

Items are made-up (example.org sources), spread over every standard, criterion, condition and 3P
component with mixed grades, directions, kinds and shared sources, so the sensitivity grid (2,025
points), the what-would-change search and the report all do real work. Also times the
what-would-change search in-process on its worst case (every finding not met: the smallest set that
reaches Tier 1 is large). Writes bench/out/assess_bench.json and bench/out/assess_bench.md.

Usage: python bench/bench_assess.py [N_ITEMS ...]      (default: 25 200 1000)
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from _measure import calibration_ms, run_measured  # noqa: E402

from ctip.assess.findings import finding_ids  # noqa: E402
from ctip.assess.model import MET, NOT_MET  # noqa: E402
from ctip.assess.rules import load_rules  # noqa: E402
from ctip.assess.tiers import Clock  # noqa: E402
from ctip.assess.whatif import flippable, what_would_change  # noqa: E402

OUT = Path(__file__).parent / "out"
CTIP = str(Path(sys.executable).parent / "ctip")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "assess"


def evidence_file(n: int, path: Path) -> None:
    rng = random.Random(n)
    targets = list(finding_ids(load_rules()))
    items = []
    for i in range(n):
        items.append({
            "id": f"E{i}", "claim": f"synthetic claim {i}",
            "direction": rng.choice(["supports", "supports", "undermines"]),
            "bears_on": rng.sample(targets, rng.randint(1, 3)),
            "reliability": rng.choice("ABCDEF") + str(rng.randint(1, 6)),
            "kind": "commitment" if rng.random() < 0.1 else "action",
            "source": {"title": f"source {i % max(1, n // 4)}",
                       "url": f"https://example.org/s{i % max(1, n // 4)}", "date": "2024-01-15"},
        })
    doc = {"ctip_assess": 1, "country": "Testland", "year": 2024,
           "period": {"start": "2023-04-01", "end": "2024-03-31"}, "evidence": items}
    path.write_text(yaml.safe_dump(doc, sort_keys=False), "utf-8")


def main(sizes: list[int]) -> None:
    OUT.mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("example", EXAMPLES / "cambodia-illustrative.yaml")]
        for n in sizes:
            path = Path(tmp) / f"ev{n}.yaml"
            evidence_file(n, path)
            cases.append((f"{n} items", path))
        for name, path in cases:
            for report in ((), ("--html", str(Path(tmp) / "r.html"))):
                m = run_measured([CTIP, "assess", "run", str(path), "-o", str(Path(tmp) / "r.json"), *report])
                rows.append({"case": name, "html": bool(report), **{k: m[k] for k in ("returncode", "seconds",
                                                                                    "peak_rss_mb")}})
                print(rows[-1], flush=True)
    rules = load_rules()
    states = {i: NOT_MET for i in flippable(rules)} | {"TWL-A": MET, "SSP": NOT_MET}
    start = time.perf_counter()
    result = what_would_change(states, rules, rules.params(), Clock(0, False))
    whatif = {"seconds": round(time.perf_counter() - start, 3), "up_set_size": result["up"]["set_size"],
              "n_sets": result["up"]["n_sets"]}
    summary = {"runs": rows, "what_would_change_worst_case": whatif, "calibration_ms": calibration_ms()}
    (OUT / "assess_bench.json").write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    lines = ["| case | html | seconds | peak RSS MB |", "|---|---|---|---|"]
    lines += [f"| {r['case']} | {'yes' if r['html'] else 'no'} | {r['seconds']} | {r['peak_rss_mb']} |" for r in rows]
    lines.append(f"\nwhat-would-change worst case (all not met): {whatif['seconds']} s, smallest set "
                 f"{whatif['up_set_size']} findings, {whatif['n_sets']} sets; calibration {summary['calibration_ms']} ms")
    (OUT / "assess_bench.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [25, 200, 1000])
