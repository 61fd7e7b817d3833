"""Small copies of a post's pictures, embedded in the report (it must work offline, as one file)."""

from __future__ import annotations

import base64
import io

from ctip.ocr.image import ImageError, load_image

__all__ = ["THUMBNAIL_SIDE", "thumbnail_data_uri", "thumbnail_jpeg"]

THUMBNAIL_SIDE = 240  # pixels: enough to recognise the poster, small enough for thousands of rows


def thumbnail_data_uri(path: str, side: int = THUMBNAIL_SIDE) -> str | None:
    """A `data:image/jpeg` URI of the picture at `path`, or None when it is gone or unreadable
    (the report then shows the text read from it without the picture)."""
    data = thumbnail_jpeg(path, side)
    return None if data is None else "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def thumbnail_jpeg(path: str, side: int = THUMBNAIL_SIDE) -> bytes | None:
    """A JPEG at most `side` pixels wide and high of the picture at `path` (loaded with the
    same size limits and bomb guard as for OCR), or None when it is gone or unreadable."""
    try:
        image = load_image(path)
    except ImageError:
        return None
    image = image.convert("RGB")
    image.thumbnail((side, side))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()
