"""`read_posts`: read posts from files, folders and stdin, in the order given, in any FORMATS.

Whole inputs that cannot be read raise `InputError` (all paths are checked before anything is
read, so a typo in the last path fails fast). Single bad records come out as `Rejected` and
reading goes on. Ids must be unique across all inputs of one call: a later post with an id
already seen is rejected, naming where the id was first seen.
"""

from __future__ import annotations

import dataclasses
import os
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ctip.errors import InputError, UsageError
from ctip.ingest._record import checked_length, quote
from ctip.ingest._source import (
    STDIN,
    LineTooLong,
    check_readable,
    display_name,
    open_binary,
    peek,
    too_long_reason,
    utf8_stream,
)
from ctip.ingest.csvfile import read_csv
from ctip.ingest.images import image_post, is_image_path
from ctip.ingest.jsonl import LineBatch, jsonl_batches, read_jsonl
from ctip.ingest.sniff import FORMATS, format_from_name, sniff_content
from ctip.ingest.text import read_text
from ctip.records import Post, Rejected

Item = Post | Rejected | LineBatch


def read_posts(
    paths: Sequence[str | Path], fmt: str = "auto", *, text_column: str = "text", id_column: str = "id",
    defer_jsonl: bool = False, max_chars: int = 0,
) -> Iterator[Item]:
    """Posts (and rejected records) from `paths`, in order; "-" reads stdin.

    `fmt` forces one format for every input; "auto" picks per input (see `sniff_format`).
    `text_column`/`id_column` name the text and id fields of CSV and JSONL inputs.
    With `defer_jsonl`, JSONL inputs come out as unparsed `LineBatch`es for a worker to read
    (`LineBatch.records()`), HTML and WARC pages as `PageBatch`es (a LineBatch whose records()
    extracts each page's main content), and checking for duplicate ids is then up to the caller
    (`SeenIds`).
    With `max_chars`, a post whose text is longer is rejected (commands pass CTIP_MAX_POST_CHARS).
    Raises `UsageError` for an unknown format and `InputError` for an unreadable input.
    """
    if fmt not in FORMATS:
        raise UsageError(f"Unknown format {fmt!r}.", f"Choose one of: {', '.join(FORMATS)}.")
    inputs = [str(p) for p in paths]
    _check_inputs(inputs, fmt)
    items = (_limited(item, max_chars) for path in inputs
             for item in _read_one(path, fmt, text_column, id_column, defer_jsonl))
    return items if defer_jsonl else _reject_duplicate_ids(items)


def _limited(item: Item, max_chars: int) -> Item:
    if not max_chars:
        return item
    if type(item) is Post:
        return checked_length(item, max_chars)
    if isinstance(item, LineBatch):  # JSONL lines and pages (PageBatch): checked where they are parsed
        return dataclasses.replace(item, max_chars=max_chars)
    return item


def _check_inputs(paths: list[str], fmt: str) -> None:
    if paths.count(STDIN) > 1:
        raise InputError(STDIN, "stdin is given more than once", "Give - only once.")
    for path in paths:
        check_readable(path)
        if path != STDIN and Path(path).is_dir() and fmt not in ("auto", "html"):
            raise InputError(
                path,
                f"this is a folder; the {fmt} format reads files",
                "Give the files inside it (e.g. folder/*.jsonl), or use --format html for a folder of pages.",
            )


def _read_one(path: str, fmt: str, text_column: str, id_column: str, defer_jsonl: bool) -> Iterator[Item]:
    name = display_name(path)
    if path != STDIN and Path(path).is_dir():
        from ctip.ingest.html import batched_pages, has_html_files, read_html_folder
        from ctip.ingest.images import read_image_folder

        # A folder of saved pages keeps its pictures beside them: those are read through the pages' <img>.
        if fmt == "auto" and not has_html_files(Path(path)):
            yield from read_image_folder(Path(path), name)
            return
        pages = read_html_folder(Path(path), name, defer=defer_jsonl)
        yield from batched_pages(pages) if defer_jsonl else pages
        return
    if path != STDIN and fmt == "auto" and is_image_path(path):
        yield image_post(path, name)
        return
    if _is_parquet(path, fmt):
        from ctip.ingest.parquet import read_parquet

        yield from read_parquet(path, name, id_key=id_column, text_key=text_column)
        return
    with open_binary(path) as raw:
        item: Item | None = None
        try:
            for item in _read_stream(raw, path, name, fmt, text_column, id_column, defer_jsonl):
                yield item
        except (OSError, EOFError, zlib.error) as exc:
            # A gzip file cut short, a disk or network error: keep what was read, say where it stopped.
            reason = f"cannot read further ({exc}); the file may be cut short or damaged"
            yield Rejected(name, _line_after(item), reason)
        except LineTooLong as exc:  # a gzip bomb: one endless line
            reason = (f"{too_long_reason(exc.size)}; reading stopped there, the rest of the file was not read "
                      "(is it a gzip bomb?)")
            yield Rejected(name, _line_after(item), reason)


def _read_stream(
    raw: BinaryIO, path: str, name: str, fmt: str, text_column: str, id_column: str, defer_jsonl: bool
) -> Iterator[Item]:
    head, stream = peek(raw)
    kind = fmt if fmt != "auto" else (path != STDIN and format_from_name(path)) or sniff_content(head)
    # Readers of the rarer formats are imported when met: their parsers cost start-up time.
    if kind == "warc":
        from ctip.ingest.html import batched_pages
        from ctip.ingest.warc import read_warc

        pages = read_warc(stream, name, defer=defer_jsonl)
        yield from batched_pages(pages) if defer_jsonl else pages
        return
    stream = utf8_stream(stream, name)
    if kind == "jsonl":
        read = jsonl_batches if defer_jsonl else read_jsonl
        yield from read(stream, name, id_key=id_column, text_key=text_column, base=_folder(path))
    elif kind == "csv":
        yield from read_csv(stream, name, text_column=text_column, id_column=id_column, base=_folder(path))
    elif kind == "telegram":
        from ctip.ingest.telegram import read_telegram

        yield from read_telegram(stream, name)
    elif kind == "html":
        from ctip.ingest.html import batched_pages, page_id, read_html

        page = read_html(stream, name, page_id(Path(path)) if path != STDIN else name, defer=defer_jsonl,
                         base=Path(path).parent if path != STDIN else None)
        yield from batched_pages(page) if defer_jsonl else page
    else:
        yield from read_text(stream, name)


def _is_parquet(path: str, fmt: str) -> bool:
    """Parquet is read by columns, from a file (a stream cannot be: the index is at the end)."""
    if fmt not in ("auto", "parquet"):
        return False
    if path == STDIN:
        if fmt == "parquet":
            raise InputError(STDIN, "Parquet cannot be read from standard input", "Give the .parquet file's path.")
        return False
    if fmt == "parquet" or format_from_name(path) == "parquet":
        return True
    if not Path(path).is_file():  # a named pipe would lose the bytes read here
        return False
    with open(path, "rb") as stream:
        return stream.read(4) == b"PAR1"


def _line_after(item: Item | None) -> int:
    if item is None:
        return 1
    if isinstance(item, LineBatch):
        return item.next_line
    return (item.line if isinstance(item, Rejected) else int(item.origin.rpartition(":")[2])) + 1


def _reject_duplicate_ids(items: Iterator[Item]) -> Iterator[Item]:
    seen = SeenIds()
    for item in items:
        if type(item) is Post:
            duplicate = seen.check(item.id, item.origin)
            if duplicate is not None:
                yield duplicate
                continue
        yield item


class SeenIds:
    """Ids met so far in one run; a later post with an id already seen is rejected."""

    def __init__(self) -> None:
        self.first_origin: dict[str, str] = {}  # id → "FILE:LINE" of its first post

    def check(self, post_id: str, origin: str) -> Rejected | None:
        """None the first time `post_id` is met, else why the post at `origin` is rejected."""
        first = self.first_origin.setdefault(post_id, origin)
        if first == origin:
            return None
        file, _, line = origin.rpartition(":")
        first_file, _, first_line = first.rpartition(":")
        where = f"line {first_line}" if first_file == file else first
        return Rejected(file, int(line), f"duplicate id {quote(post_id)} (first seen at {where})")


def _folder(path: str) -> str | None:
    """Where pictures named by the records of `path` are looked up; None for standard input."""
    return None if path == STDIN else os.path.dirname(path) or "."
