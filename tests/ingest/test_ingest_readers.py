"""read_posts and sniffing: order, stdin, formats, duplicates across inputs, unreadable inputs."""

from __future__ import annotations

import gzip
import json
import zipfile

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of, write_warc

from ctip.errors import InputError, UsageError
from ctip.ingest import FORMATS, _source, read_posts, sniff_format
from ctip.records import Post, Rejected

JSONL = '{"id": "j1", "text": "from jsonl"}\n'
TELEGRAM = json.dumps(
    {"name": "C", "id": 1, "messages": [{"id": 5, "type": "message", "text": "from tg"}]}, indent=1
)


def test_formats_tuple_is_the_contract():
    assert FORMATS == ("auto", "jsonl", "csv", "telegram", "html", "warc", "text", "parquet")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.jsonl", "anything", "jsonl"),
        ("a.NDJSON", "anything", "jsonl"),
        ("a.jsonl.gz", "anything", "jsonl"),
        ("a.csv", "anything", "csv"),
        ("a.tsv", "anything", "csv"),
        ("a.htm", "anything", "html"),
        ("a.warc.gz", "anything", "warc"),
        ("a.txt", "{}", "text"),
        ("result.json", TELEGRAM, "telegram"),
        ("posts.json", JSONL, "jsonl"),
        ("one-line.json", json.dumps({"name": "C", "messages": []}), "telegram"),
        ("noext", JSONL, "jsonl"),
        ("noext", "  <!doctype html><p>x</p>", "html"),
        ("noext", "id;text;lang\n1;x;en\n", "csv"),
        ("noext", "just some words\n\nmore", "text"),
        ("posts.json", '[\n  {"id": "a", "text": "x"}\n]', "jsonl"),
        ("noext", "[URGENT] hiring now\n", "text"),
        ("noext", '\ufeff{"id": 1, "text": "x"}\n', "jsonl"),
    ],
)
def test_sniff_format(write, name, content, expected):
    assert sniff_format(write(name, content)) == expected


def test_sniff_format_of_a_folder_and_of_stdin_bytes(tmp_path):
    assert sniff_format(tmp_path) == "html"
    assert sniff_format("-", head=b"WARC/1.1\r\n") == "warc"
    assert sniff_format("-", head=gzip.compress(b"WARC/1.0\r\n")) == "warc"
    assert sniff_format("-", head='{\n "name": "x"'.encode("utf-16")) == "telegram"


def test_sniff_format_of_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        sniff_format(tmp_path / "nope.bin")


def test_read_posts_keeps_input_order_across_formats(tmp_path, write):
    paths = [
        write("b.txt", "text post\n"),
        write("a.jsonl", JSONL),
        write("result.json", TELEGRAM),
        write("c.csv", "id,text\nc1,from csv\n"),
        write("page.html", "<p>from html</p>"),
        write_warc(tmp_path / "w.warc.gz"),
    ]
    items = read_all(paths)
    assert [p.text for p in items][:5] == ["text post", "from jsonl", "from tg", "from csv", "from html"]
    assert [p.source for p in items] == ["text", None, "telegram", None, "html", "warc", "warc"]
    for post in items:  # every post says where it came from
        file, _, line = post.origin.rpartition(":")
        assert file in {str(p) for p in paths} and int(line) >= 0


@pytest.mark.parametrize(
    ("data", "expected_ids"),
    [
        (JSONL.encode(), ["j1"]),
        (TELEGRAM.encode(), ["C:5"]),
        (b"<html><body><p>x</p></body></html>", ["<stdin>"]),
        (b"one\n\n\ntwo\n", ["<stdin>:1", "<stdin>:4"]),
        (gzip.compress(JSONL.encode()), ["j1"]),
        (JSONL.encode("utf-16"), ["j1"]),
    ],
)
def test_stdin_is_sniffed_from_content(stdin_bytes, data, expected_ids):
    stdin_bytes(data)
    items = read_all(["-"])
    assert [p.id for p in items] == expected_ids
    assert all(p.origin.startswith("<stdin>:") for p in items)


def test_stdin_warc(tmp_path, stdin_bytes):
    stdin_bytes(write_warc(tmp_path / "w.warc.gz").read_bytes())
    assert [p.source for p in read_all(["-"])] == ["warc", "warc"]


def test_stdin_with_a_forced_format(stdin_bytes):
    stdin_bytes(b"id,text\n1,x\n")
    assert [p.id for p in read_all(["-"], "csv")] == ["1"]


def test_duplicate_ids_across_files_name_the_first_file(write):
    first = write("a.jsonl", JSONL)
    second = write("b.jsonl", '{"id": "j2", "text": "x"}\n' + JSONL)
    items = read_all([first, second])
    assert [p.id for p in posts_of(items)] == ["j1", "j2"]
    assert rejects_of(items) == [Rejected(str(second), 2, f'duplicate id "j1" (first seen at {first}:1)')]


def test_unknown_format_is_a_usage_error(write):
    with pytest.raises(UsageError, match="xml"):
        read_posts([write("a.jsonl", JSONL)], "xml")


def test_missing_file_fails_before_anything_is_read(write):
    good = write("a.jsonl", JSONL)
    with pytest.raises(InputError, match="file not found") as caught:
        read_posts([good, good.parent / "typo.jsonl"])  # no iteration needed
    assert caught.value.file.endswith("typo.jsonl") and caught.value.hint


def test_folder_with_a_file_format_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="folder"):
        read_posts([tmp_path], "jsonl")


def test_stdin_twice_is_an_input_error():
    with pytest.raises(InputError, match="more than once"):
        read_posts(["-", "-"])


def test_permission_denied_is_an_input_error(write, monkeypatch):
    path = write("secret.jsonl", JSONL)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # chmod does not stop root (tests may run as root), so the refusal is simulated
    monkeypatch.setattr(_source, "open", denied, raising=False)
    with pytest.raises(InputError, match="permission denied") as caught:
        read_posts([path])
    assert caught.value.file == str(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4, "not a UTF-8 text file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(128, 256)) * 40, "not UTF-8 text"),
        ("x".encode("utf-16-le") * 100, "NUL bytes"),
    ],
)
def test_binary_garbage_is_an_input_error(write, content, message):
    with pytest.raises(InputError, match=message):
        read_all([write("posts.jsonl", content)])


def test_excel_file_gets_a_hint_to_save_as_csv(tmp_path):
    path = tmp_path / "posts.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="Excel") as caught:
        read_all([path])
    assert "CSV UTF-8" in caught.value.hint


def test_gzip_jsonl_is_read(write):
    path = write("posts.jsonl.gz", gzip.compress(JSONL.encode()))
    assert [p.id for p in read_all([path])] == ["j1"]


def test_gzip_cut_short_keeps_what_was_read(write):
    data = gzip.compress("".join(f'{{"id": "{i}", "text": "post {i}"}}\n' for i in range(2000)).encode())
    path = write("posts.jsonl.gz", data[: len(data) // 2])
    items = read_all([path])
    posts, [rejected] = posts_of(items), rejects_of(items)
    assert len(posts) > 100 and [p.id for p in posts] == [str(i) for i in range(len(posts))]
    assert rejected.line == len(posts) + 1 and "cut short" in rejected.reason


def test_read_posts_is_lazy_and_streams(write):
    path = write("posts.jsonl", "".join(f'{{"id": "{i}", "text": "t"}}\n' for i in range(1000)))
    stream = read_posts([path])
    first = next(stream)
    assert isinstance(first, Post) and first.id == "0"
    stream.close()


def test_fixture_folder_reads_as_a_whole():
    items = read_all([DATA / "missing_id.jsonl", DATA / "utf16_bom.jsonl", DATA / "telegram_export.json"])
    assert len(posts_of(items)) == 1 + 2 + 2 and len(rejects_of(items)) == 2


def test_a_large_jsonl_file_streams_through_whole(write):
    # Reading speed is measured by bench/bench_screen.py, not here (a busy machine would fail a timing).
    line = '{"id": "p%d", "text": "Tuyển dụng nhân viên, lương 1200 USD. Liên hệ WhatsApp", "lang": "vi", "label": 1}\n'
    path = write("rate.jsonl", "".join(line % i for i in range(50_000)))
    posts = [p for p in read_posts([path]) if isinstance(p, Post)]
    assert len(posts) == 50_000 and posts[-1].id == "p49999"
