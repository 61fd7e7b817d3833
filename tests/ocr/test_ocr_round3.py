"""Round 3 of the OCR repairs (Thai and Chinese contact lines), pure parts with no Tesseract: each
repair is shown on the misreading it fixes and on a look-alike that must stay as read."""

from __future__ import annotations

from PIL import Image

from ctip.ocr.contacts import is_contact_line, is_identifier_shaped, splice
from ctip.ocr.handles import repair_handles
from ctip.ocr.layout import Line, Word
from ctip.ocr.linkforms import repair_link_forms
from ctip.ocr.script_words import reread_script_words, suspect

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def test_a_thai_label_read_letter_by_letter_still_makes_a_contact_line():
    # The Thai pack puts a space between Thai letters: `ทัก ไล น ์` is the label ทักไลน์ (LINE).
    assert is_contact_line("พ . ได ้ เล ย ท ั ก ไล น ์ เง ล เว ท")
    assert is_contact_line("โท ร 081")
    assert not is_contact_line("ม ี เด ็ ก ผ ู ้ ห ญ ิ ง")  # no label, no identifier: not read again


def test_google_forms_links_are_identifier_shaped():
    assert is_identifier_shaped("forms.gle/Th7mAdm1nJob") and is_identifier_shaped("bit.ly/LaosDataJob")
    assert not is_identifier_shaped("Adm1nJob")


def test_a_second_read_that_lost_the_part_after_an_underscore_does_not_replace_the_first():
    first = Line((Word("yuenan_xinniang_888", 213, 0, 576, 40, 90),))
    # The second read split the handle at its last underscore and dropped it: keep the first read.
    second = [Word("yuenan_xinniang", 213, 0, 460, 0, 77), Word("888", 691, 0, 98, 0, 77)]
    assert splice(first, second).text == "yuenan_xinniang_888"
    # A second read that is the whole handle still replaces a first read that broke it.
    broken = Line((Word("yuenan", 213, 0, 200, 40, 60), Word("xinniang", 420, 0, 360, 40, 60)))
    assert splice(broken, [Word("yuenan_xinniang_888", 213, 0, 576, 0, 90)]).text == "yuenan_xinniang_888"


def test_a_piece_of_an_identifier_already_read_is_not_added_again():
    first = Line((Word("飞机", 0, 0, 100, 40, 95), Word("Q@xigang_trip_anna", 116, 0, 485, 40, 60)))
    assert splice(first, [Word("@xigang", 116, 0, 148, 0, 87)]).text == "飞机 Q@xigang_trip_anna"
    # ...but a handle over words of another script, which the first read missed, is put in.
    thai = Line((Word("ไลน์", 0, 0, 100, 40, 95), Word("เงลเวท", 120, 0, 200, 40, 70)))
    assert splice(thai, [Word("@job_kh", 130, 0, 60, 0, 90)]).text == "ไลน์ เงลเวท @job_kh"


def test_a_stray_letter_before_a_handle_at_sign_is_dropped_only_where_nothing_else_fits():
    assert repair_handles("飞机 Q@xigang_trip_anna") == "飞机 @xigang_trip_anna"
    assert repair_handles("or Q@xigang_trip_anna.") == "or @xigang_trip_anna."  # a full stop after it
    # Look-alikes that must stay: e-mail addresses, a longer name before @, a short or dashed name.
    for kept in ("a@gmail.com", "hr@jobs_kh", "x@abc", "Q@abcdef-x", "Q@abcdef.com", "mail: b@site.co.th"):
        assert repair_handles(kept) == kept


def test_a_space_after_the_last_dot_of_a_www_link_is_taken_out_before_a_known_domain():
    assert repair_link_forms("报名官网 www.tokutei-kaigo. jp/cn") == "报名官网 www.tokutei-kaigo.jp/cn"
    assert repair_link_forms("https://jobs.example. com, ok") == "https://jobs.example.com, ok"
    # Look-alikes: a sentence ending after a link, no www/scheme, a word that is no domain.
    for kept in ("see www.site. Then call", "visit abc. com/x", "www.x. company", "www.x. comment"):
        assert repair_link_forms(kept) == kept


def _runner(words: list[tuple[str, int, int, float]], calls: list[list[str]]):
    """Tesseract stand-in answering with `words` (text, left on the picture, width, confidence)
    on the first stacked line (lines of 56 px are not scaled; the sheet starts 40 + 6 px in)."""
    def run(args: list[str], sheet: Image.Image) -> str:
        calls.append(args)
        rows = [f"5\t1\t1\t1\t1\t{i}\t{46 + left - 447}\t46\t{width}\t56\t{conf}\t{text}"
                for i, (text, left, width, conf) in enumerate(words, 1)]
        return HEADER + "\n".join(rows) + "\n"
    return run


def test_a_two_letter_label_before_a_handle_is_read_again_with_the_script():
    label = Line((Word("hf", 447, 436, 104, 56, 49),))
    handle = Line((Word("yuenan_xinniang_888", 213, 519, 576, 56, 90),))
    calls: list[list[str]] = []
    run = _runner([("微", 448, 104, 46.6), ("信", 516, 40, 92.4)], calls)
    out = reread_script_words(Image.new("L", (900, 700), 255), [label, handle], "chi_sim+eng", run)
    assert out[0].text == "微 信" and out[1] == handle
    assert calls and calls[0][:2] == ["-l", "chi_sim"]


def test_two_letters_alone_or_before_ordinary_words_are_not_read_again():
    assert not suspect(Word("HR", 0, 0, 10, 10, 40))
    assert not suspect(Word("HR", 0, 0, 10, 10, 40), Word("manager", 20, 0, 50, 10, 90))
    assert suspect(Word("au", 0, 0, 10, 10, 40), Word("baby_care_home", 20, 0, 50, 10, 90))
    assert not suspect(Word("WA", 0, 0, 10, 10, 96), Word("0812345678", 20, 0, 50, 10, 90))  # sure of it
    calls: list[list[str]] = []
    lines = [Line((Word("HR", 447, 0, 60, 56, 40), Word("manager", 520, 0, 200, 56, 90)))]
    assert reread_script_words(Image.new("L", (900, 300), 255), lines, "tha+eng", _runner([], calls)) == lines
    assert calls == []  # no extra read at all


def test_a_two_letter_word_stays_when_the_script_read_is_less_sure():
    label = Line((Word("hf", 447, 436, 104, 56, 70),))
    handle = Line((Word("yuenan_xinniang_888", 213, 519, 576, 56, 90),))
    run = _runner([("微", 448, 104, 46.6), ("信", 516, 40, 60.0)], [])
    out = reread_script_words(Image.new("L", (900, 700), 255), [label, handle], "chi_sim+eng", run)
    assert out[0].text == "hf"
