"""The case-work context: the workspace engine, the data key and the permission policy.

Every operation takes the acting user and is checked by `Casework.require` (the one place
where the matrix is enforced); refusals of case data are audited too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, select

from ctip.cases.audit import AuditTx, audited
from ctip.cases.crypto import Keyring, load_keyring
from ctip.cases.errors import AccessDenied, KeyMissing, NotFound
from ctip.cases.permissions import Actor, Policy, load_policy
from ctip.store import schema as t
from ctip.store.workspace import Workspace

__all__ = ["SYSTEM", "Casework"]

SYSTEM = Actor(0, "system", "admin")  # command-line maintenance (db init, users add, purge)


@dataclass
class Casework:
    engine: Engine
    policy: Policy
    keyring: Keyring | None = None
    url: str = ""

    @classmethod
    def open(cls, url: str, key_file: Path | None = None, *, need_key: bool = False) -> Casework:
        """Open (and migrate) the workspace; the data key is loaded when present."""
        ws = Workspace(url)
        try:
            keyring = load_keyring(url, key_file)
        except KeyMissing:
            if need_key:
                raise
            keyring = None
        return cls(ws.engine, load_policy(), keyring, url)

    def close(self) -> None:
        self.engine.dispose()

    def key(self) -> Keyring:
        if self.keyring is None:
            load_keyring(self.url)  # raises KeyMissing with the reason and what to do
            raise KeyMissing("No data key is loaded.", "Restart `ctip serve` with the key.")
        return self.keyring

    @contextmanager
    def tx(self) -> Iterator[AuditTx]:
        """An audited transaction; a refusal of case data inside it is audited after the rollback."""
        try:
            with audited(self.engine) as tx:
                yield tx
        except AccessDenied as exc:
            if exc.case_id is not None:
                with audited(self.engine) as tx2:
                    tx2.record(exc.actor, "denied", "case", exc.case_id, permission=exc.permission)
            raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def is_member(self, conn: Connection, actor: Actor, case_id: int) -> bool:
        return conn.execute(select(t.case_members.c.user_id).where(
            t.case_members.c.case_id == case_id, t.case_members.c.user_id == actor.id)).first() is not None

    def case_exists(self, conn: Connection, case_id: int) -> bool:
        return conn.execute(select(t.cases.c.id).where(t.cases.c.id == case_id)).first() is not None

    def require(self, conn: Connection, actor: Actor, permission: str, case_id: int | None = None) -> None:
        """Enforce the matrix; for case data also check the case exists and the actor's membership."""
        if case_id is None:
            self.policy.check(actor, permission)
            return
        if not self.policy.allows(actor.role, permission):
            self._denied(actor, permission, case_id)
        if not self.case_exists(conn, case_id):
            raise NotFound(f"There is no case {case_id}.", "See the list of cases.")
        if self.policy.scope(actor.role, permission) == "member" and not self.is_member(conn, actor, case_id):
            self._denied(actor, permission, case_id)

    def _denied(self, actor: Actor, permission: str, case_id: int) -> None:
        try:
            self.policy.check(actor, permission, member=False)
        except AccessDenied as exc:
            exc.actor, exc.permission, exc.case_id = actor.username, permission, case_id
            raise
