"""Two corrections to literal cue matching, both from posts tried by hand (issue 10).

* Burmese is written without spaces between words, but people also type them: "ကျွန်တော့် ကို
  ကယ် ပါ". Cues are matched a second time on the text with spaces between Burmese letters
  removed, and those matches are mapped back to the text.
* A cue that is right in one place is wrong in another: "kidney" in "kidney beans", "please help
  me" in "please help me find my dog", "students welcome" next to "18+". `exceptions.yaml` lists,
  per indicator, the cue text (`span`, regexes) and the context (`context`, regexes searched
  within `window` characters around it) that cancel a match. Exceptions are data: add them there.
  A rule with `overlap: true` cancels a cue only when a context match covers part of the cue
  itself: "when I was 16" cancels the age in it, not a "girls aged 16" offer a sentence later
  (the way a negation cancels only the coercion cue right after it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ctip.detect.cues import CUE, cue_set
from ctip.text.regex_first import with_first_set

__all__ = ["despaced_myanmar_spans", "drop_excepted"]

Spans = dict[str, list[tuple[int, int]]]
_MY_LETTER = "\u1000-\u103f\u104a-\u108f\u109a-\u109f"  # Myanmar letters and marks, not its digits
_MYANMAR = re.compile("[\u1000-\u109f]")
_MY_SPACE = with_first_set(re.compile(rf"(?<=[{_MY_LETTER}]) +(?=[{_MY_LETTER}])"))  # tried only at spaces


def despaced_myanmar_spans(text: str) -> Spans:
    """Cue spans (into `text`) found once the spaces between Burmese letters are taken out.

    An ASCII text (`isascii` reads a flag of the str) has no Burmese: no search of it."""
    if " " not in text or text.isascii() or not _MYANMAR.search(text) or not _MY_SPACE.search(text):
        return {}
    cuts: list[int] = []  # despaced position where a run of spaces was taken out
    shifts: list[int] = []  # characters taken out up to and including that run
    removed = 0
    for m in _MY_SPACE.finditer(text):
        cuts.append(m.start() - removed)
        removed += m.end() - m.start()
        shifts.append(removed)
    despaced = _MY_SPACE.sub("", text)

    def original(j: int) -> int:  # despaced index of a character -> its index in `text`
        k = bisect.bisect_right(cuts, j)
        return j + (shifts[k - 1] if k else 0)

    cues = cue_set()
    spans: Spans = {}
    # Only matches that bridge a removed space are new; the rest were found in the text itself.
    for index, start, end in cues.matcher.find_matches_as_indexes(despaced, overlapping=True):
        k = bisect.bisect_right(cuts, start)
        if k == len(cuts) or cuts[k] >= end:
            continue
        for kind, iid, near in cues.entries[index][3]:
            if kind == CUE and near < 0:
                spans.setdefault(iid, []).append((original(start), original(end - 1) + 1))
    return spans


@dataclass(frozen=True, slots=True)
class _Exception:
    span: re.Pattern[str] | None
    context: re.Pattern[str]
    window: int
    overlap: bool = False  # the context match must cover part of the cue, not just stand near it


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, tuple[_Exception, ...]]:
    text = resources.files("ctip.data").joinpath("indicators", "exceptions.yaml").read_text(encoding="utf-8")
    out: dict[str, list[_Exception]] = {}
    for rule in yaml.safe_load(text)["exceptions"]:
        span = "|".join(rule.get("span", []))
        out.setdefault(rule["id"], []).append(_Exception(  # tried only where a match can begin (regex_first)
            with_first_set(re.compile(span)) if span else None, with_first_set(re.compile("|".join(rule["context"]))),
            int(rule.get("window", 40)), bool(rule.get("overlap", False))))
    return {iid: tuple(rules) for iid, rules in out.items()}


def drop_excepted(text: str, spans: Spans, only: Spans | None = None) -> None:
    """Remove spans that an exception cancels; an indicator left without spans is removed.

    `only`: check just these spans (added to `spans` since they were last checked); whether a
    span is cancelled depends on the text and the span alone, so the others need no new check."""
    check = spans if only is None else only
    if not check:
        return
    rules = _exceptions()
    for iid in [i for i in check if i in rules]:
        dropped = _cancelled(rules[iid], text, check[iid])
        if not dropped:
            continue
        kept = [span for span in spans[iid] if span not in dropped]
        if kept:
            spans[iid] = kept
        else:
            del spans[iid]


def _cancelled(rules: tuple[_Exception, ...], text: str, ranges: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ranges that one of `rules` cancels (plain loops: this runs for most posts)."""
    dropped = set()
    for start, end in ranges:
        for rule in rules:
            if _cancels(rule, text, start, end):
                dropped.add((start, end))
                break
    return dropped


def _cancels(rule: _Exception, text: str, start: int, end: int) -> bool:
    if rule.span is not None and not rule.span.search(text[start:end]):
        return False
    low = max(0, start - rule.window)
    around = text[low:end + rule.window]
    if not rule.overlap:
        return rule.context.search(around) is not None
    return any(low + m.start() < end and start < low + m.end() for m in rule.context.finditer(around))
