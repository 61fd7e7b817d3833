"""TRON addresses read again from their own crop when the checksum repair could not save them.

A TRC-20 address read with three or more characters wrong (`TZC2]vExXy$zo06Gercziiq7U3…`) is
beyond the look-alike repair of `ocr.wallets`, which tries at most two edits. Its word is cut out
of the picture, enlarged to up to five heights and read alone as one line (`--psm 7`) with `eng` and
only the Base58 characters an address is made of. Each reading then goes through the same
checksum repair, and the word is replaced only by a reading whose checksum holds; when none
does, the word stays exactly as first read. A wrong reading passes the 4-byte checksum about once
in four billion tries, so the extra readings do not make inventing an address likely. This costs
up to five small Tesseract calls (one line each), and only on pictures holding a TRON-shaped word that fails.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PIL import Image

from ctip.extract.wallets import is_tron_address
from ctip.ocr.contacts import Runner
from ctip.ocr.layout import Line, Word
from ctip.ocr.wallets import BASE58, repair_tron

__all__ = ["BASE58", "reread_wallets"]

_TRON_LIKE = re.compile(r"T\S{31,37}")
_HEIGHTS = (64, 96, 48, 80, 128)  # Tesseract's misreads change with the size of the letters: up to five tries
_PAD = 8
_MAX_WORDS = 4


def reread_wallets(image: Image.Image, lines: list[Line], run: Runner) -> list[Line]:
    """`lines` with broken TRON addresses replaced by a crop's reading that validates (above)."""
    out = list(lines)
    budget = _MAX_WORDS
    for i, line in enumerate(lines):
        words = list(line.words)
        for j, word in enumerate(words):
            core = word.text.rstrip(",.;:)")
            if budget <= 0 or not _TRON_LIKE.fullmatch(core) or is_tron_address(repair_tron(core)):
                continue
            budget -= 1
            found = _read_crop(image, word, run)
            if found:
                words[j] = replace(word, text=found + word.text[len(core):])
        out[i] = Line(tuple(words))
    return out


def _read_crop(image: Image.Image, word: Word, run: Runner) -> str | None:
    box = (max(0, word.left - _PAD), max(0, word.top - _PAD), min(image.width, word.right + _PAD),
           min(image.height, word.bottom + _PAD))
    crop = image.crop(box).convert("L")
    args = ["-l", "eng", "--psm", "7", "-c", f"tessedit_char_whitelist={BASE58}"]
    for height in _HEIGHTS:
        scale = height / max(1, crop.height)
        sized = crop.resize((max(1, round(crop.width * scale)), height), Image.Resampling.LANCZOS)
        sheet = Image.new("L", (sized.width + 40, sized.height + 40), 255)
        sheet.paste(sized, (20, 20))
        read = "".join(run(args, sheet).split())
        repaired = repair_tron(read)
        if is_tron_address(repaired):
            return repaired
    return None
