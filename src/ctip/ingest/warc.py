"""WARC web archives (`.warc`, `.warc.gz`): one post per HTML `response` record with a 2xx status.

Each page is reduced to its main content like a saved HTML page (`ctip.ingest.pagecontent`).
id = `WARC-Target-URI + " " + WARC-Date`; url = the target URI; posted_at = WARC-Date; the page's
title, canonical URL and own date go to `extra` (`title`, `canonical_url`, `page_date`). The
"line" in origins and messages is the record's byte offset in the (compressed) file. Pages are
decoded with the charset the server declared (else `<meta charset>`, else UTF-8); bytes that do
not decode become U+FFFD, because an archived page is evidence and cannot be re-saved. A broken
record is rejected and reading goes on; when the archive itself breaks (truncated, corrupt gzip),
the posts read so far are kept and the break is reported at its offset.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ctip.errors import InputError
from ctip.ingest._source import GZIP_MAGIC, gunzip_head, peek, too_long_reason
from ctip.ingest.html import PendingPage
from ctip.limits import limits
from ctip.records import Post, Rejected

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WARNING_OFFSET = re.compile(r"Offset: (\d+)")
_BLOCK = 64 * 1024
# Python codecs that are text encodings but no web charset: they would rewrite the page's text.
_NOT_CHARSETS = frozenset(("unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "utf-8-sig"))
_CUT_SHORT = "this record is cut short or damaged (is the file complete?); the rest of the file was not read"
_ARCHIVE_ERRORS = (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error)
_NOT_WARC_HINT = "Give a .warc or .warc.gz file written by a web archiver (wget --warc-file, Browsertrix, …)."


def read_warc(stream: BinaryIO, name: str, *, defer: bool = False) -> Iterator[Post | Rejected | PendingPage]:
    """Posts from the raw bytes of a WARC file (gzip or not); with `defer`, pages for a worker to finish."""
    head, stream = peek(stream, 512)
    if not (gunzip_head(head) if head.startswith(GZIP_MAGIC) else head).startswith(b"WARC/"):
        raise InputError(name, "not a WARC file (it does not start with 'WARC/')", _NOT_WARC_HINT)
    records = ArchiveIterator(stream)
    while True:
        # warcio's `offset` is the start of the record just returned, or of the one that failed.
        try:
            record, warning = _next_record(records)
        except _ARCHIVE_ERRORS as exc:
            reason = f"broken WARC data: {_describe(exc)}; the rest of the file was not read"
            yield Rejected(name, records.offset, reason)
            return
        if warning:
            yield Rejected(name, *warning)
        if record is None:
            if records.offset < _bytes_in(records, stream):
                yield Rejected(name, records.offset, _CUT_SHORT)
            return
        offset = records.offset
        item = _record_to_post(record, name, offset)
        if _truncated(record):
            item = Rejected(name, offset, _CUT_SHORT)
        if item is not None:
            yield item.to_post() if type(item) is PendingPage and not defer else item


def _next_record(records: ArchiveIterator) -> tuple[Any, tuple[int, str] | None]:
    """The next record (None at the end), and warcio's warning about the previous one.

    warcio prints that warning to stderr; a library must not, so it becomes a rejected record.
    """
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        record = next(records, None)
    match = _WARNING_OFFSET.search(captured.getvalue())
    if not match:
        return record, None
    reason = "a record is not followed by a blank line (its Content-Length may be wrong)"
    return record, (int(match.group(1)), reason)


def _bytes_in(records: ArchiveIterator, stream: BinaryIO) -> int:
    """The size of the input: what warcio read plus what is left (it stops quietly at a broken gzip member)."""
    size = records.fh.tell()
    while chunk := stream.read(_BLOCK):
        size += len(chunk)
    return size


def _truncated(record: Any) -> bool:
    """Whether the file ended before the record's declared Content-Length (reads the rest of it)."""
    raw = record.raw_stream
    try:
        while raw.read(_BLOCK):
            pass
    except _ARCHIVE_ERRORS:
        return True
    return getattr(raw, "limit", 0) > 0


def _record_to_post(record: Any, name: str, offset: int) -> PendingPage | Rejected | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    if not str(record.http_headers.get_statuscode() or "").startswith("2"):
        return None  # error pages and redirects are not posts
    uri = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    if not uri:
        return Rejected(name, offset, "response record without WARC-Target-URI")
    limit = limits().record_bytes
    try:
        body = record.content_stream().read(limit + 1)
        if len(body) > limit:
            return Rejected(name, offset, too_long_reason(len(body)) + " (the page was cut there)")
    except _ARCHIVE_ERRORS as exc:
        return Rejected(name, offset, f"cannot read the page in this record ({_describe(exc)})")
    return PendingPage(_decode(body, content_type), f"{uri} {date or ''}".rstrip(), "warc", f"{name}:{offset}",
                       url=uri, posted_at=date)


def _decode(body: bytes, content_type: str) -> str:
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace")
    declared = _CHARSET.search(content_type.encode("latin-1", "replace"))
    match = declared or _CHARSET.search(body[:2048])
    encoding = "utf-8"
    if match:
        try:
            codec = codecs.lookup(match.group(1).decode("ascii"))
        except LookupError:  # "undefined", a typo: UTF-8, as a browser would fall back
            codec = None
        # Only text encodings: a page may name zlib, base64 or rot13, which are not charsets.
        if codec is not None and getattr(codec, "_is_text_encoding", True) and codec.name not in _NOT_CHARSETS:
            encoding = codec.name
        if declared is None and encoding.startswith(("utf-16", "utf-32")):
            encoding = "utf-8"  # a <meta> read as ASCII cannot be right about UTF-16 (browsers do the same)
    try:
        return body.decode(encoding, "replace")
    except (UnicodeError, ValueError, TypeError, LookupError):  # idna and the like refuse "replace"
        return body.decode("utf-8", "replace")


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
