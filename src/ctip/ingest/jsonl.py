"""JSON Lines: one JSON object per line (`id`, `text`, optional `lang`, `url`, `author`,
`posted_at`, `source`; other fields are carried through in `Post.extra`).

Streams line by line, so inputs of any size work; one bad line is rejected, the rest is read.
Blank lines are skipped. Ids that are whole numbers are accepted as strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

import orjson

from ctip.errors import InputError
from ctip.ingest._record import json_error_reason, lone_surrogate_reason, post_from_record
from ctip.ingest._source import utf8_error_reason
from ctip.records import Post, Rejected

_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}


def read_jsonl(
    stream: BinaryIO, name: str, *, id_key: str = "id", text_key: str = "text"
) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 JSONL byte stream; `name` is used in origins and messages."""
    first = True
    for lineno, raw in enumerate(stream, 1):
        if not raw or raw.isspace():
            continue
        is_first, first = first, False
        record = parse_line(raw, name, lineno, is_first)
        if type(record) is dict:
            yield post_from_record(record, name, lineno, id_key=id_key, text_key=text_key)
        else:
            yield record


def parse_line(raw: bytes, name: str, lineno: int, is_first: bool = False) -> dict[str, Any] | Rejected:
    """One JSONL line as a dict, or why it is rejected.

    orjson reads well-formed lines (several times faster than the json module); anything it
    refuses goes through the json module, so what it accepts and the messages it gives stay
    exactly the standard ones (NaN, very long integers), while text that could never be
    written out again (invalid UTF-8, lone surrogate escapes) is rejected here.
    """
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _parse_slowly(raw, name, lineno, is_first)
    if type(record) is not dict:
        return _not_an_object(record, name, lineno, is_first)
    if any(type(v) is float for v in record.values()):  # orjson turns integers beyond 64 bits into floats
        return _parse_slowly(raw, name, lineno, is_first)
    return record


def _parse_slowly(raw: bytes, name: str, lineno: int, is_first: bool) -> dict[str, Any] | Rejected:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(name, lineno, utf8_error_reason(raw, exc))
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):  # RecursionError: hostile [[[[... nesting
        if is_first:
            _refuse_json_array(line, name)
        return Rejected(name, lineno, _bad_json_reason(line))
    if type(record) is not dict:
        return _not_an_object(record, name, lineno, is_first)
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        return Rejected(name, lineno, lone_surrogate_reason(bad))
    return record


def _not_an_object(record: Any, name: str, lineno: int, is_first: bool) -> Rejected:
    if is_first and type(record) is list:
        _refuse_json_array("[", name)
    kind = _JSON_TYPES.get(type(record), "null")
    return Rejected(name, lineno, f"expected a JSON object {{...}} on this line, got {kind}")


def _refuse_json_array(line: str, name: str) -> None:
    """A JSON array file is a common near-miss: say how to convert it instead of rejecting every line."""
    if line.lstrip().startswith("["):
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
