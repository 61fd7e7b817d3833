"""`ctip cluster|link --engine dask`: the same output as the local engine on real-shaped input.

Synthetic posts (bench/synthetic_links.py: shared templates with slot variation, operations
sharing numbers, hubs, hotlines, placeholders), split over several files (JSONL and Parquet)
and into partitions of 400 posts, so templates and identifiers cross partitions and the
components must be merged globally. The local cluster has 2 worker processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
CTIP = str(Path(sys.executable).parent / "ctip")
N_POSTS = 2500

sys.path.insert(0, str(ROOT / "bench"))
from synthetic_links import make_corpus  # noqa: E402


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CTIP_DASK_PARTITION_POSTS": "400"}
    return subprocess.run([CTIP, *map(str, args)], capture_output=True, text=True, timeout=600, env=env)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("corpus")
    posts = make_corpus(N_POSTS, seed=7).posts
    whole = folder / "all.jsonl"
    lines = [json.dumps(p, ensure_ascii=False) + "\n" for p in posts]
    whole.write_text("".join(lines), encoding="utf-8")
    a, b, c = folder / "a.jsonl", folder / "b.parquet", folder / "c.jsonl"
    a.write_text("".join(lines[:900]), encoding="utf-8")
    part = posts[900:1700]
    # entities as a nested list column, as another tool would write them
    pq.write_table(pa.table({"id": [p["id"] for p in part], "text": [p["text"] for p in part],
                             "lang": [p.get("lang") for p in part], "posted_at": [p.get("posted_at") for p in part],
                             "entities": [p.get("entities", []) for p in part]}), b)
    c.write_text("".join(lines[1700:]), encoding="utf-8")
    return whole, [a, b, c]


def test_cluster_dask_is_identical_to_local(corpus, tmp_path: Path) -> None:
    whole, split = corpus
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    sl, sd = tmp_path / "sl.jsonl", tmp_path / "sd.jsonl"
    a = _run("cluster", whole, "-o", local, "--summary", sl, "-q")
    b = _run("cluster", *split, "-o", dask, "--summary", sd, "-q", "--engine", "dask", "-j", "3")
    assert a.returncode == b.returncode == 0, b.stderr
    assert local.read_bytes() == dask.read_bytes()
    assert sl.read_bytes() == sd.read_bytes()
    labels = [json.loads(line)["cluster_id"] for line in local.read_text().splitlines()]
    assert len(labels) == N_POSTS and len({c for c in labels if c}) > 50  # real clusters were compared


def test_link_dask_is_identical_to_local(corpus, tmp_path: Path) -> None:
    whole, split = corpus
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    sl, sd = tmp_path / "sl.jsonl", tmp_path / "sd.jsonl"
    a = _run("link", whole, "-o", local, "--summary", sl, "--by", "identifiers,clusters", "-q")
    b = _run("link", *split, "-o", dask, "--summary", sd, "--by", "identifiers,clusters", "-q", "--engine", "dask",
             "-j", "3")
    assert a.returncode == b.returncode == 0, b.stderr
    assert a.stderr == b.stderr  # the hubs and site furniture reported
    assert local.read_bytes() == dask.read_bytes() and sl.read_bytes() == sd.read_bytes()
    networks = [json.loads(line)["network_id"] for line in local.read_text().splitlines()]
    assert len({n for n in networks if n}) > 50


def test_link_dask_extracts_identifiers_on_the_workers(tmp_path: Path) -> None:
    sample = ROOT / "examples" / "sample_posts.jsonl"  # raw posts: identifiers are extracted, not carried
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id":"z1","text":"call 0812 345 678 now"}\nnot json\n', encoding="utf-8")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    a = _run("link", sample, bad, "-o", local, "-q", "--region", "TH")
    b = _run("link", sample, bad, "-o", dask, "-q", "--region", "TH", "--engine", "dask", "-j", "3")
    assert a.returncode == b.returncode == 3 and "bad JSON" in b.stderr
    assert a.stderr == b.stderr
    assert local.read_bytes() == dask.read_bytes()
    assert any(json.loads(line)["network_id"] for line in local.read_text().splitlines())


def test_link_dask_rejects_duplicates_across_partitions_like_local(corpus, tmp_path: Path) -> None:
    """Ids are checked by the caller from what the workers parsed: a duplicate in a later partition (and in the
    same one), a bad line and a blank line are rejected at the same place with the same words, and a
    duplicate's text (another operation's number and template) links nothing."""
    whole, _ = corpus
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)[:1200]
    records = [json.loads(line) for line in lines]

    def duplicate(of: int, like: int) -> str:
        return json.dumps({**records[like], "id": records[of]["id"]}, ensure_ascii=False) + "\n"

    lines[1000:1000] = [duplicate(3, 1100), "{not json\n", "\n"]  # partition 3 repeats an id of partition 1
    lines[10:10] = [duplicate(4, 700)]  # and one of its own partition
    src = tmp_path / "dups.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    a = _run("link", src, "-o", local, "--by", "identifiers,clusters", "-q")
    b = _run("link", src, "-o", dask, "--by", "identifiers,clusters", "-q", "--engine", "dask", "-j", "3")
    assert a.returncode == b.returncode == 3, b.stderr
    assert a.stderr == b.stderr and a.stderr.count("duplicate id") == 2 and "dups.jsonl:1002:" in a.stderr
    assert local.read_bytes() == dask.read_bytes()
    assert len(local.read_text().splitlines()) == 1200
