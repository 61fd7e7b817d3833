"""Links and e-mail addresses whose dots or spaces OCR misread: `t-me/`, `wa,me/`, `wwww.`, `wwwsite.com`,
`powerco.th`, `hr@nan shan-tech.cn`, `www.tokutei-kaigo. jp/cn`.

Only the OCR text goes through this (typed text keeps its exact spelling: a `t-me/` typed by a
person is not a link). Tesseract reads the small dot between two letters as a dash, a comma or
a middle dot, and the first `w` of `www.` twice; the domains `t.me`, `wa.me` and `line.me` have
no dashed twin that a poster would print, so these readings have one answer. Likewise `www`
glued to a host (`wwwsaigontravel-deal.com`: the dot lost), a Thai or Cambodian domain whose
second-level dot was lost (`easternpowerco.th`: `.th` and `.kh` names are only registered under
`co.th`, `com.kh`...), and a space read inside an e-mail's domain (`hr@nan shan-tech.cn`, where
`nan` alone has no dot and so is no domain), and a space read after the last dot of a host that
starts with `www.` or `http(s)://` (`www.tokutei-kaigo. jp/cn`): such a host cannot end in a dot,
so the top-level domain after the space is its end (only a known one: `www.site. Then` stays);
likewise a space read before that dot (`www.otresbay-travel .com`). A WhatsApp link whose `w` was
read twice (`Wwa.me/6281…`) loses the extra letter, and a Telegram link cut by a space after fewer
than five characters (`t.me/zh uzai_dealer`: no Telegram name is that short) is joined to the next
word when that word has a handle's `_` or digit (`t.me/abc please` stays). A WhatsApp link whose
`w` was lost (`a.me/855710577508`, round 11) gets it back when the path is a valid international
phone number: that is wa.me's form, and `a.me` is no messenger host a poster would print.
"""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["repair_link_forms"]

# "t-me/name", "t - me/name", "wa,me/855…", "line·me/ti/p/~x": the dot of a messenger link misread.
_DASHED_ME = re.compile(r"(?<![A-Za-z0-9.])(t|T|wa|WA|line|LINE)\s?[-,·~]\s?(me|ME)\s?/(?=\s?[~+A-Za-z0-9_])")
# "Wwww." / "wwww.": the first w read twice.
_FOUR_W = re.compile(r"(?<![A-Za-z0-9])[Ww]ww(w)(?=[.,]\s?[A-Za-z0-9])")
# "wwwsite-name.com": the dot after www lost (a host is never spelled with www glued on).
_GLUED_WWW = re.compile(r"(?<![\w.@/])([Ww]ww)(?=[A-Za-z0-9][A-Za-z0-9-]{2,}\.[A-Za-z]{2,})")
# "easternpowerco.th": .th and .kh take names only under these second-level domains.
_LOST_SLD = re.compile(r"(?<=[A-Za-z0-9])(?<![./@])(?<!\.co)(?<!\.com)((?:co|ac|go|in|or|net|mi)\.th|(?:com|edu|gov|org|net|per)\.kh)\b")
# "hr@nan shan-tech.cn": a space inside the domain of an address, when the part before it has no dot.
_SPACED_MAIL = re.compile(r"(\b[\w.+-]+@[A-Za-z0-9-]+) ([A-Za-z0-9-]+\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?\b)")
# "Wwa.me/855…": the w of a WhatsApp link read twice (no other host ends in "wa.me" on posters).
_DOUBLED_WA = re.compile(r"(?<![A-Za-z0-9.])[Ww](?=wa\.me/\+?\d)")
# "a.me/855…": the w of a WhatsApp link lost (kept only when the digits are a valid phone number).
_LOST_WA = re.compile(r"(?<![A-Za-z0-9.])a\.me/(?=\+?(\d{8,15})(?![\w/]))")
# "t.me/zh uzai_dealer": a space read inside a Telegram name. A name has at least 5 characters, so a
# shorter piece is no name; it is joined to the next word when that one has the `_` or digit of a handle.
_CUT_TME = re.compile(r"(?<![A-Za-z0-9])(t\.me/[A-Za-z0-9_]{1,4}) (?=[A-Za-z0-9]*[_0-9][A-Za-z0-9_]*(?![A-Za-z0-9_@.]))")
# A web host as posters write it, and the top-level domains a space may be read beside.
_WEB_HOST = r"(?<![\w.@/])((?:https?://|[Ww]ww\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_TLD = r"(?:com|net|org|info|biz|io|cn|kh|vn|th|la|mm|id|co|ph|my|sg|jp|kr|tw|hk|asia)(?:\.[a-z]{2})?)(?=/|\s|$|[,;)])"
# "www.otresbay-travel .com": a space read before the dot of the top-level domain.
_SPACE_DOT_TLD = re.compile(_WEB_HOST + r") (\." + _TLD)
# "www.tokutei-kaigo. jp/cn": a space read after the dot before the top-level domain.
_SPACED_TLD = re.compile(_WEB_HOST + r"\.) (" + _TLD)


def repair_link_forms(text: str) -> str:
    """`text` with the misread forms above put right (see the module's docstring)."""
    text = _DASHED_ME.sub(lambda m: f"{m.group(1).lower()}.me/", text)
    text = _GLUED_WWW.sub(r"\1.", _FOUR_W.sub("www", text))
    text = _LOST_SLD.sub(lambda m: _dotted(m), text)
    text = _SPACED_TLD.sub(r"\1\2", _SPACE_DOT_TLD.sub(r"\1\2", text))
    text = _CUT_TME.sub(r"\1", _DOUBLED_WA.sub("", text))
    text = _LOST_WA.sub(lambda m: "wa.me/" if _valid_international(m.group(1)) else m.group(), text)
    return _SPACED_MAIL.sub(r"\1\2", text)


def _dotted(match: re.Match[str]) -> str:
    """`.co.th` for the `co.th` at the end of `easternpowerco.th`, unless the host is only the suffix."""
    start = match.start()
    host_start = start
    while host_start > 0 and (match.string[host_start - 1].isalnum() or match.string[host_start - 1] == "-"):
        host_start -= 1
    return "." + match.group(1) if start - host_start >= 2 else match.group(1)


def _valid_international(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return False
