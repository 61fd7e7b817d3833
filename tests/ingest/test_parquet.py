"""Parquet in and out: ctip's Parquet output reads back to exactly its JSONL output; other Parquet files
are read too; a damaged file is one rejected record naming it, and the other inputs go through."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ctip.ingest import read_posts
from ctip.ingest.parquet import decoded_rows
from ctip.records import Post, Rejected

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample_posts.jsonl"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_screen_parquet_output_reads_back_to_the_jsonl_records(ctip, tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"  # synthetic: a carried nested field, a missing url, unicode
    extra.write_text('{"id":"x1","text":"Việc làm ở Campuchia, lương $1500, telegram @kh_jobs_x1",'
                     '"channel":"c1","meta":{"n":[1,2.5,null]}}\n', encoding="utf-8")
    js, pa_out = tmp_path / "s.jsonl", tmp_path / "s.parquet"
    assert ctip("screen", SAMPLE, extra, "-o", js, "-q").code == 0
    assert ctip("screen", SAMPLE, extra, "-o", pa_out, "-q").code == 0
    records = _jsonl(js)
    assert len(records) == 201 and list(decoded_rows(str(pa_out))) == records
    table = pq.read_table(pa_out)
    assert table.schema.field("risk_score").type == pa.float64()
    assert table.schema.field("needs_review").type == pa.bool_()
    assert json.loads(table.column("extra")[200].as_py()) == {"channel": "c1", "meta": {"n": [1, 2.5, None]}}
    # and the Parquet output is an input: screening it again gives the same records as screening the JSONL
    again_pq, again_js = tmp_path / "a1.jsonl", tmp_path / "a2.jsonl"
    assert ctip("screen", pa_out, "-o", again_pq, "-q").code == 0
    assert ctip("screen", js, "-o", again_js, "-q").code == 0
    assert _jsonl(again_pq) == _jsonl(again_js)


def test_cluster_and_link_write_parquet_with_the_jsonl_records(ctip, tmp_path: Path) -> None:
    for command, extra_args in (("cluster", ()), ("link", ("--by", "identifiers,clusters"))):
        js, out = tmp_path / f"{command}.jsonl", tmp_path / f"{command}.parquet"
        assert ctip(command, SAMPLE, "-o", js, "-q", *extra_args).code == 0
        assert ctip(command, SAMPLE, "-o", out, "-q", *extra_args).code == 0
        records = _jsonl(js)
        assert list(decoded_rows(str(out))) == records
        assert any(v is not None for r in records for k, v in r.items() if k != "id")


def test_parquet_from_other_tools_and_many_files(tmp_path: Path) -> None:
    one, two = tmp_path / "one.parquet", tmp_path / "two.pq"
    pq.write_table(pa.table({"id": ["a", "b"], "text": ["hello there", "second post"],
                             "posted_at": [dt.datetime(2026, 3, 1, 8, 0), None],
                             "tags": [["x", "y"], []]}), one)
    pq.write_table(pa.table({"post": [7], "body": ["third"]}), two)
    posts = list(read_posts([one], "auto"))
    assert [p.id for p in posts] == ["a", "b"]
    assert posts[0].posted_at == "2026-03-01T08:00:00" and posts[0].extra == {"tags": ["x", "y"]}
    assert posts[0].origin == f"{one}:1" and posts[1].origin == f"{one}:2"
    mixed = list(read_posts([one, two], "parquet", id_column="post", text_column="body"))
    assert [type(x) for x in mixed] == [Rejected, Rejected, Post]  # one.parquet has no "post" column
    assert mixed[2].id == "7" and mixed[2].text == "third"


def test_damaged_parquet_is_one_rejected_record_and_the_rest_goes_through(ctip, tmp_path: Path) -> None:
    good = tmp_path / "good.parquet"
    pq.write_table(pa.table({"id": ["g1"], "text": ["Typing job abroad, free ticket, salary $1500"]}), good)
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(good.read_bytes()[:-30])  # the footer (the file's index) is gone
    fake = tmp_path / "notes.parquet"
    fake.write_text("id,text\n1,hello\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    r = ctip("screen", cut, fake, good, "-o", out, "-q")
    assert r.code == 3
    assert f"{cut}:1: it is not a readable Parquet file" in r.err and f"{fake}:1:" in r.err
    assert "re-export or copy it again" in r.err
    assert [rec["id"] for rec in _jsonl(out)] == ["g1"]


def test_parquet_output_name_and_stdin(ctip, tmp_path: Path) -> None:
    r = ctip("cluster", SAMPLE, "-o", tmp_path / "c.xlsx")
    assert r.code == 2 and "JSON lines or Parquet" in r.err
    r = ctip("screen", "-", "--format", "parquet", "-o", tmp_path / "o.jsonl", stdin="PAR1")
    assert r.code == 2 and "standard input" in r.err
