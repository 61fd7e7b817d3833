"""OCR tests: one OCR cache per session, Tesseract required, an in-process CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


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


