"""Posters rendered on the fly for the OCR tests (no binary test files)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "th": "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "zh": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}
SCAM_POSTER = "URGENT! Customer service job\nSihanoukville salary 1500$/month\nfree ticket, no experience\nTelegram @fastjob_kh88"


def render(path: Path, text: str, font: str = "latin", size: int = 44, fmt: str | None = None) -> Path:
    """Dark text on a light poster, saved as PNG/JPEG/WebP by the suffix of `path`."""
    face = ImageFont.truetype(FONTS[font], size)
    lines = text.split("\n")
    width = max(int(face.getlength(line)) for line in lines) + 80
    image = Image.new("RGB", (width, (size + 24) * len(lines) + 60), (250, 246, 230))
    ImageDraw.Draw(image).multiline_text((40, 30), text, font=face, fill=(20, 20, 60), spacing=24)
    image.save(path, format=fmt)
    return path
