"""Script words the first read took for Latin, read again with the script's pack alone (no Tesseract:
the runner answers as Tesseract would, in the stacked sheet's coordinates)."""

from __future__ import annotations

from PIL import Image

from ctip.ocr.layout import Line, Word
from ctip.ocr.script_words import reread_script_words, suspect

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
LINE_LEFT = 100


def _runner(words: list[tuple[str, int, int, float]], calls: list[list[str]]):
    """A Tesseract stand-in: `words` are (text, left on the picture, width, confidence) on the
    first stacked line (56 px high lines are not scaled; the sheet starts 40 + 6 px in)."""
    def run(args: list[str], sheet: Image.Image) -> str:
        calls.append(args)
        rows = [f"5\t1\t1\t1\t1\t{i}\t{46 + left - LINE_LEFT}\t46\t{width}\t56\t{conf}\t{text}"
                for i, (text, left, width, conf) in enumerate(words, 1)]
        return HEADER + "\n".join(rows) + "\n"
    return run


def _line() -> Line:
    return Line((Word("สนใจ", LINE_LEFT, 100, 90, 56, 93), Word("alausiu", 238, 100, 194, 56, 77),
                 Word("ariecafe_hr", 451, 100, 271, 56, 90)))


def test_a_label_read_as_latin_is_read_again_with_the_script_pack():
    calls: list[list[str]] = []
    run = _runner([("ดไลน์ร้าน", 240, 190, 91.0), ("ลหล6ลรอ", 451, 271, 40.0)], calls)
    out = reread_script_words(Image.new("L", (900, 300), 255), [_line()], "tha+eng", run)
    assert [w.text for w in out[0].words] == ["สนใจ", "ดไลน์ร้าน", "ariecafe_hr"]  # the handle is kept
    assert calls and calls[0][:2] == ["-l", "tha"]  # the script's pack alone


def test_latin_words_read_with_confidence_are_never_replaced():
    line = Line((Word("Telegram", LINE_LEFT, 100, 200, 56, 96), Word("salary", 320, 100, 150, 56, 96)))
    calls: list[list[str]] = []
    out = reread_script_words(Image.new("L", (900, 300), 255), [line], "tha+eng", _runner([], calls))
    assert out == [line] and calls == []  # nothing suspect: no extra read at all


def test_a_suspect_word_stays_when_the_script_read_is_not_surer_or_not_in_the_script():
    calls: list[list[str]] = []
    unsure = _runner([("ดไลน์", 240, 190, 60.0)], calls)  # less sure than the first read (77)
    assert reread_script_words(Image.new("L", (900, 300), 255), [_line()], "tha+eng", unsure)[0] == _line()
    latin = _runner([("alausiu", 240, 190, 95.0)], calls)
    assert reread_script_words(Image.new("L", (900, 300), 255), [_line()], "tha+eng", latin)[0] == _line()


def test_latin_posters_are_not_read_again():
    calls: list[list[str]] = []
    out = reread_script_words(Image.new("L", (900, 300), 255), [_line()], "eng+vie+ind", _runner([], calls))
    assert out == [_line()] and calls == []


def test_what_counts_as_suspect():
    assert suspect(Word("alausiu", 0, 0, 10, 10, 77))
    assert not suspect(Word("salary", 0, 0, 10, 10, 96))  # sure
    assert not suspect(Word("ab", 0, 0, 10, 10, 30))  # too short to say
    assert not suspect(Word("jp_job", 0, 0, 10, 10, 30))  # identifier-like: the second read's business
    assert not suspect(Word("x", 0, 0, 10, 10, -1))
