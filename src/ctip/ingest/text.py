"""Plain text: posts are separated by two or more blank lines, or by a separator line.

A single blank line is a paragraph break inside a post (ads often have several paragraphs);
two or more blank lines in a row (lines of only spaces count as blank), or a line holding only
three or more of `-`, `=`, `*`, `_`, `#` or `~` ("---", "=====", "***"), end the post.

A post's id is `FILE:N`, N being the 1-based line where the post starts (`<stdin>:N` for stdin),
so ids stay the same as long as the text above the post does not change. Lines are kept as
written, joined with "\\n". A post with invalid UTF-8 is rejected as a whole, naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ctip.ingest._source import bounded_lines, too_long_reason, utf8_error_reason
from ctip.limits import limits
from ctip.records import Post, Rejected

_SEPARATOR = re.compile(r"[ \t]*([-=*_#~])\1{2,}[ \t]*\r?\n?")
BLANKS_BETWEEN_POSTS = 2


class _Pending:
    """The lines of the post being read, and the first decoding problem in it."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.lines: list[str] = []
        self.start = 0
        self.error: tuple[int, str] | None = None

    def add(self, lineno: int, line: str) -> None:
        if not self.lines:
            self.start = lineno
        self.lines.append(line)

    def flush(self, name: str) -> Post | Rejected | None:
        if not self.lines:
            return None
        item: Post | Rejected
        if self.error:
            line, reason = self.error
            if line != self.start:
                reason += f" (the post starting at line {self.start} was skipped)"
            item = Rejected(name, line, reason)
        else:
            post_id = f"{name}:{self.start}"
            item = Post(id=post_id, text="\n".join(self.lines), source="text", origin=post_id)
        self._reset()
        return item


def read_text(stream: BinaryIO, name: str) -> Iterator[Post | Rejected]:
    """Posts from a UTF-8 plain-text byte stream; `name` is used in ids, origins and messages."""
    pending = _Pending()
    blanks = 0  # blank lines since the last line of text
    for lineno, raw in enumerate(bounded_lines(stream, limits().record_bytes), 1):
        if type(raw) is int:  # a line too long to keep: the post it is in is rejected
            pending.add(lineno, "")
            if pending.error is None:
                pending.error = (lineno, too_long_reason(raw))
            blanks = 0
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.decode("utf-8", "replace")
            if pending.error is None:
                pending.error = (lineno, utf8_error_reason(raw, exc))
        if line.isspace() or _SEPARATOR.fullmatch(line):
            blanks = BLANKS_BETWEEN_POSTS if not line.isspace() else blanks + 1
            if blanks >= BLANKS_BETWEEN_POSTS:
                item = pending.flush(name)
                if item is not None:
                    yield item
            continue
        if blanks and pending.lines:
            pending.add(lineno - 1, "")  # one blank line: a paragraph break inside the post
        blanks = 0
        pending.add(lineno, line.rstrip("\r\n"))
    item = pending.flush(name)
    if item is not None:
        yield item
