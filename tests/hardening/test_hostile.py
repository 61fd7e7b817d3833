"""Item 5: hostile records (odd charsets, deep nesting) are one rejected record or read, never a dead run."""

from __future__ import annotations

import time

import pytest
from hardening_helpers import posts, run_ctip, stored_ids, write_jsonl, write_warc

from ctip.ingest import read_posts
from ctip.ingest.html import html_visible_text
from ctip.records import Post, Rejected

pytestmark = pytest.mark.timeout(300)

CHARSETS = ["undefined", "zlib", "base64", "rot13", "idna", "bz2", "hex", "unicode_escape", "utf-16", "utf-7"]


def test_a_warc_page_naming_any_codec_is_read(tmp_path):
    pages = []
    for i, charset in enumerate(CHARSETS):
        body = f"<html><head><meta charset=\"{charset}\"></head><body><p>Typing job {i} \\u0041</p></body></html>"
        pages.append((f"https://jobs.example.org/{i}", "text/html", body.encode() + b"\xff"))
        pages.append((f"https://jobs.example.org/h{i}", f"text/html; charset={charset}", body.encode()))
    path = write_warc(tmp_path / "site.warc.gz", pages)
    items = list(read_posts([path]))
    assert all(isinstance(x, Post) for x in items) and len(items) == 2 * len(CHARSETS)
    for i, post in enumerate(items[::2]):
        assert post.text.startswith(f"Typing job {i} \\u0041")  # escapes are not decoded as text


def test_json_nested_a_thousand_deep_is_one_rejected_record(tmp_path, db_url):
    deep = '{"id": "deep", "text": "job", "x": ' + "[" * 1000 + "]" * 1000 + "}\n"
    deeper = '{"id": "deeper", "text": "job", "x": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}\n"
    path = write_jsonl(tmp_path / "posts.jsonl", posts(300))
    path.write_text(path.read_text() + deep + deeper + '{"id": "after", "text": "job"}\n', encoding="utf-8")
    r = run_ctip("ingest", path, "--db", db_url).assert_clean(3)
    assert f"{path}:301: a field is nested more than 64 levels deep" in r.err
    assert f"{path}:302: bad JSON: nested too deeply" in r.err
    assert len(stored_ids(db_url)) == 301


def test_a_deeply_nested_first_line_does_not_break_the_format_sniffer(tmp_path):
    path = tmp_path / "export"  # no extension: the content decides
    path.write_text('{"a": ' * 5000 + "1" + "}" * 5000 + '\n{"id": "b", "text": "job"}\n', encoding="utf-8")
    items = list(read_posts([path]))
    assert isinstance(items[0], Rejected) and items[0].line == 1 and "nested too deeply" in items[0].reason
    assert [p.id for p in items[1:]] == ["b"]


def test_self_closed_divs_do_not_stall_the_html_parser():
    started = time.monotonic()
    assert html_visible_text("<div/>" * 200_000 + "<p>Typing job</p>") == "Typing job"
    assert time.monotonic() - started < 20
    svg = "<svg>" + "<path d='M0 0'/>" * 3000 + "</svg><p>icons stay cheap</p>"
    assert html_visible_text(svg) == "icons stay cheap"
