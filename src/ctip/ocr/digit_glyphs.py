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

__all__ = ["LAO_DIGITS", "MYANMAR_DIGITS", "THAI_DIGITS", "classify_native_digits", "classify_thai_digits",
           "glyph_runs", "respaced"]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_FONT_DIR = Path("/usr/share/fonts/truetype/noto")
_THAI_FONTS = tuple(_THAI_FONT_DIR / name for name in (
    "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "NotoSerifThai-Regular.ttf", "NotoSerifThai-Bold.ttf",
    "NotoLoopedThai-Regular.ttf", "NotoLoopedThai-Bold.ttf"))


LAO_DIGITS = "໐໑໒໓໔໕໖໗໘໙"
MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉"
# Lao and Burmese posters write phone numbers in their own digits or in ASCII ones, and the `lao`
# and `mya` models read both badly (`໐໒໐ ໓໓ ໔໑໕ ໘໐໓` read `060 ມມ ao& gon`); a glyph is compared
# with both digit sets (and `+`, which starts an international number), drawn in the fonts here.
_NATIVE_DIGITS = {"lao": LAO_DIGITS, "mya": MYANMAR_DIGITS}
_NATIVE_FONTS = {
    "lao": tuple(_THAI_FONT_DIR / name for name in (
        "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", "NotoSerifLao-Regular.ttf", "NotoSerifLao-Bold.ttf",
        "NotoLoopedLao-Regular.ttf", "NotoLoopedLao-Bold.ttf")),
    "mya": tuple(_THAI_FONT_DIR / name for name in (
        "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf", "NotoSerifMyanmar-Regular.ttf",
        "NotoSerifMyanmar-Bold.ttf")),
}
_LATIN_FONTS = tuple(_THAI_FONT_DIR / name for name in (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"))
_ASCII_DIGITS = "0123456789+"


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


def _value(char: str) -> str:
    """The digit a template character stands for (`+` for itself), so that `0` and `໐` agree."""
    return char if char in _ASCII_DIGITS else str(int(char))  # int() reads Lao and Burmese digits


_NATIVE_MARGIN = 0.01  # Lao ໔ and ໕ differ by a small hook: a right ໕ beat ໔ by 0.013
_DIGIT_CLOSE = 0.1  # a digit glyph scored 0.014–0.062 against its digit on the tuning posters
_NOT_A_DIGIT = 0.15  # letters next to a number scored 0.22 and more against every digit


def classify_native_digits(crop: Image.Image, pack: str) -> str | None:
    """The ASCII digits drawn in `crop` (one glyph per column run), each glyph clearly one digit of
    the pack's script or an ASCII digit (a `+` only first), else None. Glyphs at either end that
    are like no digit at all (a letter of the label before, cut into by the word box) are left out;
    one that is like a digit but not clearly one makes the whole None (a digit is never guessed).

    Clearly: closer than _DIGIT_CLOSE, and the closest digit value beats the closest other value by
    _NATIVE_MARGIN; an ASCII `0` and a Lao `໐` are the same value, so their likeness costs nothing."""
    native = _NATIVE_DIGITS.get(pack)
    if native is None:
        return None
    known = templates(_NATIVE_FONTS[pack], native) + templates(_LATIN_FONTS, _ASCII_DIGITS)
    dark = ink(crop)
    read: list[str | None] = []
    for start, end in glyph_runs(crop):
        found = glyph_shape(dark[:, start:end])
        if found is None:
            return None
        read.append(_digit_value(ranked_matches(*found, known)))
    while read and read[0] is None:
        read.pop(0)
    while read and read[-1] is None:
        read.pop()
    if not read or "" in read or "+" in read[1:]:
        return None
    return "".join(d for d in read if d)


def _digit_value(ranked: list[tuple[str, float]]) -> str | None:
    """The glyph's digit; None when it is like no digit; "" when it is a digit but not clearly one."""
    best: dict[str, float] = {}
    for char, score in ranked:
        best.setdefault(_value(char), score)
    values = sorted(best.items(), key=lambda item: item[1])
    if values[0][1] >= _NOT_A_DIGIT:
        return None
    if values[0][1] > _DIGIT_CLOSE or len(values) < 2 or values[1][1] - values[0][1] < _NATIVE_MARGIN:
        return ""
    return values[0][0]
