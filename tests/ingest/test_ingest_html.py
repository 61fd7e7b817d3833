"""HTML pages and folders: visible text only, ids from relative paths, links kept inside the folder."""

from __future__ import annotations

import os
import time

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of

from ctip.ingest import html_visible_text
from ctip.ingest._deep_html import too_deep


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var secret = 1;</script>",
        "<style>.secret { color: red }</style>",
        "<noscript>secret</noscript>",
        "<template><p>secret</p></template>",
        "<script type='application/ld+json'>{\"secret\": 1}</script>",
    ],
)
def test_html_visible_text_drops_hidden_elements(hidden):
    text = html_visible_text(f"<html><body><p>shown</p>{hidden}<p>also shown</p></body></html>")
    assert text == "shown\nalso shown"


def test_html_visible_text_drops_the_head():
    html = "<html><head><title>secret title</title><meta name='x' content='secret'></head><body>shown</body></html>"
    assert html_visible_text(html) == "shown"


def test_html_visible_text_blocks_become_lines_and_inline_stays_joined():
    html = "<div>Hel<b>lo</b> <i>world</i></div><p>line<br>break</p><ul><li>one</li><li>two</li></ul>tail"
    assert html_visible_text(html) == "Hello world\nline\nbreak\none\ntwo\ntail"


def test_html_visible_text_collapses_whitespace_and_decodes_entities():
    assert html_visible_text("<p>  a \n\t b &amp; c&nbsp;d &lt;x&gt; </p>") == "a b & c\xa0d <x>"


def test_html_visible_text_keeps_hostile_text_as_text():
    html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; ' OR 1=1 --</p>"
    assert html_visible_text(html) == "<script>alert(1)</script> ' OR 1=1 --"


def test_html_visible_text_of_a_fragment_and_of_nothing():
    assert html_visible_text("just text") == "just text"
    assert html_visible_text("") == ""


def test_html_folder_fixture_recursive_sorted_relative_ids():
    folder = DATA / "site"
    items = read_all([folder])
    assert [p.id for p in items] == ["site/index.html", "site/jobs/job1.htm"]  # notes.txt is not a page
    index, job = items
    assert index.text == "Licensed agency\nFees follow the official schedule."
    assert job.text == "Typing job, 1500 USD\nTelegram only: @hr_fast_job"
    assert job.origin == f"{folder / 'jobs' / 'job1.htm'}:1" and job.source == "html"


def test_html_single_file_id_is_its_folder_and_file_name(write):
    path = write("sub/page.HTML", "<p>hello</p>")
    [post] = read_all([path])
    assert (post.id, post.text, post.origin) == ("sub/page.HTML", "hello", f"{path}:1")


def test_html_folder_does_not_leave_the_folder_through_links(tmp_path, write):
    outside = write("outside/secret.html", "<p>outside secret</p>")
    write("site/inside.html", "<p>inside</p>")
    os.symlink(outside, tmp_path / "site" / "link-out.html")
    os.symlink(tmp_path / "site" / "inside.html", tmp_path / "site" / "link-in.html")
    os.symlink(tmp_path / "outside", tmp_path / "site" / "linked-folder")
    items = read_all([tmp_path / "site"])
    assert [(p.id, p.text) for p in posts_of(items)] == [
        ("site/inside.html", "inside"),
        ("site/link-in.html", "inside"),
    ]
    [rejected] = rejects_of(items)
    assert rejected.file.endswith("link-out.html") and "outside" in rejected.reason
    assert all("outside secret" not in p.text for p in posts_of(items))


def test_html_folder_bad_page_is_rejected_and_others_read(tmp_path, write):
    write("site/a.html", b"<p>line one</p>\n<p>caf\xe9</p>")
    write("site/b.html", "<p>fine</p>")
    write("site/c.html", b"\x00\x01\x02 binary")
    items = read_all([tmp_path / "site"])
    assert [p.id for p in posts_of(items)] == ["site/b.html"]
    first, second = rejects_of(items)
    assert (first.line, first.reason) == (2, "invalid UTF-8 (byte 0xe9 at column 7); save the file as UTF-8")
    assert second.file.endswith("c.html") and second.reason.startswith(
        "not read: this is not a UTF-8 text file"
    )


def test_html_page_with_utf8_bom(write):
    path = write("page.html", "\ufeff<p>ស្វាគមន៍</p>")
    [post] = read_all([path])
    assert post.text == "ស្វាគមន៍"


def test_html_absurdly_deep_nesting_is_fast_and_still_gives_text():
    depth = 100_000  # the HTML parser would take minutes on this
    html = "<div>" * depth + "<p>a &amp; b</p><script>hidden()</script><b>c</b>d<br>e" + "</div>" * depth
    start = time.perf_counter()
    text = html_visible_text(html)
    assert text == "a & b\ncd\ne"
    assert time.perf_counter() - start < 5


def test_html_many_flat_paragraphs_use_the_parser():
    html = "<p>para" * 3000  # unclosed <p>s do not nest, so the exact parser is used
    assert not too_deep(html) and too_deep("<div>" * 3000)
    assert html_visible_text(html) == "\n".join(["para"] * 3000)
