"""Which look-alike letters are disguise: the rule that keeps genuine Cyrillic and Greek words.

A look-alike letter ("а" Cyrillic a, "ο" Greek omicron) folds to the Latin letter it imitates
when its word also has a Latin letter or an ASCII digit ("pаssport", "WhаtsApp", "jоb_hr",
"сс8866"), or when the text has no other letter of the look-alike scripts (Cyrillic, Greek,
Armenian, Cherokee) at all: a post in English with "ехро" written wholly in Cyrillic look-alikes.
In a text that does have genuine letters of those scripts ("привет", "λόγος"), a word without
Latin letters or digits is kept as written, so "как" stays Russian. A word is a run of letters,
marks, decimal digits, connectors ("_") and invisible characters.

The check is two flag tests per text; only texts with both look-alikes and genuine letters of
their scripts pay for the per-word pass (a few vectorised operations).
"""

from __future__ import annotations

import numpy as np

from ctip.text.fold import Scan
from ctip.text.unicode_tables import GENUINE, LATIN, LOOKALIKE, WORD

__all__ = ["kept_lookalikes"]


def kept_lookalikes(s: Scan) -> np.ndarray | None:
    """Positions of look-alike letters to keep as written (in words with no Latin letter of a
    text that has genuine Cyrillic/Greek/… letters), or None when every look-alike folds."""
    if not (s.found & LOOKALIKE and s.found & GENUINE):
        return None
    flags = s.flags
    word_id = np.cumsum((flags & WORD) == 0)  # a non-word character starts the next word
    latin = np.bincount(word_id, weights=(flags & LATIN) != 0)
    keep = np.flatnonzero(((flags & LOOKALIKE) != 0) & (latin[word_id] == 0))
    return keep if keep.size else None
