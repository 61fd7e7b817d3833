"""JSON Lines: one JSON object per line (`id`, `text`, optional `lang`, `url`, `author`,
`posted_at`, `source`; other fields are carried through in `Post.extra`).

Streams line by line, so inputs of any size work; one bad line is rejected, the rest is read.
Blank lines are skipped. Ids that are whole numbers are accepted as strings.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Iterator
from typing import Any, BinaryIO

from ctip.errors import InputError
from ctip.ingest._record import json_error_reason, post_from_record
from ctip.ingest._source import utf8_error_reason
from ctip.records import Post, Rejected

_scan = json.scanner.make_scanner(json.JSONDecoder())
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}


def read_jsonl(
    stream: BinaryIO, name: str, *, id_key: str = "id", text_key: str = "text"
) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 JSONL byte stream; `name` is used in origins and messages."""
    parse = _parse
    first = True
    for lineno, raw in enumerate(stream, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Rejected(name, lineno, utf8_error_reason(raw, exc))
            continue
        if not line or line.isspace():
            continue
        is_first, first = first, False
        try:
            record = parse(line)
        except (ValueError, RecursionError):  # RecursionError: hostile [[[[... nesting
            if is_first:
                _refuse_json_array(line, name)
            yield Rejected(name, lineno, _bad_json_reason(line))
            continue
        if type(record) is not dict:
            if is_first and type(record) is list:
                _refuse_json_array("[", name)
            kind = _JSON_TYPES.get(type(record), "null")
            yield Rejected(name, lineno, f"expected a JSON object {{...}} on this line, got {kind}")
            continue
        yield post_from_record(record, name, lineno, id_key=id_key, text_key=text_key)


def _parse(line: str) -> Any:
    """json.loads for one line, calling the C scanner directly (a third faster on short lines).

    Anything unusual (leading space, trailing data, an error) goes through json.loads, so
    values and error messages are exactly the standard ones.
    """
    try:
        value, end = _scan(line, 0)
    except (StopIteration, ValueError):
        return json.loads(line)
    if end != len(line) and not line[end:].isspace():
        return json.loads(line)
    return value


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
