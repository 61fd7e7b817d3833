"""STIX 2.1 import: a partner's bundle merged as pseudonymised partner identifiers.

The whole bundle is read and checked before anything is written, and written in one
transaction: a malformed or hostile bundle changes nothing. Raw values a partner revealed
are pseudonymised with our sharing key on the way in, so the workspace keeps none.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import stix2
from sqlalchemy import Connection, select

from ctip.errors import InputError
from ctip.share.pseudonym import PSEUDONYM_RE, Pseudonymiser
from ctip.share.stix_objects import ACCOUNT_TYPES, EXT_PSEUDONYM, WALLET_CHAINS
from ctip.share.tlp import TLP_IDS
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["MAX_BUNDLE_BYTES", "ImportResult", "PartnerIdentifier", "merge", "read_bundle"]

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_VALUE = 2048
_TLP_BY_ID = {v: k for k, v in TLP_IDS.items()}
_ACCOUNT_IDS = {v: k for k, v in ACCOUNT_TYPES.items()}
_CHAIN_IDS = {v: k for k, v in WALLET_CHAINS.items()}
_TEL = {"phone", "whatsapp"}


@dataclass(frozen=True, slots=True)
class PartnerIdentifier:
    producer_id: str
    producer: str
    stix_id: str
    id_type: str
    pseudonym: str
    key_id: str | None
    networks: tuple[str, ...]
    sightings: int
    tlp: str | None


@dataclass(frozen=True, slots=True)
class ImportResult:
    objects: int
    identifiers: int
    added: int
    already_known: int
    matched_local: int
    other_key: int  # pseudonyms made with a different sharing key: they cannot match ours


def _fail(path: Path, reason: str, hint: str = "") -> InputError:
    return InputError(str(path), reason, hint or "Ask the sender for a valid STIX 2.1 bundle. Nothing was imported.")


def _load_json(path: Path) -> Any:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror}).", "Check the file name.") from None
    if size > MAX_BUNDLE_BYTES:
        raise _fail(path, f"is {size / 1e6:.0f} MB; bundles over {MAX_BUNDLE_BYTES // 2**20} MB are refused.",
                    "Ask the sender to split it.")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise _fail(Path(f"{path}:{line}"), "is not UTF-8 text.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(Path(f"{path}:{exc.lineno}"), f"is not valid JSON ({exc.msg}, column {exc.colno}).") from None
    except RecursionError:
        raise _fail(path, "nests too deeply to be a STIX bundle.") from None
    except ValueError:  # a number of thousands of digits: Python refuses to convert it
        raise _fail(path, "holds a number too long for any STIX property.") from None
    _check_strings(path, data)
    return data


def _check_strings(path: Path, data: Any) -> None:
    """Refuse NUL characters and lone surrogates (valid JSON escapes, but no database or UTF-8 text can
    hold them). Walked with a stack, not recursion, so any nesting json accepted is safe here."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if "\x00" in item:
                raise _fail(path, "contains a NUL character (\\u0000) in a text value.")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise _fail(path, "contains a broken \\u escape (a lone UTF-16 surrogate) in a text value.") from None


def _parse(path: Path, data: Any) -> list[Any]:
    if not isinstance(data, dict) or data.get("type") != "bundle" or not isinstance(data.get("objects", []), list):
        raise _fail(path, "is not a STIX bundle (expected a JSON object with \"type\": \"bundle\" and \"objects\").")
    objects = []
    for n, obj in enumerate(data.get("objects", []), 1):
        if not isinstance(obj, dict) or not isinstance(obj.get("type"), str) or not isinstance(obj.get("id"), str):
            raise _fail(path, f"object {n} has no type or id.")
        if obj.get("spec_version", "2.1") != "2.1" and obj["type"] not in ("bundle",):
            raise _fail(path, f"object {n} ({obj['id'][:80]}) is STIX {str(obj.get('spec_version'))[:10]}, not 2.1.")
        try:
            objects.append(stix2.parse(obj, allow_custom=True, version="2.1"))
        except (stix2.exceptions.STIXError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise _fail(path, f"object {n} ({obj['id'][:80]}) is not valid STIX 2.1: {str(exc)[:300]}") from None
    return objects


def _id_type(obj: Any, ext: dict[str, Any]) -> str | None:
    hinted = ext.get("id_type")
    if obj["type"] == "user-account":
        kind = _ACCOUNT_IDS.get(str(obj.get("account_type", "")))
    elif obj["type"] == "email-addr":
        kind = "email"
    elif obj["type"] == "url":
        kind = "url"
    elif obj["type"] == "phone-number":
        kind = hinted if hinted in _TEL else "phone"
    elif obj["type"] == "cryptocurrency-wallet":
        kind = _CHAIN_IDS.get(str(obj.get("chain", "")), "wallet")
    else:
        return None
    return kind


def _identifier(path: Path, obj: Any, pseudo: Pseudonymiser) -> tuple[str, str, str | None] | None:
    """(id type, pseudonym, key id) of a shareable SCO, or None for other objects."""
    exts = obj.get("extensions") or {}
    ext = dict(exts.get(EXT_PSEUDONYM) or {})
    kind = _id_type(obj, ext)
    if kind is None:
        return None
    value = obj.get("user_id") if obj["type"] == "user-account" else obj.get("value")
    if not isinstance(value, str) or not value or len(value) > MAX_VALUE:
        raise _fail(path, f"{obj['id'][:80]} has no usable value.")
    is_pseudo = bool(ext.get("pseudonymised", obj.get("pseudonymised", False)))
    key_id = ext.get("key_id", obj.get("key_id"))
    if is_pseudo:
        if not PSEUDONYM_RE.match(value):
            raise _fail(path, f"{obj['id'][:80]} says it is pseudonymised but its value is not an HMAC-SHA256 hex.")
        return kind, value, str(key_id)[:32] if key_id else None
    link_key = f"tel:{value}" if kind in _TEL else f"{kind}:{value}"
    return kind, pseudo(link_key), pseudo.key_id


def read_bundle(path: Path, pseudo: Pseudonymiser) -> tuple[int, list[PartnerIdentifier]]:
    """(number of objects, partner identifiers) from a bundle file; raises InputError if unusable."""
    objects = _parse(path, _load_json(path))
    by_id = {o["id"]: o for o in objects}
    networks: dict[str, set[str]] = defaultdict(set)
    sightings: dict[str, int] = defaultdict(int)
    for o in objects:
        if o["type"] == "relationship" and o.get("relationship_type") == "consists-of":
            src = by_id.get(o["source_ref"])
            if src is not None and src["type"] == "infrastructure":
                networks[o["target_ref"]].add(str(src.get("name", src["id"]))[:200])
        elif o["type"] == "observed-data":
            for ref in o.get("object_refs", []):
                sightings[ref] += 1
    out = []
    bundle_producer = _bundle_producer(objects)
    for o in objects:
        found = _identifier(path, o, pseudo)
        if found is None:
            continue
        kind, pseudonym, key_id = found
        creator = by_id.get(o.get("created_by_ref", ""))
        producer_id = str(o.get("created_by_ref") or bundle_producer or "unknown")
        producer = str((creator or by_id.get(producer_id) or {}).get("name", producer_id))[:256]
        tlp = next((_TLP_BY_ID[m] for m in o.get("object_marking_refs", []) if m in _TLP_BY_ID), None)
        out.append(PartnerIdentifier(producer_id[:128], producer, o["id"][:128], kind, pseudonym, key_id,
                                     tuple(sorted(networks.get(o["id"], ()))), sightings.get(o["id"], 0), tlp))
    return len(objects), out


def _bundle_producer(objects: list[Any]) -> str | None:
    """SCOs carry no created_by_ref: the producer is who made the bundle's indicators."""
    for o in objects:
        if o["type"] in ("indicator", "sighting", "observed-data") and o.get("created_by_ref"):
            return str(o["created_by_ref"])
    return None


def merge(conn: Connection, items: list[PartnerIdentifier], pseudo: Pseudonymiser) -> tuple[int, int, int, int]:
    """Insert what is new; (added, already known, matching a local identifier, made with another key)."""
    stamp = now()
    known = {(r.producer_id, r.stix_id) for r in conn.execute(
        select(t.partner_identifiers.c.producer_id, t.partner_identifiers.c.stix_id))}
    rows = [{"producer_id": i.producer_id, "producer": i.producer, "stix_id": i.stix_id, "id_type": i.id_type,
             "pseudonym": i.pseudonym, "key_id": i.key_id, "networks": list(i.networks), "sightings": i.sightings,
             "tlp": i.tlp, "imported_at": stamp}
            for i in {(i.producer_id, i.stix_id): i for i in items}.values() if (i.producer_id, i.stix_id) not in known]
    if rows:
        conn.execute(t.partner_identifiers.insert(), rows)
    local = {pseudo(r.link_key) for r in conn.execute(select(t.identifiers.c.link_key))}
    matched = sum(1 for i in items if i.pseudonym in local)
    other_key = sum(1 for i in items if i.key_id and i.key_id != pseudo.key_id)
    return len(rows), len(items) - len(rows), matched, other_key
