"""The ctip STIX vocabulary: the project identity, the extension definitions for phones,
wallets and the pseudonym marker, and the identifier → SCO / pattern mapping."""

from __future__ import annotations

from typing import Any

import stix2
from stix2.properties import BooleanProperty, StringProperty

__all__ = ["ACCOUNT_TYPES", "EXT_PHONE", "EXT_PSEUDONYM", "EXT_WALLET", "PROJECT_IDENTITY", "CtipPhone",
           "CtipWallet", "escape", "extension_definitions", "project_identity", "sco_type"]

# Fixed ids: the same in every deployment, so partners' tools recognise ctip objects.
PROJECT_IDENTITY = "identity--58409545-ec0f-4069-9852-dada0c102604"
EXT_PSEUDONYM = "extension-definition--2924a8b9-bd69-4b8b-ab07-cc3484eab89b"
EXT_PHONE = "extension-definition--7a2d2b20-851e-4f14-a903-8f3688db3909"
EXT_WALLET = "extension-definition--aef95368-56e2-4938-8aeb-082b6957782f"
_FIXED = "2026-12-01T00:00:00.000Z"

# Phones and wallets have no STIX 2.1 object: they are new SCOs named as OpenCTI names its own
# (phone-number, cryptocurrency-wallet, both with `value`), so OpenCTI reads them as its own.
# Messaging handles are user-account objects; the account types are outside STIX's open
# vocabulary (which has none of these apps) but allowed by it.
ACCOUNT_TYPES = {"telegram": "telegram", "whatsapp": "whatsapp", "line": "line", "wechat": "wechat"}
WALLET_CHAINS = {"wallet_trc20": "trc20", "wallet_erc20": "erc20"}


@stix2.v21.CustomObservable("phone-number", [
    ("value", StringProperty(required=True)),
    ("pseudonymised", BooleanProperty()),
    ("key_id", StringProperty()),
], id_contrib_props=["value"], extension_name=EXT_PHONE)
class CtipPhone:
    """A phone number (E.164), or its pseudonym."""


@stix2.v21.CustomObservable("cryptocurrency-wallet", [
    ("value", StringProperty(required=True)),
    ("chain", StringProperty()),
    ("pseudonymised", BooleanProperty()),
    ("key_id", StringProperty()),
], id_contrib_props=["value", "chain"], extension_name=EXT_WALLET)
class CtipWallet:
    """A crypto wallet address (TRC-20, ERC-20), or its pseudonym."""


def project_identity() -> stix2.v21.Identity:
    return stix2.v21.Identity(id=PROJECT_IDENTITY, name="ctip project", identity_class="organization",
                              created=_FIXED, modified=_FIXED,
                              description="Publisher of the ctip STIX extension definitions.")


def extension_definitions() -> list[stix2.v21.ExtensionDefinition]:
    common: dict[str, Any] = {"created_by_ref": PROJECT_IDENTITY, "created": _FIXED, "modified": _FIXED,
                              "version": "1.0"}
    return [
        stix2.v21.ExtensionDefinition(id=EXT_PSEUDONYM, name="ctip pseudonymised identifier",
                                      description="The identifier's value is HMAC-SHA256(sharing key, link key) in "
                                      "hex; key_id names the key. Partners with the same key can match values.",
                                      extension_types=["property-extension"],
                                      schema="Properties: pseudonymised (boolean), key_id (string, 16 hex), id_type "
                                      "(phone, whatsapp, telegram, line, wechat, email, url, wallet_trc20, "
                                      "wallet_erc20). See ctip docs/sharing.md.", **common),
        stix2.v21.ExtensionDefinition(id=EXT_PHONE, name="phone-number",
                                      description="A phone number in E.164 form (value), or its pseudonym.",
                                      extension_types=["new-sco"], schema="SCO phone-number: value (string, "
                                      "E.164 or 64-hex pseudonym), pseudonymised (boolean), key_id (string); id "
                                      "contributing property: value. See ctip docs/sharing.md.", **common),
        stix2.v21.ExtensionDefinition(id=EXT_WALLET, name="cryptocurrency-wallet",
                                      description="A crypto wallet address (value) on a chain (trc20, erc20), "
                                      "or its pseudonym.", extension_types=["new-sco"],
                                      schema="SCO cryptocurrency-wallet: value (string, address or 64-hex "
                                      "pseudonym), chain (trc20, erc20), pseudonymised (boolean), key_id (string); "
                                      "id contributing properties: value, chain. See ctip docs/sharing.md.",
                                      **common),
    ]


def sco_type(id_type: str) -> str:
    if id_type in ACCOUNT_TYPES:
        return "user-account"
    if id_type == "email":
        return "email-addr"
    if id_type == "url":
        return "url"
    if id_type == "phone":
        return "phone-number"
    if id_type in WALLET_CHAINS:
        return "cryptocurrency-wallet"
    raise ValueError(f"no STIX type for identifier type {id_type!r}")


def escape(value: str) -> str:
    """A value as a STIX pattern string literal body."""
    return value.replace("\\", "\\\\").replace("'", "\\'")
