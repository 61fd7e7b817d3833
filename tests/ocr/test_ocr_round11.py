"""Round 11 of the OCR repairs (Lao and Burmese misses of tuning seeds 181, 191 and 193): Lao and
Burmese digits read from their glyphs, the Lao LINE label's misreadings, and Lao posters that the
script-finding read took for Thai. Each is shown on a drawn misreading it fixes and on look-alikes
that must stay as read. Handles and numbers are invented (the numbers valid in format only)."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from ctip.extract import extract_entities
from ctip.ocr.digit_glyphs import classify_native_digits
from ctip.ocr.engine import _unsure_thai
from ctip.ocr.layout import Line, Word
from ctip.ocr.phone_reads import reread_native_digits
from ctip.ocr.text import repair_labels

NOTO = "/usr/share/fonts/truetype/noto"
LAO = f"{NOTO}/NotoSansLao-Regular.ttf"
MYANMAR = f"{NOTO}/NotoSansMyanmar-Regular.ttf"
SANS = f"{NOTO}/NotoSans-Regular.ttf"


def _drawn(tokens: list[str], font: str, size: int = 40) -> tuple[Image.Image, list[Word]]:
    """`tokens` drawn dark on white with a space between them, and one word box per token (as
    Tesseract would box them; the caller puts its own misread text in them). A `+` is drawn in
    Noto Sans, as posters draw it (the Lao and Burmese fonts have none), and glued to the next token."""
    face, latin = ImageFont.truetype(font, size), ImageFont.truetype(SANS, size)
    image = Image.new("L", (1600, 160), 255)
    draw = ImageDraw.Draw(image)
    words, x = [], 40
    for token in tokens:
        box_left = None
        if token.startswith("+"):
            box_left = draw.textbbox((x, 50), "+", font=latin)[0]
            draw.text((x, 50), "+", font=latin, fill=0)
            x = draw.textbbox((x, 50), "+", font=latin)[2] + 4
        left, top, right, bottom = draw.textbbox((x, 50), token.lstrip("+"), font=face)
        draw.text((x, 50), token.lstrip("+"), font=face, fill=0)
        left = box_left if box_left is not None else left
        words.append(Word(token, left, top, right - left, bottom - top, 60.0))
        x = right + round(face.getlength(" ")) + 6
    return image, words


def _as_read(words: list[Word], texts: list[str]) -> Line:
    return Line(tuple(Word(t, w.left, w.top, w.width, w.height, 60.0) for w, t in zip(words, texts, strict=True)))


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.value) for e in extract_entities(text)}


def test_lao_digits_misread_as_latin_and_lao_letters_are_read_from_their_glyphs():
    image, words = _drawn(["ເບີ", "໐໒໐", "໓໓", "໔໑໕", "໘໐໓"], LAO)
    read = _as_read(words, ["ເບີ", "060", "ມມ", "ao&", "gon"])
    repaired = reread_native_digits(image, [read], "lao+eng")[0]
    assert [w.text for w in repaired.words] == ["ເບີ", "02033415803"]
    assert ("phone", "+8562033415803") in _entities(f"ເບີ {repaired.words[-1].text}")


def test_burmese_digits_after_a_misread_plus_are_read_from_their_glyphs():
    # `+၉၅ ၉ ၄၁၂ ၆၅၀၃၆` read `FED ၉ ၄၁၂ ၆၅၀၃၆`: without its `+95` the number is no Myanmar number.
    image, words = _drawn(["+၉၅", "၉", "၄၁၂", "၆၅၀၃၆"], MYANMAR)
    read = _as_read(words, ["FED", "၉", "၄၁၂", "၆၅၀၃၆"])
    repaired = reread_native_digits(image, [read], "mya+eng")[0]
    assert repaired.words[-1].text == "+95941265036"


def test_native_digit_look_alikes_stay_as_read():
    # Digits that make no valid Lao number, a number the first read has right, Lao letters, and a
    # Thai poster (its digits have their own read): each line is left exactly as read.
    image, words = _drawn(["໑໒໓", "໔໕໖", "໗"], LAO)
    no_number = _as_read(words, ["123", "ao&", "7"])
    assert reread_native_digits(image, [no_number], "lao+eng") == [no_number]
    image_ok, words_ok = _drawn(["020", "33", "415", "803"], SANS)
    right = _as_read(words_ok, ["020", "33", "415", "803"])
    assert reread_native_digits(image_ok, [right], "lao+eng") == [right]
    image_letters, letter_words = _drawn(["ມມ", "ງານ", "2", "ມື້"], LAO)
    letters = _as_read(letter_words, ["ມມ", "ງານ", "2", "ມື້"])
    assert reread_native_digits(image_letters, [letters], "lao+eng") == [letters]
    assert reread_native_digits(image, [no_number], "tha+eng") == [no_number]


def test_a_glyph_like_no_digit_clearly_is_never_guessed():
    # Lao letters are no digits: the classifier gives nothing rather than the nearest digit.
    image, words = _drawn(["ມງນ"], LAO)
    crop = image.crop((words[0].left - 2, words[0].top - 3, words[0].right + 2, words[0].bottom + 3))
    assert classify_native_digits(crop, "lao") is None
    image, words = _drawn(["໐໒໐໓໓"], LAO)
    crop = image.crop((words[0].left - 2, words[0].top - 3, words[0].right + 2, words[0].bottom + 3))
    assert classify_native_digits(crop, "lao") == "02033"
    assert classify_native_digits(crop, "tha") is None  # Thai digits keep their own classifier


def test_the_lao_line_label_misread_is_put_right_and_types_the_handle():
    for misread in ("ໂລນ໌", "ໄລງ໌", "ໂລງ໌"):
        text = repair_labels(f"ສອບຖາມ {misread} vte_udon_bus")
        assert text == "ສອບຖາມ ໄລນ໌ vte_udon_bus"
        assert ("line", "vte_udon_bus") in _entities(text)
    # Look-alikes without the cancellation mark are Lao words (ໂລງ, a coffin) or other words: kept.
    for kept in ("ໂລງ ໃໝ່", "ໄລງ ວຽກ", "ໄລນ໌ maeban_thai_lao"):
        assert repair_labels(kept) == kept


def _thai_line(conf: float, words: int = 6) -> Line:
    return Line(tuple(Word("รับสมัครงาน", 10 + 120 * i, 10, 110, 30, conf) for i in range(words)))


def test_a_thai_read_unsure_of_its_letters_is_taken_for_lao():
    # Lao letters taken for Thai look-alikes were read at 82–88; Thai posters at 93–95.
    assert _unsure_thai([_thai_line(84.0)])
    assert not _unsure_thai([_thai_line(94.0)])
    assert not _unsure_thai([_thai_line(60.0, words=1)])  # too few letters to say
    latin_unsure = Line((Word("hiring", 0, 0, 50, 20, 40.0),) + _thai_line(93.0).words)
    assert not _unsure_thai([latin_unsure])  # only the Thai letters' confidence counts


def test_a_whatsapp_link_that_lost_its_w_gets_it_back_only_before_a_valid_number():
    from ctip.ocr.linkforms import repair_link_forms

    assert repair_link_forms("ឡានក្រុង —~ a.me/855710577508") == "ឡានក្រុង —~ wa.me/855710577508"
    assert ("whatsapp", "+855710577508") in _entities(repair_link_forms("ទាក់ទង a.me/855710577508"))
    # Not a valid number, not only digits, another host ending in a.me, or more path: kept.
    for kept in ("see a.me/12345", "a.me/about", "data.me/855710577508", "a.me/855710577508/x"):
        assert repair_link_forms(kept) == kept
