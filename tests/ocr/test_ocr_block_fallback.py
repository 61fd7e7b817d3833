"""A poster whose page layout Tesseract takes for a picture is read again as one block of text."""

from __future__ import annotations

import pytest
from PIL import Image

import ctip.ocr.engine as engine

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
BLOCK = HEADER + "5\t1\t1\t1\t1\t1\t10\t10\t300\t40\t95\t照片发到\n5\t1\t1\t1\t2\t1\t10\t60\t300\t40\t95\tt.me/pp_ktv_vip\n"


@pytest.fixture()
def calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    seen: list[list[str]] = []

    def fake_run(args: list[str], image: Image.Image, time_limit: float) -> str:
        seen.append(args)
        if "tessedit_char_whitelist" in " ".join(args):
            return HEADER  # the second read of contact lines finds nothing new
        psm = args[args.index("--psm") + 1]
        if psm == "3":
            return HEADER if "tsv" in args else ""  # page layout: "no text here"
        return BLOCK if "tsv" in args else "照片发到 t.me/pp_ktv_vip"

    monkeypatch.setattr(engine, "_run", fake_run)
    return seen


def test_an_empty_page_read_is_retried_as_one_block(calls: list[list[str]]):
    text, packs = engine.ocr_image(Image.new("L", (400, 200), 255), None)
    assert packs.startswith("chi_sim") and "t.me/pp_ktv_vip" in text and "照片发到" in text
    assert [a[a.index("--psm") + 1] for a in calls[:4]] == ["3", "6", "3", "6"]  # script-finding read, then real read


def test_a_page_with_text_is_not_read_twice(monkeypatch: pytest.MonkeyPatch):
    seen: list[list[str]] = []

    def fake_run(args: list[str], image: Image.Image, time_limit: float) -> str:
        seen.append(args)
        return BLOCK if "tsv" in args else "照片发到 t.me/pp_ktv_vip"

    monkeypatch.setattr(engine, "_run", fake_run)
    engine.ocr_image(Image.new("L", (400, 200), 255), None)
    assert all(a[a.index("--psm") + 1] != "6" or "tessedit_char_whitelist" in " ".join(a) for a in seen)
