"""Messenger links whose dot OCR read as a dash or comma (`t-me/`, `wa,me/`), and `wwww.`.

Only the OCR text goes through this (typed text keeps its exact spelling: a `t-me/` typed by a
person is not a link). Tesseract reads the small dot between two letters as a dash, a comma or
a middle dot, and the first `w` of `www.` twice; the domains `t.me`, `wa.me` and `line.me` have
no dashed twin that a poster would print, so these readings have one answer.
"""

from __future__ import annotations

import re

__all__ = ["repair_link_forms"]

# "t-me/name", "t - me/name", "wa,me/855…", "line·me/ti/p/~x": the dot of a messenger link misread.
_DASHED_ME = re.compile(r"(?<![A-Za-z0-9.])(t|T|wa|WA|line|LINE)\s?[-,·~]\s?(me|ME)\s?/(?=\s?[~+A-Za-z0-9_])")
# "Wwww." / "wwww.": the first w read twice.
_FOUR_W = re.compile(r"(?<![A-Za-z0-9])[Ww]ww(w)(?=[.,]\s?[A-Za-z0-9])")


def repair_link_forms(text: str) -> str:
    """`text` with `t-me/`, `wa,me/`, `line-me/` as `t.me/`... and `wwww.` as `www.`."""
    text = _DASHED_ME.sub(lambda m: f"{m.group(1).lower()}.me/", text)
    return _FOUR_W.sub("www", text)
