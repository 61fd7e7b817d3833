"""The second read of contact lines and the identifier repairs (pure parts, no Tesseract)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ctip.ocr.contacts import (
    is_contact_line,
    join_label_lines,
    join_split_identifiers,
    join_underscores,
    repair_token,
    splice,
)
from ctip.ocr.layout import Line, Word, lines_text, parse_tsv
from ctip.ocr.wallets import repair_tron

TRON = "TW4dYLh8y2c5jECSny4JKQ4uA2eQxdteoo"  # a valid address (checksum holds)


def test_tsv_becomes_lines_of_words_with_boxes():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t10\t5\t40\t20\t96\tTelegram\n"
           "5\t1\t1\t1\t1\t2\t60\t5\t50\t20\t91\t@kh_jobs\n"
           "4\t1\t1\t1\t2\t0\t10\t40\t90\t20\t-1\t\n"
           "5\t1\t1\t1\t2\t1\t10\t40\t30\t20\t95\t\"quoted\n")
    lines = parse_tsv(tsv)
    assert lines_text(lines) == 'Telegram @kh_jobs\n"quoted'
    assert lines[0].box() == (10, 5, 110, 25)


def test_identifier_shaped_words_of_the_second_read_replace_the_words_under_them():
    first = Line((Word("ติดต่อ", 0, 0, 80, 30), Word("https:", 90, 0, 60, 30), Word("//", 155, 0, 20, 30),
                  Word("เผล", 180, 0, 40, 30), Word(".", 222, 0, 5, 30), Word("me/66953238877", 230, 0, 200, 30)))
    second = [Word("aa", 0, 0, 80, 0), Word("https://wa.me/66953238877", 90, 0, 340, 0)]
    assert splice(first, second).text == "ติดต่อ https://wa.me/66953238877"
    # Words that are not identifier-shaped never replace the first read (its script is better).
    thai = Line((Word("เงินเดือน", 0, 0, 100, 30),))
    assert splice(thai, [Word("riawiu_9:00-18:00duns", 0, 0, 100, 0)]).text == "เงินเดือน"


def test_repairs_only_touch_identifier_shaped_tokens():
    assert repair_token("O81") == "081" and repair_token("Zalo") == "Zalo" and repair_token("SOLD") == "SOLD"
    assert repair_token("t6285971232428") == "+6285971232428"
    assert repair_token("www-site.com") == "www.site.com"
    assert repair_token("jobs@x.com-kh") == "jobs@x.com.kh"
    assert join_split_identifiers("to 0x42880e8427abeec1 2975fd5591 1ea2cbd390b656, ok") == \
        "to 0x42880e8427abeec12975fd55911ea2cbd390b656, ok"
    assert join_split_identifiers("0x12 34 and") == "0x12 34 and"  # not 40 hex digits: left alone
    assert join_split_identifiers("https://wa.me/8551741 6880") == "https://wa.me/85517416880"
    assert join_label_lines("4800包邮。微信\nxiaoyu_mall\nnext line") == "4800包邮。微信 xiaoyu_mall\nnext line"
    assert join_label_lines("call us\ntoday") == "call us\ntoday"
    assert is_contact_line("Telegram @x") and not is_contact_line("free ticket")


def test_tron_addresses_are_repaired_only_when_the_checksum_then_holds():
    assert repair_tron(f"send {TRON[:20]}|{TRON[20:]}.") == f"send {TRON}."
    swapped = TRON.replace("y2c5", "y2C5")  # c and C look alike
    assert repair_tron(swapped) == TRON
    wrong = TRON[:-3] + "abc"
    assert repair_tron(wrong) == wrong


def test_an_underscore_on_the_picture_joins_the_words_around_it():
    image = Image.new("L", (300, 60), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 100, 45), fill=0)  # the two words, as dark boxes
    draw.rectangle((130, 10, 220, 45), fill=0)
    line = Line((Word("@LaoSEZ", 10, 10, 90, 40), Word("Recruit", 130, 10, 90, 40)))
    assert join_underscores(image, line, line.box()).text == "@LaoSEZ Recruit"  # a plain gap
    draw.rectangle((100, 44, 130, 47), fill=0)  # an underscore along the baseline
    assert join_underscores(image, line, line.box()).text == "@LaoSEZ_Recruit"
