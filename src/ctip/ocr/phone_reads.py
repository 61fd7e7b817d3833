"""Phone numbers the first read got wrong, read again digit by digit and kept only when valid.

Three misreads that no text repair can undo on its own, each fixed from the picture or from a
closed table, and each kept only when the result is a valid phone number of the poster's
country (`phonenumbers`) while what was read was not:

- **Thai digits** (`๐๘๙` read `๐๕๕`): the number's glyphs are compared with the ten Thai digits
  drawn in the installed Thai fonts (`ctip.ocr.digit_glyphs`);
- **widely spaced digits** (full-width `１７７ ０００５ １２５３` read `P17 7 O00S 1253`): the glyphs
  are set side by side at a normal spacing and read again with `eng` and a digit whitelist; the
  reading must give exactly one digit per glyph;
- **Chinese numerals** (`一八九零六…` with `零` read `雪` or `雾`): the few characters Tesseract
  takes for a numeral inside a run of numerals are put back (`repair_spelled_numerals`);
- **spaced Chinese numerals read as Latin garbage** (`电话 一 八 九 零 六 六` read `aig fi SA`):
  each character cell of the line is compared with the numerals drawn in the CJK fonts
  (`ctip.ocr.numeral_glyphs`), also across a line break when the poster wrapped the number
  (`read_numeral_runs`).

A number on the picture is never made up: the digits come from its glyphs (one per glyph) or
from the numerals read, and a reading that is not a valid number leaves the text as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import phonenumbers
from PIL import Image

from ctip.ocr.digit_glyphs import (
    LAO_DIGITS,
    MYANMAR_DIGITS,
    THAI_DIGITS,
    classify_native_digits,
    classify_thai_digits,
    glyph_runs,
    respaced,
)
from ctip.ocr.layout import Line, Word, parse_tsv
from ctip.ocr.numeral_glyphs import numeral_cells

__all__ = ["is_valid_phone", "read_numeral_runs", "region_for", "repair_spelled_numerals", "reread_native_digits",
           "reread_phone_runs"]

Runner = Callable[[list[str], Image.Image], str]

_REGIONS = {"tha": "TH", "chi_sim": "CN"}
_TO_ASCII = str.maketrans({**{d: str(i) for digits in (THAI_DIGITS, LAO_DIGITS, MYANMAR_DIGITS)
                              for i, d in enumerate(digits)},
                           **{chr(0xFF10 + i): str(i) for i in range(10)}})


def region_for(packs: str) -> str | None:
    """The country whose numbers a poster read with `packs` carries (None: Latin posters, left alone)."""
    for pack in packs.split("+"):
        if pack in _REGIONS:
            return _REGIONS[pack]
    return None


def is_valid_phone(digits: str, region: str) -> bool:
    """`digits` (ASCII, Thai or full-width; maybe with a leading +) is a valid number in `region`."""
    text = digits.translate(_TO_ASCII)
    if not re.fullmatch(r"\+?\d{7,15}", text):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


# --- Chinese numerals ---------------------------------------------------------------------------

_NUMERALS = "零〇一二三四五六七八九幺两"
_NUMERAL_VALUE = {c: str(v) for v, cs in enumerate(("零〇", "一幺", "二两", "三", "四", "五", "六", "七", "八", "九"))
                  for c in cs}
# What Tesseract's chi_sim read for a numeral on the tuning posters (雪 and 雾 for 零; 堆 for 零).
_NUMERAL_MISREADS = {"雪": "零", "雾": "零", "堆": "零"}
_NUMERAL_RUN = re.compile(f"[{_NUMERALS}{''.join(_NUMERAL_MISREADS)}](?: ?[{_NUMERALS}{''.join(_NUMERAL_MISREADS)}]){{6,}}")
_MAX_MISREADS = 2


def repair_spelled_numerals(text: str, region: str | None) -> str:
    """Numerals misread inside a run of Chinese numerals put back, when the run then spells a
    valid phone number of `region` and did not before (`一八九雪六六九四六雪八` → `…零…`).

    A run that is not a phone number (a look-alike such as `雪` in a run of other numerals that
    spells no valid number) stays as read."""
    if region is None:
        return text

    def fix(match: re.Match[str]) -> str:
        found = match.group()
        misread = sum(found.count(c) for c in _NUMERAL_MISREADS)
        if not 0 < misread <= _MAX_MISREADS:
            return found
        repaired = "".join(_NUMERAL_MISREADS.get(c, c) for c in found)
        if is_valid_phone(_numeral_digits(repaired), region):
            return repaired
        return found

    return _NUMERAL_RUN.sub(fix, text)


def _numeral_digits(run: str) -> str:
    return "".join(_NUMERAL_VALUE.get(c, "") for c in run)


# --- Chinese numerals read from the picture -----------------------------------------------------

_MIN_NUMERALS = 3  # a run of numeral cells shorter than this, within a line, is a word (`一年`)
Cells = list[tuple[int, int, str]]  # numeral cells [(left, right, numeral)] in image x
Run = tuple[int, Cells]  # line index, numeral cells


def read_numeral_runs(image: Image.Image, lines: list[Line], packs: str) -> list[Line]:
    """On a Chinese poster, runs of numeral cells on the picture (`ctip.ocr.numeral_glyphs`) put in
    place of the words read over them, when the run spells a valid phone number that the lines as
    read do not hold. A run that ends its line goes on with the run starting the next line (a poster
    may wrap a number over two or three lines: `电话 一` ⏎ `八九零六六九四六` ⏎ `零八`); there a run
    of one or two numerals counts too, since the whole must still be a valid number. The longest
    valid chain wins; a run that spells no valid number leaves the lines as read."""
    if region_for(packs) != "CN":
        return lines
    found = [_numeral_runs(image, line) for line in lines]
    out = list(lines)
    for index, (runs, _, _) in enumerate(found):
        for cells in runs:
            chain = _longest_valid_chain(found, index, cells)
            if chain is not None and (len(chain) > 1 or len(cells) >= _MIN_NUMERALS) and not _already_read(out, chain):
                for at, part in chain:
                    out[at] = _put_numerals(out[at], part)
    return out


def _longest_valid_chain(found: list[tuple[list[Cells], bool, bool]], index: int, cells: Cells) -> list[Run] | None:
    """`cells` and the runs it goes on into across line ends, cut where the digits spell the longest
    valid Chinese number; None when no such cut is valid."""
    chain: list[Run] = [(index, cells)]
    best = None
    while True:
        digits = _numeral_digits("".join(c for _, part in chain for *_, c in part))
        if len(digits) >= _MIN_DIGITS and is_valid_phone(digits, "CN"):
            best = list(chain)
        at, part = chain[-1]
        runs, _, ends = found[at]
        if not (part is runs[-1] and ends and at + 1 < len(found)):
            return best
        following, starts, _ = found[at + 1]
        if not (following and starts):
            return best
        chain.append((at + 1, following[0]))


def _numeral_runs(image: Image.Image, line: Line) -> tuple[list[Cells], bool, bool]:
    """The runs of consecutive numeral cells on `line`'s stretch of the picture (widened by a line
    height each side: a misread word's box may cut a character), whether the first run starts the
    line and whether the last run ends it."""
    if not line.words:
        return [], False, False
    left, top, right, bottom = line.box()
    pad = bottom - top
    x0 = max(0, left - pad)
    crop = image.crop((x0, max(0, top - 3), min(image.width, right + pad), min(image.height, bottom + 3)))
    cells = numeral_cells(crop)
    runs: list[Cells] = [[]]
    for start, end, numeral in cells:
        if numeral is None:
            runs.append([])
        else:
            runs[-1].append((x0 + start, x0 + end, numeral))
    kept = [run for run in runs if run]
    return kept, bool(cells) and cells[0][2] is not None, bool(cells) and cells[-1][2] is not None


def _already_read(lines: list[Line], parts: list[Run]) -> bool:
    """The lines as read already spell the run's numerals (the first read got them right)."""
    wanted = "".join(c for _, cells in parts for *_, c in cells)
    return wanted in "".join("".join(lines[at].text.split()) for at in dict.fromkeys(at for at, _ in parts))


def _put_numerals(line: Line, cells: list[tuple[int, int, str]]) -> Line:
    """`line` with the words lying mostly over the cells replaced by the numerals."""
    left, right = cells[0][0], cells[-1][1]
    kept = [w for w in line.words if min(w.right, right) - max(w.left, left) < 0.5 * max(1, w.width)]
    top = min(w.top for w in line.words)
    height = max(w.bottom for w in line.words) - top
    new = Word("".join(c for *_, c in cells), left, top, right - left, height, 90.0)
    return Line(tuple(sorted([*kept, new], key=lambda w: w.left)))


# --- digits read again from the picture ---------------------------------------------------------

_THAI_DIGIT = re.compile(f"[{THAI_DIGITS}]")
_SHORT_JUNK = 4  # a word between two Thai digit words this short is a misread piece of the number
_DIGITISH = re.compile(r"[0-9OoDSlI|BZP+()\-]{1,8}")
_MIN_DIGITS = 7
_TARGET_HEIGHT = 56
_DIGITS_ONLY = ["-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789"]


def reread_phone_runs(image: Image.Image, lines: list[Line], packs: str, run: Runner) -> list[Line]:
    """`lines` with each misread phone number read again from its glyphs (module docstring)."""
    region = region_for(packs)
    if region is None:
        return lines
    out = []
    for line in lines:
        for start, end in _thai_runs(line) + _digitish_runs(line):
            line = _reread_run(image, line, start, end, region, run)
        out.append(line)
    return out


def _thai_runs(line: Line) -> list[tuple[int, int]]:
    """[start, end) of the words from the first to the last word holding Thai digits, when at
    least three Thai digits were read and the words between are digits or short junk."""
    words = line.words
    marked = [i for i, w in enumerate(words) if _THAI_DIGIT.search(w.text)]
    if sum(len(_THAI_DIGIT.findall(words[i].text)) for i in marked) < 3:
        return []
    runs, start = [], marked[0]
    for previous, index in zip(marked, marked[1:], strict=False):
        between = words[previous + 1:index]
        if len(between) > 2 or any(len(w.text) > _SHORT_JUNK for w in between):
            runs.append((start, previous + 1))
            start = index
    runs.append((start, marked[-1] + 1))
    return runs


def _digitish_runs(line: Line) -> list[tuple[int, int]]:
    """[start, end) of consecutive ASCII words made of digits and their look-alikes, holding at
    least _MIN_DIGITS such characters, with at least half of them real digits."""
    runs, start = [], None
    words = [*line.words, Word("", 0, 0, 0, 0)]
    for i, word in enumerate(words):
        if _DIGITISH.fullmatch(word.text) and any(c.isdigit() for c in word.text):
            start = i if start is None else start
            continue
        if start is not None:
            text = "".join(w.text for w in words[start:i])
            if sum(c.isalnum() for c in text) >= _MIN_DIGITS and sum(c.isdigit() for c in text) * 2 >= len(text):
                runs.append((start, i))
            start = None
    return runs


def _reread_run(image: Image.Image, line: Line, start: int, end: int, region: str, run: Runner) -> Line:
    if start >= len(line.words) or end > len(line.words):
        return line
    words = line.words[start:end]
    read = "".join(w.text for w in words)
    if is_valid_phone(read, region):
        return line
    crop = _crop(image, words)
    thai = bool(_THAI_DIGIT.search(read))
    digits = classify_thai_digits(crop) if thai else _respaced_digits(crop, run)
    if not digits or not is_valid_phone(digits, region):
        return line
    left, top = words[0].left, min(w.top for w in words)
    new = Word(digits, left, top, words[-1].right - left, max(w.bottom for w in words) - top, 90.0)
    return Line((*line.words[:start], new, *line.words[end:]))


def _crop(image: Image.Image, words: tuple[Word, ...]) -> Image.Image:
    """The words' box, widened to the whole glyphs at its ends: Tesseract's box of a misread first
    or last digit may cut it (`๐` boxed as its right edge), and a cut glyph reads as another digit.
    Glyphs wholly outside the words' box (the label before, a word after) are blanked out."""
    top = max(0, min(w.top for w in words) - 3)
    bottom = min(image.height, max(w.bottom for w in words) + 3)
    pad = (bottom - top) // 2
    left, right = max(0, words[0].left - pad), min(image.width, words[-1].right + pad)
    crop = image.crop((left, top, right, bottom)).convert("L")
    inside = (words[0].left - left, words[-1].right - left)
    runs = glyph_runs(crop)
    kept = [(a, b) for a, b in runs if b > inside[0] and a < inside[1]]
    if not kept:
        return crop
    return crop.crop((kept[0][0], 0, kept[-1][1], crop.height))


def _respaced_digits(crop: Image.Image, run: Runner) -> str | None:
    """The crop's digits read again at a normal spacing; None unless one digit per glyph."""
    runs = _digit_glyphs(crop)
    if len(runs) < _MIN_DIGITS:
        return None
    scale = max(1.0, min(3.0, _TARGET_HEIGHT / max(1, crop.height)))
    if scale > 1.0:
        crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
        runs = [(round(a * scale), round(b * scale)) for a, b in runs]
    words = [w.text for line in parse_tsv(run([*_DIGITS_ONLY, "tsv"], respaced(crop, runs))) for w in line.words]
    digits = "".join(words)
    return digits if digits.isdigit() and len(digits) == len(runs) else None


def _digit_glyphs(crop: Image.Image) -> list[tuple[int, int]]:
    """The glyph column runs of `crop` without punctuation (a colon or dash before the number):
    runs with under a quarter of the typical glyph's ink."""
    runs = glyph_runs(crop)
    if not runs:
        return []
    dark = np.asarray(crop.convert("L")) < 128
    ink = [int(dark[:, a:b].sum()) for a, b in runs]
    typical = sorted(ink)[len(ink) // 2]
    return [r for r, amount in zip(runs, ink, strict=True) if amount >= 0.25 * typical]


# --- Lao and Burmese digits read from their glyphs ----------------------------------------------

_NATIVE_REGIONS = {"lao": "LA", "mya": "MM"}
# A word holding a digit or a `+` (the start of an international number: `+໘໕໖` read `+ໆູຜ້`).
_ANY_DIGIT = re.compile(f"[+0-9{LAO_DIGITS}{MYANMAR_DIGITS}]")
_PIECE = 6  # a misread piece of a number (`ມມ`, `ao&`, `FED`) is at most this long
_BEFORE, _AFTER = 2, 5  # misread pieces tried before the first digit word and after it


def native_region(packs: str) -> tuple[str, str] | None:
    """(pack, country) of a poster read with the Lao or Burmese pack, whose digits are read again."""
    for pack in packs.split("+"):
        if pack in _NATIVE_REGIONS:
            return pack, _NATIVE_REGIONS[pack]
    return None


def reread_native_digits(image: Image.Image, lines: list[Line], packs: str) -> list[Line]:
    """On a Lao or Burmese poster, a phone number the first read broke (`ເບີ 060 ມມ ao& gon` for
    `໐໒໐ ໓໓ ໔໑໕ ໘໐໓`) read from its glyphs: around each word holding a digit, the words of up
    to _PIECE characters next to it are cut out of the picture and each glyph compared with the
    script's digits and the ASCII ones (`ctip.ocr.digit_glyphs`). The longest stretch whose every
    glyph is clearly a digit and which spells a valid number of the country (`phonenumbers`)
    replaces its words; the line already holding that number, or no valid stretch, leaves it."""
    found = native_region(packs)
    if found is None:
        return lines
    pack, region = found
    return [_reread_native_line(image, line, pack, region) for line in lines]


def _reread_native_line(image: Image.Image, line: Line, pack: str, region: str) -> Line:
    index = 0
    while index < len(line.words):
        if _ANY_DIGIT.search(line.words[index].text):
            best = _best_native_stretch(image, line, index, pack, region)
            if best is not None:
                start, end, digits = best
                words = line.words[start:end]
                left, top = words[0].left, min(w.top for w in words)
                new = Word(digits, left, top, words[-1].right - left, max(w.bottom for w in words) - top, 90.0)
                line = Line((*line.words[:start], new, *line.words[end:]))
                index = start
        index += 1
    return line


def _best_native_stretch(image: Image.Image, line: Line, seed: int, pack: str,
                         region: str) -> tuple[int, int, str] | None:
    """(start, end, digits) of the longest stretch of words around `seed` read as a valid number."""
    words = line.words
    first = seed
    while first > 0 and seed - first < _BEFORE and _is_piece(words[first - 1].text):
        first -= 1
    last = seed + 1
    while last < len(words) and last - seed <= _AFTER and _is_piece(words[last].text):
        last += 1
    best = None
    for start in range(first, seed + 1):
        for end in range(last, seed, -1):
            read = "".join(w.text for w in words[start:end]).translate(_TO_ASCII)
            if read[:1] in "+0" and is_valid_phone(read, region):
                return None  # the first read has this number right (`9412…` without its `+95` is not)
            digits = classify_native_digits(_crop(image, words[start:end]), pack)
            if digits and _written_whole(digits, region) and (best is None or _better(start, end, digits, best)):
                best = (start, end, digits)
    return best


def _written_whole(digits: str, region: str) -> bool:
    """A valid number written as posters write it: with `+`, the trunk `0` or the country code.
    `2095326256` (a Lao number without its `0`, `+856` cut off) is valid to `phonenumbers` but is
    not what the poster shows, and the screening would not take it for a phone number."""
    code = str(phonenumbers.country_code_for_region(region))
    return (digits[0] in "+0" or digits.startswith(code)) and is_valid_phone(digits, region)


def _better(start: int, end: int, digits: str, best: tuple[int, int, str]) -> bool:
    """More digits, or as many in fewer words: a label before the number (`ເບີ`), whose glyphs are
    like no digit and left out, keeps its word."""
    return len(digits) > len(best[2]) or (len(digits) == len(best[2]) and end - start < best[1] - best[0])


def _is_piece(text: str) -> bool:
    return 0 < len(text) <= _PIECE
