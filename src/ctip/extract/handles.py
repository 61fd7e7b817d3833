"""Messaging handles: "@name", a handle after a platform label ("TG: JobsHR", "微信 abc_123",
"ไลน์ xyz"), or before one in brackets ("kk_sales (TG)").

An "@name" with no label is a Telegram username (the common case in these posts); a LINE or
WeChat label just before it makes it a LINE/WeChat ID; an Instagram/Facebook-style label
makes it something ctip does not extract.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ctip.extract.data import word_set
from ctip.extract.scan import Hit
from ctip.extract.surface import as_written
from ctip.text.normalise import NormText
from ctip.text.regex_first import with_first_set

_SYMBOLS = "\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\u3000-\u3003\u3008-\u3011"
_SEP = rf"[ \t:=\-\u2013\u2014>|()\[\]\"'“”*•·{_SYMBOLS}]"
_FILLER = r"(?:id|username|user|handle|号|號|ไอดี|ໄອດີ|អាយឌី|အိုင်ဒီ)"
# label [native words of the label's script] [separators] [id word] [separators] [@ or ~] handle
_AFTER = re.compile(
    rf"(?P<skip>[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{{0,8}}?)"
    rf"(?P<gap>{_SEP}*(?:{_FILLER}{_SEP}*)?)(?P<sigil>[@~] ?)?"
    r"(?P<h>[a-z0-9][a-z0-9._\-]{1,31})(?![a-z0-9_@\-])"
)
# with_first_set: patterns that open with a look-behind are tried only where a match can begin
_BEFORE = with_first_set(re.compile(r"(?<![a-z0-9_.@\-])@?(?P<h>[a-z][a-z0-9._\-]{3,31})\s*\(\s*$"))
_AT = re.compile(r"@(?<![a-z0-9_.@/\-].)(?P<h>[a-z0-9][a-z0-9._\-]{2,31})(?![a-z0-9_@\-])")
# "@ name" with a space: only handle-like names (with _ or a digit), "meet @ office" is not one.
_AT_SPACED = with_first_set(re.compile(r"(?<![a-z0-9_.@/\-])@ (?P<h>[a-z][a-z0-9_]*[_0-9][a-z0-9_]*)(?![a-z0-9_@\-])"))
_TELEGRAM = re.compile(r"[a-z][a-z0-9_]{4,31}")
_LINE = re.compile(r"[a-z0-9][a-z0-9._\-]{3,19}")
_WECHAT = re.compile(r"[a-z][a-z0-9_\-]{5,19}|wxid_[a-z0-9]{4,30}")
_LABEL_REACH = 30  # how far before an "@name" a label still applies
# Letters of scripts whose label words are also ordinary words (Lao ລາຍ, Khmer ឡាញ, Burmese လိုင်း).
_NATIVE = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_NATIVE_LABEL = re.compile(f"[{_NATIVE}]")
# What follows a lone Latin handle: native-script text, punctuation or the end, not another Latin word.
_LONE_END = re.compile(r"[ \t]*(?:$|[^ \ta-z0-9\u00c0-\u024f\u1e00-\u1eff])")


class HandleHit(NamedTuple):
    start: int
    end: int
    type: str
    value: str
    labelled: bool = False  # a LINE/WeChat/Telegram label names the platform


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return word_set("handle_stopwords.txt")


def _valid(platform: str, handle: str) -> bool:
    if handle in _stopwords() or handle.isdigit():
        return False
    if platform == "telegram":
        return bool(_TELEGRAM.fullmatch(handle)) and not handle.endswith("_")
    if platform == "line":
        return bool(_LINE.fullmatch(handle)) and any(c.isalpha() for c in handle)
    if platform == "wechat":
        return bool(_WECHAT.fullmatch(handle))
    return False


def _value(platform: str, norm: NormText, start: int, end: int, handle: str) -> str:
    return as_written(norm, start, end) if platform == "wechat" else handle


def _clean(handle: str) -> str:
    return handle.rstrip(".-")


def _weak_ok(label: Hit, gap: str, sigil: str | None, handle: str, norm: NormText, after: int) -> bool:
    """A weak label (also an ordinary word) needs a colon, an ID word, @/~ or a handle-like token;
    a weak label in Lao, Khmer or Burmese script also takes a lone Latin word before native text
    ("ລາຍ somphone ເງິນດີ": a Latin word in a Lao sentence is the id, unlike "line manager")."""
    if label.extra != "weak" or sigil or ":" in gap or re.search(_FILLER, gap):
        return True
    if any(c.isdigit() or c in "_." for c in handle):
        return True
    if _NATIVE_LABEL.match(norm.text, label.start) and _LONE_END.match(norm.text, after):
        return len(handle) >= 4 and not gap.strip()
    _, _, raw = norm.original_span(label.start, label.end)
    return raw.isupper() and len(raw) > 2  # "LINE nimmancoffee", not "line manager"


def _after_label(text: str, norm: NormText, label: Hit) -> HandleHit | None:
    m = _AFTER.match(text, label.end)
    if not m or ("\n" in m.group("gap")) or (m.group("skip") and label.extra == "weak"):
        return None
    handle = _clean(m.group("h"))
    start, end = m.start("h"), m.start("h") + len(handle)
    if not _valid(label.value, handle) or not _weak_ok(label, m.group("gap"), m.group("sigil"), handle, norm, end):
        return None
    return HandleHit(m.start("sigil") if m.group("sigil") else start, end, label.value,
                     _value(label.value, norm, start, end, handle), True)


def _before_label(text: str, norm: NormText, label: Hit) -> HandleHit | None:
    m = _BEFORE.search(text, max(0, label.start - 40), label.start)
    if not m:
        return None
    handle = _clean(m.group("h"))
    if not _valid(label.value, handle):
        return None
    start = m.start("h")
    return HandleHit(m.start(), start + len(handle), label.value,
                     _value(label.value, norm, start, start + len(handle), handle), True)


def _in_brackets(text: str, label: Hit) -> bool:
    before = text[max(0, label.start - 2):label.start].rstrip()
    after = text[label.end:label.end + 2].lstrip()
    return before.endswith("(") and after.startswith(")")


def _platform_for_at(pos: int, labels: tuple[Hit, ...], ends: list[int], text: str) -> tuple[str, bool]:
    """The platform of the nearest label ending shortly before `pos` (bisect: labels are in order),
    and whether a label named it (else an "@name" is Telegram by default)."""
    i = bisect.bisect_right(ends, pos) - 1
    if i < 0:
        return "telegram", False
    label = labels[i]
    if pos - label.end > _LABEL_REACH or "\n" in text[label.end:pos] or label.value == "phone":
        return "telegram", False
    return label.value, True


def find_handles(text: str, norm: NormText, labels: tuple[Hit, ...]) -> Iterator[HandleHit]:
    """Handles in normalised, masked `text`; may overlap (the caller keeps the first per span)."""
    for label in labels:
        if label.value not in ("telegram", "line", "wechat"):
            continue
        if _in_brackets(text, label):  # "kk_sales (TG)": the handle is the word before
            hit = _before_label(text, norm, label)
        else:
            hit = _after_label(text, norm, label)
        if hit is not None:
            yield hit
    if "@" not in text:
        return
    ends = [label.end for label in labels]
    for m in [*_AT.finditer(text), *_AT_SPACED.finditer(text)]:
        platform, labelled = _platform_for_at(m.start(), labels, ends, text)
        handle = _clean(m.group("h"))
        if platform in ("telegram", "line", "wechat") and _valid(platform, handle):
            start = m.start("h")
            yield HandleHit(m.start(), start + len(handle), platform,
                            _value(platform, norm, start, start + len(handle), handle), labelled)
