"""Reading a post's images once: the SHA-256 keyed cache and errors as rejected records."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

from ctip.ocr.engine import OcrError, OcrSettings, ocr_image, script_of
from ctip.ocr.image import MAX_FILE_BYTES, ImageError, load_image, normalise_image
from ctip.records import Post, Rejected

__all__ = ["CACHE_VERSION", "OcrReader", "attach_ocr", "default_cache_dir", "ocr_parts"]

CACHE_VERSION = "10"  # bump when normalisation, pack choice or the repairs change what is read
IMAGE_SEPARATOR = "\n"


def default_cache_dir() -> Path:
    """`CTIP_OCR_CACHE`, else the user's cache folder (`~/.cache/ctip/ocr`)."""
    explicit = os.environ.get("CTIP_OCR_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ctip" / "ocr"


class OcrReader:
    """Reads images with Tesseract, remembering results by the image's SHA-256."""

    def __init__(self, settings: OcrSettings = OcrSettings()) -> None:
        self.settings = settings
        self.cache_dir = Path(settings.cache_dir) if settings.cache_dir else default_cache_dir()

    def read(self, path: str | Path, lang: str | None = None) -> str:
        """The text in the image at `path`; raises ImageError / OcrError with a reason."""
        data = _read_bytes(Path(path))
        key = hashlib.sha256(data).hexdigest()
        cached = self._cached(key, lang)
        if cached is not None:
            return cached
        image = normalise_image(load_image(path))
        text, packs = ocr_image(image, lang, time_limit=self.settings.time_limit)
        self._store(key, lang, text, packs)
        return text

    def _entry(self, key: str, lang: str | None) -> Path:
        return self.cache_dir / key[:2] / f"{key}-{lang or 'auto'}-v{CACHE_VERSION}.json"

    def _cached(self, key: str, lang: str | None) -> str | None:
        try:
            value = json.loads(self._entry(key, lang).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        text = value.get("text") if isinstance(value, dict) else None
        return text if isinstance(text, str) else None

    def _store(self, key: str, lang: str | None, text: str, packs: str) -> None:
        entry = self._entry(key, lang)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            temporary = entry.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"text": text, "packs": packs}, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, entry)  # workers may write the same entry: the last whole one wins
        except OSError:
            pass  # a read-only or full cache folder only costs a second OCR next time


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImageError(f"image is too large (the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise ImageError(f"image {path.name} not found or not readable ({exc.strerror or exc})") from None


def attach_ocr(post: Post, reader: OcrReader) -> Post | Rejected:
    """`post` with the text of its images in `ocr_text`, or a Rejected naming the bad image."""
    if not post.images:
        return post
    texts: list[str] = []
    lang = post.lang or _caption_lang(post.text)
    for image in post.images:
        try:
            texts.append(reader.read(image, lang))
        except (ImageError, OcrError) as exc:
            file, _, line = post.origin.rpartition(":")
            shown = "" if file == image else f"{image}: "
            return Rejected(file or post.id, int(line) if line.isdigit() else 1, f"{shown}{exc}")
    return replace(post, ocr_text=IMAGE_SEPARATOR.join(texts),
                   extra={**post.extra, "ocr_parts": ocr_parts(post.images, texts)})


def ocr_parts(images: tuple[str, ...], texts: list[str]) -> list[dict[str, object]]:
    """Where each picture's text sits in `ocr_text`: [{"image", "start", "end"}], in order.

    Kept in the post's extra fields, so it is in the output and stored with the post without
    a new column; an OCR span or entity belongs to the part whose [start, end) holds its start."""
    parts: list[dict[str, object]] = []
    start = 0
    for image, text in zip(images, texts, strict=True):
        parts.append({"image": image, "start": start, "end": start + len(text)})
        start += len(text) + len(IMAGE_SEPARATOR)
    return parts


_SCRIPT_LANGS = {"Thai": "th", "Khmer": "km", "Lao": "lo", "Myanmar": "my", "Han": "zh"}


def _caption_lang(text: str) -> str | None:
    """The language a caption's script implies, when it is not Latin (a Latin caption says little:
    an English caption often sits on a Khmer or Thai poster, so the picture's own script decides)."""
    return _SCRIPT_LANGS.get(script_of(text) or "") if text else None
