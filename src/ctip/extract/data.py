"""Load the packaged identifier word lists (src/ctip/data/identifiers/), normalised like post text."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ctip.text.normalise import normalise


def _read(name: str) -> str:
    return resources.files("ctip.data").joinpath("identifiers", name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a one-item-per-line file."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a .tsv file (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(name))


def fold(word: str) -> str:
    """A data word in the same form as normalised post text (so both match)."""
    return normalise(word).text


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lines(name))
