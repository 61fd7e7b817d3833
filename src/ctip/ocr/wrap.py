"""The lines of a poster joined again, as the text was typed before the poster wrapped it.

A poster breaks its text into short lines wherever the width runs out: after a contact label
(`WeChat` ⏎ `hekou_meimei88`), inside a link (`line.me/ti/p/~` ⏎ `karaoke_udon_job`), inside a
phone number spelled out in words over two or three lines (`nol delapan sembilan enam` ⏎
`enam tiga …`), in the middle of a Thai word, or in the middle of an indicator phrase. The
extractor and the indicator phrases work within a line, so those were lost on the picture
although they are found in the same text typed. On the tuning posters (the text wrapped as the
poster generator wraps it, no OCR), wrapping alone lost 26 of 282 identifiers and changed the
screening of 6 of 98 posts; with the lines joined, none.

Lines are joined with a space (without one between two letters of Thai, Lao, Khmer, Burmese or
Chinese, which are written without spaces; and first without one after a link or handle left
open, `…/p/~`), unless joining loses an identifier the two lines hold apart: a price at the end
of a line is never glued onto a phone number below it.
"""

from __future__ import annotations

import re

from ctip.extract import extract_entities
from ctip.extract.scan import scan
from ctip.text.normalise import normalise

__all__ = ["join_wrapped"]

# Scripts written without spaces: a break between two of their letters is glued without a space.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
# A line ending inside a link or handle: the next line may continue the same token, no space. A
# final dot only counts in a token that already looks like a link ("www.", "mail.site."): a
# sentence's full stop before "pm me" is not the dot of "photo.pm".
_OPEN_TOKEN = re.compile(r"[A-Za-z0-9][/~_@=-]+$|[./@:][\w-]+\.$|^www\.$")
_MAX_LINE = 400  # a joined line stops growing here: keeps each extractor call short


def join_wrapped(text: str) -> str:
    """`text` with its line breaks taken out wherever that loses no identifier (see the module)."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        joined = _joined(out[-1], line) if line.strip() and out[-1].strip() else None
        if joined is None:
            out.append(line)
        else:
            out[-1] = joined
    return "\n".join(out)


def _joined(first: str, second: str) -> str | None:
    """`first` and `second` as one line, or None when joining them would lose an identifier."""
    first, second = first.rstrip(), second.lstrip()
    if len(first) + len(second) > _MAX_LINE:
        return None
    apart = _found(first) | _found(second)
    glues = _glues(first, second)
    for glue in glues[:-1]:  # a link left open: glued on only if that makes a new identifier
        both = _found(f"{first}{glue}{second}")
        if both - apart and _whole(first, second) <= both:
            return f"{first}{glue}{second}"
    candidate = f"{first}{glues[-1]}{second}"
    ends, starts = _digit_edge(first, at_end=True), _digit_edge(second, at_end=False)
    if ends and starts and "word" in (ends, starts):
        return candidate  # a number spelled out in words goes on: a part read alone is no number
    # Nothing lost: a phone number ending a line stays whole even when the digits starting the
    # next line would make a longer (valid) one.
    return candidate if apart <= _found(candidate) else None


def _glues(first: str, second: str) -> tuple[str, ...]:
    head, tail = first[-1:], second[:1]
    if _UNSPACED.match(head) and _UNSPACED.match(tail):
        return ("",)
    if _OPEN_TOKEN.search(first.split()[-1]) and tail.isascii() and tail.isalnum():
        return ("", " ")
    return (" ",)


def _found(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.value) for e in extract_entities(text)}


def _whole(first: str, second: str) -> set[tuple[str, str]]:
    """The identifiers of the two lines that do not touch the break: those must survive a join,
    while one cut by the break ("line.me/ti/p/~") may rightly grow into a longer one."""
    return ({(e.type, e.value) for e in extract_entities(first) if e.end < len(first)}
            | {(e.type, e.value) for e in extract_entities(second) if e.start > 0})


def _digit_edge(line: str, *, at_end: bool) -> str:
    """"word" when `line` ends (or starts) with a digit spelled as a word ("… sembilan enam"),
    "digits" when with a run of digits, "" otherwise."""
    norm = normalise(line.strip()).text.strip(" .,-")
    if not norm:
        return ""
    if any((h.end >= len(norm)) if at_end else (h.start == 0) for h in scan(norm).digits):
        return "word"
    edge = norm.split()[-1 if at_end else 0]
    return "digits" if edge.isdigit() else ""
