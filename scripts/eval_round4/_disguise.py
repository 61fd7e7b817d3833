"""Disguises used by the round-4 and round-5 test posts (look-alike letters, full-width forms, zero-width
characters) and the record helper the posts_<lang>.py files call.

The hand-written posts say *which* part of an identifier is disguised; these helpers only
spell the disguise out, so the gold value next to each post stays the clean identifier.
"""

from __future__ import annotations

__all__ = ["P", "cy", "fw", "gr", "zw"]

_CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
             "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "T": "Т", "K": "К", "M": "М", "H": "Н"}
_GREEK = {"o": "ο", "a": "α", "A": "Α", "O": "Ο", "T": "Τ", "K": "Κ", "M": "Μ", "N": "Ν"}


def _swap(text: str, table: dict[str, str], n: int) -> str:
    out, done = [], 0
    for ch in text:
        if done < n and ch in table:
            out.append(table[ch])
            done += 1
        else:
            out.append(ch)
    if not done:
        raise ValueError(f"nothing to disguise in {text!r}")
    return "".join(out)


def cy(text: str, n: int = 2) -> str:
    """The first n letters that have a Cyrillic look-alike, swapped for it."""
    return _swap(text, _CYRILLIC, n)


def gr(text: str, n: int = 1) -> str:
    """The first n letters that have a Greek look-alike, swapped for it."""
    return _swap(text, _GREEK, n)


def fw(text: str) -> str:
    """Full-width letters, digits, @ . _ (what NFKC folds back)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def zw(text: str, at: int | None = None) -> str:
    """A zero-width space inside the text (in the middle unless told where)."""
    i = len(text) // 2 if at is None else at
    return text[:i] + "\u200b" + text[i:]


def P(category: str, frame: str, text: str, ents: list[tuple[str, str]] | None = None,
      spaced: bool = False, spelled: bool = False) -> dict:
    """One hand-written post; `spaced` marks an identifier written with spaces or [at]/[dot],
    `spelled` a phone number written (partly) in number words."""
    post = {"category": category, "frame": frame, "text": text.strip(), "ents": ents or [],
            "spaced": spaced}
    if spelled:  # only when set, so the records of round 4 stay as they were
        post["spelled"] = True
    return post
