"""Small copies of a post's pictures, embedded in the report (it must work offline, as one file)."""

from __future__ import annotations

import base64
import io

from ctip.ocr.image import ImageError, load_image

__all__ = ["THUMBNAIL_SIDE", "thumbnail_data_uri"]

THUMBNAIL_SIDE = 240  # pixels: enough to recognise the poster, small enough for thousands of rows


def thumbnail_data_uri(path: str, side: int = THUMBNAIL_SIDE) -> str | None:
    """A `data:image/jpeg` URI of the picture at `path`, or None when it is gone or unreadable
    (the report then shows the text read from it without the picture)."""
    try:
        image = load_image(path)
    except ImageError:
        return None
    image = image.convert("RGB")
    image.thumbnail((side, side))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
