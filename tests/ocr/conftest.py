"""Posters rendered on the fly (no binary test files) and an in-process CLI runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ctip.cli import run_app

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


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ocr-cache")


@pytest.fixture(autouse=True)
def _ocr_cache(_shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # One cache for the session: the same poster rendered again has the same bytes, so it is
    # read once (tests of the cache itself use a folder of their own).
    monkeypatch.setenv("CTIP_OCR_CACHE", str(_shared_cache))
    return _shared_cache


@pytest.fixture(scope="session", autouse=True)
def _tesseract() -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is not installed: run `make sysdeps` (scripts/install-system-deps.sh).")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def jsonl(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def ctip(capsys):
    def run(*args: object) -> Result:
        code = run_app([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
