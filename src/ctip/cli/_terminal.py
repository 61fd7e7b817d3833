"""Text from inputs shown on a terminal: control characters made visible, never obeyed.

Post text, file names and evidence fields come from the people ctip investigates. An escape
sequence (ESC [ ...) printed raw could rewrite the screen, hide lines or set the window title;
each control character is shown as its visible symbol instead, one character for one, so
offsets of highlighted spans stay right.
"""

from __future__ import annotations

import re

__all__ = ["visible"]

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 block: ␀ … ␛ …
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡ for DEL; C1 controls have no symbol


def visible(text: str) -> str:
    """`text` with control characters (ESC, BEL, CR, C1 …) replaced by visible symbols."""
    return _CONTROLS.sub(_symbol, text)
