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
from ctip.limits import limits
from ctip.records import Post, Rejected

_DELIMITERS = (",", "\t", ";")  # ties go to the first
_UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


def read_csv(
    stream: BinaryIO, name: str, *, text_column: str = "text", id_column: str = "id", base: str | None = None
) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 CSV byte stream; `name` is used in origins and messages."""
    csv.field_size_limit(limits().record_bytes)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    lines = _Lines(text, limits().record_bytes)
    header_line = lines.first_filled()
    if header_line is None:
        return  # an empty file: no posts, nothing to report
    delimiter = "\t" if name.lower().endswith((".tsv", ".tsv.gz")) else pick_delimiter(header_line)
    reader = csv.reader(itertools.chain([header_line], lines), delimiter=delimiter)
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
    yield from _rows(reader, lines, columns, name, text_column, id_column, delimiter, base)


class _Lines:
    """The lines of the file for the csv module, numbered, each cut at `limit` characters.

    Keeps the lines of the record being read, so a record whose opening quote is never closed
    (which would swallow the rest of the file) can be rejected and the lines after its first
    read again. A line longer than `limit` is cut: the csv module then rejects its record as
    too large instead of holding gigabytes in memory.
    """

    def __init__(self, text: io.TextIOBase, limit: int) -> None:
        self._text = text
        self._limit = limit
        self._replay: list[str] = []
        self.number = 0  # lines read from the file so far
        self.current: list[str] = []  # lines of the record being read
        self.exhausted = False  # the end of the file was reached

    def first_filled(self) -> str | None:
        """The first line that is not blank (blank lines before the header are skipped)."""
        for line in self:
            if line.strip():
                self.current = []
                return line
        return None

    def replay(self, lines: list[str], first_number: int) -> None:
        self._replay = lines + self._replay
        self.number = first_number - 1
        self.exhausted = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._replay:
            line = self._replay.pop(0)
        else:
            line = self._text.readline(self._limit + 1)
            if not line:
                self.exhausted = True
                raise StopIteration
            if len(line) > self._limit and not line.endswith("\n"):
                self._skip_rest_of_line()
                line += "\n"
        self.number += 1
        self.current.append(line)
        return line

    def _skip_rest_of_line(self) -> None:
        while True:
            chunk = self._text.readline(self._limit)
            if not chunk or chunk.endswith("\n"):
                return


def pick_delimiter(header_line: str) -> str:
    """The delimiter of `,` tab `;` that occurs most in the header line."""
    counts = [header_line.count(d) for d in _DELIMITERS]
    return _DELIMITERS[counts.index(max(counts))]


def _rows(
    reader: Iterator[list[str]], lines: _Lines, columns: list[str], name: str, text_column: str, id_column: str,
    delimiter: str, base: str | None = None,
) -> Iterator[Post | Rejected]:
    width = len(columns)
    while True:
        start = lines.number + 1
        lines.current = []
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(name, start, f"bad CSV: {exc}")
            continue
        if not row:
            continue
        if _unclosed_quote(lines):
            # The csv module read to the end of the file inside quotes: only this record is bad.
            yield Rejected(name, start, "a double quote opened in this record is never closed (it would swallow "
                                        "the rest of the file); the lines after it were read on their own")
            rest = lines.current[1:]
            lines.replay(rest, start + 1)
            reader = csv.reader(lines, delimiter=delimiter)
            continue
        reason = _row_problem(row, columns, width)
        if reason:
            yield Rejected(name, start, reason)
            continue
        record = dict(zip(columns, row, strict=False))
        yield post_from_record(record, name, start, id_key=id_column, text_key=text_column, base=base)


def _unclosed_quote(lines: _Lines) -> bool:
    """Whether the record just read ran into the end of the file with a double quote still open."""
    return lines.exhausted and sum(line.count('"') for line in lines.current) % 2 == 1


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
