"""STIX 2.1 export: a workspace's shared content as one bundle.

Identifiers become SCOs (user-account, email-addr, url, phone-number, cryptocurrency-wallet), each
with an `indicator` (STIX pattern) and a `sighting` of it pointing at the `observed-data` of
the screened posts that mention it; recruiter networks become `infrastructure` that
`consists-of` their identifiers and that the indicators `indicate`. Values are pseudonyms
unless revealed; every object but the marking definition carries the TLP 2.0 marking.

With `id_key` (the sharing key) every object id is stable: a UUID made from an HMAC under that
key of what the object stands for, so the same workspace gives the same ids on every export
and in the TAXII collection, and nobody without the key can tie an id to a post. Object times
come from the data (when the posts were screened), never from the clock.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import stix2

from ctip.share.content import ShareContent, SharedIdentifier, SharedPost
from ctip.share.stix_objects import (
    ACCOUNT_TYPES,
    EXT_PSEUDONYM,
    WALLET_CHAINS,
    CtipPhone,
    CtipWallet,
    escape,
    extension_definitions,
    project_identity,
    sco_type,
)
from ctip.share.tlp import TLP_IDS, marking_object

__all__ = ["IdMaker", "build_bundle", "producer_identity"]

_NS = uuid.UUID("31b73c63-0e0e-4e04-815f-2434ed7b5d66")
# The marked copies of the fixed objects are a new version of them: one fixed time, not "now".
_FIXED_MARKED = "2026-12-01T00:00:00.001Z"


def producer_identity(name: str, key_id: str) -> stix2.v21.Identity:
    """The exporting deployment; its id is stable across exports (a partner's import merges)."""
    ident = uuid.uuid5(_NS, f"producer:{name}:{key_id}")
    return stix2.v21.Identity(id=f"identity--{ident}", name=name, identity_class="organization",
                              created="2026-12-01T00:00:00.000Z", modified="2026-12-01T00:00:00.000Z")


class IdMaker:
    """Object ids: keyed and stable with a key, random (uuid4, as stix2 makes them) without."""

    def __init__(self, key: bytes | None) -> None:
        self.key = key

    def __call__(self, kind: str, *parts: str) -> dict[str, str]:
        if self.key is None:
            return {}
        digest = hmac.new(self.key, "\x1f".join(("ctip-stix-id", kind, *parts)).encode("utf-8"),
                          hashlib.sha256).digest()
        return {"id": f"{kind}--{uuid.UUID(bytes=digest[:16], version=5)}"}


def _sco(ident: SharedIdentifier, value: str, pseudo: bool, key_id: str | None, marks: list[str]) -> Any:
    kind = sco_type(ident.type)
    common: dict[str, Any] = {"object_marking_refs": marks}
    ext = {EXT_PSEUDONYM: {"extension_type": "property-extension", "pseudonymised": pseudo,
                           "id_type": ident.type, **({"key_id": key_id} if key_id else {})}}
    if kind == "user-account":
        return stix2.v21.UserAccount(account_type=ACCOUNT_TYPES[ident.type], user_id=value, extensions=ext, **common)
    if kind == "email-addr":
        return stix2.v21.EmailAddress(value=value, extensions=ext, **common)
    if kind == "url":
        return stix2.v21.URL(value=value, extensions=ext, **common)
    if kind == "phone-number":
        return CtipPhone(value=value, pseudonymised=pseudo, key_id=key_id, **common)
    return CtipWallet(value=value, chain=WALLET_CHAINS[ident.type], pseudonymised=pseudo, key_id=key_id,
                      **common)


def _pattern(ident: SharedIdentifier, value: str) -> str:
    kind = sco_type(ident.type)
    v = escape(value)
    if kind == "user-account":
        return f"[user-account:account_type = '{ACCOUNT_TYPES[ident.type]}' AND user-account:user_id = '{v}']"
    if kind == "cryptocurrency-wallet":
        return f"[cryptocurrency-wallet:chain = '{WALLET_CHAINS[ident.type]}' AND cryptocurrency-wallet:value = '{v}']"
    return f"[{kind}:value = '{v}']"


def build_bundle(content: ShareContent, value_of: Callable[[SharedIdentifier], str], *, pseudonymised: bool,
                 key_id: str | None, tlp: str, producer: str = "ctip workspace",
                 id_key: bytes | None = None) -> stix2.v21.Bundle:
    """The bundle; `value_of` gives each identifier's shared value (its pseudonym, or itself)."""
    marks = [TLP_IDS[tlp]]
    ids = IdMaker(id_key)
    me = producer_identity(producer, key_id or "revealed")
    by = {"created_by_ref": me.id, "object_marking_refs": marks}
    objects: list[Any] = [stix2.parse(marking_object(tlp)), project_identity().new_version(object_marking_refs=marks,
                                                                                          modified=_FIXED_MARKED),
                          me.new_version(object_marking_refs=marks, modified=_FIXED_MARKED)]
    objects += [e.new_version(object_marking_refs=marks, modified=_FIXED_MARKED) for e in extension_definitions()]
    if content.empty:
        return stix2.v21.Bundle(objects=objects, allow_custom=True)
    scos = {i: _sco(ident, value_of(ident), pseudonymised, key_id, marks) for i, ident in content.identifiers.items()}
    objects += list(scos.values())
    seen_by: dict[int, list[tuple[str, SharedPost]]] = defaultdict(list)
    net_first: dict[tuple[str, int], str] = {}
    for post in content.posts:
        if not post.identifier_ids:
            continue  # observed-data needs an object; a post without identifiers has nothing to share
        at = post.screened_at
        od = stix2.v21.ObservedData(first_observed=at, last_observed=at, created=at, modified=at,
                                    number_observed=1, object_refs=[scos[i].id for i in post.identifier_ids],
                                    labels=[f"risk-level:{post.risk_level}",
                                            *(f"ctip-indicator:{x}" for x in post.indicator_ids)],
                                    allow_custom=True, **ids("observed-data", post.ref), **by)
        objects.append(od)
        for i in post.identifier_ids:
            seen_by[i].append((od.id, post))
            if post.network_id:
                net_first[(post.network_id, i)] = min(at, net_first.get((post.network_id, i), at))
    indicators: dict[int, str] = {}
    last_of: dict[int, str] = {}
    for i, ident in content.identifiers.items():
        sightings = seen_by[i]
        first = min(p.screened_at for _, p in sightings)
        last = last_of[i] = max(p.screened_at for _, p in sightings)
        sco_id = scos[i].id
        ind = stix2.v21.Indicator(name=f"Recruitment contact ({ident.type})", pattern=_pattern(ident, value_of(ident)),
                                  pattern_type="stix", valid_from=first, indicator_types=["malicious-activity"],
                                  description="Mentioned in screened recruitment posts at risk level "
                                  f"{content.min_level} or above.", created=first, modified=first,
                                  **ids("indicator", sco_id, content.min_level), **by)
        indicators[i] = ind.id
        objects.append(ind)
        earliest = min(sightings, key=lambda s: (s[1].screened_at, s[0]))[0]
        objects.append(stix2.v21.Relationship(ind.id, "based-on", earliest, created=first, modified=first,
                                              **ids("relationship", "based-on", ind.id), **by))
        objects.append(stix2.v21.Sighting(sighting_of_ref=ind.id, observed_data_refs=[o for o, _ in sightings],
                                          count=len(sightings), first_seen=first, last_seen=last,
                                          where_sighted_refs=[me.id], created=first, modified=last,
                                          **ids("sighting", ind.id), **by))
    for network_id, members in content.networks.items():
        if not members:
            continue
        firsts = [net_first[(network_id, i)] for i in members]
        infra = stix2.v21.Infrastructure(name=f"Recruiter network {network_id}", infrastructure_types=["unknown"],
                                         description="Screened posts joined by shared contact identifiers "
                                         f"(ctip link); {len(members)} identifiers.", created=min(firsts),
                                         modified=max(last_of[i] for i in members),
                                         **ids("infrastructure", network_id), **by)
        objects.append(infra)
        for i in members:
            at = net_first[(network_id, i)]
            objects.append(stix2.v21.Relationship(infra.id, "consists-of", scos[i].id, allow_custom=True, created=at,
                                                  modified=at, **ids("relationship", infra.id, scos[i].id), **by))
            objects.append(stix2.v21.Relationship(indicators[i], "indicates", infra.id, created=at, modified=at,
                                                  **ids("relationship", indicators[i], infra.id), **by))
    return stix2.v21.Bundle(objects=objects, allow_custom=True)
