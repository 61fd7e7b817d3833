"""Plain text: posts between two blank lines or a separator line, ids FILE:N, invalid UTF-8 rejects one post only."""

from __future__ import annotations

from ingest_helpers import posts_of, read_all, rejects_of

from ctip.records import Rejected


def test_text_posts_are_separated_by_two_blank_lines_or_a_separator(write):
    path = write("posts.txt", "first post\nsecond line\n\n\n \t \nsecond post\n\nits second paragraph\n"
                              "---\nthird\n  ====  \nfourth\n")
    items = read_all([path])
    assert [(p.id, p.text) for p in items] == [
        (f"{path}:1", "first post\nsecond line"),
        (f"{path}:6", "second post\n\nits second paragraph"),
        (f"{path}:10", "third"),
        (f"{path}:12", "fourth"),
    ]
    assert all(p.source == "text" and p.origin == p.id for p in items)


def test_one_blank_line_does_not_split_an_ad(write):
    ad = "URGENT typing job in Sihanoukville\n\n1500$/month, free ticket\n\nTelegram @fastjob_kh88"
    [post] = read_all([write("ad.txt", ad + "\n\n")])
    assert post.text == ad


def test_text_crlf_and_no_final_newline(write):
    path = write("posts.txt", "a\r\nb\r\n\r\n\r\nc")
    assert [p.text for p in read_all([path])] == ["a\nb", "c"]


def test_text_keeps_indentation_and_hostile_text(write):
    hostile = "  <script>alert(1)</script>\n\t'; DROP TABLE x; --"
    path = write("posts.txt", hostile + "\n")
    [post] = read_all([path])
    assert post.text == hostile


def test_text_invalid_utf8_rejects_only_that_post(write):
    path = write("posts.txt", b"good one\n---\nbad post\nwith caf\xe9\n---\ngood two\n")
    items = read_all([path])
    assert [p.text for p in posts_of(items)] == ["good one", "good two"]
    assert rejects_of(items) == [
        Rejected(
            str(path),
            4,
            "invalid UTF-8 (byte 0xe9 at column 9); save the file as UTF-8 (the post starting at line 3 was skipped)",
        )
    ]


def test_text_a_3mb_single_line(write):
    line = "ព្រមានអំពីការជួញដូរមនុស្ស " * 40_000
    assert len(line.encode()) > 3_000_000
    path = write("big.txt", line)
    [post] = read_all([path])
    assert post.text == line


def test_text_only_blank_lines_gives_nothing(write):
    assert read_all([write("blank.txt", "\n\n   \n")]) == []
