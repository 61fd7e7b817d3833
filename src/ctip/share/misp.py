"""MISP export: the shared content as one MISP event built with PyMISP.

Each identifier is a `ctip-identifier` object (its template travels with the code below, as
MISP allows for custom objects) holding the pseudonym (or, revealed, the value), its type,
sighting counts and networks; networks are `ctip-network` objects the identifiers reference.
The event and every value carry the TLP 2.0 tag."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pymisp import MISPEvent, MISPObject

from ctip.share.content import ShareContent, SharedIdentifier
from ctip.share.tlp import misp_tag

__all__ = ["IDENTIFIER_TEMPLATE", "NETWORK_TEMPLATE", "build_event"]

IDENTIFIER_TEMPLATE: dict[str, Any] = {
    "name": "ctip-identifier", "uuid": "0c1a5f5e-4a55-4c39-9b0e-7f4b3c8e2a11", "version": 1,
    "meta-category": "misc",
    "description": "A contact identifier from screened recruitment posts (ctip); the value is an HMAC-SHA256 "
                   "pseudonym under the sharing group's key unless marked revealed.",
    "attributes": {
        "id-type": {"misp-attribute": "text", "ui-priority": 1, "description": "phone, whatsapp, telegram, line, "
                    "wechat, email, url, wallet_trc20, wallet_erc20"},
        "pseudonym": {"misp-attribute": "text", "ui-priority": 1, "description": "HMAC-SHA256 hex"},
        "value": {"misp-attribute": "text", "ui-priority": 1, "description": "the value in clear (revealed)"},
        "key-id": {"misp-attribute": "text", "ui-priority": 0, "description": "names the sharing key"},
        "sightings": {"misp-attribute": "counter", "ui-priority": 0},
        "first-seen": {"misp-attribute": "datetime", "ui-priority": 0},
        "last-seen": {"misp-attribute": "datetime", "ui-priority": 0},
        "network": {"misp-attribute": "text", "ui-priority": 0, "multiple": True},
    },
    "required": ["id-type"],
}
NETWORK_TEMPLATE: dict[str, Any] = {
    "name": "ctip-network", "uuid": "5e2b7c1d-9f0a-4d8e-a3b6-2c4f6e8a0b13", "version": 1, "meta-category": "misc",
    "description": "Screened recruitment posts joined by shared contact identifiers (ctip link).",
    "attributes": {"network-id": {"misp-attribute": "text", "ui-priority": 1},
                   "identifiers": {"misp-attribute": "counter", "ui-priority": 0}},
    "required": ["network-id"],
}
# MISP distribution: 0 your organisation, 1 this community, 2 connected communities, 3 all.
_DISTRIBUTION = {"red": 0, "amber+strict": 0, "amber": 1, "green": 2, "clear": 3}
_TYPED = {"email": "email", "url": "url", "phone": "phone-number", "whatsapp": "phone-number"}


def _stamp(s: str) -> datetime:
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def build_event(content: ShareContent, value_of: Callable[[SharedIdentifier], str], *, pseudonymised: bool,
                key_id: str | None, tlp: str, producer: str = "ctip workspace") -> MISPEvent:
    tag = misp_tag(tlp)
    event = MISPEvent()
    event.info = (f"{producer}: recruitment contacts at risk level {content.min_level} or above "
                  f"({len(content.identifiers)} identifiers, {len(content.posts)} posts)")
    event.distribution = _DISTRIBUTION[tlp]
    event.threat_level_id = 2
    event.analysis = 1
    event.add_tag(tag)
    seen: dict[int, list[str]] = defaultdict(list)
    for post in content.posts:
        for i in post.identifier_ids:
            seen[i].append(post.screened_at)
    net_objects: dict[str, MISPObject] = {}
    for network_id, members in content.networks.items():
        net = MISPObject("ctip-network", misp_objects_template_custom=NETWORK_TEMPLATE, standalone=False)
        net.add_attribute("network-id", value=network_id)
        net.add_attribute("identifiers", value=len(members))
        net_objects[network_id] = net
    member_of: dict[int, list[str]] = defaultdict(list)
    for network_id, members in content.networks.items():
        for i in members:
            member_of[i].append(network_id)
    for i, ident in content.identifiers.items():
        obj = MISPObject("ctip-identifier", misp_objects_template_custom=IDENTIFIER_TEMPLATE, standalone=False)
        obj.add_attribute("id-type", value=ident.type)
        if pseudonymised:
            obj.add_attribute("pseudonym", value=value_of(ident), Tag=[{"name": tag}], to_ids=False)
            obj.add_attribute("key-id", value=key_id)
        else:
            obj.add_attribute("value", value=value_of(ident), type=_TYPED.get(ident.type, "text"),
                              Tag=[{"name": tag}], to_ids=True)
        obj.add_attribute("sightings", value=len(seen[i]))
        if seen[i]:
            obj.add_attribute("first-seen", value=_stamp(min(seen[i])))
            obj.add_attribute("last-seen", value=_stamp(max(seen[i])))
        for network_id in member_of[i]:
            obj.add_attribute("network", value=network_id)
            obj.add_reference(net_objects[network_id].uuid, "member-of")
        event.add_object(obj)
    for net in net_objects.values():
        event.add_object(net)
    return event
