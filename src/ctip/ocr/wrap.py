"""Lines a poster wrapped, joined again where an identifier runs across the break.

A poster breaks its text into short lines wherever the width runs out: after a contact label
(`WeChat` ⏎ `hekou_meimei88`), inside a link (`line.me/ti/p/~` ⏎ `karaoke_udon_job`), inside a
phone number spelled out in words over two or three lines (`nol delapan sembilan enam` ⏎
`enam tiga …`), or in the middle of a Thai word. The extractor reads identifiers within a line,
so those are lost on the picture although they are found in the same text typed.

The test is the extractor itself: two lines are joined when the joined text holds an identifier
that crosses the break and that neither line holds alone, and every identifier of the two lines
alone is still found (so a price at the end of a line is never glued onto a phone number below
it). A run of spelled-out digits continued on the next line is joined too, since the number may
only be whole after a third line. Nothing else changes: other line breaks, and so the indicator
phrases, stay as read.
"""

from __future__ import annotations

import re

from ctip.extract import extract_entities
from ctip.extract.scan import scan
from ctip.text.normalise import normalise

__all__ = ["join_wrapped"]

# Scripts written without spaces: a break between two of their letters is glued without a space.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
# A line ending inside a link or handle: the next line continues the same token, no space. A
# final dot only counts in a token that already looks like a link ("www.", "mail.site."): a
# sentence's full stop before "pm me" is not the dot of "photo.pm".
_OPEN_TOKEN = re.compile(r"[A-Za-z0-9][/~_@=-]+$|[./@:][\w-]+\.$|^www\.$")
_MAX_LINE = 400  # longer "lines" are not poster lines; leaves the extractor's cost bounded


def join_wrapped(text: str) -> str:
    """`text` with the line breaks that split an identifier taken out (see the module's docstring)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    out = [lines[0]]
    for line in lines[1:]:
        joined = _joined(out[-1], line) if line.strip() and out[-1].strip() else None
        if joined is None:
            out.append(line)
        else:
            out[-1] = joined
    return "\n".join(out)


def _joined(first: str, second: str) -> str | None:
    """`first` and `second` as one line, if the break between them splits an identifier."""
    if len(first) + len(second) > _MAX_LINE:
        return None
    first, second = first.rstrip(), second.lstrip()
    cut = _found(first, None, None) | _found(second, None, None)
    kept = _found(first, len(first), None) | _found(second, None, 0)
    for glue in _glues(first, second):
        candidate = f"{first}{glue}{second}"
        both = _found(candidate, None, None)
        if both - cut and kept <= both:
            return candidate
    ends, starts = _digit_edge(first, at_end=True), _digit_edge(second, at_end=False)
    if ends and starts and "word" in (ends, starts):
        return f"{first.rstrip()}{_glues(first, second)[0]}{second.lstrip()}"
    return None


def _glues(first: str, second: str) -> tuple[str, ...]:
    head, tail = first.rstrip()[-1:], second.lstrip()[:1]
    if _UNSPACED.match(head) and _UNSPACED.match(tail):
        return ("",)
    if _OPEN_TOKEN.search(first.split()[-1]) and tail.isascii() and tail.isalnum():
        return ("", " ")
    return (" ",)


def _found(text: str, end: int | None, start: int | None) -> set[tuple[str, str]]:
    """The identifiers in `text`; with `end` (`start`), only those that do not reach that edge,
    since an identifier cut by the break may rightly grow into a longer one when joined."""
    return {(e.type, e.value) for e in extract_entities(text)
            if (end is None or e.end < end) and (start is None or e.start > start)}


def _digit_edge(line: str, *, at_end: bool) -> str:
    """"word" when `line` ends (or starts) with a digit spelled as a word ("… sembilan enam"),
    "digits" when with a run of digits, "" otherwise."""
    norm = normalise(line.strip()).text.strip(" .,-")
    if not norm:
        return ""
    hits = scan(norm).digits
    if any((h.end >= len(norm)) if at_end else (h.start == 0) for h in hits):
        return "word"
    edge = norm.split()[-1 if at_end else 0]
    return "digits" if edge.isdigit() else ""
