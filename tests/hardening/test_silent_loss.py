"""Item 2: nothing is lost without a word — outputs never replace inputs, odd records are reported."""

from __future__ import annotations

import json

import pytest
from hardening_helpers import posts, run_ctip, stored_ids, write_jsonl

from ctip.ingest import read_posts
from ctip.records import Post, Rejected

pytestmark = pytest.mark.timeout(300)


def test_report_onto_the_workspace_database_is_refused(tmp_path):
    db = tmp_path / "ws.db"
    url = f"sqlite:///{db}"
    run_ctip("ingest", write_jsonl(tmp_path / "a.jsonl", posts(5)), "--db", url).assert_clean(0)
    before = db.read_bytes()
    r = run_ctip("report", "--db", url, "-o", db).assert_clean(2)
    assert "workspace database" in r.err
    assert db.read_bytes() == before and len(stored_ids(url)) == 5


def test_screen_onto_its_own_input_is_refused(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", posts(5))
    before = src.read_bytes()
    r = run_ctip("screen", src, "-o", tmp_path / "." / "a.jsonl").assert_clean(2)
    assert "one of the inputs" in r.err and src.read_bytes() == before


def test_an_unterminated_csv_quote_is_one_rejected_record(tmp_path):
    rows = ['id,text\n', '1,"hello, this quote never closes\n'] + [f"{i},job {i}\n" for i in range(2, 1003)]
    path = tmp_path / "posts.csv"
    path.write_text("".join(rows), encoding="utf-8")
    items = list(read_posts([path]))
    rejected = [x for x in items if isinstance(x, Rejected)]
    assert [(r.line, "never closed" in r.reason) for r in rejected] == [(2, True)]
    found = [x for x in items if isinstance(x, Post)]
    assert [p.id for p in found] == [str(i) for i in range(2, 1003)]
    assert found[0].origin == f"{path}:3" and found[-1].text == "job 1002"


def test_a_csv_that_starts_with_a_blank_line_is_read(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("\n\nid,text\n1,first\n2,second\n", encoding="utf-8")
    found = list(read_posts([path]))
    assert [(p.id, p.text, p.origin) for p in found] == [("1", "first", f"{path}:4"), ("2", "second", f"{path}:5")]


def test_two_sites_index_pages_keep_apart(tmp_path):
    for site in ("siteA", "siteB"):
        (tmp_path / site).mkdir()
        (tmp_path / site / "index.html").write_text(f"<p>Typing job at {site}</p>", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    run_ctip("ingest", tmp_path / "siteA", "--db", url).assert_clean(0)
    run_ctip("ingest", tmp_path / "siteB" / "index.html", "--db", url).assert_clean(0)
    assert stored_ids(url) == ["siteA/index.html", "siteB/index.html"]


def _telegram_export(n: int, odd: dict[int, object]) -> str:
    messages = [{"id": i, "type": "message", "date": odd.get(i, f"2024-05-01T10:{i % 60:02d}:00"),
                 "from": "Fictional Agent", "text": f"Typing job number {i}, free visa"} for i in range(n)]
    export = {"name": "Fictional Jobs", "type": "public_channel", "id": 42, "messages": messages}
    return json.dumps(export, ensure_ascii=False, indent=1)


def test_a_telegram_message_with_an_odd_date_is_one_rejected_record(tmp_path, db_url):
    path = tmp_path / "result.json"
    path.write_text(_telegram_export(1200, {7: {"when": "today"}, 9: [1, 2]}), encoding="utf-8")
    r = run_ctip("ingest", path, "--db", db_url).assert_clean(3)
    assert r.err.count('"date" must be a string') == 2
    ids = stored_ids(db_url)
    assert len(ids) == 1198 and "Fictional Jobs:7" not in ids and "Fictional Jobs:8" in ids
