"""Loading images safely and preparing them for OCR (size, grey levels, contrast)."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageFile, ImageFilter, ImageOps, UnidentifiedImageError

__all__ = ["IMAGE_SUFFIXES", "MAX_FILE_BYTES", "MAX_PIXELS", "ImageError", "is_image_path", "load_image",
           "normalise_image", "true_runs"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
MAX_FILE_BYTES = 40 * 1024 * 1024
# Pillow's decompression-bomb guard stays on: an image above this many pixels is refused before
# it is decoded (a 50 kB PNG can claim 100 000 × 100 000 pixels and need 10 GB to decode).
MAX_PIXELS = 40_000_000
TARGET_LONG_SIDE = 2000  # Tesseract reads best with text ~30 px high; posters mostly fit this
MIN_LONG_SIDE = 1000


class ImageError(ValueError):
    """An image that cannot be used: the message says why, for a `FILE:LINE: reason` line."""


def is_image_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def load_image(path: str | Path) -> Image.Image:
    """The fully decoded image at `path`, or ImageError saying why it cannot be read."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ImageError(f"image not found or not readable ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise ImageError(f"image is too large ({size // (1024 * 1024)} MB; the limit is "
                         f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # guard on: DecompressionBombError above 2× this
    # WeasyPrint (the PDF reports) turns truncated-image loading on for the whole process when
    # it is imported; a cut-short picture must still be refused here, so it is off while we load.
    truncated_ok = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        return _decode(p)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated_ok


def _decode(p: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(p) as opened:
                if opened.format not in ("PNG", "JPEG", "WEBP"):
                    raise ImageError(f"not a PNG, JPEG or WebP image (it is {opened.format})")
                if opened.width * opened.height > MAX_PIXELS:
                    raise ImageError(f"image is too large ({opened.width}×{opened.height} pixels; "
                                     f"the limit is {MAX_PIXELS:,} pixels)")
                opened.load()  # decode now: a truncated file fails here, not inside Tesseract
                return ImageOps.exif_transpose(opened) or opened.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"image is too large (more than {MAX_PIXELS:,} pixels)") from None
    except UnidentifiedImageError:
        raise ImageError("not an image Pillow can read (corrupt, or not PNG/JPEG/WebP)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ImageError):
            raise
        raise ImageError(f"image is damaged or cut short ({exc})") from None


def normalise_image(image: Image.Image) -> Image.Image:
    """Grey levels, speckles removed, auto-contrast and a size at which Tesseract reads well."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    grey = ImageOps.grayscale(image)
    long_side = max(grey.size)
    if long_side < MIN_LONG_SIDE or long_side > TARGET_LONG_SIDE:
        scale = (MIN_LONG_SIDE if long_side < MIN_LONG_SIDE else TARGET_LONG_SIDE) / long_side
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))),
                           Image.Resampling.LANCZOS)
    # A 3×3 median takes out the speckles of re-shared, re-compressed posters, which Tesseract
    # otherwise reads as dots and accents (measured: CER and identifier recall both improve).
    grey = ImageOps.autocontrast(grey.filter(ImageFilter.MedianFilter(3)), cutoff=1)
    # Light text on a dark poster: Tesseract 5 reads dark-on-light best.
    if _mean(grey) < 110:
        grey = ImageOps.invert(grey)
    return grey


def _mean(grey: Image.Image) -> float:
    histogram = grey.histogram()
    total = sum(histogram) or 1
    return sum(i * n for i, n in enumerate(histogram)) / total


def true_runs(flags: Iterable[bool]) -> list[tuple[int, int]]:
    """[start, end) of each run of True in `flags` (ink along a pixel row or across columns)."""
    runs: list[tuple[int, int]] = []
    start = None
    for x, on in enumerate([*flags, False]):
        if on and start is None:
            start = x
        elif not on and start is not None:
            runs.append((start, x))
            start = None
    return runs
