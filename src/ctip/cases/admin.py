"""User administration and retention, each change audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

import yaml
from sqlalchemy import delete, select

from ctip.cases import accounts
from ctip.cases.context import Casework
from ctip.cases.permissions import Actor
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["add_user", "list_users", "purge", "retention_years", "update_user"]


def add_user(cw: Casework, actor: Actor, username: str, password: str, role: str) -> Actor:
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "users.manage")
        user = accounts.create_user(tx.conn, username, password, role)
        tx.record(actor.username, "create", "user", user.id, username=user.username, role=role)
    return user


def update_user(cw: Casework, actor: Actor, username: str, role: str | None = None,
                active: bool | None = None) -> Actor:
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "users.manage")
        user = accounts.set_role(tx.conn, username, role, active)
        tx.record(actor.username, "update", "user", user.id, username=user.username, role=role, active=active)
    return user


def list_users(cw: Casework, actor: Actor) -> list[dict[str, Any]]:
    with cw.read() as conn:
        cw.require(conn, actor, "users.manage")
        return accounts.list_users(conn)


@cache
def retention_years() -> dict[str, int]:
    text = resources.files("ctip.data").joinpath("web/retention.yaml").read_text(encoding="utf-8")
    return {k: int(v) for k, v in yaml.safe_load(text)["years_after_closure"].items()}


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def purge(cw: Casework, actor: Actor, *, today: datetime | None = None, dry_run: bool = False) -> list[dict[str, Any]]:
    """Delete closed cases past their retention time; returns what was (or would be) deleted."""
    today = today or datetime.now(UTC)
    years = retention_years()
    due: list[dict[str, Any]] = []
    with cw.read() as conn:
        cw.require(conn, actor, "users.manage")
        for r in conn.execute(select(t.cases.c.id, t.cases.c.case_type, t.cases.c.closed_at)
                              .where(t.cases.c.status == "closed", t.cases.c.closed_at.is_not(None))):
            keep = years.get(r.case_type, max(years.values()))
            limit = _stamp(today - timedelta(days=round(365.25 * keep)))
            if r.closed_at < limit:
                due.append({"case_id": r.id, "case_type": r.case_type, "closed_at": r.closed_at,
                            "retention_years": keep})
    if dry_run:
        return due
    for item in due:
        with cw.tx() as tx:
            cid = item["case_id"]
            persons = select(t.persons.c.id).where(t.persons.c.case_id == cid)
            tx.conn.execute(delete(t.referrals).where(t.referrals.c.person_id.in_(persons)))
            tx.conn.execute(delete(t.consents).where(t.consents.c.person_id.in_(persons)))
            evidence = select(t.evidence.c.id).where(t.evidence.c.case_id == cid)
            tx.conn.execute(delete(t.custody_events).where(t.custody_events.c.evidence_id.in_(evidence)))
            tx.conn.execute(delete(t.evidence).where(t.evidence.c.case_id == cid))
            tx.conn.execute(delete(t.persons).where(t.persons.c.case_id == cid))
            tx.conn.execute(delete(t.case_links).where(t.case_links.c.case_id == cid))
            tx.conn.execute(delete(t.case_members).where(t.case_members.c.case_id == cid))
            tx.conn.execute(delete(t.cases).where(t.cases.c.id == cid))
            tx.record(actor.username, "purge", "case", cid, case_type=item["case_type"], closed_at=item["closed_at"],
                      retention_years=item["retention_years"], purged_at=now())
    return due
