"""Aho-Corasick automata for keyword search: compiled over the text's code points when the
extension is built, ahocorasick-rs otherwise; the same matches in the same order either way.

ahocorasick-rs searches UTF-8: each call copies the post into UTF-8 and maps byte offsets back
to character offsets, which cost more than the search on a post of ~150 characters (four calls
per post). `ctip.detect._fast.Automaton` reads the str where it lies. It gives what
ahocorasick-rs gives for the two ways ctip searches: every overlapping match of a standard
automaton (by end offset; at one end the longest key first), and the leftmost-longest
non-overlapping matches (tests compare both on the shipped keyword lists and on random texts).
"""

from __future__ import annotations

from typing import Any

import ahocorasick_rs

try:  # absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

__all__ = ["automaton", "is_compiled"]


def automaton(keys: list[str], *, leftmost_longest: bool = False) -> Any:
    """An automaton over `keys` with ahocorasick-rs's `find_matches_as_indexes(text, overlapping)`:
    search a standard one with overlapping=True, a leftmost-longest one with overlapping=False."""
    if _fast is not None:  # refuses an empty key with ValueError, as ahocorasick-rs does
        return _fast.Automaton(list(keys), leftmost_longest=leftmost_longest)
    kind = ahocorasick_rs.MatchKind.LeftmostLongest if leftmost_longest else ahocorasick_rs.MatchKind.Standard
    return ahocorasick_rs.AhoCorasick(keys, matchkind=kind)


def is_compiled(matcher: Any) -> bool:
    """Whether `matcher` is the compiled automaton (which `_fast.cue_scan` can run itself)."""
    return _fast is not None and isinstance(matcher, _fast.Automaton)
