"""Validate digit strings as phone numbers and format them as E.164.

Validity is libphonenumber's (the `phonenumbers` metadata): a number is valid when its national
significant number has a possible length and matches the region's pattern for some number type.
`phonenumbers.parse` + `is_valid_number` cost 20–60 µs a number, so the same metadata patterns are
compiled once here and matched directly (a test checks both agree). Results are cached too:
the same numbers recur across posts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber

_NO_TRUNK_OK = {"CN": "1", "SG": "689"}  # local forms written without the trunk 0 (CN mobiles, SG)
_OTHER_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
                "voicemail")


class _Desc(NamedTuple):
    lengths: frozenset[int]
    pattern: str  # compiled on first use: most number types are ruled out by length alone


class _Plan(NamedTuple):
    country_code: int
    trunk: str
    general: _Desc
    fixed: _Desc | None
    mobile: _Desc | None
    others: tuple[_Desc, ...]
    same_fixed_mobile: bool


def _desc(desc) -> _Desc | None:  # noqa: ANN001 - phonenumbers has no type stubs
    if desc is None or not desc.national_number_pattern:
        return None
    return _Desc(frozenset(desc.possible_length), desc.national_number_pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _matches(desc: _Desc | None, nsn: str) -> bool:
    if desc is None or (desc.lengths and len(nsn) not in desc.lengths):
        return False
    return _compiled(desc.pattern).fullmatch(nsn) is not None


@cache
def _plan(region: str) -> _Plan | None:
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or _desc(meta.general_desc) is None:
        return None
    others = tuple(d for d in (_desc(getattr(meta, name)) for name in _OTHER_TYPES) if d is not None)
    return _Plan(meta.country_code, meta.national_prefix or "", _desc(meta.general_desc),  # type: ignore[arg-type]
                 _desc(meta.fixed_line), _desc(meta.mobile), others, bool(meta.same_mobile_and_fixed_line_pattern))


def _kind(plan: _Plan, nsn: str) -> str:
    """'mobile', 'other' (valid, not mobile) or '' (invalid): libphonenumber's number-type test."""
    if not _matches(plan.general, nsn):
        return ""
    if any(_matches(d, nsn) for d in plan.others):
        return "other"
    if _matches(plan.fixed, nsn):
        return "mobile" if plan.same_fixed_mobile or _matches(plan.mobile, nsn) else "other"
    return "mobile" if not plan.same_fixed_mobile and _matches(plan.mobile, nsn) else ""


@lru_cache(maxsize=65536)
def international(digits: str) -> str | None:
    """E.164 for digits written after '+' or '00', or None if not a valid number."""
    for k in (1, 2, 3):
        cc = int(digits[:k]) if len(digits) > k else 0
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(cc)
        if not regions:
            continue
        nsn = digits[k:]
        if nsn.startswith("0"):  # "+855 (0)12 …": a trunk 0 written after the country code
            nsn = nsn[1:]
        if not 4 <= len(nsn) <= 14 or nsn.startswith("0"):
            return None
        if len(regions) == 1 and (plan := _plan(regions[0])) is not None:
            ok = bool(_kind(plan, nsn))
        else:  # shared country codes (+1, +7, +44 …): the library picks the region
            ok = phonenumbers.is_valid_number(PhoneNumber(country_code=cc, national_number=int(nsn)))
        return f"+{cc}{nsn}" if ok else None
    return None


def _national(digits: str, region: str, plan: _Plan) -> str | None:
    if plan.trunk and digits.startswith(plan.trunk):
        return digits[len(plan.trunk):]
    if digits[0] in _NO_TRUNK_OK.get(region, ""):
        return digits
    return None


@lru_cache(maxsize=65536)
def local_kind(digits: str, region: str) -> tuple[str, str] | None:
    """(E.164, 'mobile' | 'other') for a national-format number valid in `region`, else None."""
    plan = _plan(region)
    if plan is None:
        return None
    nsn = _national(digits, region, plan)
    if not nsn or nsn.startswith("0") or len(nsn) not in plan.general.lengths:
        return None
    kind = _kind(plan, nsn)
    return (f"+{plan.country_code}{nsn}", kind) if kind else None


def local(digits: str, region: str) -> str | None:
    """E.164 for a national-format number in `region`, or None if it is not valid there."""
    found = local_kind(digits, region)
    return found[0] if found else None


def country_code(region: str) -> str:
    """Calling code of `region` as digits ("855"), or "" if unknown."""
    plan = _plan(region)
    return str(plan.country_code) if plan else ""
