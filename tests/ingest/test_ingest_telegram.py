"""Telegram Desktop exports: ids, joined entity text, skipped messages, line numbers, broken exports."""

from __future__ import annotations

import json

import pytest
from ingest_helpers import DATA, posts_of, read_all, rejects_of

from ctip.errors import InputError
from ctip.ingest.telegram import message_text


def export(messages: list[dict], **chat: object) -> str:
    return json.dumps({**chat, "messages": messages}, ensure_ascii=False, indent=1)


def test_telegram_fixture_posts():
    path = DATA / "telegram_export.json"
    items = read_all([path])
    assert [p.id for p in items] == ["Overseas Jobs KH:2", "Overseas Jobs KH:4"]
    first, second = items
    assert first.text == "ការងារប្រាក់ខែខ្ពស់ 1500 USD មិនត្រូវការបទពិសោធន៍, ទាក់ទង @kh_job_recruit_77"
    assert (first.author, first.posted_at, first.source) == (
        "Overseas Jobs KH",
        "2024-03-01T09:15:00",
        "telegram",
    )
    assert first.extra == {"channel": "Overseas Jobs KH", "chat_id": 1700000001, "from_id": "channel1700000001"}
    assert "<script>alert('x')</script>" in second.text  # hostile text is just text
    # origins point at the line where each message object starts
    lines = path.read_text(encoding="utf-8").splitlines()
    for post in items:
        line = int(post.origin.rsplit(":", 1)[1])
        assert lines[line - 1].strip() == "{"
        assert f'"id": {post.id.rsplit(":", 1)[1]},' in lines[line]


def test_telegram_channel_falls_back_to_the_numeric_id(write):
    path = write(
        "result.json", export([{"id": 7, "type": "message", "text": "hi"}], id=555, type="private_group")
    )
    [post] = read_all([path])
    assert post.id == "555:7"


def test_telegram_metadata_after_messages_still_names_the_channel(write):
    content = '{"messages": [{"id": 1, "type": "message", "text": "x"}], "name": "Late Name"}'
    path = write("result.json", content)
    assert [p.id for p in read_all([path], "telegram")] == ["Late Name:1"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        (["a ", {"type": "link", "text": "t.me/x"}, " b"], "a t.me/x b"),
        ([{"type": "bold"}, "only"], "only"),
        (None, ""),
        (42, ""),
    ],
)
def test_telegram_message_text_joins_entities(value, expected):
    assert message_text(value) == expected


def test_telegram_skips_service_and_textless_messages(write):
    messages = [
        {"id": 1, "type": "service", "action": "pin_message", "text": "pinned"},
        {"id": 2, "type": "message", "photo": "p.jpg", "text": ""},
        {"id": 3, "type": "message", "text": []},
        {"id": 4, "type": "message", "text": "kept"},
    ]
    path = write("result.json", export(messages, name="C"))
    assert [p.id for p in read_all([path])] == ["C:4"]


def test_telegram_account_export_reads_every_chat(write):
    chat_a = {"name": "A", "id": 1, "messages": [{"id": 1, "type": "message", "text": "a1"}]}
    chat_b = {"name": "B", "id": 2, "messages": [{"id": 1, "type": "message", "text": "b1"}]}
    content = json.dumps({"about": "x", "chats": {"about": "y", "list": [chat_a, chat_b]}}, indent=1)
    path = write("result.json", content)
    assert [(p.id, p.text) for p in read_all([path])] == [("A:1", "a1"), ("B:1", "b1")]


def test_telegram_truncated_export_keeps_earlier_messages_and_names_the_line():
    path = DATA / "telegram_truncated.json"
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["Overseas Jobs KH:2"]
    [rejected] = rejects_of(items)
    assert rejected.reason.startswith("bad JSON") and "rest of the file was not read" in rejected.reason
    assert rejected.line == len(path.read_text(encoding="utf-8").splitlines())


def test_telegram_broken_before_any_message_is_an_input_error(write):
    path = write("result.json", '{\n "name": "C",\n "id": 1,,\n "messages": []\n}\n')
    with pytest.raises(InputError, match="line 3"):
        read_all([path], "telegram")


def test_telegram_json_without_messages_is_an_input_error(write):
    path = write("result.json", '{\n "name": "not an export"\n}\n')
    with pytest.raises(InputError, match='no "messages"'):
        read_all([path], "telegram")


def test_telegram_invalid_utf8_rejects_only_that_message(write):
    content = export(
        [{"id": 1, "type": "message", "text": "good"}, {"id": 2, "type": "message", "text": "BAD"}], name="C"
    ).encode()
    path = write("result.json", content.replace(b"BAD", b"caf\xe9"))
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["C:1"]
    [rejected] = rejects_of(items)
    assert "invalid UTF-8" in rejected.reason


def test_telegram_hostile_nesting_is_reported_not_a_crash(write):
    content = (
        '{\n "name": "C",\n "messages": [\n{"id": 1, "type": "message", "text": "ok"},\n'
        + "[" * 100_000
        + "\n]}"
    )
    items = read_all([write("result.json", content)])
    assert [p.id for p in posts_of(items)] == ["C:1"]
    [rejected] = rejects_of(items)
    assert rejected.line == 5 and "nested too deeply" in rejected.reason


def test_telegram_lone_surrogate_escape_rejects_only_that_message(write):
    messages = [{"id": 1, "type": "message", "text": "bad \ud800 x"}, {"id": 2, "type": "message", "text": "fine"}]
    path = write("result.json", json.dumps({"name": "ch", "id": 5, "messages": messages}))  # writes "\\ud800"
    items = read_all([path])
    assert [p.id for p in posts_of(items)] == ["ch:2"]
    [reject] = rejects_of(items)
    assert "lone surrogate (\\ud800)" in reject.reason
