"""WARC archives: HTML responses become posts; broken archives keep what was read and say where."""

from __future__ import annotations

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of, write_warc

from ctip.errors import InputError

# Of DEFAULT_PAGES only the 200 text/html pages count: the PNG and the 404 page are skipped.
EXPECTED = [
    ("https://jobs.example.org/post/1 2024-05-01T10:00:00Z", "Work in Sihanoukville, 1500 USD"),
    ("https://jobs.example.org/post/2 2024-05-01T10:00:03Z", "Café staff wanted"),
]


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_posts(tmp_path, gzip):
    path = write_warc(tmp_path / ("a.warc.gz" if gzip else "a.warc"), gzip=gzip)
    items = read_all([path])
    assert [(p.id, p.text) for p in items] == EXPECTED
    first = items[0]
    assert (first.url, first.posted_at, first.source) == (
        "https://jobs.example.org/post/1",
        "2024-05-01T10:00:00Z",
        "warc",
    )
    offsets = [int(p.origin.rsplit(":", 1)[1]) for p in items]
    assert offsets[0] > 0 and offsets[1] > offsets[0]  # the request record comes first


def test_warc_origin_offsets_point_at_the_records(tmp_path):
    path = write_warc(tmp_path / "a.warc", gzip=False)
    data = path.read_bytes()
    for post in read_all([path]):
        offset = int(post.origin.rsplit(":", 1)[1])
        record_head = data[offset : offset + 600]
        assert record_head.startswith(b"WARC/1.") and post.url.encode() in record_head


def test_warc_committed_fixture():
    items = read_all([DATA / "tiny.warc.gz"])
    assert [(p.id, p.text) for p in items] == EXPECTED


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_truncated_keeps_earlier_posts_and_reports_the_offset(tmp_path, gzip):
    whole = write_warc(tmp_path / "whole.warc", gzip=gzip).read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(whole[:-40])
    items = read_all([cut])
    assert [p.url for p in posts_of(items)] == ["https://jobs.example.org/post/1"]
    [rejected] = rejects_of(items)
    assert "cut short" in rejected.reason
    assert whole[rejected.line :].startswith(
        b"\x1f\x8b" if gzip else b"WARC/1."
    )  # the offset of the last record


def test_warc_hostile_page_text_is_just_text(tmp_path):
    body = b"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>alert(2)</script>"
    page = ("https://x.example/p", "2024-01-01T00:00:00Z", "200 OK", "text/html", body)
    path = write_warc(tmp_path / "h.warc.gz", [page])
    [post] = read_all([path])
    assert post.text == "<script>alert(1)</script>"


def test_warc_meta_charset_is_used_when_the_server_does_not_say(tmp_path):
    body = '<html><head><meta charset="windows-1252"></head><body>na\xefve</body></html>'.encode("cp1252")
    page = ("https://x.example/p", "2024-01-01T00:00:00Z", "200 OK", "text/html", body)
    [post] = read_all([write_warc(tmp_path / "m.warc.gz", [page])])
    assert post.text == "naïve"


def test_warc_not_a_warc_is_an_input_error(write):
    path = write("fake.warc", "this is not a web archive\n" * 5)
    with pytest.raises(InputError, match="not a WARC file"):
        read_all([path])
