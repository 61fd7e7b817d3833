"""Two corrections to literal cue matching, both from posts tried by hand (issue 10).

* Burmese is written without spaces between words, but people also type them: "ကျွန်တော့် ကို
  ကယ် ပါ". Cues are matched a second time on the text with spaces between Burmese letters
  removed, and those matches are mapped back to the text.
* A cue that is right in one place is wrong in another: "kidney" in "kidney beans", "please help
  me" in "please help me find my dog", "students welcome" next to "18+". `exceptions.yaml` lists,
  per indicator, the cue text (`span`, regexes) and the context (`context`, regexes searched
  within `window` characters around it) that cancel a match. Exceptions are data: add them there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ctip.detect.cues import CUE, scan

__all__ = ["despaced_myanmar_spans", "drop_excepted"]

Spans = dict[str, list[tuple[int, int]]]
_MY_LETTER = "\u1000-\u103f\u104a-\u108f\u109a-\u109f"  # Myanmar letters and marks, not its digits
_MY_SPACE = re.compile(rf"(?<=[{_MY_LETTER}]) +(?=[{_MY_LETTER}])")


def despaced_myanmar_spans(text: str) -> Spans:
    """Cue spans (into `text`) found once the spaces between Burmese letters are taken out."""
    if not _MY_SPACE.search(text):
        return {}
    kept: list[int] = []  # position in `text` of each character of the despaced text
    last = 0
    for m in _MY_SPACE.finditer(text):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text)))
    despaced = "".join(text[i] for i in kept)
    spans: Spans = {}
    for start, end, iid, near in scan(despaced).get(CUE, ()):
        if near < 0 and end > start:
            spans.setdefault(iid, []).append((kept[start], kept[end - 1] + 1))
    return spans


@dataclass(frozen=True, slots=True)
class _Exception:
    span: re.Pattern[str] | None
    context: re.Pattern[str]
    window: int


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, tuple[_Exception, ...]]:
    text = resources.files("ctip.data").joinpath("indicators", "exceptions.yaml").read_text(encoding="utf-8")
    out: dict[str, list[_Exception]] = {}
    for rule in yaml.safe_load(text)["exceptions"]:
        span = "|".join(rule.get("span", []))
        out.setdefault(rule["id"], []).append(_Exception(
            re.compile(span) if span else None, re.compile("|".join(rule["context"])), int(rule.get("window", 40))))
    return {iid: tuple(rules) for iid, rules in out.items()}


def drop_excepted(text: str, spans: Spans) -> None:
    """Remove spans that an exception cancels; an indicator left without spans is removed."""
    rules = _exceptions()
    for iid in [i for i in spans if i in rules]:
        kept = [(s, e) for s, e in spans[iid] if not any(_cancels(rule, text, s, e) for rule in rules[iid])]
        if kept:
            spans[iid] = kept
        else:
            del spans[iid]


def _cancels(rule: _Exception, text: str, start: int, end: int) -> bool:
    if rule.span is not None and not rule.span.search(text[start:end]):
        return False
    return rule.context.search(text[max(0, start - rule.window):end + rule.window]) is not None
