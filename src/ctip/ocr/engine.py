"""Calling Tesseract: which language packs to use, with a time limit per image."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

from ctip.ocr.contacts import is_identifier_shaped, join_label_lines, join_split_identifiers, reread_contacts
from ctip.ocr.handles import repair_handles
from ctip.ocr.layout import Line, lines_text, parse_tsv
from ctip.ocr.linkforms import repair_link_forms
from ctip.ocr.phone_reads import (
    read_numeral_runs,
    region_for,
    repair_spelled_numerals,
    reread_native_digits,
    reread_phone_runs,
)
from ctip.ocr.script_words import reread_script_words
from ctip.ocr.text import repair_labels, tidy_ocr_text
from ctip.ocr.wallet_reads import reread_wallets
from ctip.ocr.wallets import repair_wallets
from ctip.ocr.wrap import join_wrapped

__all__ = ["LANG_PACKS", "OcrError", "OcrSettings", "detect_script", "ocr_image", "packs_for", "script_of",
           "tesseract_available"]

# The packs for each screened language; English is added to every script because posters mix
# in Latin contact details (@handles, URLs, "$1500").
LANG_PACKS = {
    "en": "eng",
    "vi": "vie+eng",
    "id": "ind+eng",
    "th": "tha+eng",
    "km": "khm+eng",
    "lo": "lao+eng",
    "my": "mya+eng",
    # Simplified only: with chi_tra beside it, Tesseract turned simplified posters into traditional
    # characters line by line, which the (simplified) indicator phrases then miss.
    "zh": "chi_sim+eng",
}
# Scripts told apart by a first, quick read with every script's pack at once → the packs of the real read.
SCRIPT_PACKS = {
    "Thai": LANG_PACKS["th"],
    "Khmer": LANG_PACKS["km"],
    "Lao": LANG_PACKS["lo"],
    "Myanmar": LANG_PACKS["my"],
    "Han": LANG_PACKS["zh"],
    "Latin": "eng+vie+ind",
}
DEFAULT_PACKS = "eng+vie+ind"  # no script found: Latin is the likeliest
SCOUT_PACKS = "khm+tha+lao+mya+chi_sim+eng"
SCOUT_LONG_SIDE = 1000  # the first read only needs to see which script it is: half size is enough
_SCRIPT_RANGES = (
    ("Thai", 0x0E00, 0x0E7F),
    ("Lao", 0x0E80, 0x0EFF),
    ("Khmer", 0x1780, 0x17FF),
    ("Myanmar", 0x1000, 0x109F),
    ("Han", 0x4E00, 0x9FFF),
    ("Han", 0x3400, 0x4DBF),
)


# A Chinese character is a whole syllable, written with two to four letters in the other scripts;
# counted once, a Chinese poster whose first read also gave a few Thai look-alikes (`ภา ต. ไซ ่ ก`,
# 7 Thai letters against 7 characters) was taken for Thai and read with the Thai pack.
_WEIGHTS = {"Han": 2}


class OcrError(RuntimeError):
    """Tesseract failed or ran out of time on one image."""


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """How images are read: time limit per image (seconds) and where cached results go."""

    time_limit: float = 60.0
    cache_dir: str | None = None
    enabled: bool = True


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


@lru_cache(maxsize=1)
def installed_packs() -> frozenset[str]:
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def packs_for(lang: str | None, script: str | None = None) -> str:
    """The `-l` argument for a post in `lang` (caption's language) or an image in `script`.

    Packs that are not installed are left out; English is the last resort.
    """
    wanted = LANG_PACKS.get(lang or "") or SCRIPT_PACKS.get(script or "") or DEFAULT_PACKS
    have = installed_packs()
    kept = [p for p in wanted.split("+") if not have or p in have]
    return "+".join(kept) or "eng"


def _run(args: list[str], image: Image.Image, time_limit: float) -> str:
    """Run tesseract on `image` (sent as PNG on stdin) and return its stdout."""
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", *args], input=buffer.getvalue(),
                              capture_output=True, timeout=time_limit, check=False,
                              env=_single_thread_env())
    except subprocess.TimeoutExpired:
        raise OcrError(f"reading the text took longer than {time_limit:g} s; the image was skipped") from None
    except FileNotFoundError:
        raise OcrError("Tesseract is not installed, so the text in pictures cannot be read: run "
                       "`make sysdeps` (or apt-get install tesseract-ocr), or use --no-ocr") from None
    except OSError as exc:
        raise OcrError(f"cannot run tesseract ({exc.strerror or exc})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed: {message[-1] if message else 'exit ' + str(done.returncode)}")
    return done.stdout.decode("utf-8", "replace")


@lru_cache(maxsize=1)
def _single_thread_env() -> dict[str, str]:
    import os

    # One Tesseract per worker process: its own OpenMP threads would only fight the pool for cores.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def script_of(text: str) -> str | None:
    """The script most letters of `text` are in; a non-Latin script wins from 15% of the letters,
    since posters in Thai or Khmer still carry Latin handles, URLs and prices. A Chinese
    character counts as two letters (a syllable, not a letter); identifier-shaped words do not count."""
    counts: dict[str, int] = {}
    latin = 0
    # Links, handles and wallets are Latin on posters of every script: their letters say nothing of
    # the poster's (a serif Chinese poster's first read gave 14 Chinese letters against a link and
    # a TRON address of 55 Latin ones, and was read as Latin).
    text = " ".join(token for token in text.split() if not is_identifier_shaped(token))
    for char in text:
        code = ord(char)
        if char.isascii():
            latin += char.isalpha()
            continue
        for name, low, high in _SCRIPT_RANGES:
            if low <= code <= high:
                counts[name] = counts.get(name, 0) + _WEIGHTS.get(name, 1)
                break
        else:
            latin += char.isalpha()
    if counts.get("Lao", 0) >= 0.15 * (counts.get("Lao", 0) + counts.get("Thai", 0)) and "Thai" in counts:
        # A read with every pack turns most of a Lao poster into Thai look-alikes, rarely the reverse.
        counts["Lao"] += counts.pop("Thai")
    if counts:
        best = max(counts, key=lambda k: counts[k])
        if counts[best] >= 0.15 * (latin + sum(counts.values())):
            return best
    return "Latin" if latin else None


def detect_script(image: Image.Image, time_limit: float) -> str | None:
    """The script of the text in `image`, from a quick read of a smaller copy with all packs.

    Tesseract's own script detection (OSD) took as long as a full read here and called Khmer
    and Thai posters "Latin"; reading with every pack at once is slower per line but sees the
    script right, and the real read then uses only that script's pack (cleaner text, Lao not
    mistaken for Thai)."""
    small = image
    if max(image.size) > SCOUT_LONG_SIDE:
        scale = SCOUT_LONG_SIDE / max(image.size)
        small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    have = installed_packs()
    packs = "+".join(p for p in SCOUT_PACKS.split("+") if not have or p in have) or "eng"
    lines = parse_tsv(_run(["-l", packs, "--psm", "3", "tsv"], small, time_limit))
    if _nearly_empty(lines_text(lines)):
        lines = parse_tsv(_run(["-l", packs, "--psm", "6", "tsv"], small, time_limit))
    script = script_of(lines_text(lines))
    if script == "Thai" and (not have or "lao" in have) and _unsure_thai(lines):
        return "Lao"
    return script


_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_SURE_THAI = 90.0
_MIN_THAI_LETTERS = 20


def _unsure_thai(lines: list[Line]) -> bool:
    """The first read's Thai letters are Lao ones taken for their Thai look-alikes: it read them with
    a mean confidence (per letter) below _SURE_THAI. With every pack at once, Tesseract reads most of
    a Lao poster as Thai (`ร้อยถิกหอทมาเร็ด…`, 122 Thai letters against 4 Lao ones): on the tuning
    seeds its Thai words on Lao posters averaged 82–88, on the Thai posters 93–95."""
    words = [w for line in lines for w in line.words if w.conf >= 0 and _THAI_LETTER.search(w.text)]
    letters = sum(len(_THAI_LETTER.findall(w.text)) for w in words)
    if letters < _MIN_THAI_LETTERS:
        return False
    mean = sum(w.conf * len(_THAI_LETTER.findall(w.text)) for w in words) / letters
    return mean < _SURE_THAI


_FEW_CHARACTERS = 10


def _nearly_empty(text: str) -> bool:
    """Tesseract's page layout found (almost) no text: on some framed cards it takes the whole
    poster for a picture. Reading it as one block of text (`--psm 6`) then finds the lines."""
    return sum(not c.isspace() for c in text) < _FEW_CHARACTERS


def _read_lines(image: Image.Image, packs: str, time_limit: float) -> list[Line]:
    lines = parse_tsv(_run(["-l", packs, "--psm", "3", "tsv"], image, time_limit))
    if _nearly_empty(lines_text(lines)):
        block = parse_tsv(_run(["-l", packs, "--psm", "6", "tsv"], image, time_limit))
        if len(lines_text(block)) > len(lines_text(lines)):
            return block
    return lines


def ocr_image(image: Image.Image, lang: str | None = None, *, time_limit: float = 60.0) -> tuple[str, str]:
    """(text, packs used) read from a normalised image; `lang` is the caption's language if known."""
    script = None if lang in LANG_PACKS else detect_script(image, time_limit)
    packs = packs_for(lang, script)
    lines = _read_lines(image, packs, time_limit)

    def run(args: list[str], sheet: Image.Image) -> str:
        return _run(args, sheet, time_limit)

    lines = reread_script_words(image, lines, packs, run)
    if "eng" in installed_packs() or not installed_packs():
        lines = reread_contacts(image, reread_wallets(image, lines, run), run)
        lines = reread_phone_runs(image, lines, packs, run)
    lines = reread_native_digits(image, lines, packs)
    lines = read_numeral_runs(image, lines, packs)
    text = join_label_lines(repair_labels(tidy_ocr_text(join_split_identifiers(lines_text(lines)))))
    # Labels again once the lines are joined: a poster may wrap inside one (`แอดโ` ⏎ `ลน์`).
    text = repair_labels(repair_wallets(join_wrapped(repair_handles(repair_link_forms(text)))))
    # Numerals after the lines are joined: a poster may wrap a spelled-out number.
    return repair_spelled_numerals(text, region_for(packs)), packs
