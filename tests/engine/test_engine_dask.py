"""`ctip screen --engine dask`: the same output as the local engine, on a local Dask cluster."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample_posts.jsonl"
CTIP = str(Path(sys.executable).parent / "ctip")


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CTIP, *map(str, args)], capture_output=True, text=True, timeout=600)


def test_dask_engine_output_is_identical_to_local(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    # synthetic: a duplicate id and a broken line, so rejects and their order are compared too
    extra.write_text('{"id":"x1","text":"Typing job in Sihanoukville, $1500, free ticket, telegram @kh_jobs_x1"}\n'
                     '{"id":"x1","text":"again"}\nnot json\n', encoding="utf-8")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    a = _run("screen", SAMPLE, extra, "-o", local, "-q")
    b = _run("screen", SAMPLE, extra, "-o", dask, "-q", "--engine", "dask")
    assert a.returncode == b.returncode == 3
    assert local.read_bytes() == dask.read_bytes() and len(local.read_text().splitlines()) == 201
    assert a.stderr == b.stderr and "duplicate id" in b.stderr and "bad JSON" in b.stderr


def test_scheduler_without_dask_engine_is_a_usage_error(tmp_path: Path) -> None:
    r = _run("screen", SAMPLE, "-o", tmp_path / "o.jsonl", "--scheduler", "tcp://127.0.0.1:1")
    assert r.returncode == 2 and "--engine dask" in r.stderr
    r = _run("screen", SAMPLE, "-o", tmp_path / "o.jsonl", "--engine", "spark")
    assert r.returncode == 2 and "Unknown engine" in r.stderr
