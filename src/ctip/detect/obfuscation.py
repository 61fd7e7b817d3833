"""I4 from the way a number is written: spaced single digits, digits spelled as words, letters for digits.

"0 9 7 1 2 3 4 5 6 7", "zero nine seven one two three four five six seven" and "O97 I23 4567" are
ways to get a phone number past filters (indicators.md I4, identifiers.md §2). They are found on
the normalised (lower-case, ASCII-digit) text, so Khmer, Thai, Lao and Burmese digits count too.
Thresholds follow the phone extractor: a run needs 7 or more digits to be a number.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ctip.text.automaton import automaton
from ctip.text.regex_first import with_first_set  # patterns that open with a look-behind

__all__ = ["obfuscated_number_spans"]

MIN_DIGITS = 7
# Single digits each followed by a separator: "0 9 7 1 2 3 4" (normal grouping "097 123 4567" is not this).
_SPACED = with_first_set(re.compile(r"(?<![0-9a-z])[0-9](?:[ .\-_·•/]{1,2}[0-9]){6,}(?![0-9])"))
# A token where a letter o/i/l stands next to a digit ("o97", "02o", "i23"), inside a run of digit-like tokens.
_MIXED = with_first_set(re.compile(r"(?<![a-z0-9])[0-9oil]*(?:[0-9][oil]|[oil][0-9])[0-9oil]*(?![a-z0-9])"))
_RUN = with_first_set(re.compile(r"(?<![a-z0-9])[0-9oil]+(?:[ .\-]{1,2}[0-9oil]+)*(?![a-z0-9])"))


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    text = resources.files("ctip.data").joinpath("identifiers", "digit_words.tsv").read_text(encoding="utf-8")
    return tuple(sorted({line.split("\t")[2].strip().lower() for line in text.splitlines()
                         if line.strip() and not line.startswith("#") and len(line.split("\t")) >= 3}))


_SEPARATORS = " .-_·•/"


@lru_cache(maxsize=1)
def _prefilter() -> tuple[Any, list[int]]:
    """One automaton for the cheap first test: digit words, "d d" pairs, and digit-letter pairs."""
    patterns: list[str] = []
    kinds: list[int] = []  # 0: digit word, 1: spaced digit pair, 2: letter next to a digit
    for word in _words():
        patterns.append(word)
        kinds.append(0)
    for a in "0123456789":
        for b in "0123456789":
            for sep in _SEPARATORS:
                patterns.append(a + sep + b)
                kinds.append(1)
        for letter in "oil":
            patterns += [a + letter, letter + a]
            kinds += [2, 2]
    return automaton(patterns), kinds


def _candidates(text: str) -> tuple[bool, bool, bool]:
    """Whether spaced digits, letter-digit mixes or digit words could be in `text` at all."""
    automaton, kinds = _prefilter()
    counts = [0, 0, 0]
    for index, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        counts[kinds[index]] += 1
    return counts[1] >= MIN_DIGITS - 1, counts[2] >= 1, counts[0] >= MIN_DIGITS


@lru_cache(maxsize=1)
def _word_run() -> re.Pattern[str]:
    words = _words()
    # Latin-script words need word boundaries; other scripts are written without spaces between words.
    latin = sorted((w for w in words if w.isascii()), key=len, reverse=True)
    other = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
    atom = "(?:" + "|".join([rf"\b(?:{'|'.join(map(re.escape, latin))})\b", *map(re.escape, other), "[0-9]"]) + ")"
    return re.compile(rf"{atom}(?:[\s,.\-]{{0,2}}{atom}){{{MIN_DIGITS - 1},}}")


def obfuscated_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans (into `text`, normalised) of numbers written to dodge filters."""
    spaced, mixed, words = _candidates(text)
    spans = [m.span() for m in _SPACED.finditer(text)] if spaced else []
    if mixed and _MIXED.search(text):
        for m in _RUN.finditer(text):
            run = m.group()
            if sum(c.isdigit() for c in run) >= MIN_DIGITS - 2 and len(re.sub(r"[ .\-]", "", run)) >= MIN_DIGITS \
                    and _MIXED.search(run):
                spans.append(m.span())
    for m in _word_run().finditer(text) if words else ():
        if sum(not c.isdigit() and not c.isspace() for c in m.group()) > sum(c.isdigit() for c in m.group()):
            spans.append(m.span())  # mostly words: "zero nine seven …" (a plain number is not obfuscated)
    return spans
