"""A second, English-only read of the lines that hold contact details.

The first read uses the poster's script pack (Thai, Chinese, Vietnamese...), which reads words
well but breaks identifiers: `_` read as a space, `@` as `Q`, `wa.me` as Thai letters, `O` for
`0`. Lines that look like contact lines are cut out, enlarged, stacked into one picture and read
once more with `eng` and a whitelist of the characters identifiers are made of. Each word of that
read which is shaped like an identifier replaces the first read's words under it (matched by
position on the picture), so the rest of the line keeps its script.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PIL import Image

from ctip.extract.wallets import is_tron_address
from ctip.ocr.dots import keeps_dots, put_back_dots
from ctip.ocr.image import true_runs
from ctip.ocr.layout import Line, Word, parse_tsv
from ctip.ocr.text import tidy_ocr_text
from ctip.ocr.wallets import BASE58, HEX_MISREADS

__all__ = ["CONTACT_WHITELIST", "is_contact_line", "is_identifier_shaped", "join_label_lines", "join_open_handles", "join_split_identifiers", "join_underscores", "read_stacked",
           "repair_token", "reread_contacts", "splice"]

CONTACT_WHITELIST = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                     "@._-/:+~?=&%#(),; ")  # the space too: without it, words run together
_TARGET_HEIGHT = 56  # line boxes enlarged to about this height: Tesseract reads small text worst
_GAP = 40
_PAD = 6
_MAX_LINES = 24  # a poster rarely has more contact lines; bounds the time of the second read

_CUE = re.compile(
    r"@|://|www|\.me\b|\.com|0x|_|\d[\d \-.:()]{5,}\d|[A-Za-z0-9]{2,}\.[A-Za-z]{2,}"
    r"|telegram|whats|wechat|zalo|line|viber|signal|tel|call|contact|wa\b|e-?mail|[\[(]at[\])]"
    r"|微信|电话|飞机|联系|โทร|ไลน์|ติดต่อ",
    re.IGNORECASE,
)
# Whole tokens shaped like an identifier (trailing punctuation allowed); a looser test let a
# Thai line read as Latin garbage (`riawiu_9:00-18:00duns`) replace real words.
# (`gle`: Google Forms links, `forms.gle/…`, which job posters use for "application forms"; `ly`: bit.ly.)
_TLD = r"(?:com|net|org|info|biz|io|me|cn|kh|vn|th|la|mm|id|co|ph|my|sg|app|xyz|top|gle|ly|jp|kr|tw|hk|asia|online|site)"
_SHAPES = re.compile(
    r"[(]?(?:"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|@[A-Za-z0-9_.]{3,}"  # @handle
    r"|[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]+"  # handle with an underscore
    r"|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\." + _TLD + r"(?:/[\w./~?=&%#+-]*)?"  # link
    r"|0x[0-9a-fA-F]{8,}|T[1-9A-HJ-NP-Za-km-z]{20,}"  # wallets
    r"|\+?[\d().+-]*\d[\d().+-]*"  # numbers
    r")[),.;:]?"
)
_STRONG = re.compile(r"@\w|://|www\.|\.me/|_|0x|^T")
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5",
                                   "B": "8", "Z": "2"})


def is_contact_line(text: str) -> bool:
    # Tesseract puts a space between Thai (and Chinese) letters: `ไล น ์` must still be the label ไลน์.
    return bool(_CUE.search(tidy_ocr_text(text)))


def repair_token(token: str) -> str:
    """Letters misread for digits inside a token that is mostly digits (`O81` → `081`).

    Only tokens with at least twice as many digits as letters (and at most two letters) are
    touched, so words and handles keep their letters; a `t` read for the `+` before a long
    number is put back, and a dot read as a dash in `www-` / `.com-kh`."""
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if digits >= 2 and digits >= 2 * letters and letters <= 2:
        token = token.translate(_DIGIT_LOOKALIKES)
    token = re.sub(r"^[tT](?=\d{9,}\b)", "+", token)
    # A dot read as a dash or comma where only a dot can be: "www-site", ".com-kh".
    token = re.sub(r"^((?:https?://)?www)[-,]", r"\1.", token)
    return re.sub(r"\.(com|net|org|gov|edu|co)[-,]([a-z]{2})\b", r".\1.\2", token)


def is_identifier_shaped(token: str) -> bool:
    """`token` looks like an e-mail, handle, link, wallet or number (see `_SHAPES`)."""
    return _shaped(token)


def _shaped(token: str) -> bool:
    if not _SHAPES.fullmatch(token):
        return False
    return bool(_STRONG.search(token)) or sum(c.isdigit() for c in token) >= 2 or "." in token


def splice(line: Line, reread: list[Word], follows: str = "") -> Line:
    """`line` with each identifier-shaped word of `reread` in place of the words it covers
    (`follows`: the first word of the next line, where a wrapped `[at]` may be)."""
    words = list(line.words)
    cover: dict[int, list[Word]] = {}
    extra: list[Word] = []
    ordered = sorted(reread, key=lambda w: w.left)
    for k, new in enumerate(ordered):
        if not (_shaped(new.text) or _mail_name([*ordered, Word(follows, 0, 0, 0, 0)], k)):
            continue
        if any(_overlap(old, new) >= 0.6 * max(1, old.width) and _worse_copy(new.text, old.text) for old in words):
            continue  # the first read has this identifier whole, and better
        under = [i for i, old in enumerate(words) if _overlap(old, new) >= 0.6 * max(1, old.width)
                 and not _cut_short(new.text, old.text) and not is_tron_address(old.text.rstrip(",.;:)"))
                 and not _piece_of_number(new, old)]
        if not (_STRONG.search(new.text) or _outread(new, [words[i] for i in under])):
            under = [i for i in under if words[i].text.isascii()]
        if under:
            for i in under:
                cover.setdefault(i, []).append(new)
        elif _STRONG.search(new.text) and not _inside_identifier(new, words):
            extra.append(new)  # the first read missed it (or read it inside a word of another script)
    out: list[Word] = []
    placed: set[int] = set()
    for i, old in enumerate(words):
        if i not in cover:
            out.append(old)
            continue
        for new in cover[i]:
            if id(new) not in placed:
                placed.add(id(new))
                out.append(new)
    if extra:
        out = sorted([*out, *extra], key=lambda w: w.left)
    return Line(tuple(out))


_AT_WORD = re.compile(r"[\[({]?\s*at\s*[\])}]?", re.IGNORECASE)
_MAIL_NAME = re.compile(r"[A-Za-z0-9][\w.+-]*[A-Za-z0-9]")
_SURE = 80.0  # the second read's confidence from which it may replace words of another script


def _mail_name(words: list[Word], k: int) -> bool:
    """The word before a spelled-out `[at]` (`laosez.recruit [at] hotmail [dot] com`): the name of
    an e-mail address, though not identifier-shaped by itself."""
    return (k + 1 < len(words) and bool(_AT_WORD.fullmatch(words[k + 1].text))
            and bool(_MAIL_NAME.fullmatch(words[k].text)))


def _outread(new: Word, old: list[Word]) -> bool:
    """The second read is sure of `new` and the first read was not sure of the words under it
    (a Latin name read with the Thai pack comes out as Thai letters of low confidence)."""
    if new.conf < _SURE or not old or any(w.conf < 0 for w in old):
        return False
    width = sum(w.width for w in old) or 1
    return sum(w.conf * w.width for w in old) / width < new.conf - 15


# A word whose checksum holds (a TRON address the first read, or its crop's read, got right) is
# proven: the second read of the whole line can only make it worse.


def _cut_short(new: str, old: str) -> bool:
    """The second read lost the part after an underscore that the first read has (`yuenan_xinniang`
    + `888` read again under `yuenan_xinniang_888`): the first read's word is the better one."""
    core = new.strip("(),.;:")
    at = old.find(core) if core else -1
    return at >= 0 and old[at + len(core):at + len(core) + 2][:1] == "_" and old[at + len(core) + 1:][:1].isalnum()


_URL_START = re.compile(r"(?:https?://)?www\.", re.IGNORECASE)
# Look-alikes a read may give twice for one letter on the picture (`0o` for `o`, `Pp` for `p`).
_TWINS = frozenset(map(frozenset, ("0o", "0O", "oO", "1l", "1I", "lI", "l|", "1|", "5S", "8B", "2Z",
                                   "Pp", "Cc", "Ss", "Uu", "Vv", "Ww", "Xx", "Zz", "Kk")))


def _worse_copy(new: str, old: str) -> bool:
    """The second read gives the first read's identifier with a dot lost (`tuyendung@vietstarhrcom.vn`
    under `tuyendung@vietstarhr.com.vn`) or one letter read twice as itself and its look-alike
    (`www.0otresbay-travel.com` under `www.otresbay-travel.com`): the first read, already a whole
    identifier, saw the picture better; a read does not make up a dot or lose a doubled letter."""
    new, old = new.strip("(),;:"), old.strip("(),;:")
    if _URL_START.match(old) and _URL_START.match(new):  # a host's case means nothing: `Www.` is `www.`
        new, old = new.lower(), old.lower()
    if new == old or not old.isascii() or not _shaped(old) or not _STRONG.search(old) and "." not in old:
        return False
    if "." in old and _without_some_dots(old, new):
        return True
    return len(new) == len(old) + 1 and any(
        new[:i] + new[i + 1:] == old and (frozenset(new[i - 1:i + 1]) in _TWINS or frozenset(new[i:i + 2]) in _TWINS)
        for i in range(len(new)))


def _without_some_dots(old: str, new: str) -> bool:
    """`new` is `old` with one or more of its dots left out, and nothing else changed."""
    return len(new) < len(old) and keeps_dots(new, old)


_NUMBER = re.compile(r"\+?\d[\d().-]{5,}\d[,.;:]?")


def _piece_of_number(new: Word, old: Word) -> bool:
    """The second read split a long number the first read has whole (`+6391` + `69492998` under
    `+639169492998`): a piece covering only part of it would drop the rest, so the first read stays."""
    return bool(_NUMBER.fullmatch(old.text)) and _overlap(old, new) < 0.85 * old.width


def _inside_identifier(new: Word, words: list[Word]) -> bool:
    """`new` lies on an identifier the first read already has (`@xigang` read again from under
    `Q@xigang_trip_anna`): a piece of it, not something the first read missed."""
    return any(old.text.isascii() and _STRONG.search(old.text) and _overlap(old, new) >= 0.6 * max(1, new.width)
               for old in words)


def _overlap(a: Word, b: Word) -> int:
    return max(0, min(a.right, b.right) - max(a.left, b.left))


Runner = Callable[[list[str], Image.Image], str]


def reread_contacts(image: Image.Image, lines: list[Line], run: Runner) -> list[Line]:
    """`lines` with their contact details read again (see the module's docstring).

    `run(args, image)` runs Tesseract and returns its output, so the caller's time limit holds."""
    chosen = [i for i, line in enumerate(lines) if line.words and is_contact_line(line.text)][:_MAX_LINES]
    if not chosen:
        return lines
    args = ["-l", "eng", "--psm", "6", "-c", f"tessedit_char_whitelist={CONTACT_WHITELIST}", "tsv"]
    found = {slot: [replace(w, text=repair_token(w.text)) for w in words]
             for slot, words in read_stacked(image, [lines[i] for i in chosen], args, run).items()}
    out = list(lines)
    for slot, index in enumerate(chosen):
        follows = lines[index + 1].words[0].text if index + 1 < len(lines) and lines[index + 1].words else ""
        spliced = splice(lines[index], join_open_handles(found[slot]), follows) if slot in found else lines[index]
        box = lines[index].box()
        out[index] = put_back_dots(image, join_underscores(image, spliced, box), box, run)
    return out


def read_stacked(image: Image.Image, lines: list[Line], args: list[str], run: Runner) -> dict[int, list[Word]]:
    """`lines` cut out, enlarged, stacked and read once with `args`: the words read on each line
    (by its index in `lines`), placed back on the picture's x axis (top and height left 0)."""
    sheet, places = _stack(image, lines)
    found: dict[int, list[Word]] = {}
    for reread_line in parse_tsv(run(args, sheet)):
        for word in reread_line.words:
            middle = word.top + word.height // 2
            for slot, (top, bottom, left, x0, scale) in enumerate(places):
                if top <= middle < bottom:
                    found.setdefault(slot, []).append(Word(
                        word.text, left + round((word.left - x0) / scale), 0,
                        max(1, round(word.width / scale)), 0, word.conf))
                    break
    return found


_OPEN_MAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+")
_MAIL_REST = re.compile(r"[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}[.,;:]?")


def join_open_handles(words: list[Word]) -> list[Word]:
    """A handle read as two words because it ends the first at an underscore (`@vte_english_` +
    `centre`) joined again: no messenger allows a handle ending in `_`, so the next word is its rest.
    Likewise an e-mail address whose domain has no dot yet (`tuyendung@vietsta` + `rhr.com.vn`): a
    domain needs one, so the next word, shaped like a domain's rest, is the rest."""
    out: list[Word] = []
    for word in sorted(words, key=lambda w: w.left):
        last = out[-1] if out else None
        if last is not None and ((last.text.endswith("_") and _handle_start(last.text)
                                  and word.text[:1].isascii() and word.text[:1].isalnum())
                                 or (_OPEN_MAIL.fullmatch(last.text) and _MAIL_REST.fullmatch(word.text))):
            out[-1] = Word(last.text + word.text, last.left, last.top, word.right - last.left, last.height, min(last.conf, word.conf))
        else:
            out.append(word)
    return out


def join_underscores(image: Image.Image, line: Line, box: tuple[int, int, int, int]) -> Line:
    """Two Latin words joined by `_` where the gap between them is underlined on the picture.

    Both reads often take an underscore for a space (`@LaoSEZ Recruit`); the picture itself
    says which: an underscore is a dark stroke across the whole gap, low in the line."""
    if len(line.words) < 2:
        return line
    top, bottom = box[1], box[3]
    height = max(1, bottom - top)
    words = [line.words[0]]
    for word in line.words[1:]:
        last = words[-1]
        if (_handle_start(last.text) and word.text.isascii() and last.text[-1:].isalnum()
                and word.text[:1].isalnum()
                and (_underlined(image, last.right, word.left, top, bottom - height * 0.35, bottom + height * 0.05)
                     or (word.left - last.right < 0.3 * height
                         and _stroke_at_boundary(image, last.right, word.left, top, bottom))
                     or (word.left - last.right < height
                         and _stroke_below_baseline(image, box, last.right, word.left)))):
            words[-1] = Word(f"{last.text}_{word.text}", last.left, last.top, word.right - last.left, last.height, min(last.conf, word.conf))
        else:
            words.append(word)
    return Line(tuple(words))


def _handle_start(text: str) -> bool:
    """A word an underscore may continue: an @handle, a link, or a word already holding `_`."""
    return text.isascii() and (text.startswith("@") or "_" in text or "/" in text)


def _underlined(image: Image.Image, left: int, right: int, line_top: int, top: float, bottom: float) -> bool:
    left, right = left + 1, right - 1
    if right - left < 4:
        return False
    area = image.crop((left, line_top, right, min(image.height, round(bottom)))).convert("L")
    width = area.width
    pixels = area.load()
    start = max(0, round(top) - line_top)
    middle = range(width // 3, width - width // 3)
    for y in range(start, area.height):
        # The longest dark run of a row, not the whole row: on a slightly rotated poster the word
        # boxes overlap the gap, so a letter's edge fills one end of it.
        if _longest_dark(pixels, width, y) < max(6, 0.6 * width):
            continue
        # ...and nothing above it in the middle of the gap: a stroke alone, not part of a letter.
        if all(pixels[x, row] >= 110 for x in middle for row in range(0, max(0, y - 3))):
            return True
    return False


def _stroke_at_boundary(image: Image.Image, right: int, left: int, top: int, bottom: int) -> bool:
    """An underscore Tesseract put inside one of the two word boxes (they touch: `pretty_job` read
    as `pretty` + `job`): a dark stroke low in the line, near where the boxes meet, with nothing
    above it across its length (a letter's foot or a descender always has its stem above it)."""
    height = max(1, bottom - top)
    x0, x1 = max(0, right - round(0.15 * height)), min(image.width, left + round(0.4 * height))
    if x1 - x0 < 8:
        return False
    area = image.crop((x0, top, x1, min(image.height, bottom + round(0.05 * height)))).convert("L")
    pixels = area.load()
    for y in range(round(0.6 * height), area.height):
        for start, end in _dark_runs(pixels, area.width, y):
            if end - start < max(8, 0.18 * height):
                continue
            inner = range(start + (end - start) // 4, end - (end - start) // 4)
            if all(pixels[x, row] >= 110 for x in inner for row in range(0, max(0, y - 3))):
                return True
    return False


def _stroke_below_baseline(image: Image.Image, box: tuple[int, int, int, int], right: int, left: int) -> bool:
    """An underscore near the gap between two word boxes that Tesseract drew too wide or too narrow
    (`@hope` boxed short of its `e`, `babies` boxed over the underscore; `@tuyendung` boxed over
    `cpc`): a dark stroke below the line's baseline, within half a line height of the gap, with
    nothing above its middle half. Below the baseline only descenders reach (`g`, `p`, `y`), and
    they have a stem above them; a letter's foot (`L`, `z`) sits on the baseline, not below it."""
    top, bottom = box[1], box[3]
    height = max(1, bottom - top)
    x0 = max(0, min(right, left) - height // 2)
    x1 = min(image.width, max(right, left) + round(0.4 * height))
    if x1 - x0 < 8:
        return False
    # The baseline from the letters near the gap only: a poster rotated by 3° moves it by a line
    # height across a long line.
    near = (max(0, x0 - height), min(image.width, x1 + height))
    ink = np.asarray(image.crop((near[0], top, near[1], min(image.height, bottom + height // 10))).convert("L")) < 110
    baseline = _baseline(ink)
    if baseline is None:
        return False
    area = ink[:, x0 - near[0]:x1 - near[0]]
    for y in range(baseline + 2, area.shape[0]):
        for start, end in true_runs(area[y].tolist()):
            if end - start < max(8, 0.25 * height):
                continue
            inner = area[:max(0, y - 3), start + (end - start) // 4:end - (end - start) // 4]
            if not inner.any():
                return True
    return False


def _baseline(ink: np.ndarray) -> int | None:
    """The row most letters of a line stand on: the median of the lowest ink row of each inked column
    (descenders and underscores are a minority of the columns)."""
    columns = np.nonzero(ink.any(axis=0))[0]
    if columns.size < 10:
        return None
    lowest = ink.shape[0] - 1 - np.argmax(ink[::-1, columns], axis=0)
    return int(np.median(lowest))


def _dark_runs(pixels, width: int, y: int) -> list[tuple[int, int]]:  # noqa: ANN001 (Pillow's PixelAccess)
    return true_runs(pixels[x, y] < 110 for x in range(width))


def _longest_dark(pixels, width: int, y: int) -> int:  # noqa: ANN001 (Pillow's PixelAccess)
    best = run = 0
    for x in range(width):
        run = run + 1 if pixels[x, y] < 110 else 0
        best = max(best, run)
    return best


def _stack(image: Image.Image, lines: list[Line]) -> tuple[Image.Image, list[tuple[int, int, int, int, float]]]:
    """The lines cut out, enlarged to one height and stacked on white, with where each went:
    (top, bottom, line's left in the image, left in the sheet, scale)."""
    crops = []
    for line in lines:
        left, top, right, bottom = line.box()
        box = (max(0, left - _PAD), max(0, top - _PAD), min(image.width, right + _PAD),
               min(image.height, bottom + _PAD))
        crop = image.crop(box)
        scale = min(3.0, max(1.0, _TARGET_HEIGHT / max(1, bottom - top)))
        if scale > 1.0:
            crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
        crops.append((crop, box[0], left - box[0], scale))
    width = max(c.width for c, *_ in crops) + 2 * _GAP
    height = sum(c.height + _GAP for c, *_ in crops) + _GAP
    sheet = Image.new("L", (width, height), 255)
    places = []
    y = _GAP
    for crop, box_left, pad, scale in crops:
        sheet.paste(crop.convert("L"), (_GAP, y))
        places.append((y - _GAP // 2, y + crop.height + _GAP // 2, box_left + pad, _GAP + round(pad * scale), scale))
        y += crop.height + _GAP
    return sheet, places


# "0x…" (its 0 maybe read as O), pieces of hex digits and of the few marks read for a 1 or a 0.
_HEX_READ = "0-9a-fA-F" + re.escape("".join(HEX_MISREADS))
_SPLIT_HEX = re.compile(f"(?<![A-Za-z0-9])[0Oo]x[0-9a-fA-F]+[{_HEX_READ}]*(?: [{_HEX_READ}]*[0-9a-fA-F]+[{_HEX_READ}]*)+")
_SPLIT_TRON = re.compile(f"\\bT[{BASE58}]+(?: [{BASE58}]+)+")
_SPLIT_LINK_DIGITS = re.compile(r"(?:(?<=wa\.me/)|(?<=[?&]phone=))\d+(?: \d+)+")  # wa.me/… and api.whatsapp.com/send?phone=…


def join_split_identifiers(text: str) -> str:
    """Spaces Tesseract puts inside long identifiers taken out again, when the joined pieces have
    exactly the identifier's length: a 40-digit hex wallet, a 34-letter TRON wallet, the digits
    of a wa.me link (8-15)."""
    text = _SPLIT_HEX.sub(lambda m: _joined(m.group(), 42), text)
    text = _SPLIT_TRON.sub(lambda m: _joined(m.group(), 34), text)
    return _SPLIT_LINK_DIGITS.sub(lambda m: _joined(m.group(), range(8, 16)), text)


def _joined(found: str, length: int | range) -> str:
    """`found` with the fewest leading pieces joined that reach `length`; unchanged if none do."""
    pieces = found.split(" ")
    lengths = length if isinstance(length, range) else range(length, length + 1)
    joined = pieces[0]
    for count in range(1, len(pieces)):
        joined += pieces[count]
        if len(joined) in lengths and (count + 1 == len(pieces) or len(joined) == lengths[-1]
                                       or len(joined + pieces[count + 1]) not in lengths):
            return " ".join([joined, *pieces[count + 1:]])
    return found


# A label that ends a line, maybe with the start of a number after it: the poster wrapped the
# line there ("微信" / "xiaoyu_mall"), which the extractor would read as two separate lines.
_LABEL_AT_END = re.compile(
    r"(?:telegram|tele|tg|whatsapp|wa|wechat|weixin|line(?: id)?|zalo|viber|signal|e-?mail|hub|hubungi"
    r"|contact|call|liên hệ|sđt|微信|飞机|电报|电话|联系|ไลน์|ไอดีไลน์|ติดต่อ|โทร)"
    r"\s*[:：]?(?:\s*\+?\d[\d -]*)?$",
    re.IGNORECASE,
)


def join_label_lines(text: str) -> str:
    """Line breaks right after a contact label turned into spaces when the next line starts with
    an identifier-shaped word."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        first = line.split(" ", 1)[0]
        if out and _LABEL_AT_END.search(out[-1]) and first and _SHAPES.fullmatch(first) and _shaped(first):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)
