"""Entity types and the linking key."""

from __future__ import annotations

from ctip.records import Entity

ENTITY_TYPES: tuple[str, ...] = (
    "phone", "whatsapp", "telegram", "line", "wechat", "email", "url", "wallet_trc20", "wallet_erc20",
)
_TEL_TYPES = frozenset({"phone", "whatsapp"})


def link_key(entity: Entity) -> str:
    """Key two posts share when they share this identifier: a WhatsApp link and a plain phone
    number with the same E.164 are one person's number (`tel:+E164`); others are `type:value`."""
    if entity.type in _TEL_TYPES:
        return f"tel:{entity.value}"
    return f"{entity.type}:{entity.value}"
