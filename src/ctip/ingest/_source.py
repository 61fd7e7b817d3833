"""Open one input (a file or stdin) as a stream of UTF-8 bytes, or fail with a clear `InputError`.

Every text reader works on UTF-8 bytes so the hot loops stay simple: a UTF-8 BOM is skipped,
UTF-16/UTF-32 with a BOM are transcoded, gzip is unpacked. Files that are clearly not text
(NUL bytes, ZIP/Excel, PDF) are refused here, before any record is read.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import select
import stat
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ctip.errors import InputError
from ctip.limits import limits

STDIN = "-"
STDIN_NAME = "<stdin>"
HEAD_SIZE = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"

_UTF8_HINT = "Save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8) and run again."

# Checked longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_KINDS = (
    (
        b"PK\x03\x04",
        "a ZIP archive or an Excel/Word file",
        "For a spreadsheet, save it as 'CSV UTF-8' first.",
    ),
    (b"%PDF", "a PDF document", "Copy the text into a .txt file, or export the posts as JSONL or CSV."),
    (b"\x89PNG", "an image", "ctip reads text: JSONL, CSV, Telegram JSON, HTML, WARC or plain text."),
    (b"\xff\xd8\xff", "an image", "ctip reads text: JSONL, CSV, Telegram JSON, HTML, WARC or plain text."),
)


def display_name(path: str | Path) -> str:
    """The name used in ids, origins and messages: the path as given, or `<stdin>`."""
    return STDIN_NAME if str(path) == STDIN else str(path)


def check_readable(path: str | Path) -> None:
    """Raise `InputError` if `path` (not stdin) does not exist or cannot be opened."""
    if str(path) == STDIN:
        return
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "file not found", "Check the path and the spelling of the file name.")
    if p.is_dir():
        return
    if not p.is_file():
        # A named pipe or device: opening it here would consume it (a pipe can be read once).
        if not os.access(p, os.R_OK):
            raise InputError(str(path), "permission denied", "Ask for read access to the file, or copy it.")
        return
    try:
        with open(p, "rb"):
            pass
    except PermissionError:
        raise InputError(
            str(path), "permission denied", "Ask for read access to the file, or copy it."
        ) from None
    except OSError as exc:
        raise InputError(str(path), f"cannot open the file ({exc.strerror})") from None


@contextmanager
def open_binary(path: str | Path) -> Iterator[BinaryIO]:
    """Yield the raw bytes of a file, or of stdin for "-" (stdin is not closed afterwards)."""
    if str(path) == STDIN:
        yield sys.stdin.buffer
        return
    try:
        stream = _open_pipe(Path(path)) if stat.S_ISFIFO(os.stat(path).st_mode) else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(str(path), f"cannot open the file ({exc.strerror})") from None
    with stream:
        yield stream


def _open_pipe(path: Path) -> BinaryIO:
    """Open a named pipe without waiting forever for a program to write to it.

    A plain open() blocks until a writer appears; opening without blocking and then waiting
    (a bounded time, CTIP_FIFO_WAIT_SECONDS) for the first data or the writer's end does not.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP)
        wait = limits().fifo_wait_seconds
        if not poller.poll(int(wait * 1000)):
            raise InputError(
                str(path),
                f"nothing was written to this named pipe within {wait:g} seconds",
                "Start the program that writes to it first, or raise CTIP_FIFO_WAIT_SECONDS.",
            )
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def peek(stream: BinaryIO, size: int = HEAD_SIZE) -> tuple[bytes, BinaryIO]:
    """Return the first `size` bytes and a stream that still starts at the beginning.

    Works on pipes (stdin) too, which cannot seek: the head is put back in front.
    """
    head = stream.read(size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=HEAD_SIZE)


def gunzip_head(head: bytes) -> bytes:
    """Best-effort decompression of the first bytes of a gzip stream, for sniffing."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, HEAD_SIZE)
    except zlib.error:
        return b""


def utf8_stream(stream: BinaryIO, name: str) -> BinaryIO:
    """Turn raw input bytes into UTF-8 bytes: unpack gzip, skip or transcode a BOM, refuse binary."""
    head, stream = peek(stream)
    if head.startswith(GZIP_MAGIC):
        # Sniff from a tolerant partial unpack: a gzip file cut short still gives its first posts,
        # and the break is reported where reading stops.
        head = gunzip_head(head)
        stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
    encoding = bom_encoding(head)
    if encoding == "utf-8":
        _skip(stream, len(codecs.BOM_UTF8), name)
    elif encoding is not None:
        return io.BufferedReader(
            _Utf8Encoder(io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=""))
        )
    else:
        refuse_binary(head, name)
    return stream


def _skip(stream: BinaryIO, size: int, name: str) -> None:
    try:
        stream.read(size)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(
            name, f"broken gzip file ({exc})", "Unpack it with gunzip to see the damage."
        ) from None


def bom_encoding(head: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of `head`, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def refuse_binary(head: bytes, name: str) -> None:
    """Raise `InputError` when the first bytes show this is not UTF-8 text."""
    for magic, what, hint in _BINARY_KINDS:
        if head.startswith(magic):
            raise InputError(name, f"this is {what}, not a text file", hint)
    if b"\x00" in head:
        raise InputError(
            name,
            "this is not a UTF-8 text file (it contains NUL bytes; it may be binary or UTF-16 without a BOM)",
            _UTF8_HINT,
        )
    sample = head[:8192].decode("utf-8", "replace")
    if sample and sample.count("\ufffd") > max(8, len(sample) // 10):
        raise InputError(name, "this is not UTF-8 text (most bytes are not valid UTF-8)", _UTF8_HINT)


class LineTooLong(Exception):
    """A line longer than even CTIP_MAX_DOCUMENT_MB: the rest of the input is not read."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of `stream`; a line longer than `limit` bytes comes out as its length (an int)
    instead, after being skipped without keeping it in memory (a gzip bomb is one endless line).

    A line longer than CTIP_MAX_DOCUMENT_MB raises `LineTooLong`: reading it to its end would
    take as long as the bomb is big.
    """
    readline = stream.readline
    give_up = max(limits().document_bytes, limit)
    while line := readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (chunk := readline(HEAD_SIZE)) and not chunk.endswith(b"\n"):
            size += len(chunk)
            if size > give_up:
                raise LineTooLong(size)
        yield size + len(chunk)


def too_long_reason(size: int) -> str:
    """Why a record longer than CTIP_MAX_RECORD_MB is rejected."""
    mb = limits().record_bytes / (1 << 20)
    return (f"this record is {size / (1 << 20):,.1f} MB long; the limit is {mb:g} MB "
            "(raise CTIP_MAX_RECORD_MB to read it)")


def utf8_error_reason(raw: bytes, exc: UnicodeDecodeError) -> str:
    """`invalid UTF-8 (byte 0x.. at column N); ...` for a line that failed to decode."""
    column = len(raw[: exc.start].decode("utf-8", "replace")) + 1
    return f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at column {column}); save the file as UTF-8"


class _Prefixed(io.RawIOBase):
    """A raw stream that returns `prefix` first, then the rest of `rest`."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read1 = getattr(self._rest, "read1", self._rest.read)
        data = read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Utf8Encoder(io.RawIOBase):
    """A raw byte stream of UTF-8 over a decoded text stream (used for UTF-16/32 inputs)."""

    def __init__(self, text: io.TextIOBase) -> None:
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._text.read(HEAD_SIZE // 4)
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8", "surrogatepass")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n
