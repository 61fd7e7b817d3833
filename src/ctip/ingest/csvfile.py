"""CSV with a header row: the text and id columns are chosen by name; the columns `lang`, `url`,
`author`, `posted_at`, `source` fill those fields and every other column goes to `Post.extra`.

The delimiter is the one of `,` `;` tab that occurs most in the header (tab for `.tsv`). Quoted
fields may span lines; a record's line is the line where it starts. Invalid UTF-8 rejects only
the record that contains it. Empty cells of the optional fields count as absent.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from typing import BinaryIO

from ctip.errors import InputError
from ctip.ingest._record import post_from_record, quote
from ctip.records import Post, Rejected

_DELIMITERS = (",", "\t", ";")  # ties go to the first
_UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape
_FIELD_LIMIT = 2**31 - 1  # posts can be long; the csv module's default limit is 128 KiB


def read_csv(
    stream: BinaryIO, name: str, *, text_column: str = "text", id_column: str = "id"
) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 CSV byte stream; `name` is used in origins and messages."""
    csv.field_size_limit(_FIELD_LIMIT)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    header_line = text.readline()
    if not header_line.strip():
        return
    delimiter = "\t" if name.lower().endswith((".tsv", ".tsv.gz")) else pick_delimiter(header_line)
    reader = csv.reader(itertools.chain([header_line], text), delimiter=delimiter)
    try:
        columns = [cell.strip() for cell in next(reader)]
    except csv.Error as exc:
        raise InputError(name, f"bad CSV header: {exc}", "Check the first line of the file.") from None
    for wanted, option in ((text_column, "--text-column"), (id_column, "--id-column")):
        if wanted not in columns:
            shown = ", ".join(quote(c) for c in columns[:20])
            raise InputError(
                name, f"no {quote(wanted)} column", f"The columns are {shown}; choose one with {option} NAME."
            )
    yield from _rows(reader, columns, name, text_column, id_column)


def pick_delimiter(header_line: str) -> str:
    """The delimiter of `,` tab `;` that occurs most in the header line."""
    counts = [header_line.count(d) for d in _DELIMITERS]
    return _DELIMITERS[counts.index(max(counts))]


def _rows(
    reader: Iterator[list[str]], columns: list[str], name: str, text_column: str, id_column: str
) -> Iterator[Post | Rejected]:
    width = len(columns)
    while True:
        start = reader.line_num + 1  # type: ignore[attr-defined]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(name, start, f"bad CSV: {exc}")
            continue
        if not row:
            continue
        reason = _row_problem(row, columns, width)
        if reason:
            yield Rejected(name, start, reason)
            continue
        record = dict(zip(columns, row, strict=False))
        yield post_from_record(record, name, start, id_key=id_column, text_key=text_column)


def _row_problem(row: list[str], columns: list[str], width: int) -> str:
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        return (
            f"{len(row)} fields but the header has {width}; "
            "check the quotes (a text with the delimiter in it must be in double quotes)"
        )
    for column, cell in zip(columns, row, strict=False):
        bad = _UNDECODABLE.search(cell)
        if bad:
            byte = ord(bad.group()) - 0xDC00
            return f"invalid UTF-8 (byte 0x{byte:02x} in column {quote(column)}); save the file as UTF-8"
    return ""
