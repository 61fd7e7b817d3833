"""Single characters told apart by template matching against fonts installed here.

Tesseract cannot tell some simple, distinct shapes apart on posters (Thai digits, spaced Chinese
numerals); drawn in the Noto fonts the machine has, they can be compared glyph by glyph. This
module holds what both comparisons share: the ink of a picture, a glyph's normalised shape and
aspect, the templates of a set of characters in a set of fonts, and the characters ranked by how
close a glyph is to them. What counts as a clear match is each caller's rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

__all__ = ["Template", "glyph_shape", "ink", "ranked_matches", "templates"]

SIDE = 24  # glyphs and templates are compared at this size
DARK = 128  # the picture is normalised to dark text on a light ground
Template = tuple[str, np.ndarray, float]  # character, normalised shape, width/height


def ink(image: Image.Image) -> np.ndarray:
    """Where `image` is dark: True for ink."""
    return np.asarray(image.convert("L")) < DARK


def glyph_shape(glyph: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The ink's bounding box scaled to SIDE × SIDE (floats 0–1) and its width/height; None if
    there is no ink."""
    rows, cols = np.nonzero(glyph)
    if rows.size == 0:
        return None
    box = glyph[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    picture = Image.fromarray((box * 255).astype(np.uint8)).resize((SIDE, SIDE), Image.Resampling.BILINEAR)
    return np.asarray(picture, dtype=np.float32) / 255.0, (np.ptp(cols) + 1) / (np.ptp(rows) + 1)


@lru_cache(maxsize=8)
def templates(fonts: tuple[Path, ...], characters: str) -> tuple[Template, ...]:
    """Each character drawn in each of `fonts` that is installed: (character, shape, aspect)."""
    out = []
    for path in fonts:
        if not path.exists():
            continue
        font = ImageFont.truetype(str(path), 64)
        for char in characters:
            canvas = Image.new("L", (128, 128), 255)
            ImageDraw.Draw(canvas).text((20, 10), char, font=font, fill=0)
            found = glyph_shape(ink(canvas))
            if found is not None:
                out.append((char, *found))
    return tuple(out)


def ranked_matches(shape: np.ndarray, aspect: float, known: Sequence[Template]) -> list[tuple[str, float]]:
    """Each character's best score over its templates (mean squared difference of the shapes plus
    a tenth of the log aspect ratio; lower is closer), closest first."""
    best: dict[str, float] = {}
    for char, template, template_aspect in known:
        score = float(np.mean((shape - template) ** 2)) + 0.1 * abs(np.log(aspect / template_aspect))
        best[char] = min(best.get(char, 1e9), score)
    return sorted(best.items(), key=lambda item: item[1])
