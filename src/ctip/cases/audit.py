"""The append-only, hash-chained audit log.

Entry n's hash is SHA-256 over its canonical JSON (seq, time, actor, action, object, reason,
detail) and entry n-1's hash. `audit_head` holds the newest seq and hash: every audited
transaction updates it first, which serialises writers on SQLite and PostgreSQL alike, and
lets `verify` notice entries cut from the end. Changing, removing or reordering any entry
breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["GENESIS", "AuditEntry", "AuditTx", "Problem", "audited", "entry_hash", "read_entries", "verify"]

GENESIS = "0" * 64
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str | None
    reason: str | None
    detail: str
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "actor": self.actor, "action": self.action,
                "object_type": self.object_type, "object_id": self.object_id, "reason": self.reason,
                "detail": json.loads(self.detail), "hash": self.hash}


def entry_hash(seq: int, at: str, actor: str, action: str, object_type: str, object_id: str | None,
               reason: str | None, detail: str, prev_hash: str) -> str:
    body = json.dumps([seq, at, actor, action, object_type, object_id, reason, detail, prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass
class AuditTx:
    """An open transaction whose audit entries are chained and written when it commits."""

    conn: Connection
    pending: list[tuple[str, str, str, str | None, str | None, str]] = field(default_factory=list)

    def record(self, actor: str, action: str, object_type: str, object_id: object = None,
               reason: str | None = None, **detail: Any) -> None:
        self.pending.append((actor, action, object_type, None if object_id is None else str(object_id), reason,
                             json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))))

    def flush(self) -> None:
        if not self.pending:
            return
        head = self.conn.execute(select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)).one()
        seq, prev = int(head.seq), str(head.hash)
        rows = []
        for actor, action, otype, oid, reason, detail in self.pending:
            seq += 1
            at = now()
            h = entry_hash(seq, at, actor, action, otype, oid, reason, detail, prev)
            rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "object_type": otype,
                         "object_id": oid, "reason": reason, "detail": detail, "prev_hash": prev, "hash": h})
            prev = h
        self.conn.execute(t.audit_log.insert(), rows)
        self.conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=seq, hash=prev))
        self.pending.clear()


def _lock(engine: Engine) -> threading.Lock:
    # Within one process, threads queue on a lock instead of on SQLite's sleeping busy handler.
    key = str(engine.url)
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


@contextmanager
def audited(engine: Engine) -> Iterator[AuditTx]:
    """A transaction that writes its audit entries with it: both commit, or neither."""
    with _lock(engine), engine.begin() as conn:
        # Touch the head row first: takes SQLite's write lock / PostgreSQL's row lock up front.
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=t.audit_head.c.seq))
        tx = AuditTx(conn)
        yield tx
        tx.flush()


def read_entries(conn: Connection, *, object_type: str | None = None, object_ids: list[str] | None = None,
                 limit: int | None = None, before: int | None = None) -> list[AuditEntry]:
    q = select(t.audit_log)
    if object_type is not None:
        q = q.where(t.audit_log.c.object_type == object_type)
    if object_ids is not None:
        q = q.where(t.audit_log.c.object_id.in_(object_ids))
    if before is not None:
        q = q.where(t.audit_log.c.seq < before)
    q = q.order_by(t.audit_log.c.seq.desc())
    if limit is not None:
        q = q.limit(limit)
    return [_entry(r) for r in conn.execute(q)]


def _entry(r: Any) -> AuditEntry:
    return AuditEntry(r.seq, r.at, r.actor, r.action, r.object_type, r.object_id, r.reason, r.detail,
                      r.prev_hash, r.hash)


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    message: str


def verify(conn: Connection) -> tuple[int, str, Problem | None]:
    """(entries checked, head hash, first problem or None), walking the chain in order."""
    expected_seq, prev = 1, GENESIS
    for r in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)).yield_per(1000):
        e = _entry(r)
        if e.seq != expected_seq:
            return expected_seq - 1, prev, Problem(expected_seq, f"entry {expected_seq} is missing "
                                                   f"(the next entry found is {e.seq})")
        if e.prev_hash != prev:
            return expected_seq - 1, prev, Problem(e.seq, f"entry {e.seq} does not follow entry {e.seq - 1}: "
                                                   "an entry before it was altered, removed or reordered")
        if entry_hash(e.seq, e.at, e.actor, e.action, e.object_type, e.object_id, e.reason, e.detail,
                      e.prev_hash) != e.hash:
            return expected_seq - 1, prev, Problem(e.seq, f"entry {e.seq} ({e.at}, {e.actor}, {e.action}) "
                                                   "was altered: its content no longer matches its hash")
        expected_seq, prev = expected_seq + 1, e.hash
    n = expected_seq - 1
    head = conn.execute(select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)).one_or_none()
    if head is None or int(head.seq) != n or head.hash != prev:
        last = head.seq if head is not None else "?"
        return n, prev, Problem(n + 1, f"the log ends at entry {n} but its head records entry {last}: "
                                       "entries were removed from the end")
    return n, prev, None
