"""The workspace's TAXII 2.1 collection: the objects of `ctip export stix` (pseudonymised with
the sharing key, TLP as configured) with stable ids, and when each was first served.

Building the bundle takes seconds on a large workspace, so the snapshot is kept and rebuilt
only when the shared data changed (a cheap fingerprint query, at most every few seconds) or
after `max_age` seconds. On each rebuild the `taxii_objects` ledger gives every new or
changed object the current time as its `date_added`: a client polling with `added_after`
then gets exactly what changed since its last poll.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.exc import IntegrityError

from ctip.share.content import levels_from, read_content
from ctip.share.pseudonym import Pseudonymiser, load_share_key
from ctip.share.taxii import Entry, timestamp
from ctip.share.tlp import DEFAULT_TLP, check_tlp
from ctip.store import schema as t

__all__ = ["CollectionInfo", "Snapshot", "TaxiiFeed", "TaxiiSettings"]

log = logging.getLogger(__name__)
_NS = uuid.UUID("a3f4c0b2-6f0e-4b7c-9a51-0c2d7e6b1f38")


@dataclass(frozen=True, slots=True)
class TaxiiSettings:
    min_level: str = "medium"
    tlp: str = DEFAULT_TLP
    share_key_file: Path | None = None
    producer: str = "ctip workspace"
    max_age: float = 600.0  # rebuild at least this often (catches changes the fingerprint cannot see)
    check_every: float = 5.0  # look at the fingerprint at most this often
    background: bool = True  # rebuild in a thread and serve the previous snapshot meanwhile


@dataclass(frozen=True, slots=True)
class CollectionInfo:
    id: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    entries: tuple[Entry, ...]  # sorted by (date_added, id)
    keys: tuple[tuple[str, str], ...]  # (date_added, id) of each entry, for bisecting to a page start
    by_id: dict[str, Entry]
    fingerprint: tuple[Any, ...]
    built: float  # time.monotonic()
    build_seconds: float


@dataclass
class TaxiiFeed:
    engine: Engine
    db_url: str
    settings: TaxiiSettings = field(default_factory=TaxiiSettings)

    def __post_init__(self) -> None:
        levels_from(self.settings.min_level)  # a bad level fails at start, not on the first request
        check_tlp(self.settings.tlp)
        self._lock = threading.Lock()
        self._pseudo: Pseudonymiser | None = None
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._building: threading.Thread | None = None

    def pseudonymiser(self) -> Pseudonymiser:
        """The sharing key (raises UsageError saying what to set when there is none)."""
        if self._pseudo is None:
            self._pseudo = load_share_key(self.db_url, self.settings.share_key_file)
        return self._pseudo

    def collection(self) -> CollectionInfo:
        key_id = self.pseudonymiser().key_id
        return CollectionInfo(
            str(uuid.uuid5(_NS, f"ctip-taxii-collection:{key_id}")), "ctip recruitment contacts",
            f"Contact identifiers from screened recruitment posts at risk level {self.settings.min_level} or above, "
            f"as keyed pseudonyms (sharing key {key_id}), with sightings and recruiter networks. "
            f"TLP:{self.settings.tlp.upper()}.")

    def snapshot(self) -> Snapshot:
        """The current collection. The first call builds it; later ones rebuild when the data changed,
        in the background (serving the previous snapshot meanwhile) unless `background` is off."""
        with self._lock:
            snap = self._snapshot
            clock = time.monotonic()
            if snap is not None and (clock - self._checked < self.settings.check_every or self._building is not None):
                return snap
            self._checked = clock
            with self.engine.connect() as conn:
                fp = _fingerprint(conn, self.settings.min_level)
            if snap is not None and fp == snap.fingerprint and clock - snap.built < self.settings.max_age:
                return snap
            if snap is None or not self.settings.background:
                self._snapshot = self._build(fp)
                return self._snapshot
            self._building = threading.Thread(target=self._rebuild, args=(fp,), name="taxii-rebuild", daemon=True)
            self._building.start()
            return snap

    def _rebuild(self, fp: tuple[Any, ...]) -> None:
        try:
            fresh = self._build(fp)
            with self._lock:
                self._snapshot = fresh
        except Exception:  # the old snapshot stays; the next check tries again
            log.exception("TAXII: rebuilding the collection failed")
        finally:
            with self._lock:
                self._building = None

    def _build(self, fp: tuple[Any, ...]) -> Snapshot:
        from ctip.share.stix import build_bundle

        started = time.monotonic()
        pseudo = self.pseudonymiser()
        with self.engine.connect() as conn:
            content = read_content(conn, self.settings.min_level)
        bundle = build_bundle(content, lambda i: pseudo(i.link_key), pseudonymised=True, key_id=pseudo.key_id,
                              tlp=self.settings.tlp, producer=self.settings.producer, id_key=pseudo.key)
        objects = [json.loads(o.serialize()) for o in bundle.objects]
        stamp = timestamp(datetime.now(UTC))
        try:
            with self.engine.begin() as conn:
                added = _sync_ledger(conn, self.collection().id, objects, stamp)
        except IntegrityError:  # another server process on this database recorded them first
            with self.engine.begin() as conn:
                added = _sync_ledger(conn, self.collection().id, objects, stamp)
        entries = sorted((Entry(added[o["id"]], o["id"], o["type"], _version(o, added[o["id"]]),
                                o.get("spec_version", "2.1"), o) for o in objects),
                         key=lambda e: (e.date_added, e.id))
        return Snapshot(tuple(entries), tuple((e.date_added, e.id) for e in entries), {e.id: e for e in entries}, fp,
                        time.monotonic(),
                        time.monotonic() - started)


def _version(obj: dict[str, Any], date_added: str) -> str:
    """TAXII 2.1 §3.6: an object's version is its `modified`, else `created`, else its date_added."""
    return str(obj.get("modified") or obj.get("created") or date_added)


def _digest(obj: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _fingerprint(conn: Connection, min_level: str) -> tuple[Any, ...]:
    """Changes whenever posts are screened, re-screened, mention identifiers or are (re)linked."""
    levels = levels_from(min_level)
    s = conn.execute(select(func.count(), func.max(t.screenings.c.screened_at))
                     .where(t.screenings.c.risk_level.in_(levels))).one()
    m = conn.execute(select(func.count()).select_from(t.mentions)).scalar()
    n = conn.execute(select(func.count(t.networks.c.network_id), func.count(t.networks.c.network_id.distinct()),
                            func.min(t.networks.c.network_id), func.max(t.networks.c.network_id))).one()
    return (int(s[0]), s[1], int(m or 0), *tuple(n))


def _sync_ledger(conn: Connection, collection_id: str, objects: list[dict[str, Any]], stamp: str) -> dict[str, str]:
    """object id → date_added; new or changed objects get `stamp`, vanished ones are forgotten."""
    c = t.taxii_objects.c
    known = {r.object_id: r for r in conn.execute(select(c.object_id, c.digest, c.date_added)
                                                  .where(c.collection_id == collection_id))}
    latest = max((r.date_added for r in known.values()), default="")
    if stamp <= latest:  # the clock went back: date_added must still only grow
        stamp = timestamp(datetime.fromisoformat(latest) + timedelta(microseconds=1))
    out: dict[str, str] = {}
    fresh, changed = [], []
    for o in objects:
        digest = _digest(o)
        row = known.get(o["id"])
        if row is not None and row.digest == digest:
            out[o["id"]] = row.date_added
            continue
        out[o["id"]] = stamp
        rec = {"collection_id": collection_id, "object_id": o["id"], "version": _version(o, stamp)[:40],
               "digest": digest, "date_added": stamp}
        (changed if row is not None else fresh).append(rec)
    gone = [i for i in known if i not in out]
    for start in range(0, len(gone), 500):
        conn.execute(delete(t.taxii_objects).where(c.collection_id == collection_id,
                                                   c.object_id.in_(gone[start:start + 500])))
    if changed:
        ids = [r["object_id"] for r in changed]
        for start in range(0, len(ids), 500):
            conn.execute(delete(t.taxii_objects).where(c.collection_id == collection_id,
                                                       c.object_id.in_(ids[start:start + 500])))
    if fresh or changed:
        conn.execute(t.taxii_objects.insert(), fresh + changed)
    return out
