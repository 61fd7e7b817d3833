"""Words of the poster's script that the first read took for Latin, read again with the script alone.

The first read of a Thai, Lao, Khmer, Burmese or Chinese poster uses the script's pack plus
`eng` (for handles, links and prices). On a contact line Tesseract then sometimes reads a word
of the script as Latin letters (`แอดไลน์` → `alausiu`), so the label before a LINE ID is lost
and the ID gets no type. Such a word is unsure (low confidence), made of letters only, and shaped
like no identifier. The contact lines holding one are cut out, stacked and read once more with
the script's pack alone; a suspect word is replaced by what that read found in its place when
the read found the script's letters there and was surer of them than the first read was of
the Latin word. Latin words read with confidence (`Call center`, `salary`) are never touched.
"""

from __future__ import annotations

from dataclasses import replace

from PIL import Image

from ctip.ocr.contacts import Runner, is_contact_line, read_stacked
from ctip.ocr.layout import Line, Word
from ctip.ocr.text import NO_SPACE_SCRIPTS

__all__ = ["LATIN_PACKS", "reread_script_words", "suspect"]

LATIN_PACKS = frozenset({"eng", "vie", "ind"})
_UNSURE = 85.0  # first-read confidence below which a Latin word on a non-Latin poster is suspect
_MAX_LINES = 12


def suspect(word: Word) -> bool:
    """A word the first read may have read as Latin though it is in the poster's script."""
    text = word.text.strip(".,:;!?")
    return (len(text) >= 3 and text.isascii() and text.isalpha() and 0 <= word.conf < _UNSURE)


def _in_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha() or NO_SPACE_SCRIPTS.match(c)]
    return bool(letters) and sum(bool(NO_SPACE_SCRIPTS.match(c)) for c in letters) >= 0.8 * len(letters)


def reread_script_words(image: Image.Image, lines: list[Line], packs: str, run: Runner) -> list[Line]:
    """`lines` with suspect Latin words of contact lines replaced by the script-only read (above)."""
    script = "+".join(p for p in packs.split("+") if p not in LATIN_PACKS)
    if not script:
        return lines
    chosen = [i for i, line in enumerate(lines)
              if line.words and is_contact_line(line.text) and any(suspect(w) for w in line.words)][:_MAX_LINES]
    if not chosen:
        return lines
    found = read_stacked(image, [lines[i] for i in chosen], ["-l", script, "--psm", "6", "tsv"], run)
    out = list(lines)
    for slot, index in enumerate(chosen):
        out[index] = Line(tuple(_replaced(word, found.get(slot, [])) for word in lines[index].words))
    return out


def _replaced(word: Word, reread: list[Word]) -> Word:
    if not suspect(word):
        return word
    under = [w for w in reread if _overlap(w, word) >= 0.5 * max(1, w.width)]
    if not under or not all(_in_script(w.text) for w in under):
        return word
    if min(w.conf for w in under) <= word.conf:
        return word
    return replace(word, text=" ".join(w.text for w in under), conf=min(w.conf for w in under))


def _overlap(a: Word, b: Word) -> int:
    return max(0, min(a.right, b.right) - max(a.left, b.left))
