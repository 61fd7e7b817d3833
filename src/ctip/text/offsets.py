"""Map offsets in a rewritten text back to the text it came from, in space proportional to the edits.

The rewritten text is tiled by pieces `(new_start, new_end, old_start, old_end, linear)`:
a *linear* piece maps character by character (same length on both sides: unchanged text, or
one-for-one rewrites such as Khmer digits to ASCII); any other piece maps every character in it
to the whole old range (e.g. "e" + combining acute → "é", a Zawgyi chunk → its Unicode form).
Old characters that were dropped (zero-width spaces) fall between pieces.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

Piece = tuple[int, int, int, int, bool]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    pieces: tuple[Piece, ...]
    starts: tuple[int, ...]  # new_start of each piece, for bisection

    def _piece(self, i: int) -> Piece:
        return self.pieces[bisect_right(self.starts, i) - 1]

    def start(self, i: int) -> int:
        """Old offset where new character `i` starts."""
        ns, _, os, _, linear = self._piece(i)
        return os + (i - ns) if linear else os

    def end(self, i: int) -> int:
        """Old offset just past new character `i`."""
        ns, _, os, oe, linear = self._piece(i)
        return os + (i - ns) + 1 if linear else oe


class MapBuilder:
    """Collects the rewritten text and its pieces left to right, merging adjacent linear pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.size = 0

    def add(self, old_start: int, old_end: int, new: str, linear: bool) -> None:
        if not new:
            return
        end = self.size + len(new)
        last = self.pieces[-1] if self.pieces else None
        if linear and last and last[4] and last[3] == old_start:
            self.pieces[-1] = (last[0], end, last[2], old_end, True)
        else:
            self.pieces.append((self.size, end, old_start, old_end, linear))
        self.parts.append(new)
        self.size = end

    def text(self) -> str:
        return "".join(self.parts)

    def build(self) -> OffsetMap:
        return OffsetMap(tuple(self.pieces), tuple(p[0] for p in self.pieces))


def compose(outer: OffsetMap, inner: OffsetMap, text: str) -> OffsetMap:
    """The map text → A → B from `outer` (text → A) and `inner` (A → B); `text` is the final text."""
    out = MapBuilder()
    for ns, ne, ms, me, linear in outer.pieces:
        if not linear:
            out.add(inner.start(ms), inner.end(me - 1), text[ns:ne], False)
            continue
        pos = ms
        while pos < me:  # split the linear piece where inner pieces change
            ps, pe, os, oe, inner_linear = inner._piece(pos)
            stop = min(me, pe)
            chunk = text[ns + pos - ms:ns + stop - ms]
            if inner_linear:
                out.add(os + pos - ps, os + stop - ps, chunk, True)
            else:
                out.add(os, oe, chunk, False)
            pos = stop
    return out.build()
