"""Character folding for matching: NFKC, native digits to ASCII, look-alikes to Latin, lower case.

`fold_run` folds a whole string with vectorised table lookups when that can be done one
character to one character (the common case: plain text, full-width forms, Khmer/Thai/Lao/
Myanmar digits, Cyrillic look-alikes); `fold_cluster` folds one base character with its
combining marks, for the rest. Both give the same result on the same characters. Invisible
characters and two-letter spellings (`fold_rules.PAIR_RE`) are handled by `fold_mapped`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ctip.text.fold_rules import KEEP, KEEP_PLACEHOLDER, PAIR_RE, recompose, rewrite_char
from ctip.text.unicode_tables import EXPANDING, IGNORABLE, MAPPED, PAIR_START, luts


def code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class Scan:
    """Code points of a text, their `unicode_tables` flags, and all flags or-ed together."""

    codes: np.ndarray
    flags: np.ndarray
    found: int


def scan(text: str) -> Scan:
    codes = code_points(text)
    flags = luts().flags[codes]
    return Scan(codes, flags, int(np.bitwise_or.reduce(flags)) if codes.size else 0)


def scan_many(texts: Sequence[str]) -> list[Scan]:
    """`scan` of each non-empty text, with one table lookup over all of them."""
    if not texts:
        return []
    codes = code_points("".join(texts))
    flags = luts().flags[codes]
    ends = np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)))
    starts = ends - np.fromiter(map(len, texts), np.int64, len(texts))
    found = np.bitwise_or.reduceat(flags, starts).tolist()
    return [Scan(codes[s:e], flags[s:e], int(f)) for s, e, f in zip(starts.tolist(), ends.tolist(), found, strict=True)]


def map_one_to_one(codes: np.ndarray, keep: np.ndarray | None = None) -> str:
    """The text of `codes` with every one-to-one fold applied (length unchanged); the look-alike
    letters at positions `keep` get their fold without the look-alike step."""
    tables = luts()
    mapped = tables.mapping[codes]
    if keep is not None:
        mapped[keep] = [tables.plain.get(c, c) for c in codes[keep].tolist()]
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


def hide_keep(text: str) -> str:
    """`text` prepared for `unicodedata.is_normalized`: letters ctip keeps whole although NFKC
    splits them (ำ) become a stable letter. Also Burmese vowel sign II (U+102E), which composes
    only after U+1025: without that letter it cannot change, but as a "maybe" character for NFKC
    it makes `is_normalized` run a full normalisation (~20 µs on a 300-character post)."""
    for ch in KEEP:
        if ch in text:
            text = text.replace(ch, KEEP_PLACEHOLDER)
    if "\u102e" in text and "\u1025" not in text:
        text = text.replace("\u102e", "\u102d")  # same class (0), never composes
    return text


def lower_one_to_one(mapped: str) -> str | None:
    """Lower-cased `mapped` if it is NFKC-stable and lower-casing keeps its length, else None."""
    if not unicodedata.is_normalized("NFKC", hide_keep(mapped)):
        return None
    folded = mapped.lower()
    return folded if len(folded) == len(mapped) else None


def fold_run(text: str, scanned: Scan | None = None, keep: np.ndarray | None = None) -> str | None:
    """Folded `text` when every character folds to exactly one character, else None.

    Then the folded text lines up with `text` position by position. None when `text` holds
    invisible characters, a two-letter spelling to recompose (ํา), characters whose fold is
    longer (ligatures, "⑩"), or is not NFKC-stable after the one-to-one rewrites (decomposed
    accents). Look-alike letters at positions `keep` are not folded to Latin.
    """
    s = scanned or scan(text)
    if s.found & (IGNORABLE | EXPANDING) or (s.found & PAIR_START and PAIR_RE.search(text)):
        return None
    return lower_one_to_one(map_one_to_one(s.codes, keep) if s.found & MAPPED else text)


@lru_cache(maxsize=65536)
def fold_cluster(cluster: str, lookalike: bool = True) -> str:
    """Fold one base character and its combining marks (invisible characters already removed);
    look-alike letters stay as written when `lookalike` is False."""
    nfkc = recompose(unicodedata.normalize("NFKC", cluster))
    rewritten = "".join(rewrite_char(c, lookalike) for c in nfkc)
    if rewritten != nfkc:  # a look-alike became a letter its marks compose with: "а" + ́ → "á"
        rewritten = recompose(unicodedata.normalize("NFKC", rewritten))
    return rewritten.lower()


def is_mark(ch: str) -> bool:
    """True for characters that belong to the preceding base character (combining marks)."""
    return unicodedata.category(ch)[0] == "M" or unicodedata.combining(ch) != 0
