"""Disguise parts of a text the way evasive posts do, to test and measure resistance to it.

Look-alike letters of other scripts for ASCII letters ("p" → Cyrillic "р"), full-width forms
("abc" → "ａｂｃ") and zero-width characters between letters. Each span keeps at least one ASCII
letter or digit as written (or becomes wholly full-width, which NFKC reads back): a word made
only of look-alikes would be a word of another script, which ctip rightly leaves alone
(`ctip.text.mixed`, `ctip.extract.surface.disguised_word`). Seeded by the caller's
`random.Random`, so a run is repeatable.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ctip.text.lookalikes import lookalikes

__all__ = ["ZERO_WIDTH", "Tricks", "disguise", "disguise_span"]

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")


@dataclass(frozen=True, slots=True)
class Tricks:
    """Chances per span (full width) or per character (look-alike, zero-width after it)."""

    lookalike: float = 0.4
    full_width: float = 0.2
    zero_width: float = 0.2
    cyrillic_greek_only: bool = False  # the classic look-alikes, not every TR39 skeleton twin
    keep_ascii: bool = True  # leave one ASCII letter or digit as written (False: every letter may change)


@cache
def _imitators(cyrillic_greek_only: bool = False) -> dict[str, tuple[str, ...]]:
    """ASCII letter → the look-alike letters that fold back to exactly it (case kept)."""
    out: dict[str, list[str]] = {}
    for ch, latin in sorted(lookalikes().items()):
        if not cyrillic_greek_only or unicodedata.name(ch, "").startswith(("CYRILLIC", "GREEK")):
            out.setdefault(latin, []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def disguise_span(text: str, rng: random.Random, tricks: Tricks = Tricks()) -> str:
    """`text` with look-alikes, full-width forms and zero-width characters (see module doc)."""
    if rng.random() < tricks.full_width:
        chars = list(_full_width(text))
    else:
        plain = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
        keep = rng.choice(plain) if plain and tricks.keep_ascii else -1
        twins = _imitators(tricks.cyrillic_greek_only)
        chars = [rng.choice(twins[c]) if i != keep and c in twins and rng.random() < tricks.lookalike
                 else c for i, c in enumerate(text)]
    out = []
    for i, c in enumerate(chars):
        out.append(c)
        if i + 1 < len(chars) and rng.random() < tricks.zero_width:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def disguise(text: str, spans: Sequence[tuple[int, int]], rng: random.Random,
             tricks: Tricks = Tricks()) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each of the non-overlapping `spans` disguised, and where those spans are now."""
    parts, moved, pos, shift = [], [], 0, 0
    for start, end in sorted(spans):
        new = disguise_span(text[start:end], rng, tricks)
        parts += [text[pos:start], new]
        moved.append((start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        pos = end
    parts.append(text[pos:])
    return "".join(parts), moved
