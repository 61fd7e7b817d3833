"""Reading the text in pictures (posters, photographed ads) with Tesseract.

`read_image` loads an image safely, normalises it, picks the language packs and returns the
text; `OcrReader` adds the SHA-256 keyed cache and turns failures into reasons for a
rejected record; `merge` screens a post's OCR text with its own text and splits the spans back.
"""

from ctip.ocr.engine import OcrError, OcrSettings, ocr_image, packs_for, tesseract_available
from ctip.ocr.image import IMAGE_SUFFIXES, ImageError, is_image_path, load_image, normalise_image
from ctip.ocr.reader import OcrReader, attach_ocr
from ctip.ocr.text import tidy_ocr_text

__all__ = [
    "IMAGE_SUFFIXES",
    "ImageError",
    "OcrError",
    "OcrReader",
    "OcrSettings",
    "attach_ocr",
    "is_image_path",
    "load_image",
    "normalise_image",
    "ocr_image",
    "packs_for",
    "tesseract_available",
    "tidy_ocr_text",
]
