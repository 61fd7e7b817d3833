"""Map a span of the normalised text back to the original and to a clean "as written" form.

Identifiers are ASCII by nature (handles, WeChat/LINE ids, e-mail, URL paths, wallets), so the
"as written" form folds what disguises them: full-width and mathematical forms (NFKC), invisible
characters (dropped), native digits, and look-alike letters of other scripts to the ASCII letter
they imitate with the case kept (`ctip.text.lookalikes`; a TRON address typed with a Cyrillic
"о" then passes its checksum). A candidate written only with look-alike letters and no ASCII
letter, digit or inner connector ("@сосорехх", not "τ.мε/κагαоке_ρр") is an ordinary word of
another script, not an identifier (`disguised_word`), unless a platform label vouches for it
(`ctip.extract.api`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ctip.text.fold_rules import IGNORABLE_RE
from ctip.text.lookalikes import lookalikes
from ctip.text.normalise import NormText


@cache
def _ascii_fold() -> dict[int, str]:
    """str.translate table: look-alike letter → ASCII letter (case kept), native digit → ASCII."""
    table = {ord(ch): latin for ch, latin in lookalikes().items()}
    for cp in range(0x80, 0x20000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.decimal(ch))
    return table


def fold_identifier(raw: str) -> str:
    """`raw` as an ASCII identifier: NFKC, invisible characters dropped, look-alikes and native
    digits to ASCII (anything else is kept, so a non-ASCII letter still fails validation)."""
    if raw.isascii():
        return raw
    return IGNORABLE_RE.sub("", unicodedata.normalize("NFKC", raw)).translate(_ascii_fold())


# "_", ".", "/" or "-" between two characters: words of other scripts are not written like
# "τ.мε/κагαоке_ρр" or "нοре_вαЬιεѕ", identifiers are.
_CONNECTED = re.compile(r"[^\s._/\-][._/\-]+[^\s._/\-]")


def disguised_word(raw: str) -> bool:
    """True when `raw` has look-alike letters but no ASCII letter or digit even after NFKC, nor an
    inner "_", ".", "/" or "-": a word of another script that folding happened to turn into
    something identifier-shaped."""
    if raw.isascii():
        return False
    nfkc = unicodedata.normalize("NFKC", raw)
    table = lookalikes()
    if not any(ch in table for ch in nfkc):
        return False
    return not any(ch.isascii() and ch.isalnum() for ch in nfkc) and not _CONNECTED.search(nfkc)


def as_written(norm: NormText, start: int, end: int) -> str:
    """The original characters, case kept, folded to ASCII where disguised (`fold_identifier`)."""
    _, _, raw = norm.original_span(start, end)
    return fold_identifier(raw)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out found spans (with NUL, which no pattern matches) so later passes skip them."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        parts.append(text[pos:start])
        parts.append("\x00" * max(0, end - start))
        pos = max(pos, end)
    parts.append(text[pos:])
    return "".join(parts)
