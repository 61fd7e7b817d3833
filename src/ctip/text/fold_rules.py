"""What folding removes and rewrites: invisible characters, look-alike letters, native digits."""

from __future__ import annotations

import re
import unicodedata

# Letters that render like Latin ones and are used to dodge keyword filters ("Теlеgrаm").
CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t",
    "в": "b", "н": "h", "ı": "i", "ɑ": "a", "ɡ": "g",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "Х": "x", "У": "y", "І": "i", "Ј": "j", "Ѕ": "s",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
}

# Invisible characters used to break keyword and number matching; NFKC keeps them. All of
# Unicode 14's format characters (Cf: zero-width space/joiners, bidi controls, soft hyphen, tags),
# plus the other default-ignorables (variation selectors, Hangul fillers, the combining grapheme
# joiner, Khmer's deprecated invisible vowels U+17B4/5, Mongolian selectors) and the keycap mark
# (U+20E3: "0️⃣" is digit + VS16 + keycap).
IGNORABLE = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u20e3\u3164\ufe00-\ufe0f"
    "\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
IGNORABLE_RE = re.compile(f"[{IGNORABLE}]")


def rewrite_char(ch: str) -> str:
    """Look-alike letter → Latin, non-ASCII decimal digit → ASCII, anything else unchanged."""
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    if not ch.isascii() and unicodedata.category(ch) == "Nd":
        return str(unicodedata.decimal(ch))
    return ch

# Thai SARA AM and Lao AM, HO NO, HO MO are single letters that NFKC splits in two (ำ → ํ + า).
# ctip folds the other way, two to one, so the usual spelling keeps exact one-for-one offsets and
# both spellings still match each other.
RECOMPOSE = {"\u0e4d\u0e32": "\u0e33", "\u0ecd\u0eb2": "\u0eb3", "\u0eab\u0e99": "\u0edc", "\u0eab\u0ea1": "\u0edd"}
KEEP = "".join(RECOMPOSE.values())
KEEP_PLACEHOLDER = "\u0e32"  # an NFKC-stable letter that composes with nothing, for normalisation checks
PAIR_RE = re.compile("|".join(RECOMPOSE))


def recompose(text: str) -> str:
    for pair, single in RECOMPOSE.items():
        if pair in text:
            text = text.replace(pair, single)
    return text
