"""Tesseract's TSV output as words and lines with their boxes, and back to plain text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Line", "Word", "lines_text", "parse_tsv"]


@dataclass(frozen=True, slots=True)
class Word:
    """One word read, with its box in the image's pixels and Tesseract's confidence (0-100; -1: unknown)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float = -1.0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class Line:
    """One line of words, in reading order."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) around every word."""
        return (min(w.left for w in self.words), min(w.top for w in self.words),
                max(w.right for w in self.words), max(w.bottom for w in self.words))


def parse_tsv(tsv: str) -> list[Line]:
    """The lines of a `tesseract ... tsv` output, in the order Tesseract read them.

    Columns: level page block par line word left top width height conf text; words are level 5.
    Parsed by hand because a word may itself be a quote or a tab-free odd character that the csv
    module would treat as quoting."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            key = (int(cells[2]), int(cells[3]), int(cells[4]))
            box = [int(c) for c in cells[6:10]]
            conf = float(cells[10])
        except ValueError:
            continue
        lines.setdefault(key, []).append(Word(text, *box, conf=conf))
    return [Line(tuple(words)) for _, words in sorted(lines.items())]


def lines_text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines if line.words)
