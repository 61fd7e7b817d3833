"""Item 3: one odd record never aborts a batch, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import json

import pytest
from hardening_helpers import posts, run_ctip, stored_ids

from ctip.records import Post, Screening
from ctip.store.workspace import Workspace

pytestmark = pytest.mark.timeout(300)

SECRET = "UNIQUE-TEXT-MARKER"  # post text must never appear in messages


def _odd_rows() -> list[dict]:
    return [
        {"id": "nul-text", "text": f"Typing job \u0000 {SECRET}"},
        {"id": "nul-extra", "text": "Typing job", "note": "a\u0000b", "author": "x\u0000y"},
        {"id": "x" * 600, "text": f"long id {SECRET}"},
        {"id": "long-lang", "text": "job", "lang": "l" * 40},
        {"id": "long-source", "text": "job", "source": "s" * 100},
        {"id": "long-date", "text": "job", "posted_at": "2024" * 30},
        {"id": "long-url", "text": "see https://example.org/" + "a" * 3000, "url": "https://example.org/" + "b" * 5000},
        {"id": "nul\u0000id", "text": "job"},
    ]


def test_odd_records_are_rejected_one_by_one_and_the_rest_stored(tmp_path, db_url):
    rows = posts(600, "a") + _odd_rows() + posts(600, "b")
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = run_ctip("ingest", path, "--db", db_url).assert_clean(3)
    ids = set(stored_ids(db_url))
    assert {f"a{i}" for i in range(600)} <= ids and {f"b{i}" for i in range(600)} <= ids
    assert {"nul-text", "nul-extra", "long-url"} <= ids  # NUL replaced, long URL kept whole
    rejected = [line for line in r.err.splitlines() if line.startswith(f"{path}:")]
    assert [int(line.split(":")[1]) for line in rejected] == [603, 604, 605, 606, 608]
    assert "characters long" in rejected[0] and "NUL" in rejected[-1]
    assert SECRET not in r.err
    with Workspace(db_url) as ws:
        stored = {p.id: p for p in ws.iter_posts()}
    assert stored["nul-text"].text == f"Typing job \ufffd {SECRET}"
    assert stored["nul-extra"].extra == {"note": "a\ufffdb"} and stored["nul-extra"].author == "x\ufffdy"
    assert len(stored["long-url"].url) == 5020


def test_a_post_the_database_refuses_costs_only_itself(db_url):
    from ctip.store import workspace

    good = [Screening(Post(id=f"g{i}", text="fine", origin=f"f:{i + 1}"), "en", 0.1, "low", False, (), ())
            for i in range(5)]
    bad = Screening(Post(id="bad", text="refused", origin="f:9"), "en", 0.1, "low", False, (), ())

    with Workspace(db_url) as ws:
        original = workspace._post_row

        def refusing(p, stamp):  # the database refuses this one row (e.g. a type it cannot hold)
            row = original(p, stamp)
            if p.id == "bad":
                row["content_sha256"] = None  # NOT NULL: refused by both databases
            return row

        workspace._post_row = refusing
        try:
            changed, refused = ws.add_checked([*good[:2], bad, *good[2:]], "m1")
        finally:
            workspace._post_row = original
        assert changed == 5 and [(s.post.id, "refused this post" in why) for s, why in refused] == [("bad", True)]
        assert sorted(p.id for p in ws.iter_posts()) == [f"g{i}" for i in range(5)]
