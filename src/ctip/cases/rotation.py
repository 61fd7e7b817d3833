"""Key rotation: re-encrypt every person record under the keyring's newest key."""

from __future__ import annotations

from sqlalchemy import select, update

from ctip.cases.context import Casework
from ctip.cases.permissions import Actor
from ctip.store import schema as t

__all__ = ["rotate"]


def rotate(cw: Casework, actor: Actor, batch: int = 200) -> int:
    key = cw.key()
    done = 0
    while True:
        with cw.tx() as tx:
            rows = tx.conn.execute(select(t.persons.c.id, t.persons.c.uid, t.persons.c.pii)
                                   .where(t.persons.c.key_id != key.key_id).limit(batch)).all()
            for r in rows:
                aad = r.uid.encode("ascii")
                blob = key.encrypt(key.decrypt(r.pii, aad), aad)
                tx.conn.execute(update(t.persons).where(t.persons.c.id == r.id).values(pii=blob, key_id=key.key_id))
            if rows:
                tx.record(actor.username, "rotate_key", "person", None, count=len(rows), key_id=key.key_id)
        done += len(rows)
        if len(rows) < batch:
            return done
