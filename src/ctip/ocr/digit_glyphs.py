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

from pathlib import Path

from PIL import Image

from ctip.ocr.glyph_templates import glyph_shape, ink, ranked_matches, templates
from ctip.ocr.image import true_runs

__all__ = ["THAI_DIGITS", "classify_thai_digits", "glyph_runs", "respaced"]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_FONT_DIR = Path("/usr/share/fonts/truetype/noto")
_THAI_FONTS = tuple(_THAI_FONT_DIR / name for name in (
    "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "NotoSerifThai-Regular.ttf", "NotoSerifThai-Bold.ttf",
    "NotoLoopedThai-Regular.ttf", "NotoLoopedThai-Bold.ttf"))


def glyph_runs(crop: Image.Image) -> list[tuple[int, int]]:
    """[start, end) of the column runs holding ink: one run per digit when the digits stand apart."""
    return true_runs(ink(crop).any(axis=0).tolist())


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


_MARGIN = 0.02  # the best digit must beat the best other digit by this much (mean squared difference)


def classify_thai_digits(crop: Image.Image) -> str | None:
    """The Thai digits drawn in `crop` (one glyph per column run), or None when there is no Thai
    font to compare with, or a glyph is not clearly one digit."""
    known = templates(_THAI_FONTS, THAI_DIGITS)
    if not known:
        return None
    dark = ink(crop)
    digits = []
    for start, end in glyph_runs(crop):
        found = glyph_shape(dark[:, start:end])
        if found is None:
            return None
        ranked = ranked_matches(*found, known)
        if len(ranked) < 2 or ranked[1][1] - ranked[0][1] < _MARGIN:
            return None
        digits.append(ranked[0][0])
    return "".join(digits) or None
