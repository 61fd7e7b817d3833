"""TLP 2.0 levels: the OASIS marking-definition objects (STIX) and MISP taxonomy tags.

STIX 2.1 predefines only TLP 1.0; TLP 2.0 is the OASIS extension in cti-stix-common-objects
(extension-definition--60a3c5c5…), whose marking ids and `created` are fixed and must be used
as published so other tools recognise them."""

from __future__ import annotations

from typing import Any

from ctip.errors import UsageError

__all__ = ["DEFAULT_TLP", "TLP_EXTENSION", "TLP_IDS", "TLP_LEVELS", "check_tlp", "marking_object", "misp_tag"]

TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
_CREATED = "2022-10-01T00:00:00.000Z"
_OASIS_IDENTITY = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01"
TLP_IDS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
TLP_LEVELS = tuple(TLP_IDS)
# Victim-adjacent intelligence: the organisation only, unless the sender chooses otherwise.
DEFAULT_TLP = "amber+strict"


def check_tlp(level: str) -> str:
    level = level.strip().lower()
    if level not in TLP_IDS:
        raise UsageError(f"Unknown TLP level {level!r}.", f"Use one of: {', '.join(TLP_LEVELS)}.")
    return level


def marking_object(level: str) -> dict[str, Any]:
    """The published TLP 2.0 marking-definition for `level`, as a STIX dict."""
    return {"type": "marking-definition", "spec_version": "2.1", "id": TLP_IDS[level],
            "created_by_ref": _OASIS_IDENTITY, "created": _CREATED, "name": f"TLP:{level.upper()}",
            "extensions": {TLP_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": level}}}


def misp_tag(level: str) -> str:
    """The MISP `tlp` taxonomy tag (MISP spells TLP 2.0 CLEAR as tlp:clear, AMBER+STRICT as tlp:amber+strict)."""
    return f"tlp:{level}"
