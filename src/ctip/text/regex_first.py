"""Let Python's regex engine skip ahead to where a match can begin: the same matches, faster.

The engine skips quickly over a text only when a pattern starts with a literal or a character
class: it then tries the pattern only where that character stands. Many cue patterns start
with a look-behind ("(?<![\\d.,])\\d{2,3}\\s?people") or with nested alternatives
("(?:ຈ່າຍ…|(?:ເງິນເດືອນ|…)…)"); for those the engine tries the whole pattern at every position
of the post. `with_first_set` reads the pattern's parse tree for the set of characters a match
can begin with and compiles the pattern again with that set in its optimisation header, the
header the engine fills itself for "[abc]…" patterns: it then tries the pattern only at those
characters (in C; no Python call per position).

Why the matches are the same: without the header the engine tries the pattern at every
position, with it only where the character is in the set; a match that consumes at least one
character begins with a character of the set (look-behinds and anchors still see the whole
string: they are part of the pattern, which is unchanged). Only patterns that cannot match the
empty string, that the engine does not already optimise, and whose first set can be read
exactly (no case folding, no inline flags, no negated classes, no "any character") are
recompiled; the rest are returned as they are. The parse tree and compiler are CPython's own
(`re._parser`, `re._compiler`, private): if they are missing or change shape, the pattern is
returned unchanged. Tests compare both on the shipped cue patterns and on odd texts.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["with_first_set"]

try:  # CPython's regex parser and compiler (re._parser, re._compiler since 3.11)
    import _sre
    from re import _compiler, _parser
    from re import _constants as _c
except ImportError:  # pragma: no cover - another Python implementation
    _parser = None


class _Unknown(Exception):
    """The first set cannot be read exactly: run the pattern as it is."""


def _first(nodes: Any) -> tuple[list[Any], bool]:
    """(class items a match of this node sequence can begin with, whether it can match empty)."""
    items: list[Any] = []
    for op, av in nodes:
        found, nullable = _first_node(op, av)
        items += found
        if not nullable:
            return items, False
    return items, True


def _first_node(op: Any, av: Any) -> tuple[list[Any], bool]:
    if op is _c.LITERAL:
        return [(_c.LITERAL, av)], False
    if op is _c.IN:
        if any(item_op is _c.NEGATE for item_op, _ in av):
            raise _Unknown
        return list(av), False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # consume nothing
        return [], True
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(sub)
    if op is _c.ATOMIC_GROUP:
        return _first(av)
    if op is _c.BRANCH:
        items, nullable = [], False
        for branch in av[1]:
            found, empty = _first(branch)
            items += found
            nullable = nullable or empty
        return items, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        low, _, sub = av
        found, empty = _first(sub)
        return found, empty or low == 0
    raise _Unknown  # ANY, NOT_LITERAL, group references, conditionals, anything new


def _first_set(pattern: re.Pattern[str]) -> tuple[Any, list[Any]] | None:
    """(parse tree, class items a match can begin with), or None where they cannot be read."""
    if _parser is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None
        items, nullable = _first(tree.data)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not items or not all(op in (_c.LITERAL, _c.RANGE, _c.CATEGORY) for op, _ in items):
        return None
    return tree, items


def with_first_set(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, compiled so that the engine tries it only where a match can begin (or as it is)."""
    found = _first_set(pattern)
    if found is None:
        return pattern
    tree, items = found
    try:
        code = _compiler._code(tree, pattern.flags)
        if code[0] != _c.INFO or code[2] != 0 or code[3] == 0:
            return pattern  # the engine already skips ahead (literal prefix or first class)
        charset, cased = _compiler._optimize_charset(items)
        if cased:
            return pattern
        header = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, pattern.flags, header)
        header[1] = len(header) - 1  # the header's own skip, as re._compiler._compile_info sets it
        groups = tree.state.groups
        index = [None] * groups
        for name, i in tree.state.groupdict.items():
            index[i] = name
        return _sre.compile(pattern.pattern, pattern.flags, header + code[1 + code[1]:], groups - 1,
                            tree.state.groupdict, tuple(index))
    except Exception:  # noqa: BLE001 - another CPython's internals: keep the pattern as it is
        return pattern
