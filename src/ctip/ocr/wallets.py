"""Wallet addresses misread by OCR, repaired only where the address itself proves the repair.

A TRON (TRC-20) address carries a 4-byte checksum (Base58Check): a reading with one or two
characters wrong fails it, and a wrong guess passes it about once in four billion tries. So a
TRON-shaped token that fails is tried again with look-alike characters swapped (`g`/`q`, `]`/`J`,
`O`/`o`...), one stray character dropped or one lost character put back, and a candidate is kept
only when the checksum then holds. The few thousand candidates tried per broken token keep the
chance of inventing an address that is not on the picture below one in a million.

Ethereum-style (ERC-20) addresses written in lower case carry no checksum, so they get only the
repairs with a single possible answer: a letter that is no hex digit right after `0x` (`0xX…`)
dropped when exactly 40 hex digits follow, and `O`/`o` read for `0`, `l`/`I`/`|` for `1` inside
an otherwise hex token of exactly 40 digits (no other hex digit looks like them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from ctip.extract.wallets import is_tron_address

__all__ = ["BASE58", "HEX_MISREADS", "repair_evm", "repair_tron", "repair_wallets"]

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"  # the characters a TRON address is made of
_BASE58 = frozenset(BASE58)
# What Tesseract reads for each base58 character (and for characters base58 has not), as
# {read: characters it may stand for}; only base58 characters are ever put in.
_LOOKALIKES: dict[str, str] = {
    "O": "oQD", "0": "oQD", "o": "Q", "Q": "oD", "D": "o",
    "I": "1J", "l": "1J", "|": "1J", "1": "J", "J": "1", "]": "J", "[": "J", "!": "1", "i": "j", "j": "i",
    "g": "q9", "q": "g9", "9": "gq", "a": "q", "e": "c", "c": "eC",
    "A": "4", "4": "A", "S": "5s", "5": "S", "s": "5S", "B": "8", "8": "B", "Z": "2z", "2": "Z", "z": "2Z",
    "G": "6", "6": "Gb", "b": "6", "n": "m", "m": "n", "u": "vU", "v": "uV", "h": "b",
    "C": "c", "E": "F", "F": "E", "K": "k", "P": "p", "U": "u", "V": "v", "W": "w", "X": "x", "Y": "y",
    "k": "K", "p": "P", "w": "W", "x": "X", "y": "Y", "t": "f", "f": "t",
}
_TRON_LIKE = re.compile(r"(?<![A-Za-z0-9])T[^\s]{31,37}")
_TRAILING = ",.;:)"


def repair_tron(text: str) -> str:
    """`text` with each TRON-shaped token that fails its checksum replaced by the one repair
    (fewest edits) that passes it; tokens no repair validates are left exactly as read."""
    return _TRON_LIKE.sub(lambda m: _fixed_tron(m.group()), text)


def _fixed_tron(token: str) -> str:
    core = token.rstrip(_TRAILING)
    tail = token[len(core):]
    if is_tron_address(core):
        return token
    for candidate in _tron_candidates(core):
        if is_tron_address(candidate):
            return candidate + tail
    return token


def _tron_candidates(core: str) -> Iterator[str]:
    """Readings of `core` in order of edits: first with stray non-base58 characters dropped,
    then one edit (swap, drop or insert), then two (swaps and drops)."""
    clean = "".join(c for c in core if c in _BASE58)
    if clean != core and len(clean) == 34:
        yield clean
    for base in dict.fromkeys((core, clean)):
        for edits in (1, 2):
            yield from _edited(base, edits)


def _edited(core: str, edits: int) -> Iterator[str]:
    """`core` with exactly `edits` edits that leave 34 base58 characters starting with `T`."""
    extra = len(core) - 34
    if extra < 0:
        if extra == -1 and edits == 1 and all(c in _BASE58 for c in core):
            for i in range(1, len(core) + 1):  # one character lost: every base58 character tried
                for char in sorted(_BASE58):
                    yield core[:i] + char + core[i:]
        return
    if extra > edits:
        return
    positions = range(1, len(core))
    for drops in combinations(positions, extra):
        kept = [(i, c) for i, c in enumerate(core) if i not in drops]
        bad = [j for j, (_, c) in enumerate(kept) if c not in _BASE58]
        swaps_left = edits - extra
        if len(bad) > swaps_left:
            continue
        yield from _swapped("".join(c for _, c in kept), bad, swaps_left)


def _swapped(word: str, must: list[int], count: int) -> Iterator[str]:
    """`word` with exactly `count` look-alike swaps, including every position in `must`."""
    if count == 0:
        if not must:
            yield word
        return
    choices = [j for j in range(1, len(word)) if word[j] in _LOOKALIKES]
    for spots in combinations(choices, count):
        if not set(must) <= set(spots):
            continue
        yield from _fill(word, list(spots))


def _fill(word: str, spots: list[int]) -> Iterator[str]:
    if not spots:
        yield word
        return
    j, rest = spots[0], spots[1:]
    for char in _LOOKALIKES[word[j]]:
        if char in _BASE58:
            yield from _fill(word[:j] + char + word[j + 1:], rest)


_EVM_LIKE = re.compile(r"(?<![A-Za-z0-9])[0Oo][xX][^\s]{39,42}")
_HEX = frozenset("0123456789abcdefABCDEF")
# Marks read for a hex 0 or 1; "†": a 1 whose serifs Tesseract took for a dagger (Noto Sans Mono-like
# poster fonts). ocr.contacts joins a space-split hex address over them too.
HEX_MISREADS = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "†": "1"}
_HEX_TWINS = str.maketrans(HEX_MISREADS)


def repair_evm(text: str) -> str:
    """`text` with ERC-20 addresses put back where a misread has only one possible answer."""
    return _EVM_LIKE.sub(lambda m: _fixed_evm(m.group()), text)


def _fixed_evm(token: str) -> str:
    core = token.rstrip(_TRAILING)
    tail = token[len(core):]
    digits = core[2:]
    if len(digits) == 41 and digits[0] not in _HEX and digits[0].isalpha():
        digits = digits[1:]  # "0xX…": the x read twice
    if len(digits) != 40 or all(c in _HEX for c in digits):
        return token if len(digits) != 40 else "0x" + digits + tail
    fixed = digits.translate(_HEX_TWINS)
    if sum(a != b for a, b in zip(fixed, digits, strict=True)) > 2 or not all(c in _HEX for c in fixed):
        return token
    return "0x" + fixed + tail


def repair_wallets(text: str) -> str:
    """Both repairs: TRON addresses (checksum-guarded), then ERC-20 addresses."""
    return repair_evm(repair_tron(text))
