"""Chinese numerals (`一二三…零`) told apart on the picture, one character cell at a time.

A phone number spelled in numerals and set with spaces between them (`电话 一 八 九 零 六 六`)
is read by `chi_sim+eng` as Latin garbage (`aig fi SA ABKEN`) or with numerals misread (`零` as
`团`, `才`, `雪`), and a whitelist of numerals only makes Tesseract drop what it cannot place.
The eleven numerals are simple, distinct shapes, so each character cell of the line is compared
with them drawn in the CJK fonts installed here (template matching, as `digit_glyphs` does for
Thai digits). The caller keeps a reading only when it makes a valid phone number.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from ctip.ocr.glyph_templates import glyph_shape, ranked_matches, templates
from ctip.ocr.glyph_templates import ink as ink_of
from ctip.ocr.image import true_runs

__all__ = ["CJK_NUMERALS", "numeral_cells"]

CJK_NUMERALS = "零〇一二三四五六七八九"
_CJK_FONT_DIR = Path("/usr/share/fonts/opentype/noto")
_CJK_FONTS = tuple(_CJK_FONT_DIR / name for name in (
    "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"))
# The best numeral must be this close (mean squared difference; numerals drawn in the poster fonts
# scored 0.01-0.03, `零` at about 44 px 0.07, other characters 0.08 and more) and at most half as far
# as the next numeral (other characters sit between two numerals: `工` 0.081 `二` against 0.111 `三`).
_MOST = 0.1
_RATIO = 2.0
Cell = tuple[int, int, str | None]  # [start, end) columns of one character, and the numeral it is (or None)


def _is_one(ink: np.ndarray, centre: float, em: float) -> bool:
    """`一`: one flat bar (a bounding box scaled to a square says nothing about a bar's shape) as
    wide as most of a character, about level with the middle of the line's characters."""
    rows, cols = np.nonzero(ink)
    height, width = np.ptp(rows) + 1, np.ptp(cols) + 1
    middle = (rows.min() + rows.max()) / 2
    # Every column of the bar is inked: a slanted bar (a poster rotated by 3°) fills less of its box.
    columns = ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1].any(axis=0)
    return bool(height <= 0.2 * em and width >= 0.6 * em and abs(middle - centre) <= 0.3 * em
                and columns.mean() >= 0.95)


def _classify(ink: np.ndarray, centre: float, em: float) -> str | None:
    if not ink.any():
        return None
    if _is_one(ink, centre, em):
        return "一"
    found = glyph_shape(ink)
    known = templates(_CJK_FONTS, CJK_NUMERALS)
    if found is None or not known:
        return None
    ranked = ranked_matches(*found, known)
    if ranked[0][1] > _MOST or ranked[1][1] < _RATIO * ranked[0][1] + 0.02:
        return None
    return ranked[0][0]


def _cells(ink: np.ndarray) -> list[tuple[int, int]]:
    """Column runs grouped into character cells: a CJK character is about as wide as the line's
    ink is high, and a few (`八`, `小`) are two runs with a narrow gap between them."""
    rows = np.nonzero(ink.any(axis=1))[0]
    if rows.size == 0:
        return []
    em = int(rows.max() - rows.min() + 1)
    cells: list[tuple[int, int]] = []
    for start, end in true_runs(ink.any(axis=0).tolist()):
        if cells:
            first, last = cells[-1]
            if last - first < 0.7 * em and start - last <= 0.25 * em and end - first <= 1.05 * em:
                cells[-1] = (first, end)
                continue
        cells.append((start, end))
    return cells


def numeral_cells(crop: Image.Image) -> list[Cell]:
    """The character cells of a line's crop, left to right, each with the numeral it clearly is
    (None when it is no numeral, or not clearly one)."""
    ink = ink_of(crop)
    cells = _cells(ink)
    boxes = []
    for start, end in cells:
        rows, cols = np.nonzero(ink[:, start:end])
        boxes.append((max(np.ptp(rows), np.ptp(cols)) + 1, (rows.min() + rows.max()) / 2))
    if not boxes:
        return []
    # A CJK character fills most of its square: the typical cell's size is the line's, and the middle
    # of the cells around one is the line's middle there (on a poster rotated by 3° it moves along).
    em = float(np.median([size for size, _ in boxes]))
    middles = [middle for _, middle in boxes]
    # Specks far smaller than a character (noise, a comma between digit groups) are passed over.
    return [(start, end, _classify(ink[:, start:end], float(np.median(middles[max(0, k - 3):k + 4])), em))
            for k, ((start, end), (size, _)) in enumerate(zip(cells, boxes, strict=True)) if size >= 0.3 * em]
