"""Telegram Desktop exports (`result.json`, "Export chat history" → JSON).

One post per message of type "message" that has text; service messages (joins, pins, …) and
messages with no text at all (a photo or sticker without caption) are skipped silently, as
there is nothing to screen. A message's text may be a string or a list of strings and entity
objects (`{"type": "bold", "text": "..."}`); the parts are joined as Telegram shows them.

id = `CHANNEL:MESSAGE_ID`, where CHANNEL is the export's `name`, or its numeric `id` when the
export has no name (stable as long as the channel keeps its name). `date` → posted_at, `from` →
author, source = "telegram"; the chat's numeric id and the sender's `from_id` go to `extra` as
`chat_id` and `from_id` because names change and these do not; the channel's name is `channel`.
A `text_link`'s address is kept in the text after its words; the numeric ids of people mentioned
by name (`mention_name`) go to `extra` as `mentioned_user_ids`. A full-account export (with
"chats": {"list": [...]}) is read chat by chat.

The file is parsed message by message so every post knows its line, and a truncated export
still yields the messages before the break (which is then reported at its line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ctip.errors import InputError
from ctip.ingest._record import json_error_reason, lone_surrogate_reason
from ctip.ingest._source import STDIN_NAME
from ctip.limits import limits
from ctip.records import Post, Rejected

_UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)
_SURROGATE = re.compile("[\ud800-\udfff]")  # what is left: "\\ud800"-style escapes with no partner
_HINT = (
    "Export the chat again from Telegram Desktop (Export chat history → Format: JSON) and give result.json."
)


def read_telegram(stream: BinaryIO, name: str) -> Iterator[Post | Rejected]:
    """Posts from a Telegram export byte stream (UTF-8); `name` is used in origins and messages."""
    limit = limits().document_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(name, f"this export is larger than {limit >> 20} MB",
                         "Raise CTIP_MAX_DOCUMENT_MB if this machine has the memory (about 4 times the file size).")
    cursor = _Cursor(data.decode("utf-8", "surrogateescape"))
    del data
    progress = _Progress()
    try:
        if cursor.peek() != "{":
            raise InputError(name, "not a Telegram export (it does not start with '{')", _HINT)
        yield from _read_export(cursor, name, progress)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge numbers, hostile nesting
        if not isinstance(exc, json.JSONDecodeError):
            exc = cursor.error(
                "nested too deeply" if isinstance(exc, RecursionError) else "a number is too long"
            )
        if not progress.messages_seen:
            raise InputError(
                name, f"bad JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", _HINT
            ) from None
        reason = f"{json_error_reason(exc)}; the rest of the file was not read (is it cut short?)"
        yield Rejected(name, exc.lineno, reason)
    if not progress.messages_seen:
        raise InputError(name, 'no "messages" list: this is not a Telegram chat export', _HINT)


class _Progress:
    messages_seen = False


def _read_export(cursor: _Cursor, name: str, progress: _Progress) -> Iterator[Post | Rejected]:
    """A single-chat export is one chat object; an account export has chats under "chats"/"left_chats"."""
    chat: dict[str, Any] = {}
    pending: list[tuple[int, Any]] = []
    for key in cursor.members():
        if key == "messages" and cursor.peek() == "[":
            progress.messages_seen = True
            if "name" in chat or "id" in chat:
                yield from _messages(cursor, chat, name)
            else:  # metadata comes after the messages (not Telegram's order): wait for it
                pending = [(line, message) for line, message in _raw_messages(cursor)]
        elif key in ("chats", "left_chats") and cursor.peek() == "{":
            yield from _chat_list(cursor, name, progress)
        else:
            chat[key] = cursor.value()
    for line, message in pending:
        item = _to_post(message, _channel(chat, name), chat.get("id"), name, line)
        if item is not None:
            yield item


def _chat_list(cursor: _Cursor, name: str, progress: _Progress) -> Iterator[Post | Rejected]:
    for key in cursor.members():
        if key == "list" and cursor.peek() == "[":
            for _ in cursor.elements():
                if cursor.peek() == "{":
                    yield from _read_export(cursor, name, progress)


def _raw_messages(cursor: _Cursor) -> Iterator[tuple[int, Any]]:
    for _ in cursor.elements():
        line = cursor.line()
        yield line, cursor.value()


def _messages(cursor: _Cursor, chat: dict[str, Any], name: str) -> Iterator[Post | Rejected]:
    channel = _channel(chat, name)
    for line, message in _raw_messages(cursor):
        item = _to_post(message, channel, chat.get("id"), name, line)
        if item is not None:
            yield item


def _channel(chat: dict[str, Any], name: str) -> str:
    for key in ("name", "id"):
        value = chat.get(key)
        if value not in (None, ""):
            return str(value)
    return name


def _to_post(message: Any, channel: str, chat_id: Any, name: str, line: int) -> Post | Rejected | None:
    if not isinstance(message, dict) or message.get("type") != "message":
        return None
    text = message_text(message.get("text"))
    images = _images(message, name)
    if not text and not images:
        return None
    message_id = message.get("id")
    if message_id is None:
        return Rejected(name, line, 'message without "id"')
    if type(message_id) not in (int, str):
        return Rejected(name, line, 'message "id" must be a number or a string')
    date = message.get("date")
    if date is not None and type(date) not in (str, int, float):
        return Rejected(name, line, 'message "date" must be a string such as "2024-05-01T10:00:00"')
    author = message.get("from")
    author = None if author is None else str(author)
    if _UNDECODABLE.search(text) or (author and _UNDECODABLE.search(author)):
        return Rejected(name, line, "invalid UTF-8 in this message; save the file as UTF-8")
    if found := _SURROGATE.search(text) or (author and _SURROGATE.search(author)):
        return Rejected(name, line, lone_surrogate_reason(found.group().encode("unicode_escape").decode("ascii")))
    extra = {"channel": channel, "chat_id": chat_id, "from_id": message.get("from_id"),
             "mentioned_user_ids": mentioned_users(message.get("text")) or None}
    return Post(
        id=f"{channel}:{message_id}",
        text=text,
        author=author,
        posted_at=None if date is None else str(date),
        source="telegram",
        extra={k: v for k, v in extra.items() if v is not None},
        origin=f"{name}:{line}",
        images=images,
    )


def _images(message: dict[str, Any], name: str) -> tuple[str, ...]:
    """The export's copies of the message's photo, or of its file when that is a picture.

    Paths are relative to result.json; exports made without media say "(File not included…)"
    there, which `attached_image` passes over like any path that is not a local picture.
    """
    from ctip.ingest.images import attached_image

    base = Path(name).parent if name != STDIN_NAME else Path.cwd()
    found = (attached_image(base, message.get(key)) for key in ("photo", "file"))
    return tuple(dict.fromkeys(p for p in found if p is not None))


def message_text(value: Any) -> str:
    """Join a message's `text`: a string, or a list of strings and `{"text": ...}` entities.

    A `text_link` entity ("Apply here" pointing at https://t.me/hr_team) shows its words, then its
    address in brackets, because the address is the contact that links recruiters.
    """
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
            href = part.get("href")
            if part.get("type") == "text_link" and isinstance(href, str) and href.strip() and href != part["text"]:
                parts.append(f" ({href.strip()})")
    return "".join(parts)


def mentioned_users(value: Any) -> list[int | str]:
    """Numeric Telegram user ids of `mention_name` entities (people mentioned without a username)."""
    if not isinstance(value, list):
        return []
    return [part["user_id"] for part in value if isinstance(part, dict) and part.get("type") == "mention_name"
            and isinstance(part.get("user_id"), int | str)]


class _Cursor:
    """Walks one JSON document in order, parsing values with the C decoder and keeping line numbers.

    `members()` and `elements()` yield with the cursor at the next value; a value the caller
    does not read is skipped.
    """

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self._decoder = json.JSONDecoder()
        self._line_pos = 0
        self._line = 1

    def peek(self) -> str:
        self.pos = self._SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
        return self.text[self.pos : self.pos + 1]

    def value(self) -> Any:
        self.peek()
        value, self.pos = self._decoder.raw_decode(self.text, self.pos)
        return value

    def line(self) -> int:
        """The 1-based line of the cursor; positions only move forward, so counting is incremental."""
        self._line += self.text.count("\n", self._line_pos, self.pos)
        self._line_pos = self.pos
        return self._line

    def members(self) -> Iterator[str]:
        self._expect("{")
        if self._close("}"):
            return
        while True:
            if self.peek() != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.value()
            self._expect(":")
            self.peek()
            start = self.pos
            yield key
            self._skip_unread(start)
            if not self._next_item("}"):
                return

    def elements(self) -> Iterator[None]:
        self._expect("[")
        if self._close("]"):
            return
        while True:
            self.peek()
            start = self.pos
            yield None
            self._skip_unread(start)
            if not self._next_item("]"):
                return

    def _skip_unread(self, start: int) -> None:
        if self.pos == start:  # the caller may have peeked, which does not move past the value
            self.value()

    def _next_item(self, closer: str) -> bool:
        char = self.peek()
        self.pos += 1
        if char == ",":
            return True
        if char == closer:
            return False
        self.pos -= 1
        raise self.error("Expecting ',' delimiter" if char else "Unexpected end of file")

    def _expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.error(f"Expecting '{char}'" if self.pos < len(self.text) else "Unexpected end of file")
        self.pos += 1

    def _close(self, char: str) -> bool:
        if self.peek() == char:
            self.pos += 1
            return True
        return False

    def error(self, message: str) -> json.JSONDecodeError:
        return json.JSONDecodeError(message, self.text, self.pos)
