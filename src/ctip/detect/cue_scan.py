"""`cues.scan` with its loop over the automaton's matches compiled (`_fast.cue_scan`).

The loop (word-boundary checks, grouping the matches by kind) cost about as much as the
automaton itself; with the compiled automaton (ctip.text.automaton) it runs the search too. The
compiled twin gives exactly what `cues.scan` gives (tests compare them on hostile texts); without
the extension (no C compiler at install) `cues.scan` runs. This lives
apart from cues.py because the compiled cue tables are keyed on that file's source.
"""

from __future__ import annotations

from typing import Any

from ctip.detect import cues
from ctip.detect.cues import Found
from ctip.text.automaton import is_compiled

try:  # absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

__all__ = ["scan"]

# Code points below this that `cues._glued` counts as Latin letters, as bytes (1 = letter).
_LETTERS = bytes(ch in cues._LATIN_LETTERS for ch in map(chr, range(0x1F00)))
_tables: tuple[Any, ...] = (None,)


def _compiled_tables() -> tuple[Any, ...]:
    """(cue set, automaton, edges as bytes, tags per key) of the current cue set."""
    global _tables
    cue_set = cues.cue_set()
    if _tables[0] is not cue_set:  # built once per cue set (tests may rebuild it)
        bounds = bytes(edge for _, start, end, _ in cue_set.entries for edge in (start, end))
        _tables = (cue_set, cue_set.matcher, bounds, tuple(entry[3] for entry in cue_set.entries))
    return _tables


def scan(text: str) -> Found:
    """All cue and marker matches in normalised `text`, grouped by kind: `cues.scan(text)`."""
    if _fast is None:
        return cues.scan(text)
    _, matcher, bounds, tags = _compiled_tables()
    # The compiled automaton is run inside cue_scan: its matches are never made into tuples.
    matches = matcher if is_compiled(matcher) else matcher.find_matches_as_indexes(text, overlapping=True)
    return _fast.cue_scan(text, matches, bounds, tags, _LETTERS)
