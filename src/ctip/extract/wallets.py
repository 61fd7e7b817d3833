"""USDT wallet addresses: TRON (TRC-20) base58check and Ethereum-style (ERC-20/BEP-20) hex."""

from __future__ import annotations

import re
from collections.abc import Iterator

import base58

from ctip.extract.surface import as_written
from ctip.text.normalise import NormText

# Matched on lower-cased text; the original case is checked against base58 afterwards.
_TRON = re.compile(r"t(?<![a-z0-9].)[1-9a-z]{33}(?![a-z0-9])")  # literal first: fast scan
_TRON_EXACT = re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}")
_EVM = re.compile(r"0(?<![a-z0-9].)x[0-9a-f]{40}(?![a-z0-9])")


def is_tron_address(address: str) -> bool:
    """Base58check of version byte 0x41 + 20 bytes with a double-SHA256 checksum."""
    if not _TRON_EXACT.fullmatch(address):
        return False
    try:
        payload = base58.b58decode_check(address)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] == 0x41


def may_hold_wallet(text: str, norm: NormText) -> bool:
    """False when `find_wallets` can find nothing: its two passes' own first tests both fail."""
    return "0x" in text or not norm.original.isascii() or _TRON_EXACT.search(norm.original) is not None


def find_wallets(text: str, norm: NormText) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, type, value) for wallet addresses in normalised `text`."""
    # Upper-case T first: rare in text, so a fast pre-check; a post with other characters may
    # disguise the address (Cyrillic "Т", a zero-width space inside), so there the folded text decides.
    if _TRON_EXACT.search(norm.original) or not norm.original.isascii():
        for m in _TRON.finditer(text):
            address = as_written(norm, m.start(), m.end())
            if is_tron_address(address):
                yield m.start(), m.end(), "wallet_trc20", address
    if "0x" in text:
        for m in _EVM.finditer(text):
            yield m.start(), m.end(), "wallet_erc20", m.group()
