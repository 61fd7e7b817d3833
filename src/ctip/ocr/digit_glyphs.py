"""Reading the digits of one phone number from the picture, glyph by glyph.

Tesseract's fast `tha` model reads the Thai digits ๖, ๘ and ๙ as ๕ (they differ by a small tail),
also with a whitelist of the ten digits; and it reads widely spaced digits (full-width `１７７`)
as letters or drops them. Both are fixed here from the picture itself: the digits of a number are
cut apart by the blank columns between them, and then either

- compared with the ten Thai digits drawn in the Thai fonts installed on this machine (template
  matching: the glyph and each drawn digit scaled to one box, the closest wins), or
- pasted side by side at a normal spacing and read again with `eng` and a digit whitelist.

The caller keeps a reading only when it makes a valid phone number that the first read did not.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ctip.ocr.image import true_runs

__all__ = ["THAI_DIGITS", "classify_thai_digits", "glyph_runs", "respaced"]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_FONT_DIR = Path("/usr/share/fonts/truetype/noto")
_THAI_FONTS = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "NotoSerifThai-Regular.ttf",
               "NotoSerifThai-Bold.ttf", "NotoLoopedThai-Regular.ttf", "NotoLoopedThai-Bold.ttf")
_SIDE = 24  # glyphs and templates are compared at this size
_DARK = 128  # the picture is normalised to dark text on a light ground


def _ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")) < _DARK


def glyph_runs(crop: Image.Image) -> list[tuple[int, int]]:
    """[start, end) of the column runs holding ink: one run per digit when the digits stand apart."""
    return true_runs(_ink(crop).any(axis=0).tolist())


def respaced(crop: Image.Image, runs: list[tuple[int, int]], gap: int = 12) -> Image.Image:
    """The glyphs of `crop` pasted side by side `gap` pixels apart on white (with a margin)."""
    grey = crop.convert("L")
    width = sum(end - start for start, end in runs) + gap * (len(runs) + 1)
    sheet = Image.new("L", (max(1, width), grey.height + 2 * gap), 255)
    x = gap
    for start, end in runs:
        sheet.paste(grey.crop((start, 0, end, grey.height)), (x, gap))
        x += end - start + gap
    return sheet


def _normalised(ink: np.ndarray) -> np.ndarray | None:
    """The ink's bounding box scaled to _SIDE × _SIDE (as floats 0–1); None if there is no ink."""
    rows, cols = np.nonzero(ink)
    if rows.size == 0:
        return None
    box = ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    picture = Image.fromarray((box * 255).astype(np.uint8)).resize((_SIDE, _SIDE), Image.Resampling.BILINEAR)
    return np.asarray(picture, dtype=np.float32) / 255.0


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, np.ndarray, float], ...]:
    """(digit, its normalised shape, width/height) for each Thai digit in each installed Thai font."""
    out = []
    for name in _THAI_FONTS:
        path = _THAI_FONT_DIR / name
        if not path.exists():
            continue
        font = ImageFont.truetype(str(path), 64)
        for digit in THAI_DIGITS:
            canvas = Image.new("L", (128, 128), 255)
            ImageDraw.Draw(canvas).text((20, 10), digit, font=font, fill=0)
            ink = _ink(canvas)
            shape = _normalised(ink)
            if shape is not None:
                rows, cols = np.nonzero(ink)
                out.append((digit, shape, (np.ptp(cols) + 1) / (np.ptp(rows) + 1)))
    return tuple(out)


_MARGIN = 0.02  # the best digit must beat the best other digit by this much (mean squared difference)


def classify_thai_digits(crop: Image.Image) -> str | None:
    """The Thai digits drawn in `crop` (one glyph per column run), or None when there is no Thai
    font to compare with, or a glyph is not clearly one digit."""
    templates = _templates()
    if not templates:
        return None
    ink = _ink(crop)
    digits = []
    for start, end in glyph_runs(crop):
        shape = _normalised(ink[:, start:end])
        if shape is None:
            return None
        rows, cols = np.nonzero(ink[:, start:end])
        aspect = (np.ptp(cols) + 1) / (np.ptp(rows) + 1)
        best: dict[str, float] = {}
        for digit, template, template_aspect in templates:
            score = float(np.mean((shape - template) ** 2)) + 0.1 * abs(np.log(aspect / template_aspect))
            best[digit] = min(best.get(digit, 1e9), score)
        ranked = sorted(best.items(), key=lambda item: item[1])
        if len(ranked) < 2 or ranked[1][1] - ranked[0][1] < _MARGIN:
            return None
        digits.append(ranked[0][0])
    return "".join(digits) or None
