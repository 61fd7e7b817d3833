"""Round 4 of the OCR repairs (misses of tuning seeds 53 and 29), pure parts with no Tesseract: each
repair is shown on the misreading it fixes and on a look-alike that must stay as read."""

from __future__ import annotations

from ctip.extract import extract_entities
from ctip.ocr.contacts import join_split_identifiers
from ctip.ocr.engine import script_of
from ctip.ocr.layout import Word
from ctip.ocr.linkforms import repair_link_forms
from ctip.ocr.script_words import suspect
from ctip.ocr.text import repair_labels
from ctip.ocr.wallets import repair_wallets

EVM = "0xE8496F2facD5Ab3b46f9DDA914C001DaB552Cf3c"  # synthetic, mixed case as printed


def _evm(text: str) -> str:
    return repair_wallets(join_split_identifiers(text))


def test_an_evm_address_cut_by_spaces_after_an_O_for_its_zero_is_joined():
    assert _evm("to OxE8496F 2facD5Ab3b46f9DDA914C001 DaB552Cf3c , refunded") == f"to {EVM} , refunded"
    # A 1 read as a dagger and a space: 39 hex digits and one mark, which can only be the 1.
    assert _evm("to 0xE8496F2facD5Ab3b46f9DDA9† 4C001DaB552Cf3c , refunded") == f"to {EVM} , refunded"


def test_evm_pieces_that_do_not_make_exactly_forty_digits_stay_as_read():
    short = "to OxE8496F 2facD5Ab3b46f9DDA914C001 DaB552Cf3 , no"  # 39 digits: one is lost, which?
    assert _evm(short) == short
    odd = "0xE8496F2facD5Ab3b46f9DDA9‡ 4C001DaB552Cf3c"  # a mark no hex digit looks like
    assert _evm(odd) == odd and extract_entities(_evm(odd)) == []
    word = "Ox 12 steps"  # "Ox" then no 40 digits: no address
    assert _evm(word) == word


def test_a_whatsapp_link_whose_w_was_read_twice_loses_it():
    assert repair_link_forms("via WA Wwa.me/6281917619005 atau") == "via WA wa.me/6281917619005 atau"
    assert repair_link_forms("see Awa.me/123 and wwa.me/about") == "see Awa.me/123 and wwa.me/about"


def test_a_telegram_link_cut_after_fewer_than_five_characters_is_joined():
    assert repair_link_forms("飞机: https://t.me/zh uzai_dealer 收款") == "飞机: https://t.me/zhuzai_dealer 收款"
    assert repair_link_forms("t.me/abc please") == "t.me/abc please"  # the next word is no handle's rest
    assert repair_link_forms("t.me/jobs_kh now") == "t.me/jobs_kh now"  # a whole name: nothing cut


def test_a_space_before_the_top_level_domain_is_taken_out():
    assert repair_link_forms("Book via www.otresbay-travel .com or") == "Book via www.otresbay-travel.com or"
    assert repair_link_forms("see the site .Then") == "see the site .Then"


def test_a_short_word_before_an_identifier_is_suspect_even_when_fairly_sure():
    handle = Word("migrant_help_th", 0, 0, 10, 10, 91)
    assert suspect(Word("lau", 0, 0, 10, 10, 85.4), handle)  # ไลน์ read as `lau`
    assert not suspect(Word("lau", 0, 0, 10, 10, 85.4))  # nothing after it: the old threshold
    assert not suspect(Word("Line", 0, 0, 10, 10, 96), handle)  # sure: a real Latin label
    assert not suspect(Word("contact", 0, 0, 10, 10, 88), handle)  # longer words keep the threshold 85


def test_the_line_label_with_its_vowel_misread_is_put_back():
    assert repair_labels("แล้วแอดโลน์ admin_job_kh") == "แล้วแอดไลน์ admin_job_kh"
    assert [(e.type, e.value) for e in extract_entities(repair_labels("แอดโลน์ admin_job_kh"))][0] == (
        "line", "admin_job_kh")
    assert repair_labels("สินเชื่อโลน ด่วน") == "สินเชื่อโลน ด่วน"  # โลน (loan) is a word: kept


def test_a_chinese_poster_with_some_thai_look_alikes_is_still_chinese():
    first_read = "ภา ต. SAFER, 18-257\nirk, BIE, GAO, ไซ ่\n3” ก (10\n) ， 跑 了 包 退 换 。 微 信\nyuenan_xinniang_888"
    assert script_of(first_read) == "Han"
    assert script_of("รับสมัครพนักงาน ด่วน 微信 abc") == "Thai"  # a Thai poster with a Chinese label


def test_an_email_split_inside_its_domain_by_the_second_read_is_joined():
    from ctip.ocr.contacts import join_open_handles

    words = [Word("tuyendung@vietsta", 110, 0, 388, 0, 89), Word("rhr.com.vn", 504, 0, 209, 0, 89)]
    assert [w.text for w in join_open_handles(words)] == ["tuyendung@vietstarhr.com.vn"]
    whole = [Word("hr@site.com", 0, 0, 100, 0, 90), Word("jobs.com", 110, 0, 80, 0, 90)]
    assert [w.text for w in join_open_handles(whole)] == ["hr@site.com", "jobs.com"]  # domain complete


def test_a_piece_of_a_number_does_not_replace_the_whole_number():
    from ctip.ocr.contacts import splice
    from ctip.ocr.layout import Line

    first = Line((Word("me", 364, 0, 65, 40, 96), Word("+639169492998", 444, 0, 328, 40, 96)))
    second = [Word("+6391", 444, 0, 119, 0, 96), Word("69492998", 571, 0, 200, 0, 96)]
    assert splice(first, second).text == "me +639169492998"
    # A second read of the whole number still replaces a first read that got it wrong.
    wrong = Line((Word("+63916949Z998", 444, 0, 328, 40, 60),))
    assert splice(wrong, [Word("+639169492998", 444, 0, 328, 0, 96)]).text == "+639169492998"


def test_a_longer_suspect_word_right_before_an_identifier_makes_its_line_be_read_again():
    from PIL import Image

    from ctip.ocr.layout import Line
    from ctip.ocr.script_words import reread_script_words

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    calls: list[list[str]] = []

    def run(args: list[str], sheet: Image.Image) -> str:
        calls.append(args)
        return header + f"5\t1\t1\t1\t1\t1\t{46 + 240 - 100}\t46\t206\t56\t80\t咨询微信\n"

    # `Aisa` (微信 misread) ends a line with no contact cue; the handle starts the next line.
    lines = [Line((Word("(i,", 100, 100, 63, 56, 64), Word("Aisa", 240, 100, 206, 56, 0))),
             Line((Word("xigang_travel_anna", 100, 200, 400, 56, 90),))]
    out = reread_script_words(Image.new("L", (900, 400), 255), lines, "chi_sim+eng", run)
    assert calls and out[0].words[1].text == "咨询微信" and out[1] == lines[1]


def test_a_label_wrapped_inside_is_put_right_once_the_lines_are_joined():
    from ctip.ocr.wrap import join_wrapped

    joined = repair_labels(join_wrapped("กรอกใบสมัคร แล้วแอดโ\nลน์ admin_job_kh"))
    assert "แอดไลน์ admin_job_kh" in joined
