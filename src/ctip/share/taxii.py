"""TAXII 2.1 collection queries (pure): filter a snapshot of the collection and cut pages.

A snapshot is every object of the collection in its current version, ordered by the time
the server first served that version (`date_added`) and then by id. `added_after`,
`match[...]` filters and `limit` follow TAXII 2.1 §3.4-3.5; `next` is an opaque cursor that
names the last object of the page, so a page never repeats or skips an object even when new
ones arrive while a client pages (they sort after the cursor).
"""

from __future__ import annotations

import base64
import binascii
import itertools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "Entry", "Page", "Query", "QueryError", "parse_query", "run_query",
           "timestamp"]

DEFAULT_LIMIT = 1000
MAX_LIMIT = 1000
_VERSION_KEYWORDS = ("last", "first", "all")


class QueryError(ValueError):
    """A filter or cursor the client sent cannot be used (HTTP 400)."""


@dataclass(frozen=True, slots=True)
class Entry:
    date_added: str  # timestamp() form, so string order is time order
    id: str
    type: str
    version: str
    spec_version: str
    obj: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Query:
    added_after: str | None = None
    types: frozenset[str] | None = None
    ids: frozenset[str] | None = None
    versions: frozenset[str] = frozenset({"last"})
    spec_versions: frozenset[str] | None = None
    limit: int = DEFAULT_LIMIT
    after: tuple[str, str] | None = None  # (date_added, id) of the last object already sent


@dataclass(frozen=True, slots=True)
class Page:
    entries: tuple[Entry, ...]
    more: bool
    next: str | None


def timestamp(value: str | datetime) -> str:
    """A TAXII timestamp in one fixed form (UTC, microseconds), so strings compare as times."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("z", "Z"))
        except ValueError:
            raise QueryError(f"{value[:40]!r} is not a timestamp (use e.g. 2026-12-01T00:00:00.000Z).") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _split(values: Sequence[str]) -> frozenset[str]:
    """`match[x]=a,b` and repeated `match[x]=a&match[x]=b` are the same filter."""
    return frozenset(v.strip() for raw in values for v in raw.split(",") if v.strip())


def _cursor(token: str) -> tuple[str, str]:
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii") + b"==").decode("utf-8")
        added, object_id = text.split("|", 1)
        return timestamp(added), object_id
    except (ValueError, UnicodeError, binascii.Error, QueryError):
        raise QueryError("The `next` value is not one this server gave out. Start again without `next`.") from None


def _token(entry: Entry) -> str:
    return base64.urlsafe_b64encode(f"{entry.date_added}|{entry.id}".encode()).decode("ascii").rstrip("=")


def parse_query(params: dict[str, list[str]]) -> Query:
    """The query from URL parameters (each name → every value given)."""
    def one(name: str) -> str | None:
        vals = params.get(name) or []
        return vals[-1] if vals else None

    limit = DEFAULT_LIMIT
    raw_limit = one("limit")
    if raw_limit is not None:
        if not raw_limit.strip().isdigit() or int(raw_limit) < 1:
            raise QueryError(f"limit={raw_limit[:20]!r} is not a positive whole number.")
        limit = min(int(raw_limit), MAX_LIMIT)
    added = one("added_after")
    versions = _split(params.get("match[version]", [])) or frozenset({"last"})
    for v in versions - set(_VERSION_KEYWORDS):
        timestamp(v)  # raises QueryError for anything else
    nxt = one("next")
    return Query(added_after=timestamp(added) if added else None,
                 types=_split(params["match[type]"]) if params.get("match[type]") else None,
                 ids=_split(params["match[id]"]) if params.get("match[id]") else None,
                 versions=versions,
                 spec_versions=_split(params["match[spec_version]"]) if params.get("match[spec_version]") else None,
                 limit=limit, after=_cursor(nxt) if nxt else None)


def _version_ok(entry: Entry, versions: frozenset[str]) -> bool:
    # The collection keeps only each object's current version: it is the first, the last and all.
    if versions & set(_VERSION_KEYWORDS):
        return True
    return any(timestamp(v) == timestamp(entry.version) for v in versions)


def _matches(entry: Entry, q: Query) -> bool:
    return ((q.added_after is None or entry.date_added > q.added_after)
            and (q.types is None or entry.type in q.types)
            and (q.ids is None or entry.id in q.ids)
            and (q.spec_versions is None or entry.spec_version in q.spec_versions)
            and (q.after is None or (entry.date_added, entry.id) > q.after)
            and _version_ok(entry, q.versions))


def run_query(entries: Sequence[Entry], q: Query, keys: Sequence[tuple[str, str]] | None = None) -> Page:
    """The next page of `entries` (sorted by date_added, id) that match `q`; with `keys` (each
    entry's (date_added, id)) the scan starts at the cursor or `added_after` instead of the top."""
    start = 0
    if keys is not None:
        if q.after is not None:
            start = bisect_right(keys, q.after)
        if q.added_after is not None:
            start = max(start, bisect_right(keys, (q.added_after, "\U0010ffff")))
    picked: list[Entry] = []
    more = False
    for e in itertools.islice(entries, start, None):
        if not _matches(e, q):
            continue
        if len(picked) == q.limit:
            more = True
            break
        picked.append(e)
    return Page(tuple(picked), more, _token(picked[-1]) if more and picked else None)
