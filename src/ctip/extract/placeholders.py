"""Values that are not real identifiers (template fillers) and public hotlines never to link on."""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from ctip.extract.data import word_set
from ctip.records import Entity

# RFC 2606 / 6761 reserved names are documentation placeholders by definition.
_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|test|invalid|localhost))$")
_ASCENDING = "01234567890123456789"
_DESCENDING = "98765432109876543210"


def _digits_placeholder(digits: str) -> bool:
    """000000, 1111111, 1234567, 9876543 and numbers that are mostly one repeated digit."""
    if len(digits) < 4:
        return True
    if len(set(digits)) == 1:
        return True
    return len(digits) >= 6 and (digits in _ASCENDING or digits in _DESCENDING)


def _national(e164: str) -> str:
    """The digits after the country code are what a placeholder repeats (+855 000 000 0).

    The country code's real length comes from the numbering plan: +62 812 3456 7890 is Indonesia
    (62) with 81234567890, not a 3-digit code followed by the "1234567890" of a placeholder.
    """
    digits = e164.lstrip("+")
    code = _country_code(digits)
    if code:
        return digits[len(code):]
    for k in (3, 2, 1):  # unknown code: country codes are 1–3 digits; the remaining run decides
        rest = digits[k:]
        if rest and (len(set(rest)) == 1 or rest in _ASCENDING or rest in _DESCENDING):
            return rest
    return digits


def _country_code(digits: str) -> str | None:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    for k in (1, 2, 3):  # E.164 country codes are prefix-free, so the first known prefix is the code
        if int(digits[:k] or 0) in COUNTRY_CODE_TO_REGION_CODE and len(digits) > k:
            return digits[:k]
    return None


def is_placeholder(entity: Entity) -> bool:
    """True for "N/A", "000000", "test@test.com", "1234567", example.com and the like."""
    value = entity.value.lower()
    if value in word_set("placeholders.txt"):
        return True
    if entity.type in ("phone", "whatsapp"):
        return _digits_placeholder(_national(value))
    if value.isdigit():  # "000000" or "1234567" typed into any field
        return _digits_placeholder(value)
    if entity.type == "email":
        local, _, domain = value.partition("@")
        return bool(_RESERVED_DOMAIN.search(domain)) or local in word_set("placeholders.txt")
    if entity.type == "url":
        host = re.sub(r"^[a-z]+://", "", value).split("/")[0].split(":")[0]
        return bool(_RESERVED_DOMAIN.search(host))
    if entity.type in ("telegram", "line", "wechat"):
        return bool(re.fullmatch(r"x+|test\d*|user\d*|username|yourname|your_?id", value))
    return False


@lru_cache(maxsize=1)
def _hotlines() -> frozenset[str]:
    text = resources.files("ctip.data").joinpath("identifiers", "hotlines.csv").read_text(encoding="utf-8")
    return frozenset(row["e164"].strip() for row in csv.DictReader(io.StringIO(text)) if row.get("e164"))


def load_hotlines() -> set[str]:
    """E.164 numbers of public hotlines (data/identifiers/hotlines.csv); the linker never links on them."""
    return set(_hotlines())
