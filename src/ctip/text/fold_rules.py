"""What folding removes and rewrites: invisible characters, look-alike letters, native digits."""

from __future__ import annotations

import re
import unicodedata

from ctip.text.lookalikes import lookalikes

# Letters that render like Latin ones and are used to dodge keyword filters ("Теlеgrаm"), to the
# lower-case letter they imitate (`lookalikes` explains where the table comes from).
CONFUSABLES = {ch: latin.lower() for ch, latin in lookalikes().items()}

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


def rewrite_char(ch: str, lookalike: bool = True) -> str:
    """Look-alike letter → Latin (unless `lookalike` is False), non-ASCII decimal digit → ASCII,
    anything else unchanged."""
    if lookalike and ch in CONFUSABLES:
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
