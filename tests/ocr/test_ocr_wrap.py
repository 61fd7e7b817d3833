"""Lines a poster wrapped are joined where an identifier runs across the break, and only there."""

from __future__ import annotations

from ocr_helpers import render

from ctip.extract import extract_entities
from ctip.ocr import ocr_image
from ctip.ocr.image import load_image, normalise_image
from ctip.ocr.wrap import join_wrapped


def _ids(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.value) for e in extract_entities(text)}


def test_a_label_and_its_handle_on_two_lines_are_joined():
    text = "bố mẹ được tiền sính lễ. WeChat\nhekou_meimei88"
    assert ("wechat", "hekou_meimei88") not in _ids(text)
    joined = join_wrapped(text)
    assert joined == "bố mẹ được tiền sính lễ. WeChat hekou_meimei88"
    assert ("wechat", "hekou_meimei88") in _ids(joined)


def test_a_link_cut_after_its_slash_is_glued_without_a_space():
    joined = join_wrapped("8 เดือนแรก ไลน์ line.me/ti/p/~\nmaeban_inter\nขอบคุณ")
    assert joined == "8 เดือนแรก ไลน์ line.me/ti/p/~maeban_inter\nขอบคุณ"
    assert ("line", "maeban_inter") in _ids(joined)


def test_a_spelled_number_over_three_lines_becomes_one_phone_number():
    text = "Hub. Pak Darto\nnol delapan sembilan enam\nenam tiga enam tujuh delapan\nsembilan tujuh satu"
    joined = join_wrapped(text)
    assert joined.split("\n")[0] == "Hub. Pak Darto"  # no identifier crosses that break
    assert ("phone", "+6289663678971") in _ids(joined)
    assert ("phone", "+6289663678971") not in _ids(text)


def test_thai_words_cut_by_the_wrap_are_glued_without_a_space():
    text = "ฝากติดต่อแม่ผม ศูนย์ หก สอง สาม แปด ศูน\nย์ สี่ เก้า ศูนย์ สอง"
    assert join_wrapped(text) == "ฝากติดต่อแม่ผม ศูนย์ หก สอง สาม แปด ศูนย์ สี่ เก้า ศูนย์ สอง"
    assert ("phone", "+66623804902") in _ids(join_wrapped(text))


def test_breaks_that_split_no_identifier_stay():
    for text in ("need ur passport copy and a photo.\npm me",  # not the link photo.pm
                 "salary 15000\n0812345678 call now",  # a price is not glued onto a phone number
                 "free ticket\nno experience\nTelegram @fastjob_kh88"):
        assert join_wrapped(text) == text


def test_a_poster_with_a_link_wrapped_over_two_lines_gives_the_whole_link(tmp_path):
    poster = render(tmp_path / "wrap.png", "Maid job abroad, free ticket\nadd LINE line.me/ti/p/~\nmaeban_inter88")
    text, _ = ocr_image(normalise_image(load_image(poster)), "en")
    assert "line.me/ti/p/~maeban_inter88" in text
    assert ("line", "maeban_inter88") in _ids(text)
