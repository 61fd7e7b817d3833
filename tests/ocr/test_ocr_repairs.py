"""The OCR-only repairs of wallets and messenger links: what they fix, and what they must not invent."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ctip.extract import extract_entities
from ctip.extract.wallets import is_tron_address
from ctip.ocr.contacts import join_open_handles, join_split_identifiers, join_underscores, splice
from ctip.ocr.layout import Line, Word
from ctip.ocr.linkforms import repair_link_forms
from ctip.ocr.wallets import repair_evm, repair_tron, repair_wallets

TRON = "TW4dYLh8y2c5jECSny4JKQ4uA2eQxdteoo"  # a valid address (checksum holds)
EVM = "0x42880e8427abeec12975fd55911ea2cbd390b656"


def _tron_at(index: int, char: str) -> str:
    return TRON[:index] + char + TRON[index + 1:]


def test_the_test_address_is_valid_and_its_misreadings_are_not():
    assert is_tron_address(TRON)
    assert not is_tron_address(TRON.replace("J", "]"))
    assert not is_tron_address(TRON.replace("JKQ", "]KO"))


def test_one_look_alike_is_put_back_when_the_checksum_then_holds():
    assert repair_tron(f"USDT: {TRON.replace('J', ']')}.") == f"USDT: {TRON}."  # ] for J
    assert repair_tron(_tron_at(10, "O")) == TRON  # O is not base58: the lost character is found
    assert repair_tron(TRON.replace("y2c5", "y2C5")) == TRON  # case twins


def test_two_misread_characters_are_repaired_too():
    read = TRON.replace("JKQ", "]KO")  # ] for J and O for Q
    assert repair_tron(read) == TRON


def test_a_stray_character_is_dropped_and_a_lost_one_put_back():
    assert repair_tron(TRON[:20] + "|" + TRON[20:]) == TRON
    assert repair_tron(TRON[:12] + "x" + TRON[12:]) == TRON  # a base58 letter inserted
    assert repair_tron(TRON[:5] + TRON[6:]) == TRON  # one character not read


def test_a_look_alike_that_does_not_validate_is_left_as_read():
    # Three characters changed: beyond two edits, so no repair is tried and nothing is invented.
    wrong = TRON[:-3] + "abc"
    assert repair_tron(wrong) == wrong
    assert extract_entities(repair_tron(wrong)) == []
    # A TRON-shaped string that was never an address (random letters) stays as it is: no edit of
    # one or two characters makes its checksum hold.
    made_up = "TQmZ8uW3kP9xR2vN7bY4cA6dE5fG1hJ3kL"
    assert repair_tron(made_up) == made_up
    assert not [e for e in extract_entities(repair_wallets(f"wallet {made_up}")) if e.type == "wallet_trc20"]


def test_erc20_repairs_have_a_single_answer_only():
    assert repair_evm(f"0xX{EVM[2:]}") == EVM  # the x read twice
    assert repair_evm(EVM.replace("0e8", "Oe8")) == EVM  # O for 0
    assert repair_evm(EVM.replace("911", "9l1")) == EVM  # l for 1
    # S could be 5 or a real misprint: no single answer, so it stays and no address is found.
    unsure = EVM.replace("975", "97S")
    assert repair_evm(unsure) == unsure
    assert not [e for e in extract_entities(unsure) if e.type == "wallet_erc20"]
    # Three look-alikes: too many guesses, left alone.
    many = EVM.replace("0e8", "Oe8").replace("911", "9l1").replace("0b6", "Ob6")
    assert repair_evm(many) == many
    assert repair_evm("0x12345 is not an address") == "0x12345 is not an address"


def test_messenger_links_with_a_dash_for_the_dot_are_read_as_links():
    assert repair_link_forms("Telegram: t-me/kh_jobs_2026") == "Telegram: t.me/kh_jobs_2026"
    assert repair_link_forms("https://t - me/abcde") == "https://t.me/abcde"
    assert repair_link_forms("wa,me/85512345678 line·me/ti/p/~shop") == "wa.me/85512345678 line.me/ti/p/~shop"
    assert repair_link_forms("Wwww.jobs-asia.com") == "www.jobs-asia.com"
    found = {(e.type, e.value) for e in extract_entities(repair_link_forms("ติดต่อ t-me/kh_jobs_2026"))}
    assert ("telegram", "kh_jobs_2026") in found


def test_words_with_dashes_are_not_turned_into_links():
    for text in ("meet-me/now", "a t-shirt", "seat-me/x", "my-team t-meeting", "wwwx.com", "www.x.com"):
        assert repair_link_forms(text) == text


def test_split_digits_of_a_whatsapp_send_link_are_joined():
    assert join_split_identifiers("WhatsApp https://api.whatsapp.com/send?phone=601 60885673") == \
        "WhatsApp https://api.whatsapp.com/send?phone=60160885673"
    assert join_split_identifiers("send?phone=601 and 2 more") == "send?phone=601 and 2 more"


def test_a_handle_cut_after_its_underscore_is_joined_with_its_rest():
    words = [Word("@vte_english_", 100, 0, 200, 0), Word("centre", 305, 0, 90, 0)]
    assert [w.text for w in join_open_handles(words)] == ["@vte_english_centre"]
    # A word after a handle that does not end in "_" stays a separate word.
    plain = [Word("@vte_english", 100, 0, 200, 0), Word("centre", 305, 0, 90, 0)]
    assert [w.text for w in join_open_handles(plain)] == ["@vte_english", "centre"]


def _line_picture(underscore: bool) -> tuple[Image.Image, Line]:
    """`pretty` and `job` as dark blocks whose boxes touch (Tesseract put the gap in `job`'s box)."""
    image = Image.new("L", (400, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 20, 180, 70), fill=0)  # "pretty"
    draw.rectangle((215, 20, 300, 70), fill=0)  # "job", drawn after the gap
    if underscore:
        draw.rectangle((186, 74, 208, 78), fill=0)  # the underscore, low in the line
    return image, Line((Word("@pretty", 10, 20, 170, 60), Word("job", 180, 20, 120, 60)))


def test_an_underscore_inside_touching_word_boxes_is_seen():
    image, line = _line_picture(underscore=True)
    assert join_underscores(image, line, (10, 20, 300, 80)).text == "@pretty_job"


def test_touching_word_boxes_without_an_underscore_stay_apart():
    image, line = _line_picture(underscore=False)
    assert join_underscores(image, line, (10, 20, 300, 80)).text == "@pretty job"


def test_a_sure_second_read_replaces_unsure_letters_of_another_script():
    # "laosez.recruit" read with the Thai pack as Thai letters of low confidence; the wrapped
    # "[at]" starts the next line.
    first = Line((Word("resume", 169, 0, 194, 30, 96), Word("ไล", 447, 0, 40, 30, 34), Word("อ", 487, 0, 15, 30, 61),
                  Word("62.1@6", 537, 0, 243, 30, 50), Word("ไ", 752, 0, 30, 30, 26)))
    second = [Word("resume", 169, 0, 194, 0, 96), Word("laosez.recruit", 430, 0, 350, 0, 83)]
    assert splice(first, second, follows="[at]").text == "resume laosez.recruit"
    # Without the "[at]" after it, "laosez.recruit" is no identifier: the first read stays.
    assert splice(first, second).text == first.text


def test_a_second_read_that_is_not_sure_leaves_other_scripts_alone():
    first = Line((Word("โทร", 0, 0, 80, 30, 60), Word("ร้าน", 90, 0, 80, 30, 70)))
    unsure = [Word("lineshop99", 0, 0, 170, 0, 55)]
    assert splice(first, unsure).text == "โทร ร้าน"
    # ("_" would make it a handle the first read cannot have read right: that case replaces anyway.)
    # Sure, but the first read was sure too: Thai words read well are kept.
    confident = Line((Word("โทร", 0, 0, 80, 30, 95), Word("ร้าน", 90, 0, 80, 30, 93)))
    assert splice(confident, [Word("l1neshop99", 0, 0, 170, 0, 90)]).text == "โทร ร้าน"


def test_lost_dots_and_a_space_inside_a_mail_domain_are_put_back():
    assert repair_link_forms("ที่ recruit@easternpowerco.th") == "ที่ recruit@easternpower.co.th"
    assert repair_link_forms("abccom.kh") == "abc.com.kh"
    assert repair_link_forms("wwwsaigontravel-deal.com/bangkok") == "www.saigontravel-deal.com/bangkok"
    assert repair_link_forms("hr@nan shan-tech.cn") == "hr@nanshan-tech.cn"
    found = {(e.type, e.value) for e in extract_entities(repair_link_forms("简历发送至 hr@nan shan-tech.cn"))}
    assert found == {("email", "hr@nanshan-tech.cn")}


def test_addresses_already_whole_are_left_alone():
    for text in ("www.easternpower.co.th", "https://www.a.co.th", "sale.com.kh", "the co.th rules",
                 "mail hr@nan.com today.com", "send to hr@x and visit y.com", "wwwx"):
        assert repair_link_forms(text) == text
