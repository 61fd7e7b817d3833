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

from ctip.ocr.contacts import Runner, is_contact_line, is_identifier_shaped, read_stacked
from ctip.ocr.layout import Line, Word
from ctip.ocr.text import NO_SPACE_SCRIPTS

__all__ = ["LATIN_PACKS", "reread_script_words", "suspect"]

LATIN_PACKS = frozenset({"eng", "vie", "ind"})
_UNSURE = 85.0  # first-read confidence below which a Latin word on a non-Latin poster is suspect
# Right before an identifier a short Latin word is most likely the contact label misread, and
# Tesseract can be fairly sure of the wrong letters there (`ไลน์` read as `lau`, `au` at 85.x).
_UNSURE_LABEL = 93.0
_LABEL_LETTERS = 4
_MAX_LINES = 12


def suspect(word: Word, following: Word | None = None) -> bool:
    """A word the first read may have read as Latin though it is in the poster's script.

    Two letters are too few to say so alone (`HR`, `ok`), but enough right before an identifier
    (`hf yuenan_xinniang_888`, `au baby_care_home`): there they are most likely the contact
    label (微信, ไลน์) misread, and the label is what gives the identifier its type; there a word of
    up to four letters is suspect up to confidence 93 (`lau` ⏎ ไลน์ came at 85)."""
    text = word.text.strip(".,:;!?")
    labelled = following is not None and is_identifier_shaped(following.text)
    unsure = _UNSURE_LABEL if labelled and len(text) <= _LABEL_LETTERS else _UNSURE
    return (len(text) >= (2 if labelled else 3) and text.isascii() and text.isalpha() and 0 <= word.conf < unsure)


def _suspects(line: Line, after: Word | None) -> list[bool]:
    """Which words of `line` are suspect; `after` is the first word of the next line (a label
    ending a line, the handle starting the next one: `微信` ⏎ `yuenan_xinniang_888`)."""
    words = [*line.words, after]
    return [suspect(w, words[i + 1]) for i, w in enumerate(line.words)]


def _chosen(lines: list[Line]) -> list[tuple[int, list[bool]]]:
    """The lines to read again, with their suspect words: contact lines holding a suspect word,
    and any line where a suspect word comes right before an identifier (then it is the label)."""
    out = []
    for i, line in enumerate(lines):
        if not line.words:
            continue
        after = lines[i + 1].words[0] if i + 1 < len(lines) and lines[i + 1].words else None
        marked = _suspects(line, after)
        following = [*line.words[1:], after]
        # A suspect word right before an identifier is its label misread (`Aisa` ⏎ `xigang_travel_anna`
        # for 微信), even on a line that has no other sign of contact details.
        labelled = any(bad and nxt is not None and is_identifier_shaped(nxt.text)
                       for bad, nxt in zip(marked, following, strict=True))
        if any(marked) and (labelled or is_contact_line(line.text)):
            out.append((i, marked))
    return out[:_MAX_LINES]


def _in_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha() or NO_SPACE_SCRIPTS.match(c)]
    return bool(letters) and sum(bool(NO_SPACE_SCRIPTS.match(c)) for c in letters) >= 0.8 * len(letters)


def reread_script_words(image: Image.Image, lines: list[Line], packs: str, run: Runner) -> list[Line]:
    """`lines` with suspect Latin words of contact lines replaced by the script-only read (above)."""
    script = "+".join(p for p in packs.split("+") if p not in LATIN_PACKS)
    if not script:
        return lines
    chosen = _chosen(lines)
    if not chosen:
        return lines
    found = read_stacked(image, [lines[i] for i, _ in chosen], ["-l", script, "--psm", "6", "tsv"], run)
    out = list(lines)
    for slot, (index, marked) in enumerate(chosen):
        out[index] = Line(tuple(_replaced(word, found.get(slot, [])) if bad else word
                                for word, bad in zip(lines[index].words, marked, strict=True)))
    return out


def _replaced(word: Word, reread: list[Word]) -> Word:
    under = [w for w in reread if _overlap(w, word) >= 0.5 * max(1, w.width)]
    if not under or not all(_in_script(w.text) for w in under):
        return word
    # Surer on average over the word's width: a label read as `微` (47) `信` (92) beats `hf` (49).
    sure = sum(w.conf * w.width for w in under) / max(1, sum(w.width for w in under))
    if sure <= word.conf:
        return word
    return replace(word, text=" ".join(w.text for w in under), conf=sure)


def _overlap(a: Word, b: Word) -> int:
    return max(0, min(a.right, b.right) - max(a.left, b.left))
