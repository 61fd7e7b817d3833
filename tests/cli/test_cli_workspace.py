"""`ctip ingest` and `ctip report`: idempotent storage, a self-contained report that works in a browser."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import create_engine, func, select, text

from conftest import write_jsonl
from ctip.store import schema as t

POSTS = [
    {"id": "p1", "text": "Typing job in Sihanoukville, 1800$ monthly, no experience, free visa, Telegram @kh_typing_hr",
     "lang": "en"},
    {"id": "p2", "text": "急招客服，西港，月薪2000美金，无需经验，包吃包住，联系飞机 @kh_typing_hr", "lang": "zh"},
    {"id": "p3", "text": "Selling a rice cooker, almost new, 15 dollars. <script>alert('x')</script>", "lang": "en"},
]


def count(url: str, table) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(table)).scalar_one()
    engine.dispose()
    return n


def test_ingest_twice_adds_nothing_twice(ctip, tmp_path, db_url):
    src = write_jsonl(tmp_path / "in.jsonl", POSTS)
    assert ctip("ingest", src, "--db", db_url, "-q").code == 0
    assert ctip("ingest", src, "--db", db_url, "-q").code == 0
    assert count(db_url, t.posts) == 3 and count(db_url, t.screenings) == 3
    assert count(db_url, t.identifiers) == 1  # the shared Telegram handle is one identifier
    assert count(db_url, t.mentions) == 2


def test_ingest_with_bad_records_keeps_good_ones_and_earlier_data(ctip, tmp_path, sqlite_url):
    ctip("ingest", write_jsonl(tmp_path / "a.jsonl", POSTS[:1]), "--db", sqlite_url, "-q")
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "p2", "text": "ok"}\n{not json}\n', encoding="utf-8")
    r = ctip("ingest", bad, "--db", sqlite_url)
    assert r.code == 3 and f"{bad}:2:" in r.err
    assert count(sqlite_url, t.posts) == 2


def test_ingest_rejects_a_bad_database_url(ctip, tmp_path):
    r = ctip("ingest", write_jsonl(tmp_path / "a.jsonl", POSTS), "--db", "nosuch://x")
    assert r.code == 2 and "database URL" in r.err


def test_workspace_schema_is_at_the_newest_migration(ctip, tmp_path, sqlite_url):
    ctip("ingest", write_jsonl(tmp_path / "a.jsonl", POSTS), "--db", sqlite_url, "-q")
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        version = conn.execute(text("select version_num from alembic_version")).scalar_one()
    assert re.fullmatch(r"\d{4}", version)


@pytest.fixture
def report_file(ctip, tmp_path, sqlite_url):
    ctip("ingest", write_jsonl(tmp_path / "in.jsonl", POSTS), "--db", sqlite_url, "-q")
    out = tmp_path / "report.html"
    r = ctip("report", "--db", sqlite_url, "-o", out)
    assert r.code == 0, r.err
    return out


def test_report_is_self_contained_and_escapes_posts(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert "<script>alert('x')</script>" not in html and "&lt;script&gt;" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)  # nothing loaded from the network
    assert html.index("p1") < html.index("p3")  # ranked by risk
    assert "<svg" in html and "<mark" in html


def test_report_on_an_empty_workspace_says_what_to_do(ctip, sqlite_url, tmp_path):
    r = ctip("report", "--db", sqlite_url, "-o", tmp_path / "r.html")
    assert r.code == 2 and "ctip ingest" in r.err


@pytest.mark.browser
def test_report_filters_work_in_headless_chromium(report_file):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        page.goto(report_file.as_uri())
        assert page.locator("tr.post").count() == 3
        assert "3 of 3" in page.text_content("#f-count")
        page.select_option("#f-lang", "zh")
        assert page.locator("tr.post:visible").count() == 1
        page.select_option("#f-lang", "")
        page.check("#f-review")
        visible = page.locator("tr.post:visible").count()
        assert 1 <= visible < 3
        page.fill("#f-q", "rice cooker")
        assert page.locator("tr.post:visible").count() == 0
        page.screenshot(path=str(report_file.with_suffix(".png")), full_page=True)
        browser.close()
