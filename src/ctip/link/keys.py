"""Link keys of a post: the identifiers two posts must share to be linked.

Entities come from the post itself when it carries them (`ctip screen` output has an `entities`
list) and are extracted otherwise. Placeholders ("N/A", "000000", "test@test.com"), empty
values and blocked keys (public hotlines, official numbers) never become link keys.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ctip.errors import InputError
from ctip.records import Entity, Post

# ctip.extract is imported where it is used: clustering never needs it, and it is heavy to load.

_NUMBER = re.compile(r"^\+?[\d\s().-]{6,}$")


def _entity(item: Any) -> Entity | None:
    if isinstance(item, Entity):
        return item
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        return None
    value = item.get("value")
    if not isinstance(value, str):
        return None
    raw = item.get("raw")
    return Entity(item["type"], value, raw if isinstance(raw, str) else value, int(item.get("start") or 0),
                  int(item.get("end") or 0))


def post_entities(post: Post, region: str | None = None) -> list[Entity]:
    """The post's `entities` field when it has one (screen output), else what extraction finds;
    plus the numeric Telegram ids of people mentioned by name (`mentioned_user_ids`, Telegram exports)."""
    carried = post.extra.get("entities")
    if isinstance(carried, list):
        found = [e for e in map(_entity, carried) if e is not None]
    else:
        from ctip.extract import extract_entities

        found = extract_entities(post.text, post.lang, region=region)
    return found + _mentioned(post.extra.get("mentioned_user_ids"))


def _mentioned(ids: Any) -> list[Entity]:
    if not isinstance(ids, list):
        return []
    return [Entity("telegram_id", str(i), str(i), 0, 0) for i in ids if isinstance(i, int | str) and str(i).isdigit()]


def keys_of(entities: Iterable[Entity], blocked: frozenset[str] = frozenset(),
            stats: Counter[str] | None = None) -> list[str]:
    """Distinct link keys in first-seen order; phone and WhatsApp with one number share `tel:+E164`.

    `stats`, when given, counts what was left out: "missing", "placeholder" and "hotline" (blocked).
    """
    from ctip.extract import is_placeholder, link_key

    out: dict[str, None] = {}
    for entity in entities:
        if not entity.value.strip():
            reason = "missing"
        elif is_placeholder(entity):
            reason = "placeholder"
        else:
            key = link_key(entity)
            if key not in blocked:
                out[key] = None
                continue
            reason = "hotline"
        if stats is not None:
            stats[reason] += 1
    return list(out)


def hotline_key(value: str) -> str:
    """A blocklist entry as a link key: numbers become `tel:+digits`, `type:value` stays as it is."""
    value = value.strip()
    if _NUMBER.match(value):
        return "tel:+" + re.sub(r"\D", "", value)
    if ":" in value:
        return value
    return f"email:{value.lower()}" if "@" in value[1:] else value


def default_blocked() -> frozenset[str]:
    """Public hotlines shipped with ctip (extract.load_hotlines), as link keys."""
    from ctip.extract import load_hotlines

    return frozenset(hotline_key(v) for v in load_hotlines())


def read_blocklist(path: str | Path) -> frozenset[str]:
    """One identifier per line (`#` comments), or a CSV whose first column (e.g. `e164`) holds them."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the hotline list ({exc.__class__.__name__})",
                         "Give a UTF-8 text file with one number or identifier per line.") from exc
    out = set()
    for row in csv.reader(line for line in lines if line.strip() and not line.lstrip().startswith("#")):
        first = row[0].strip() if row else ""
        if first and first.lower() not in ("e164", "number", "identifier", "key"):
            out.add(hotline_key(first))
    return frozenset(out)
