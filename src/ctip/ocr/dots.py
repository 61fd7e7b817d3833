"""Dots inside an identifier that both reads lost (`daftarp3mi-resmi.co.id` for `daftar.p3mi-resmi.co.id`,
`hrgoldenasia [at] proton [dot] me` for `hr.goldenasia`), put back from the picture.

A dot between two letters is a small blob standing on the baseline, with blank columns on both sides
and nothing above it; Tesseract often reads right past it. When an identifier's word on the picture
holds more such blobs than the text has dots, the word is cut at the blobs and its pieces are read
once more (`eng`, the identifier characters); the dots are put back only when the pieces spell
exactly the word as read (nothing but dots added), so an identifier is never made up: the letters
are the reads', and each dot is one the picture shows. A speck of noise is smaller than a dot
and is passed over; a word whose pieces read differently stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from PIL import Image

from ctip.ocr.layout import Line, Word, parse_tsv

__all__ = ["dot_columns", "keeps_dots", "put_back_dots"]


def _label(ink: np.ndarray) -> tuple[np.ndarray, int]:
    """8-connected blobs of `ink`. scipy is imported here, not with the module: `ctip` starts
    without it (tests/core/test_core_startup_imports.py)."""
    from scipy import ndimage

    return ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))


def _objects(labels: np.ndarray) -> list:
    """Each blob's bounding slices (`scipy.ndimage.find_objects`)."""
    from scipy import ndimage

    return ndimage.find_objects(labels)

Runner = Callable[[list[str], Image.Image], str]

_DARK = 110
# Blobs are found on a looser threshold: the thin grey end of a serif `z` is part of the letter, not
# a dot of its own; a dot must also have a dark core (a grey speck of noise has none).
_GREY = 180
_WORD = re.compile(r"[A-Za-z0-9][\w.@:/~+-]*[A-Za-z0-9]")
_AT_WORD = re.compile(r"[\[({]?\s*at\s*[\])}]?", re.IGNORECASE)
_PIECE_ARGS = ["-l", "eng", "--psm", "6", "-c",
               "tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@_-/:+~", "tsv"]
_TARGET_HEIGHT = 56
_MARGIN = 30


def put_back_dots(image: Image.Image, line: Line, box: tuple[int, int, int, int], run: Runner) -> Line:
    """`line` (a contact line whose rows on the picture are `box`'s) with lost dots put back in its
    identifier-shaped words (see the module's docstring)."""
    words = list(line.words)
    for i, word in enumerate(words):
        follows = words[i + 1].text if i + 1 < len(words) else ""
        if not _candidate(word.text, follows):
            continue
        crop = image.crop((max(0, word.left - 2), box[1], min(image.width, word.right + 2), box[3])).convert("L")
        dots = dot_columns(np.asarray(crop))
        core = word.text.rstrip(".,;:)")
        if len(dots) <= core.count("."):
            continue
        dotted = _read_pieces(crop, dots, core, run)
        if dotted is not None:
            words[i] = Word(dotted + word.text[len(core):], word.left, word.top, word.width, word.height, word.conf)
    return Line(tuple(words))


def _candidate(text: str, follows: str) -> bool:
    """An e-mail address, link or handle (or the name before a spelled-out `[at]`)."""
    core = text.rstrip(".,;:)")
    if not core.isascii() or not _WORD.fullmatch(core) or sum(c.isalnum() for c in core) < 5:
        return False
    return "@" in core or "." in core or "/" in core or "_" in core or bool(_AT_WORD.fullmatch(follows))


def dot_columns(grey: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) columns of the dots inside one word's picture `grey` (the line's full height): connected
    blobs that are small, about square and filled, standing on the baseline of the letters around
    them, with ink on both sides (a full stop after the word is no part of it) and no second blob
    above them (a colon). Blobs, not column runs: the arm of an `r` reaches over the dot after it."""
    ink = grey < _GREY
    dark = grey < _DARK
    height = ink.shape[0]
    labels, count = _label(ink)
    boxes = _objects(labels)
    inked = np.nonzero(ink.any(axis=0))[0]
    if count < 3 or inked.size == 0:
        return []
    small = [box for box in boxes if box is not None and _dot_sized(box, height)]
    dots = []
    for rows, cols in small:
        if cols.start <= inked[0] + 1 or cols.stop >= inked[-1]:
            continue
        if any(other[0].stop <= rows.start and other[1].start < cols.stop and cols.start < other[1].stop
               for other in small if other != (rows, cols)):
            continue  # the lower dot of a colon
        filled = float((labels[rows, cols] > 0).mean())
        core = float(dark[rows, cols].mean())
        baseline = _local_baseline(dark, labels, cols, height)
        if filled >= 0.5 and core >= 0.3 and baseline is not None and abs(rows.stop - 1 - baseline) <= 0.06 * height:
            dots.append((cols.start, cols.stop))
    return sorted(dots)


def _dot_sized(box: tuple[slice, slice], height: int) -> bool:
    tall, wide = box[0].stop - box[0].start, box[1].stop - box[1].start
    return 0.05 * height <= tall <= 0.2 * height and 0.05 * height <= wide <= 0.2 * height and 0.5 <= tall / wide <= 2.0


def _local_baseline(ink: np.ndarray, labels: np.ndarray, cols: slice, height: int) -> float | None:
    """The median lowest ink row of the columns within a line height of `cols` (not `cols` itself):
    the baseline there, on a poster rotated a few degrees too."""
    near = [c for c in range(max(0, cols.start - height), min(ink.shape[1], cols.stop + height))
            if not cols.start <= c < cols.stop and ink[:, c].any()]
    if len(near) < 4:
        return None
    lowest = [ink.shape[0] - 1 - int(np.argmax(ink[::-1, c])) for c in near]
    return float(np.median(lowest))


def _read_pieces(crop: Image.Image, dots: list[tuple[int, int]], core: str, run: Runner) -> str | None:
    """`core` with a dot at each of `dots`, when the word's pieces between them read as `core`'s
    letters (case aside) and `core`'s own dots all fall at those places; else None."""
    # The dots rubbed out, and the word cut at their middles: an `r`'s arm may reach over its dot.
    clean = crop.copy()
    for start, end in dots:
        box = (start, 0, end, crop.height)
        region = np.asarray(clean.crop(box)).copy()
        region[_blob_mask(np.asarray(crop.crop(box)) < _GREY)] = 255
        clean.paste(Image.fromarray(region), box[:2])
    cuts = [0, *((start + end) // 2 for start, end in dots), crop.width]
    pieces = list(zip(cuts, cuts[1:], strict=False))
    crop = clean
    # Each piece on a line of its own: side by side, a read takes the gap for `_` or joins the pieces.
    scale = max(1.0, min(3.0, _TARGET_HEIGHT / max(1, crop.height)))
    tall = round(crop.height * scale)
    width = max(round((b - a) * scale) for a, b in pieces) + 2 * _MARGIN
    sheet = Image.new("L", (width, len(pieces) * (tall + _MARGIN) + _MARGIN), 255)
    for k, (a, b) in enumerate(pieces):
        part = crop.crop((a, 0, b, crop.height)).resize((max(1, round((b - a) * scale)), tall), Image.Resampling.LANCZOS)
        sheet.paste(part, (_MARGIN, _MARGIN + k * (tall + _MARGIN)))
    read = ["".join(w.text for w in line.words) for line in parse_tsv(run(_PIECE_ARGS, sheet)) if line.words]
    letters = core.replace(".", "")
    if len(read) != len(pieces) or "".join(read).lower() != letters.lower():
        return None
    out, at = [], 0
    for piece in read:
        out.append(letters[at:at + len(piece)])
        at += len(piece)
    dotted = ".".join(out)
    return dotted if keeps_dots(core, dotted) else None


def _blob_mask(ink: np.ndarray) -> np.ndarray:
    """The ink of the lowest blob in a dot's columns (the dot; an arm above it is kept)."""
    labels, count = _label(ink)
    if count == 0:
        return ink
    lowest = max(range(1, count + 1), key=lambda k: np.nonzero(labels == k)[0].max())
    return labels == lowest


def keeps_dots(core: str, dotted: str) -> bool:
    """`dotted` is `core` with dots added only (each dot `core` has is still there)."""
    i = 0
    for char in dotted:
        if i < len(core) and core[i] == char:
            i += 1
        elif char != ".":
            return False
    return i == len(core)
