"""JSON Lines: one JSON object per line (`id`, `text`, optional `lang`, `url`, `author`,
`posted_at`, `source`; other fields are carried through in `Post.extra`).

Streams line by line, so inputs of any size work; one bad line is rejected, the rest is read.
Blank lines are skipped. Ids that are whole numbers are accepted as strings.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import orjson

from ctip.errors import InputError
from ctip.ingest._record import checked_length, json_error_reason, lone_surrogate_reason, post_from_record
from ctip.ingest._source import LineTooLong, bounded_lines, too_long_reason, utf8_error_reason
from ctip.limits import limits
from ctip.records import Post, Rejected

_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}


LINES_PER_BATCH = 256


@dataclass(frozen=True, slots=True)
class LineBatch:
    """JSONL lines read but not parsed yet: parsing can then run in a worker process, which
    is cheaper than parsing here and sending the records over (bytes pickle for free)."""

    name: str
    first_line: int
    lines: list[bytes | int]  # blank lines included, so line numbers stay exact; an int: a line too long
    id_key: str = "id"
    text_key: str = "text"
    max_chars: int = 0  # longer texts are rejected (0: no limit)
    base: str | None = None  # the input file's folder: where `image` paths are looked up

    @property
    def next_line(self) -> int:
        return self.first_line + len(self.lines)

    def records(self) -> Iterator[Post | Rejected]:
        """The posts (or rejected records) of these lines, in order."""
        name, id_key, text_key = self.name, self.id_key, self.text_key
        for lineno, raw in enumerate(self.lines, self.first_line):
            if type(raw) is int:
                yield Rejected(name, lineno, too_long_reason(raw))
                continue
            if not raw or raw.isspace():
                continue
            record = parse_line(raw, name, lineno)
            if type(record) is dict:
                post = post_from_record(record, name, lineno, id_key=id_key, text_key=text_key, base=self.base)
                yield checked_length(post, self.max_chars) if type(post) is Post else post
            else:
                yield record


def read_jsonl(
    stream: BinaryIO, name: str, *, id_key: str = "id", text_key: str = "text", base: str | None = None
) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 JSONL byte stream; `name` is used in origins and messages."""
    for batch in jsonl_batches(stream, name, id_key=id_key, text_key=text_key, base=base):
        yield from batch.records()


def jsonl_batches(
    stream: BinaryIO, name: str, *, id_key: str = "id", text_key: str = "text", size: int = LINES_PER_BATCH,
    base: str | None = None,
) -> Iterator[LineBatch]:
    """The lines of a JSONL byte stream in batches; a JSON array file is refused at its first line.

    If reading fails part-way (a gzip file cut short), the lines read so far still come out
    before the error is raised.
    """
    lines: list[bytes | int] = []
    first = 1
    checked = False
    try:
        for lineno, raw in enumerate(bounded_lines(stream, limits().record_bytes), 1):
            if not checked and type(raw) is bytes and raw.strip():
                checked = True
                if raw.lstrip().startswith(b"["):
                    _refuse_json_array(name)
            lines.append(raw)
            if len(lines) >= size:
                yield LineBatch(name, first, lines, id_key, text_key, base=base)
                first, lines = lineno + 1, []
    except (OSError, EOFError, zlib.error, LineTooLong):
        if lines:
            yield LineBatch(name, first, lines, id_key, text_key, base=base)
        raise
    if lines:
        yield LineBatch(name, first, lines, id_key, text_key, base=base)


def parse_line(raw: bytes, name: str, lineno: int) -> dict[str, Any] | Rejected:
    """One JSONL line as a dict, or why it is rejected.

    orjson reads well-formed lines (several times faster than the json module); anything it
    refuses goes through the json module, so what it accepts and the messages it gives stay
    exactly the standard ones (NaN, very long integers), while text that could never be
    written out again (invalid UTF-8, lone surrogate escapes) is rejected here.
    """
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _parse_slowly(raw, name, lineno)
    if type(record) is not dict:
        return _not_an_object(record, name, lineno)
    if any(type(v) is float for v in record.values()):  # orjson turns integers beyond 64 bits into floats
        return _parse_slowly(raw, name, lineno)
    return record


def _parse_slowly(raw: bytes, name: str, lineno: int) -> dict[str, Any] | Rejected:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(name, lineno, utf8_error_reason(raw, exc))
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):  # RecursionError: hostile [[[[... nesting
        return Rejected(name, lineno, _bad_json_reason(line))
    if type(record) is not dict:
        return _not_an_object(record, name, lineno)
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        return Rejected(name, lineno, lone_surrogate_reason(bad))
    return record


def _not_an_object(record: Any, name: str, lineno: int) -> Rejected:
    kind = _JSON_TYPES.get(type(record), "null")
    return Rejected(name, lineno, f"expected a JSON object {{...}} on this line, got {kind}")


def _refuse_json_array(name: str) -> None:
    """A JSON array file is a common near-miss: say how to convert it instead of rejecting every line."""
    raise InputError(
        name,
        "this is a JSON array, not JSON Lines (one object per line)",
        f"Convert it with: jq -c '.[]' {name} > posts.jsonl",
    )


def _bad_json_reason(line: str) -> str:
    """Parse again without the line break, so a cut line reads "Unterminated string", not "control character"."""
    try:
        json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return json_error_reason(exc)
    except RecursionError:
        return "bad JSON: nested too deeply"
    except ValueError:  # Python refuses numbers of more than 4300 digits
        return "bad JSON: a number is too long"
    return "bad JSON"  # unreachable: the line failed to parse with its line break
