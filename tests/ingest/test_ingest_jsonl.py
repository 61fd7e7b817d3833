"""JSONL reading: fields, carried-through extras, rejected lines and their reasons, big lines."""

from __future__ import annotations

import json

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of

from ctip.errors import InputError
from ctip.records import Post, Rejected


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_jsonl_reads_known_fields_and_carries_the_rest(write):
    path = write(
        "posts.jsonl",
        jsonl(
            {
                "id": "p1",
                "text": "Việc nhẹ lương cao",
                "lang": "vi",
                "url": "https://example.org/1",
                "author": "hr_team",
                "posted_at": "2024-01-01T00:00:00Z",
                "source": "facebook",
                "label": 1,
                "tags": ["a", "b"],
            }
        ),
    )
    [post] = read_all([path])
    assert post == Post(
        id="p1",
        text="Việc nhẹ lương cao",
        lang="vi",
        url="https://example.org/1",
        author="hr_team",
        posted_at="2024-01-01T00:00:00Z",
        source="facebook",
        extra={"label": 1, "tags": ["a", "b"]},
        origin=f"{path}:1",
    )
    assert post.carried_fields()["tags"] == ["a", "b"]


def test_jsonl_accepts_whole_number_ids_and_empty_text(write):
    path = write("posts.jsonl", jsonl({"id": 42, "text": ""}))
    [post] = read_all([path])
    assert (post.id, post.text) == ("42", "")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "no id"}', 'missing "id"'),
        ('{"id": null, "text": "x"}', 'missing "id"'),
        ('{"id": "", "text": "x"}', 'empty "id"'),
        ('{"id": "  ", "text": "x"}', 'empty "id"'),
        ('{"id": 1.5, "text": "x"}', '"id" must be a string or a whole number'),
        ('{"id": true, "text": "x"}', '"id" must be a string or a whole number'),
        ('{"id": "a"}', 'missing "text"'),
        ('{"id": "a", "text": 5}', '"text" must be a string'),
        ('{"id": "a", "text": null}', '"text" must be a string'),
        ('{"id": "a", "text": "x", "url": ["u"]}', '"url" must be a string'),
        (
            '{"id": "a", "text": "x",, }',
            "bad JSON: Expecting property name enclosed in double quotes at column 25",
        ),
        ('{"id": "a" "text": "x"}', "bad JSON: Expecting ',' delimiter at column 12"),
        ('{"id": "a", "text": "cut', "bad JSON: Unterminated string starting at column 21"),
        ('"just a string"', "expected a JSON object {...} on this line, got a string"),
        ("null", "expected a JSON object {...} on this line, got null"),
    ],
)
def test_jsonl_rejects_bad_lines_with_reason_and_line(write, line, reason):
    path = write(
        "posts.jsonl", jsonl({"id": "ok1", "text": "fine"}) + line + "\n" + jsonl({"id": "ok2", "text": "x"})
    )
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["ok1", "ok2"]
    assert rejects_of(items) == [Rejected(str(path), 2, reason)]


def test_jsonl_lone_surrogate_escape_is_rejected_with_its_line(write):
    # "\ud800" decodes to a character no UTF-8 output can hold: reject the line, keep the rest.
    path = write("posts.jsonl", '{"id": "a", "text": "ok"}\n{"id": "b", "text": "bad \\ud800 x"}\n{"id": "c", "text": "ok"}\n')
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["a", "c"]
    [reject] = rejects_of(items)
    assert (reject.line, "lone surrogate" in reject.reason, "\\ud800" in reject.reason) == (2, True, True)


def test_jsonl_keeps_exact_values_the_fast_parser_cannot(write):
    # Integers beyond 64 bits stay whole (an id stays the same string); floats and NaN carry through.
    path = write("posts.jsonl", '{"id": 123456789012345678901234567890, "text": "x", "score": 0.5, "odd": NaN}\n')
    [post] = read_all([path])
    assert post.id == "123456789012345678901234567890"
    assert post.extra["score"] == 0.5 and post.extra["odd"] != post.extra["odd"]


def test_jsonl_invalid_utf8_rejects_only_that_line(write):
    path = write(
        "posts.jsonl",
        b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xe1\x9e\x80 \xff"}\n{"id": "c", "text": "ok"}\n',
    )
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["a", "c"]
    # column counts characters, so the Khmer letter before the bad byte counts once
    assert rejects_of(items) == [
        Rejected(str(path), 2, "invalid UTF-8 (byte 0xff at column 24); save the file as UTF-8")
    ]


def test_jsonl_skips_blank_lines_and_keeps_line_numbers(write):
    path = write("posts.jsonl", '\n{"id": "a", "text": "x"}\n   \r\n{"id": "b", "text": "y"}\r\n\n')
    assert [p.origin for p in read_all([path])] == [f"{path}:2", f"{path}:4"]


def test_jsonl_duplicate_id_rejects_the_later_one(write):
    path = write(
        "posts.jsonl",
        jsonl({"id": "x", "text": "first"}, {"id": "y", "text": "b"}, {"id": "x", "text": "again"}),
    )
    items = read_all([path])
    assert [p.text for p in posts_of(items)] == ["first", "b"]
    assert rejects_of(items) == [Rejected(str(path), 3, 'duplicate id "x" (first seen at line 1)')]


def test_jsonl_hostile_text_is_kept_verbatim(write):
    hostile = "<script>alert(1)</script>'; DROP TABLE posts; --\u202e\u200b{{7*7}}\x00\\n"
    path = write("posts.jsonl", jsonl({"id": "h", "text": hostile}))
    [post] = read_all([path])
    assert post.text == hostile


def test_jsonl_reads_a_multi_megabyte_line(write):
    text = "ការងារ " * 500_000  # about 10 MB of UTF-8 on one line
    path = write("big.jsonl", jsonl({"id": "big", "text": text}, {"id": "after", "text": "x"}))
    items = read_all([path])
    assert [p.id for p in items] == ["big", "after"]
    assert items[0].text == text


def test_jsonl_custom_id_and_text_keys(write):
    path = write("posts.jsonl", jsonl({"post_id": "q1", "body": "hello", "text": "kept as extra"}))
    [post] = read_all([path], id_column="post_id", text_column="body")
    assert (post.id, post.text, post.extra) == ("q1", "hello", {"text": "kept as extra"})


@pytest.mark.parametrize("content", ['[{"id": "a", "text": "x"}]\n', '[\n  {"id": "a", "text": "x"}\n]\n'])
def test_jsonl_json_array_is_an_input_error_with_a_fix(write, content):
    path = write("posts.jsonl", content)
    with pytest.raises(InputError, match="JSON array") as caught:
        read_all([path])
    assert "jq -c" in caught.value.hint


def test_jsonl_fixture_bad_utf8():
    items = read_all([DATA / "bad_utf8.jsonl"])
    assert [p.id for p in posts_of(items)] == ["u1", "u3"]
    [rejected] = rejects_of(items)
    assert rejected.line == 2 and rejected.reason.startswith("invalid UTF-8 (byte 0xe9 at column 26)")


def test_jsonl_fixture_truncated_last_line():
    items = read_all([DATA / "truncated.jsonl"])
    assert [p.id for p in posts_of(items)] == ["t1"]
    [rejected] = rejects_of(items)
    assert rejected.line == 2 and rejected.reason.startswith("bad JSON: Unterminated string")


def test_jsonl_fixture_missing_and_empty_id():
    items = read_all([DATA / "missing_id.jsonl"])
    assert [p.id for p in posts_of(items)] == ["m1"]
    assert [(r.line, r.reason) for r in rejects_of(items)] == [(2, 'missing "id"'), (3, 'empty "id"')]


def test_jsonl_fixture_utf16_with_bom_is_decoded():
    items = read_all([DATA / "utf16_bom.jsonl"])
    assert [(p.id, p.text) for p in items] == [("w1", "ជ្រើសរើសបុគ្គលិកបន្ទាន់"), ("w2", "高薪招聘")]
    assert [p.origin.rsplit(":", 1)[1] for p in items] == ["1", "2"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "n", "text": ' + "[" * 100_000 + "}", "bad JSON: nested too deeply"),
        ('{"id": "d", "text": "x", "n": ' + "9" * 5000 + "}", "bad JSON: a number is too long"),
    ],
)
def test_jsonl_hostile_json_is_rejected_not_a_crash(write, line, reason):
    path = write("posts.jsonl", jsonl({"id": "ok", "text": "x"}) + line + "\n")
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["ok"]
    assert rejects_of(items) == [Rejected(str(path), 2, reason)]
