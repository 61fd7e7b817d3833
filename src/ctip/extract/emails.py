"""E-mail addresses, including the "[at]" / "(dot)" / native-word disguises, de-obfuscated.

The scan is anchored on the "@" forms (rare in text), then reads the local part backwards
and the domain forwards, so ordinary text costs one cheap search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ctip.extract.data import fold, rows
from ctip.extract.links import tlds
from ctip.text.automaton import automaton
from ctip.text.regex_first import with_first_set

_LATIN = re.compile(r"[a-z ]+")
_LOCAL = with_first_set(re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,62}[a-z0-9_])?\Z"))  # regex_first
_OPEN = ("[", "(", "{", "<")


def _words(kind: str) -> tuple[list[str], list[str]]:
    words = sorted({fold(r[1]) for r in rows("email_words.tsv") if r[0] == kind}, key=len, reverse=True)
    latin = [re.escape(w).replace(r"\ ", r"\s") for w in words if _LATIN.fullmatch(w)]
    native = [re.escape(w) for w in words if not _LATIN.fullmatch(w)]
    return latin, native


def _forms(symbol: str, kind: str) -> str:
    """'@' or '.' as written: the symbol, bracketed words, spaced Latin words, native words."""
    latin, native = _words(kind)
    inner = [re.escape(symbol)] + (["a"] if kind == "at" else []) + latin + native
    forms = [rf"\s?[\[({{<]\s?(?:{'|'.join(inner)})\s?[\])}}>]\s?", rf"\s(?:{'|'.join(latin)})\s"]
    if native:
        forms.append(rf"\s?(?:{'|'.join(native)})\s?")
    return "|".join(forms)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    label = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
    spelled_dot = _forms(".", "dot")
    dot = rf"(?:\.|{spelled_dot})"
    at = re.compile(rf"\s?@\s?|{_forms('@', 'at')}")
    domain = re.compile(rf"{label}(?:{dot}{label})*{dot}[a-z]{{2,24}}(?![a-z0-9\-])")
    return at, domain, re.compile(spelled_dot)


def _address(text: str, at_match: re.Match[str], domain_re: re.Pattern[str],
             spelled_dot: re.Pattern[str]) -> tuple[int, int, str] | None:
    domain = domain_re.match(text, at_match.end())
    if not domain:  # "@handle" with no dotted domain: the usual case, and the cheap test
        return None
    local = _LOCAL.search(text, max(0, at_match.start() - 64), at_match.start())
    if not local:
        return None
    at = at_match.group()
    disguised_dot = bool(spelled_dot.search(domain.group()))
    clean = spelled_dot.sub(".", domain.group())
    plain_at = "@" in at
    if not plain_at and not disguised_dot and not at.strip().startswith(_OPEN):
        return None  # "apply at jobs.example.com" is a sentence, not an address
    if (not plain_at or disguised_dot) and clean.rsplit(".", 1)[-1] not in tlds():
        return None
    return local.start(), domain.end(), f"{local.group()}@{clean}"


@lru_cache(maxsize=1)
def _hints() -> Any:
    """An automaton over substrings one of which every address form contains."""
    latin, native = _words("at")
    hints = ("@", "at)", "at]", "at}", "at>", "at )", "at ]", "(a)", "[a]", " a cong ", *(w.replace("\\", "") for w in native))
    return automaton(list(dict.fromkeys(hints)))


def _hint_positions(text: str) -> list[int]:
    """Where an '@' form may be: every occurrence of a hint, plus " at " when a dot word is present."""
    positions = [start for _, start, _ in _hints().find_matches_as_indexes(text, overlapping=True)]
    if " at " in text and (" dot " in text or " cham " in text or " titik " in text):
        i = text.find(" at ")
        while i >= 0:
            positions.append(i)
            i = text.find(" at ", i + 1)
    return sorted(positions)


def find_emails(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-case address) in normalised `text`."""
    positions = _hint_positions(text)
    if not positions:
        return
    at_re, domain_re, spelled_dot = _patterns()
    done = 0
    for pos in positions:
        if pos < done:
            continue
        # the '@' form starts at most a few characters before its hint ("[ at ]", " @ ")
        m = at_re.search(text, max(done, pos - 4), pos + 12)
        if m is None:
            continue
        found = _address(text, m, domain_re, spelled_dot)
        if found:
            yield found
            done = found[1]
