"""A TRON address misread beyond the look-alike repair is read again from its own crop (real
Tesseract on a small rendered line), and replaced only by a reading whose checksum holds."""

from __future__ import annotations

import pytest
from ocr_helpers import FONTS
from PIL import Image, ImageDraw, ImageFont

from ctip.ocr.engine import _run, tesseract_available
from ctip.ocr.layout import Line, Word
from ctip.ocr.wallet_reads import reread_wallets
from ctip.ocr.wallets import repair_tron

TRON = "TW4dYLh8y2c5jECSny4JKQ4uA2eQxdteoo"  # a valid address (checksum holds)
NOT_TRON = "TW4dYLh8y2c5jECSny4JKQ4uA2eQxdteob"  # the same shape, checksum fails

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


def _poster(text: str) -> tuple[Image.Image, Word]:
    face = ImageFont.truetype(FONTS["latin"], 30)
    image = Image.new("L", (int(face.getlength(text)) + 60, 80), 255)
    ImageDraw.Draw(image).text((30, 20), text, font=face, fill=0)
    left, top, right, bottom = ImageDraw.Draw(image).textbbox((30, 20), text, font=face)
    return image, Word(text, left, top, right - left, bottom - top, 60.0)


def _run_tesseract(args: list[str], image: Image.Image) -> str:
    return _run(args, image, 30.0)


def test_e_and_f_are_look_alikes_for_the_checksum_repair():
    broken = TRON.replace("jEC", "jFC")
    assert repair_tron(broken) == TRON
    assert repair_tron(NOT_TRON) == NOT_TRON  # nothing within reach validates: left as read


@needs_tesseract
def test_a_badly_misread_address_is_read_again_from_its_crop_and_kept_only_when_it_validates():
    image, word = _poster(TRON)
    misread = TRON[:5] + "]" + TRON[6:12] + "$" + TRON[13:20] + "}0" + TRON[21:]  # 4 edits: beyond repair
    assert repair_tron(misread) == misread
    line = Line((Word("USDT", 0, word.top, 20, word.height, 90.0), Word(misread, word.left, word.top,
                                                                          word.width, word.height, 60.0)))
    assert reread_wallets(image, [line], _run_tesseract)[0].text == f"USDT {TRON}"


@needs_tesseract
def test_an_address_that_no_reading_validates_stays_exactly_as_read():
    image, word = _poster(NOT_TRON)
    misread = NOT_TRON[:5] + "]" + NOT_TRON[6:]
    line = Line((Word(misread, word.left, word.top, word.width, word.height, 60.0),))
    calls: list[list[str]] = []

    def run(args: list[str], sheet: Image.Image) -> str:
        calls.append(args)
        return _run_tesseract(args, sheet)

    assert reread_wallets(image, [line], run)[0].text == misread
    assert calls  # it was read again, and no reading passed the checksum


def test_valid_or_untron_shaped_words_cost_no_extra_read():
    calls: list[list[str]] = []
    line = Line((Word(TRON, 0, 0, 300, 30, 90.0), Word("Telegram", 310, 0, 80, 30, 90.0)))
    assert reread_wallets(Image.new("L", (400, 40), 255), [line], lambda a, s: calls.append(a) or "") == [line]
    assert calls == []
