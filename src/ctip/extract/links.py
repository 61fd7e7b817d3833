"""Links: t.me → telegram, wa.me / api.whatsapp.com → whatsapp, line.me → line, others → url.

Hosts are matched on the normalised (lower-case) text; paths are reported as written.
A host without scheme or "www." needs a known TLD, so "TP.HCM" or "Co.Ltd" are not links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from ctip.extract.data import lines, word_set
from ctip.extract.phonecheck import international
from ctip.extract.scan import scan
from ctip.extract.surface import as_written
from ctip.text.normalise import NormText
from ctip.text.regex_first import with_first_set

_URL = re.compile(
    r"(?<![a-z0-9@._%+\-/])(?P<scheme>https?://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,8}(?P<tld>[a-z]{2,24}|xn--[a-z0-9\-]{1,59}))"
    r"(?P<port>:[0-9]{1,5})?(?![a-z0-9_\-@])"
    r"(?P<path>[/?#][!#-;=?-\[\]_a-z~]*)?"
)
_DOT_LETTER = re.compile(r"\.[a-z]")  # every host has one; a literal first char scans fast
_MAX_HOST = 253
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_APP_LINK = re.compile(r"(?P<scheme>tg|line)://(?P<rest>[!#-;=?-\[\]_a-z~]+)")
_TRAILING = ".,;:!?'\"*"
# TLDs that are also English words: bare "me.it", "go.to" or "today.work" is a missing space after a
# full stop, not a site; with a path ("wa.link/abc") or three labels they are sites.
_WORDY = frozenset(
    "it is in to at be do go no so us am as by my of on or we me hi an "
    "work live life today news link page fun care law money win game games world tips group center email "
    "space health media digital travel tours holiday school finance legal network services solutions "
    "company global careers".split()
)
_TG_NAME = re.compile(r"[a-z][a-z0-9_]{3,31}")
_LINE_ID = re.compile(r"[a-z0-9._\-]{3,33}")


class LinkHit(NamedTuple):
    start: int
    end: int
    type: str  # telegram | whatsapp | line | url | phone | "" (a link to skip, e.g. an invite)
    value: str


@lru_cache(maxsize=1)
def tlds() -> frozenset[str]:
    return frozenset(lines("tlds.txt"))


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing sentence punctuation and an unbalanced closing bracket."""
    while end > start and (text[end - 1] in _TRAILING or
                           (text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end))):
        end -= 1
    return end


def _telegram(path: str) -> tuple[str, str]:
    parts = [p for p in path.split("?")[0].split("#")[0].split("/") if p]
    if parts and parts[0] == "s" and len(parts) > 1:  # t.me/s/<name>: the web preview of a channel
        parts = parts[1:]
    if not parts:
        return "", ""
    head = parts[0]
    if head.startswith("+") and head[1:].isdigit():  # t.me/+<E.164>: a phone number
        value = international(head[1:])
        return ("phone", value) if value else ("", "")
    if head in _reserved() or not _TG_NAME.fullmatch(head) or head.endswith("_"):
        return "", ""
    return "telegram", head


@lru_cache(maxsize=1)
def _reserved() -> frozenset[str]:
    return word_set("telegram_reserved.txt")


def _whatsapp(host: str, path: str) -> tuple[str, str]:
    if host == "wa.me":
        digits = path.strip("/").split("?")[0].split("/")[0].lstrip("+")
    elif "phone=" in path:
        digits = parse_qs(urlsplit(path).query).get("phone", [""])[0].lstrip("+").replace(" ", "")
    else:
        return "url", ""
    if digits.startswith("00"):
        digits = digits[2:]
    value = international(digits) if digits.isdigit() else None
    return ("whatsapp", value) if value else ("", "")


def _line(path: str) -> tuple[str, str]:
    parts = [p for p in unquote(path.split("?")[0]).split("/") if p]
    if parts and parts[0] == "r":
        parts = parts[1:]
    if len(parts) >= 3 and parts[:2] == ["ti", "p"]:
        ident = parts[2].lstrip("~@")
        if _LINE_ID.fullmatch(ident):
            return "line", ident.rstrip(".")
    return "", ""


def _classify(host: str, path: str) -> tuple[str, str]:
    bare = host[4:] if host.startswith("www.") else host
    if bare in ("t.me", "telegram.me", "telegram.dog"):
        return _telegram(path)
    if bare.endswith(".t.me") and bare.count(".") == 2:
        name = bare.split(".")[0]
        return ("telegram", name) if _TG_NAME.fullmatch(name) and name not in _reserved() else ("", "")
    if bare in ("wa.me", "api.whatsapp.com", "web.whatsapp.com", "whatsapp.com"):
        kind, value = _whatsapp(bare, path)
        if kind != "url":
            return kind, value
    if bare == "line.me":
        return _line(path)
    return "url", ""


def _bare_ok(host: str, tld: str, path: str) -> bool:
    """A host written without scheme or www. must look like a site, not two joined words."""
    if tld not in tlds():
        return False
    labels = host.split(".")
    if path and len(path) > 1:
        return True
    if tld in _WORDY and len(labels) < 3:
        return False
    return len(labels[-2]) >= 2 and not labels[-2].isdigit()


def _host_start(text: str, dot: int) -> int:
    """Where a host containing the dot at `dot` may start: walk back over host characters,
    at most 253 characters and 8 labels, so dotted junk stays linear."""
    start, floor, dots = dot, max(0, dot - _MAX_HOST), 0
    while start > floor and text[start - 1] in _HOST_CHARS:
        if text[start - 1] == ".":
            dots += 1
            if dots == 8:
                break
        start -= 1
    for scheme in ("https://", "http://"):
        if text.startswith(scheme, start - len(scheme)):
            return start - len(scheme)
    return start


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """URL matches, tried only where a dot is followed by a letter (start found by walking back)."""
    pos = 0
    while (dot := _DOT_LETTER.search(text, pos)) is not None:
        m = _URL.match(text, _host_start(text, dot.start()))
        if m is not None and m.end() > dot.start():
            yield m
            pos = m.end()
        else:
            pos = dot.start() + 1


# What may stand between a LINE label and its id: separators, an "ID" word, "@" or "~".
_LABEL_GAP = re.compile(r"[ \t:=\-|>]*(?:id|ไอดี|ໄອດີ)?[ \t:=\-|>]*[@~]? ?$")
_LABEL_REACH = 24
_LINE_ID_SHAPE = re.compile(r"[a-z0-9][a-z0-9._\-]{3,19}")  # a LINE id is 4-20 characters (see handles)


def _line_id_after_label(text: str, start: int) -> bool:
    """A LINE label just before a bare "host" ("ไลน์ somchai.th", "Line: vieclam.vn"): the text
    is a LINE id with a dot, left for the handle pass, not a site."""
    window = text[max(0, start - _LABEL_REACH):start]
    labels = [h for h in scan(window).labels if h.value == "line"]
    return bool(labels) and bool(_LABEL_GAP.match(window, labels[-1].end))


def find_links(text: str, norm: NormText) -> Iterator[LinkHit]:
    """Links in normalised `text`, typed and normalised (see module docstring)."""
    for m in _candidates(text):
        host, tld, path = m.group("host"), m.group("tld"), m.group("path") or ""
        scheme = m.group("scheme")
        if not scheme and not host.startswith("www.") and (
                not _bare_ok(host, tld, path) or (not path and _LINE_ID_SHAPE.fullmatch(host)
                                                   and _line_id_after_label(text, m.start()))):
            continue
        end = _trim(text, m.start(), m.end())
        path = path[:end - m.start("path")] if path else ""
        kind, value = _classify(host, path)
        if kind == "url":
            written = as_written(norm, m.start("path"), end) if path else ""
            value = f"{scheme or 'https://'}{host}{m.group('port') or ''}{written}"
        yield LinkHit(m.start(), end, kind, value)


# "t . me / name", "t[.]me/name", "t dot me/name": a Telegram link spaced out to dodge filters.
_SPACED_TME = with_first_set(re.compile(  # tried only at "t" (regex_first)
    r"(?<![a-z0-9])t(?:\s*\.\s*|\s*\[\s*(?:\.|dot)\s*\]\s*|\s*\(\s*(?:\.|dot)\s*\)\s*|\s+dot\s+)me"
    r"\s*/\s*(?P<h>[a-z][a-z0-9_]{3,31})(?![a-z0-9_])"
))


def find_spaced_links(text: str) -> Iterator[LinkHit]:
    """Telegram links written with spaces or [.] around the dot ("t . me / hr_team")."""
    if "me" not in text:
        return
    for m in _SPACED_TME.finditer(text):
        if " " in m.group() or "[" in m.group() or "(" in m.group():  # t.me/name itself is find_links' job
            name = m.group("h")
            if name not in _reserved():
                yield LinkHit(m.start(), m.end(), "telegram", name)


def find_app_links(text: str) -> Iterator[LinkHit]:
    """tg://resolve?domain=<name> and line://ti/p/~<id> deep links."""
    if "://" not in text:
        return
    for m in _APP_LINK.finditer(text):
        rest = m.group("rest")
        if m.group("scheme") == "tg":
            name = parse_qs(urlsplit("x://x/" + rest).query).get("domain", [""])[0]
            ok = bool(_TG_NAME.fullmatch(name))
            yield LinkHit(m.start(), m.end(), "telegram" if ok else "", name)
        else:
            kind, value = _line("/" + rest)
            yield LinkHit(m.start(), m.end(), kind, value)
