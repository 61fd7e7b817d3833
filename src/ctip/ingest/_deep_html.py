"""A linear-time fallback for pathologically nested HTML.

The HTML parser takes time that grows with the square of the nesting depth (200,000 nested
`<div>`s take minutes), so a hostile page could stall a whole batch. Pages nested deeper than
any real page are turned into text by a simple tag stripper instead: hidden elements dropped,
block tags become line breaks, entities decoded. Less exact than the parser, always fast.
"""

from __future__ import annotations

import html as htmllib
import re

MAX_DEPTH = 1000  # real pages stay far below this; the parser is still quick at this depth
_MIN_TAGS = 2000  # pages with fewer tags are fast whatever their shape
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
# Elements that never hold children, or that the next sibling closes, do not deepen the tree.
_FLAT = frozenset(
    "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option".split()
)
_FOREIGN = frozenset(("svg", "math"))
_HIDDEN = frozenset(("head", "script", "style", "noscript", "template"))
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt footer form h1 h2 h3 h4 h5 h6 header hr li main "
    "nav ol p pre section table td th tr ul".split()
)


def too_deep(html: str) -> bool:
    """Whether the page nests elements deeper than MAX_DEPTH (checked only for large pages)."""
    if html.count("<") < _MIN_TAGS:
        return False
    depth = 0
    foreign = 0  # inside <svg> or <math>, where "<x/>" really closes; in HTML "<div/>" opens a div
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        name = name.lower()
        if name in _FLAT or (self_closing and (foreign or name in _FOREIGN)):
            continue
        if closing:
            depth = max(depth - 1, 0)
            foreign = max(foreign - 1, 0) if name in _FOREIGN else foreign
        else:
            depth += 1
            foreign += name in _FOREIGN
            if depth > MAX_DEPTH:
                return True
    return False


def stripped_text(html: str, line_break: str) -> str:
    """Text without tags, hidden elements removed, `line_break` at block boundaries (not collapsed)."""
    parts: list[str] = []
    hidden: str | None = None  # the hidden element we are inside, until its end tag
    position = 0
    for match in _TAG.finditer(html):
        closing, name, _ = match.groups()
        name = name.lower()
        if hidden is None:
            parts.append(html[position : match.start()])
        position = match.end()
        if hidden is not None:
            hidden = None if (closing and name == hidden) else hidden
        elif name in _HIDDEN and not closing:
            hidden = name
        elif name in _BLOCKS:
            parts.append(line_break)
    if hidden is None:
        parts.append(html[position:])
    return htmllib.unescape("".join(parts))
