"""Round 5 of the OCR repairs: phone numbers read again digit by digit (Thai digits by glyph
templates, widely spaced digits at a normal spacing, Chinese numeral look-alikes), each shown
on the misreading it fixes and on a look-alike that is not a valid number and must stay as read.
All numbers are synthetic (valid in format only)."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from ctip.extract import extract_entities
from ctip.ocr.digit_glyphs import classify_thai_digits, glyph_runs
from ctip.ocr.engine import _run
from ctip.ocr.layout import Line, Word
from ctip.ocr.phone_reads import is_valid_phone, region_for, repair_spelled_numerals, reread_phone_runs

THAI_FONT = "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _drawn(text: str, font: str, size: int = 32) -> tuple[Image.Image, Word]:
    """`text` drawn dark on white, and one word boxing it (as Tesseract would box it)."""
    face = ImageFont.truetype(font, size)
    left, top, right, bottom = face.getbbox(text)
    image = Image.new("L", (right + 80, bottom + 60), 255)
    ImageDraw.Draw(image).text((40, 30), text, font=face, fill=0)
    return image, Word(text, 40 + left, 30 + top, right - left, bottom - top, 60.0)


def _run_here(args: list[str], image: Image.Image) -> str:
    return _run(args, image, 60.0)


def test_thai_digits_are_told_apart_by_their_glyphs():
    image, word = _drawn("๐๘๙ ๙๑๓ ๑๕๖๘", THAI_FONT)
    crop = image.crop((word.left - 2, word.top - 3, word.right + 2, word.bottom + 3))
    assert len(glyph_runs(crop)) == 10
    assert classify_thai_digits(crop) == "๐๘๙๙๑๓๑๕๖๘"


def test_a_thai_number_misread_with_fives_is_read_again_from_the_picture():
    image, word = _drawn("๐๘๙ ๙๑๓ ๑๕๖๘", THAI_FONT)
    misread = Line((Word("เบอร์", 0, word.top, 30, word.height, 90.0), Word("๐๕๕๕๑๓๑๕๕๕", word.left, word.top,
                                                                          word.width, word.height, 90.0)))
    repaired = reread_phone_runs(image, [misread], "tha+eng", _run_here)[0]
    assert repaired.words[-1].text == "๐๘๙๙๑๓๑๕๖๘"
    assert ("phone", "+66899131568") in {(e.type, e.value) for e in extract_entities(f"โทร {repaired.text}")}


def test_thai_digits_that_make_no_valid_number_stay_as_read():
    # ๑๒๓… (123…) is no Thai phone number: whatever the glyphs say, the line is left alone.
    image, word = _drawn("๑๒๓ ๔๕๖ ๗๘๙๐", THAI_FONT)
    read = Line((Word("๑๒๓๔๕๕๗๕๕๐", word.left, word.top, word.width, word.height, 90.0),))
    assert reread_phone_runs(image, [read], "tha+eng", _run_here) == [read]


def test_full_width_digits_are_read_again_at_a_normal_spacing():
    image, word = _drawn("１７７ ０００５ １２５３", CJK_FONT, size=40)
    pieces = ("P17", "7", "O00S", "1253")  # how the first read broke them
    step = word.width // len(pieces)
    misread = Line(tuple(Word(p, word.left + i * step, word.top, step if i < 3 else word.width - 3 * step,
                              word.height, 40.0) for i, p in enumerate(pieces)))
    repaired = reread_phone_runs(image, [misread], "chi_sim+eng", _run_here)[0]
    assert repaired.text == "17700051253"
    assert is_valid_phone(repaired.text, "CN")


def test_spaced_digits_are_left_alone_on_latin_posters_and_when_already_valid():
    image, word = _drawn("１７７ ０００５ １２５３", CJK_FONT, size=40)
    misread = Line((Word("P177O00S1253", word.left, word.top, word.width, word.height, 40.0),))
    assert reread_phone_runs(image, [misread], "eng+vie+ind", _run_here) == [misread]  # no region: no guess
    valid = Line((Word("17700051253", word.left, word.top, word.width, word.height, 90.0),))
    assert reread_phone_runs(image, [valid], "chi_sim+eng", _run_here) == [valid]


def test_chinese_numerals_misread_for_zero_are_put_back_when_the_number_is_valid():
    assert repair_spelled_numerals("电话一八九雪六六九四六雪八", "CN") == "电话一八九零六六九四六零八"
    assert repair_spelled_numerals("电话 一 八 九 雾 六 六 九 四 六 零 八", "CN") == "电话 一 八 九 零 六 六 九 四 六 零 八"
    found = {(e.type, e.value) for e in extract_entities(repair_spelled_numerals("电话一八九雪六六九四六雪八", "CN"))}
    assert ("phone", "+8618906694608") in found


def test_numeral_look_alikes_that_make_no_valid_number_stay_as_read():
    invalid = "编号一二三雪四五六七八九"  # 123045678 9: no Chinese phone number
    assert repair_spelled_numerals(invalid, "CN") == invalid
    assert repair_spelled_numerals("下雪了三四五六七八九", "CN") == "下雪了三四五六七八九"  # 雪 is snow here
    assert repair_spelled_numerals("电话一八九雪六六九四六雪八", None) == "电话一八九雪六六九四六雪八"  # no region


def test_the_region_comes_from_the_packs():
    assert region_for("tha+eng") == "TH" and region_for("chi_sim+eng") == "CN"
    assert region_for("eng+vie+ind") is None and region_for("khm+eng") is None
