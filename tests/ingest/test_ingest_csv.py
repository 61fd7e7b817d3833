"""CSV reading: delimiters, BOM, quoted line breaks, chosen columns, bad rows."""

from __future__ import annotations

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of

from ctip.errors import InputError
from ctip.ingest.csvfile import pick_delimiter
from ctip.records import Rejected


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_sniffs_the_delimiter(write, delimiter):
    rows = [["id", "text", "lang"], ["1", "Gaji tinggi, tanpa pengalaman; segera", "id"]]
    body = "\n".join(
        delimiter.join(f'"{c}"' if delimiter in c or "," in c or ";" in c else c for c in r) for r in rows
    )
    path = write("posts.csv", body + "\n")
    [post] = read_all([path])
    assert (post.id, post.text, post.lang) == ("1", "Gaji tinggi, tanpa pengalaman; segera", "id")


@pytest.mark.parametrize(
    ("header", "expected"), [("id,text", ","), ("id;text;lang", ";"), ("id\ttext", "\t"), ("text", ",")]
)
def test_csv_pick_delimiter(header, expected):
    assert pick_delimiter(header + "\n") == expected


def test_csv_fixture_with_bom_crlf_and_quoted_line_break():
    path = DATA / "posts.csv"
    items = read_all([path])
    assert [(p.id, p.text, p.lang, p.url, p.extra) for p in items] == [
        ("c1", "Tuyển gấp; lương cao", "vi", "https://example.org/a", {"campaign": "spring"}),
        ("c2", "two\r\nlines", None, None, {"campaign": ""}),
    ]
    assert [p.origin for p in items] == [f"{path}:2", f"{path}:3"]


def test_csv_line_numbers_count_quoted_line_breaks(write):
    path = write("posts.csv", 'id,text\na,"one\ntwo\nthree"\nb,x\n,no id\n')
    items = read_all([path])
    assert [p.origin for p in posts_of(items)] == [f"{path}:2", f"{path}:5"]
    assert rejects_of(items) == [Rejected(str(path), 6, 'empty "id"')]


def test_csv_chosen_columns_and_extras(write):
    path = write("export.csv", "post_id,body,author,text\nz9,hello,hr_team,other\n")
    [post] = read_all([path], text_column="body", id_column="post_id")
    assert (post.id, post.text, post.author, post.extra) == ("z9", "hello", "hr_team", {"text": "other"})


@pytest.mark.parametrize(("column", "option"), [("text", "--text-column"), ("id", "--id-column")])
def test_csv_missing_column_is_an_input_error_listing_the_columns(write, column, option):
    header = "id,message" if column == "text" else "key,text"
    path = write("posts.csv", header + "\nx,y\n")
    with pytest.raises(InputError, match=f'no "{column}" column') as caught:
        read_all([path])
    assert option in caught.value.hint and header.split(",")[1] in caught.value.hint


def test_csv_invalid_utf8_rejects_only_that_row(write):
    path = write("posts.csv", b"id,text\n1,good\n2,caf\xe9\n3,good too\n")
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["1", "3"]
    assert rejects_of(items) == [
        Rejected(str(path), 3, 'invalid UTF-8 (byte 0xe9 in column "text"); save the file as UTF-8')
    ]


def test_csv_too_many_fields_is_rejected_but_trailing_empty_cells_are_fine(write):
    path = write("posts.csv", "id,text\n1,a,b\n2,ok,,\n")
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["2"]
    [rejected] = rejects_of(items)
    assert rejected.line == 2 and rejected.reason.startswith("3 fields but the header has 2")


def test_csv_short_row_misses_the_text(write):
    path = write("posts.csv", "id,lang,text\n1,en\n")
    assert rejects_of(read_all([path])) == [Rejected(str(path), 2, 'missing "text"')]


def test_csv_long_field_beyond_the_default_csv_limit(write):
    text = "x" * 300_000  # the csv module refuses fields over 128 KiB by default
    path = write("posts.csv", f"id,text\n1,{text}\n")
    [post] = read_all([path])
    assert post.text == text


def test_csv_hostile_text_is_kept_verbatim(write):
    hostile = "=cmd|'/c calc'!A1 <img src=x onerror=alert(1)> ' OR 1=1 --"
    path = write("posts.csv", f'id,text\n1,"{hostile}"\n')
    [post] = read_all([path])
    assert post.text == hostile


def test_csv_empty_file_gives_nothing(write):
    assert read_all([write("empty.csv", "")]) == []
