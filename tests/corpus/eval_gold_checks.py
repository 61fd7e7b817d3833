"""Checks shared by the blind test splits' tests: gold identifiers are well formed and normalised."""

from __future__ import annotations

import re

import base58
import phonenumbers

ENTITY_TYPES = {"phone", "whatsapp", "telegram", "line", "wechat", "email", "url",
                "wallet_trc20", "wallet_erc20"}


def trc20_ok(value: str) -> bool:
    try:
        raw = base58.b58decode_check(value)
    except ValueError:
        return False
    return len(raw) == 21 and raw[0] == 0x41


def check_entities_well_formed(entities: dict[str, list[dict]]) -> None:
    for pid, ents in entities.items():
        assert ents, pid
        pairs = [(e["type"], e["value"]) for e in ents]
        assert len(pairs) == len(set(pairs)), f"{pid}: duplicate entity"
        for kind, value in pairs:
            assert kind in ENTITY_TYPES, pid
            assert value.isascii() and value == value.strip(), f"{pid}: {value!r}"


def check_gold_values_normalised(entities: dict[str, list[dict]]) -> None:
    for pid, ents in entities.items():
        for e in ents:
            kind, value = e["type"], e["value"]
            if kind in {"phone", "whatsapp"}:
                num = phonenumbers.parse(value, None)
                assert phonenumbers.is_valid_number(num), f"{pid}: {value}"
                assert value == phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            elif kind == "wallet_trc20":
                assert trc20_ok(value), f"{pid}: bad TRC20 checksum {value}"
            elif kind == "wallet_erc20":
                assert re.fullmatch(r"0x[0-9a-fA-F]{40}", value), pid
            elif kind == "telegram":
                assert re.fullmatch(r"[a-z][a-z0-9_]{3,31}", value), f"{pid}: {value}"
            elif kind == "line":
                assert re.fullmatch(r"[a-z0-9._-]{4,20}", value), f"{pid}: {value}"
            elif kind == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", value), f"{pid}: {value}"
            elif kind == "email":
                assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", value), pid
            elif kind == "url":
                assert value.startswith("https://"), pid
                host = value[8:].split("/")[0]
                assert host == host.lower() and host not in {"t.me", "wa.me", "line.me"}, pid
