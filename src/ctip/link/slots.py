"""Fold text and mask its slots (phones, handles, money, numbers, names) so re-posts of one ad compare equal.

Folding is the cheap, C-speed part of `ctip.text.normalise` (NFKC, lower case, native digits to
ASCII, format characters dropped): clustering runs it on every post, so it has no offset map.
Masking replaces each slot with one private-use character per slot kind, so a slot is one
"letter" to the shingler whatever its value; `slot_template` gives the readable `{phone}` form.
"""

from __future__ import annotations

import re
import unicodedata

# One private-use code point per slot kind: one character in shingles, whatever the value.
SLOTS = ("url", "email", "telegram", "whatsapp", "line", "salary", "phone", "number", "name")
_MARK = {name: chr(0xE000 + i) for i, name in enumerate(SLOTS)}

_CURRENCY = (
    r"usd|us\$|dollars?|\$|€|£|¥|฿|៛|₫|₭|baht|thb|riel|khr|yuan|rmb|cny|元|块|美元|vnd|đ|dong|rp|idr|rupiah|"
    r"kip|lak|kyat|mmk|ks|ringgit|rm|myr|peso|php|ដុល្លារ|រៀល|បាត|บาท|ดอลลาร์|đồng|ກີບ|ໂດລາ|ကျပ်|ဒေါ်လာ"
)
_CURRENCY_BEFORE = re.compile(rf"(?<![a-zà-ỹ])(?:{_CURRENCY})\s?$")
_CURRENCY_AFTER = re.compile(rf"\s?[k千万萬]?\s?(?:{_CURRENCY})(?![a-zà-ỹ])")
# Every alternative starts with one of a few characters (a class the scanner checks fast);
# the match is then widened and classified in Python (few matches per post).
_ANCHOR_RE = re.compile(
    r"[hw@.+(\d](?:(?<=h)ttps?://[^\s<>\"']+|(?<=w)ww\.[^\s<>\"']+|(?<=@)[\w.-]+"
    r"|(?<=\.)(?:com|net|org|info|biz|xyz|top|site|co|io|me|app|cc|vip|link)\b[^\s<>\"']*"
    r"|(?<=[+(\d])(?:[\d()+-]|[\s.,](?=[\d(+]))*\d|(?<=\d))"
)
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._+-")
_HOST = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_APPS = (("t.me/", "telegram"), ("telegram.me/", "telegram"), ("wa.me/", "whatsapp"), ("whatsapp.com/", "whatsapp"),
         ("line.me/", "line"))
_CONTEXT = 12  # characters looked at before/after a number for a currency word

# Format characters (zero-width spaces, joiners, bidi controls, variation selectors, keycaps):
# dropped, like ctip.text.normalise does, so "T\u200belegram" folds to "telegram".
_FORMAT_RE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe0e\ufe0f\u20e3]")
# Decimal digits of other scripts (Khmer, Thai, Lao, Myanmar, Arabic, …); NFKC leaves those alone.
_NATIVE_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u0ed0-\u0ed9"
                              "\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819]")
# What shingling keeps: word characters, the combining marks of Vietnamese and of the Thai, Lao,
# Khmer and Myanmar scripts (not "word" characters to `re`), and the slot marks. The rest (emoji,
# punctuation, symbols) becomes a space.
_DROP_RE = re.compile("[^\\w\u0300-\u036f\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ue000-\ue00f]+")


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


# Names and places: capitalised Latin words in mid-sentence ("contact Mr Chen", "work in Bavet",
# "在Dubai工作"). Sentence-initial words are left alone, so ordinary English stays text.
_NAME_WORD = "[A-Z][a-z\u00c0-\u024f\u1e00-\u1eff][a-zA-Z\u00c0-\u024f\u1e00-\u1eff'’]*"  # not acronyms: USD, HR
_NAME_RE = re.compile(f"{_NAME_WORD}(?:[ .]{{1,2}}{_NAME_WORD})*")
_MID_SENTENCE = frozenset(",;:-–—(\"'“”«")


def _unify(text: str) -> str:
    return _FORMAT_RE.sub("", unicodedata.normalize("NFKC", text))


def _lower(text: str) -> str:
    text = text.lower()
    return _NATIVE_DIGIT_RE.sub(_ascii_digit, text) if not text.isascii() else text


def fold(text: str) -> str:
    """NFKC, lower case, native digits to ASCII, zero-width and other format characters dropped."""
    return _lower(_unify(text))


def _mid_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] in _MID_SENTENCE)


def _names(text: str, mark: str) -> str:
    """`text` (not yet lower-cased) with mid-sentence capitalised names replaced by `mark`."""
    out, pos = [], 0
    for m in _NAME_RE.finditer(text):
        if _mid_sentence(text, m.start()):
            out.append(text[pos:m.start()])
            out.append(mark)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _back(text: str, start: int, floor: int, chars: frozenset[str]) -> int:
    while start > floor and text[start - 1] in chars:
        start -= 1
    return start


def _web_kind(value: str) -> str:
    return next((kind for marker, kind in _APPS if marker in value), "url")


def _classify(text: str, m: re.Match[str], floor: int) -> tuple[int, int, str] | None:
    """(start, end, slot kind) for one anchor match, or None when it is not a slot."""
    s, e = m.span()
    first = text[s]
    if first == "h" or first == "w":
        return s, e, _web_kind(m.group())
    if first == "@":
        local = _back(text, s, floor, _LOCAL)
        if local < s and "." in m.group():
            return local, e, "email"
        return (s, e, "telegram") if e - s >= 4 else None
    if first == ".":
        host = _back(text, s, floor, _HOST)
        return (host, e, _web_kind(text[host:e])) if host < s else None
    return _number(text, s, e, floor)


def _number(text: str, s: int, e: int, floor: int) -> tuple[int, int, str]:
    before = _CURRENCY_BEFORE.search(text, max(floor, s - _CONTEXT), s)
    if before:
        return before.start(), e, "salary"
    after = _CURRENCY_AFTER.match(text, e, e + _CONTEXT)
    if after:
        return s, after.end(), "salary"
    digits = sum(ch.isdigit() for ch in text[s:e])
    return s, e, "phone" if digits >= 7 else "number"


def slot_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every slot in folded text, in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    floor = 0
    for m in _ANCHOR_RE.finditer(folded):
        if m.start() < floor:
            continue
        found = _classify(folded, m, floor)
        if found:
            spans.append(found)
            floor = found[1]
    return spans


def _masked(folded: str, render) -> str:
    out, pos = [], 0
    for s, e, kind in slot_spans(folded):
        out.append(folded[pos:s])
        out.append(render(kind))
        pos = e
    out.append(folded[pos:])
    return "".join(out)


def mask(text: str) -> str:
    """Folded text with every slot replaced by its one-character mark."""
    return _masked(_lower(_names(_unify(text), _MARK["name"])), _MARK.__getitem__)


def skeleton(text: str) -> str:
    """What gets shingled: masked text with emoji, punctuation and extra spaces removed."""
    return " ".join(_DROP_RE.sub(" ", mask(text)).split())


def slot_template(text: str) -> str:
    """Readable template of one post: folded text with slots shown as `{phone}`, `{salary}`, …"""
    return " ".join(_masked(_lower(_names(_unify(text), "{name}")), "{{{}}}".format).split())
