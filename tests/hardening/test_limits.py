"""Item 6: resource limits — bombs and giant records are refused or cut with a message, within budgets."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import time

import pytest
from hardening_helpers import CTIP, posts, run_ctip, write_jsonl

pytestmark = pytest.mark.timeout(400)

MEMORY_BUDGET_MB = 1024  # docs/limits.md
TIME_BUDGET_S = 120


def _measured(*args: object, env: dict[str, str] | None = None) -> tuple[int, str, str, float, float]:
    """Run ctip; exit status, stdout, stderr, seconds and the peak memory (MB) of it and its workers."""
    started = time.monotonic()
    proc = subprocess.Popen([CTIP, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    out, err = proc.communicate(timeout=TIME_BUDGET_S)
    seconds = time.monotonic() - started
    # ru_maxrss of the waited-for children: the largest of ctip and its worker processes.
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return proc.returncode, out.decode(), err.decode(), seconds, peak_mb


def test_a_gzip_bomb_is_stopped_within_the_budgets(tmp_path):
    """4 MB of gzip that unpacks to 4 GB on one line (concatenated gzip members)."""
    member = gzip.compress(b"a" * (16 << 20), compresslevel=9)
    path = tmp_path / "bomb.jsonl.gz"
    with open(path, "wb") as stream:
        stream.write(gzip.compress(b'{"id": "before", "text": "Typing job"}\n'))
        for _ in range(256):
            stream.write(member)
    assert path.stat().st_size < 8 << 20
    code, out, err, seconds, peak_mb = _measured("screen", path)
    assert code == 3 and "Traceback" not in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["before"]
    assert f"{path}:2: this record is" in err and "gzip bomb" in err
    assert seconds < TIME_BUDGET_S and peak_mb < MEMORY_BUDGET_MB


def test_a_100_mb_csv_field_and_a_50_mb_post_are_rejected_and_the_rest_read(tmp_path):
    csv_path = tmp_path / "big.csv"
    with open(csv_path, "w", encoding="utf-8") as stream:
        stream.write("id,text\n1,first job\n2,")
        for _ in range(100):
            stream.write("x" * (1 << 20))
        stream.write("\n3,third job\n")
    jsonl_path = tmp_path / "big.jsonl"
    with open(jsonl_path, "w", encoding="utf-8") as stream:
        stream.write('{"id": "j1", "text": "job"}\n{"id": "j2", "text": "')
        for _ in range(50):
            stream.write("y" * (1 << 20))
        stream.write('"}\n{"id": "j3", "text": "job"}\n')
    code, out, err, seconds, peak_mb = _measured("screen", csv_path, jsonl_path)
    assert code == 3 and "Traceback" not in err, err[-2000:]
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["1", "3", "j1", "j3"]
    assert f"{csv_path}:3:" in err and f"{jsonl_path}:2: this record is 50.0 MB long" in err
    assert "CTIP_MAX_RECORD_MB" in err
    assert seconds < TIME_BUDGET_S and peak_mb < MEMORY_BUDGET_MB


def test_a_post_longer_than_the_text_limit_is_rejected_and_the_limit_is_a_setting(tmp_path):
    rows = [*posts(3), {"id": "long", "text": "Typing job " * 30_000}, *posts(2, "q")]
    path = write_jsonl(tmp_path / "posts.jsonl", rows)
    r = run_ctip("screen", path).assert_clean(3)
    assert [row["id"] for row in r.jsonl()] == ["p0", "p1", "p2", "q0", "q1"]
    assert f"{path}:4: the text is 330,000 characters long" in r.err and "CTIP_MAX_POST_CHARS" in r.err
    r = run_ctip("screen", path, env={"CTIP_MAX_POST_CHARS": "400000"}).assert_clean(0)
    assert "long" in [row["id"] for row in r.jsonl()]
    bad = run_ctip("screen", path, env={"CTIP_MAX_POST_CHARS": "lots"}).assert_clean(2)
    assert "CTIP_MAX_POST_CHARS" in bad.err


LAUGHS = "\n".join(
    [f'a: &a [{",".join(["lol"] * 9)}]']
    + [f"{b}: &{b} [{','.join(['*' + a] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)]
) + "\n"


def test_yaml_billion_laughs_and_recursive_aliases_are_refused(tmp_path):
    laughs = tmp_path / "laughs.yaml"
    laughs.write_text(LAUGHS, encoding="utf-8")
    assert len(LAUGHS.encode()) < 400
    recursive = tmp_path / "recursive.yaml"
    recursive.write_text("a: &a [1, *a]\n", encoding="utf-8")
    for path, words in ((laughs, "expand to more than"), (recursive, "contains it")):
        r = run_ctip("assess", "check", path, timeout=60).assert_clean(2)
        assert f"{path}:" in r.err and words in r.err
        r = run_ctip("assess", "run", path, "--rules", path, timeout=60).assert_clean(2)
        assert words in r.err


def test_every_limit_is_documented_with_its_default():
    from pathlib import Path

    from ctip.limits import _VARIABLES, Limits

    doc = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text(encoding="utf-8")
    defaults = Limits()
    for variable, (field, unit) in _VARIABLES.items():
        shown = getattr(defaults, field) / unit
        assert f"| `{variable}` | {shown:g} |" in doc, variable
