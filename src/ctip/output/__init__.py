"""Writers for screening results: JSONL (the contract) and CSV (for spreadsheets)."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from typing import IO, Any

import orjson

CSV_COLUMNS = ("id", "lang", "risk_score", "risk_level", "needs_review", "indicator_ids", "indicators",
               "entities", "text")
# Input fields carried into CSV after the fixed columns, in this order, when any post has them.
CARRIED_COLUMNS = ("url", "author", "posted_at", "source", "channel", "frame")
EXTRA_COLUMN = "extra"  # input fields first met after the header was written, as one JSON cell
_COMPUTED = frozenset(("id", "lang", "risk_score", "risk_level", "needs_review", "indicators", "entities", "text"))


def jsonl_line(record: dict[str, Any]) -> str:
    """One compact JSON line (UTF-8 text, not \\u escapes) ending in a newline."""
    line = jsonl_bytes(record)
    return line.decode("utf-8") if isinstance(line, bytes) else line


def jsonl_bytes(record: dict[str, Any]) -> bytes | str:
    """`jsonl_line` as the UTF-8 bytes orjson makes (no decoding in a worker, no re-encoding
    when written); the str of the fallback when orjson cannot write the record."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):  # integers beyond 64 bits, non-string keys
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_lines(stream: IO[str], lines: Sequence[bytes | str]) -> None:
    """Write `jsonl_bytes` lines to a text stream, giving the same bytes as writing them as str.

    When the stream writes UTF-8 without changing line ends (a file opened as `atomic_output`
    opens it, or a redirected stdout on POSIX), bytes go straight to its buffer; otherwise (or
    when a line is a str) they are decoded and written as text."""
    buffer = _utf8_buffer(stream)
    if buffer is not None and all(type(line) is bytes for line in lines):
        stream.flush()  # text written before stays in front
        buffer.write(b"".join(lines))  # type: ignore[arg-type]
        return
    stream.writelines([line.decode("utf-8") if type(line) is bytes else line for line in lines])  # type: ignore[misc]


def _utf8_buffer(stream: IO[str]) -> IO[bytes] | None:
    if not isinstance(stream, io.TextIOWrapper) or stream.line_buffering or os.linesep != "\n":
        return None
    if codecs.lookup(stream.encoding).name != "utf-8":
        return None
    return stream.buffer  # type: ignore[no-any-return]


def write_jsonl(stream: IO[str], records: Iterable[dict[str, Any]]) -> int:
    n = 0
    for record in records:
        stream.write(jsonl_line(record))
        n += 1
    return n


def csv_row(record: dict[str, Any], text: str, carried: Sequence[str] = ()) -> list[str]:
    """Flatten one screening for a spreadsheet; lists become readable `;`-joined cells.

    `carried` names the input fields written after the fixed columns (see `carried_columns`);
    when given, one last cell holds, as JSON, the input fields that have no column of their own.
    Every cell is defused, not only the text: ids, languages and identifiers come from the
    input too, and a spreadsheet runs any cell that starts like a formula.
    """
    indicators = record["indicators"]
    row = [
        record["id"],
        record["lang"],
        f"{record['risk_score']:.4f}",
        record["risk_level"],
        "yes" if record["needs_review"] else "no",
        " ".join(h["id"] for h in indicators),
        "; ".join(f"{h['id']} {h['name']}: " + " | ".join(s["text"] for s in h["spans"]) for h in indicators),
        "; ".join(f"{e['type']}={e['value']}" for e in record["entities"]),
        text,
    ]
    row = [_defuse_formula(str(cell)) for cell in row]
    if carried:
        row.extend(_defuse_formula(_cell(record.get(name))) for name in carried)
        rest = {k: v for k, v in record.items() if k not in _COMPUTED and k not in carried}
        row.append(_defuse_formula(jsonl_line(rest).rstrip("\n")) if rest else "")
    return row


def carried_columns(records: Iterable[dict[str, Any]]) -> list[str]:
    """The input-field columns for CSV output: the usual ones, then the extra fields of `records`, as first met."""
    seen: dict[str, None] = {}
    for record in records:
        for key in record:
            if key not in _COMPUTED:
                seen[key] = None
    return [*CARRIED_COLUMNS, *(k for k in seen if k not in CARRIED_COLUMNS and k != EXTRA_COLUMN)]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return jsonl_line(value).rstrip("\n")


def _defuse_formula(cell: str) -> str:
    # Spreadsheet apps run cells starting with = + - @ as formulas (CSV injection).
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def csv_writer(stream: IO[str], carried: Sequence[str] = ()) -> Any:
    """A csv.writer whose header is written; starts with a UTF-8 BOM so Excel reads Khmer, Thai, …"""
    stream.write("\ufeff")
    writer = csv.writer(stream)
    writer.writerow([*CSV_COLUMNS, *carried, EXTRA_COLUMN] if carried else list(CSV_COLUMNS))
    return writer
