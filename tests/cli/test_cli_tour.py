"""The README's short tour, end to end, on a Telegram export, a folder of saved pages and a WARC."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, select

from conftest import DATA
from ctip.store import schema as t

FIELD = DATA / "field"


@pytest.mark.parametrize("source, n_posts, flagged", [
    ("telegram/result.json", 4, 2), ("jobboard", 6, 3), ("jobboard.warc.gz", 6, 3)])
def test_short_tour(ctip, tmp_path, source, n_posts, flagged):
    screened = tmp_path / "screened.jsonl"
    r = ctip("screen", FIELD / source, "-o", screened)  # default worker pool
    assert r.code == 0, r.err
    rows = [json.loads(x) for x in screened.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n_posts and sum(x["needs_review"] for x in rows) >= flagged
    assert all(x["text"] and (x["indicators"] or not x["needs_review"]) for x in rows)

    r = ctip("cluster", screened, "-o", tmp_path / "clusters.jsonl", "--summary", tmp_path / "templates.jsonl")
    assert r.code == 0, r.err
    assert len((tmp_path / "clusters.jsonl").read_text().splitlines()) == n_posts
    r = ctip("link", screened, "-o", tmp_path / "networks.jsonl", "--summary", tmp_path / "nets.jsonl")
    assert r.code == 0, r.err
    nets = [json.loads(x) for x in (tmp_path / "nets.jsonl").read_text().splitlines()]
    assert len(nets) == 1 and nets[0]["size"] >= 2  # the one recruiter behind several posts
    assert "und" not in nets[0]["languages"]
    assert not any("kh-jobboard-demo.com" in key for key in nets[0]["identifiers"])  # furniture stays out

    db = f"sqlite:///{tmp_path / 'ctip.db'}"
    r = ctip("ingest", FIELD / source, "--db", db)
    assert r.code == 0, r.err
    assert f"{n_posts} posts read" in r.err and f"{n_posts} posts screened:" in r.err
    out = tmp_path / "report.html"
    r = ctip("report", "--db", db, "-o", out)
    assert r.code == 0, r.err
    html = out.read_text(encoding="utf-8")
    assert f"Report with {n_posts} posts" in r.err and "need review" in html


def test_ingest_ignore_list_is_stored_and_applies_later(ctip, tmp_path):
    db = f"sqlite:///{tmp_path / 'ctip.db'}"
    ignore = tmp_path / "ignore.txt"
    ignore.write_text("# not a recruiter: our own test handle\n@cs_bavet_hr\n+855 97 312 4567\n", encoding="utf-8")
    r = ctip("ingest", FIELD / "jobboard", "--db", db, "-q", "--ignore", ignore)
    assert r.code == 0, r.err
    engine = create_engine(db)
    with engine.connect() as conn:
        stored = {r.link_key for r in conn.execute(select(t.ignored_identifiers))}
        nets = {r.post_id: r.network_id for r in conn.execute(select(t.networks))}
    engine.dispose()
    assert stored == {"telegram:cs_bavet_hr", "tel:+855973124567"}
    assert nets["jobboard/typing-bavet.html"] is None and nets["jobboard/typing-poipet.html"] is None
    r = ctip("ingest", FIELD / "telegram" / "result.json", "--db", db, "-q")  # no --ignore this time
    assert r.code == 0, r.err
    engine = create_engine(db)
    with engine.connect() as conn:
        nets = {r.post_id: r.network_id for r in conn.execute(select(t.networks))}
    engine.dispose()
    assert nets["jobboard/typing-bavet.html"] is None  # the stored list still applies


def test_bad_ignore_file_is_a_usage_error(ctip, tmp_path):
    ignore = tmp_path / "ignore.txt"
    ignore.write_text("the help desk\n", encoding="utf-8")
    r = ctip("link", FIELD / "jobboard", "--ignore", ignore)
    assert r.code == 2 and f"{ignore}:1" in r.err
