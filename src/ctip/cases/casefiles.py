"""Cases, their members and links, and the persons in them (personal fields encrypted)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from ctip.cases import audit
from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, NotFound, ReasonRequired
from ctip.cases.fields import CASE_STATUSES, CASE_TYPES, LINK_KINDS, PERSON_FIELDS, PERSON_ROLES
from ctip.cases.permissions import Actor
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["add_member", "add_person", "case_history", "create_case", "get_case", "get_person", "link",
           "case_view", "linked_posts", "list_cases", "update_case"]

CASE_COLUMNS = ("title", "status", "case_type", "summary", "details")


def _clean_text(value: Any, name: str, limit: int, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CaseworkError(f"{name} is required.", f"Give a {name}.")
        return None
    if not isinstance(value, str):
        raise CaseworkError(f"{name} must be text.", "")
    if len(value) > limit:
        raise CaseworkError(f"{name} is longer than {limit} characters.", "Shorten it.")
    return value.strip()


def _check_case_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            out[key] = _clean_text(value, "title", 300, required=True)
        elif key == "summary":
            out[key] = _clean_text(value, "summary", 20_000)
        elif key == "case_type":
            if value not in CASE_TYPES:
                raise CaseworkError(f"Unknown case type {value!r}.", f"Use one of: {', '.join(CASE_TYPES)}.")
            out[key] = value
        elif key == "status":
            if value not in CASE_STATUSES:
                raise CaseworkError(f"Unknown status {value!r}.", f"Use one of: {', '.join(CASE_STATUSES)}.")
            out[key] = value
        elif key == "details":
            if not isinstance(value, dict):
                raise CaseworkError("details must be an object.", "")
            out[key] = value
        else:
            raise CaseworkError(f"Unknown case field {key!r}.", f"Use: {', '.join(CASE_COLUMNS)}.")
    return out


def _case_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "status": r.status, "case_type": r.case_type, "summary": r.summary,
            "details": dict(r.details or {}), "created_by": r.created_by, "created_at": r.created_at,
            "updated_at": r.updated_at, "closed_at": r.closed_at}


def create_case(cw: Casework, actor: Actor, title: str, case_type: str = "trafficking", summary: str | None = None,
                details: dict[str, Any] | None = None) -> dict[str, Any]:
    values = _check_case_values({"title": title, "case_type": case_type, "summary": summary,
                                 "details": details or {}})
    stamp = now()
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.create")
        case_id = int(tx.conn.execute(t.cases.insert().values(
            **values, status="open", created_by=actor.id, created_at=stamp, updated_at=stamp)).inserted_primary_key[0])
        tx.conn.execute(t.case_members.insert().values(case_id=case_id, user_id=actor.id, membership="owner"))
        tx.record(actor.username, "create", "case", case_id, case_type=values["case_type"])
        return _load_case(tx.conn, case_id)


def _load_case(conn: Connection, case_id: int) -> dict[str, Any]:
    r = conn.execute(select(t.cases).where(t.cases.c.id == case_id)).one_or_none()
    if r is None:
        raise NotFound(f"There is no case {case_id}.", "See the list of cases.")
    out = _case_row(r)
    out["members"] = [{"user_id": m.user_id, "username": m.username, "membership": m.membership}
                      for m in conn.execute(select(t.case_members, t.users.c.username)
                                            .join(t.users, t.users.c.id == t.case_members.c.user_id)
                                            .where(t.case_members.c.case_id == case_id)
                                            .order_by(t.case_members.c.user_id))]
    out["links"] = [{"kind": lk.kind, "ref": lk.ref, "added_at": lk.added_at}
                    for lk in conn.execute(select(t.case_links).where(t.case_links.c.case_id == case_id)
                                           .order_by(t.case_links.c.kind, t.case_links.c.ref))]
    out["persons"] = [{"id": p.id, "role": p.role, "created_at": p.created_at}
                      for p in conn.execute(select(t.persons.c.id, t.persons.c.role, t.persons.c.created_at)
                                            .where(t.persons.c.case_id == case_id).order_by(t.persons.c.id))]
    out["evidence"] = [{"id": e.id, "filename": e.filename, "media_type": e.media_type, "size": e.size,
                        "sha256": e.sha256, "post_id": e.post_id, "captured_at": e.captured_at}
                       for e in conn.execute(select(t.evidence.c.id, t.evidence.c.filename, t.evidence.c.media_type,
                                                    t.evidence.c.size, t.evidence.c.sha256, t.evidence.c.post_id,
                                                    t.evidence.c.captured_at)
                                             .where(t.evidence.c.case_id == case_id).order_by(t.evidence.c.id))]
    post_ids = [lk["ref"] for lk in out["links"] if lk["kind"] == "post"]
    nets = sorted({r.network_id for r in conn.execute(select(t.networks.c.network_id)
                                                     .where(t.networks.c.post_id.in_(post_ids))) if r.network_id})
    out["networks"] = sorted(set(nets) | {lk["ref"] for lk in out["links"] if lk["kind"] == "network"})
    return out


def list_cases(cw: Casework, actor: Actor) -> list[dict[str, Any]]:
    """Cases the actor may read (all of them, or those they are a member of)."""
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.read")
        q = select(t.cases).order_by(t.cases.c.id.desc())
        if cw.policy.scope(actor.role, "cases.read") == "member":
            q = q.where(t.cases.c.id.in_(select(t.case_members.c.case_id).where(t.case_members.c.user_id == actor.id)))
        rows = [_case_row(r) for r in tx.conn.execute(q)]
        tx.record(actor.username, "list", "case", None, count=len(rows))
        return rows


def get_case(cw: Casework, actor: Actor, case_id: int) -> dict[str, Any]:
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.read", case_id)
        out = _load_case(tx.conn, case_id)
        tx.record(actor.username, "read", "case", case_id)
        return out


def update_case(cw: Casework, actor: Actor, case_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    values = _check_case_values(changes)
    if not values:
        raise CaseworkError("Nothing to change.", f"Send one or more of: {', '.join(CASE_COLUMNS)}.")
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.update", case_id)
        stamp = now()
        if values.get("status") == "closed":
            values["closed_at"] = stamp
        elif values.get("status") == "open":
            values["closed_at"] = None
        tx.conn.execute(update(t.cases).where(t.cases.c.id == case_id).values(**values, updated_at=stamp))
        tx.record(actor.username, "update", "case", case_id, fields=sorted(changes))
        return _load_case(tx.conn, case_id)


def add_member(cw: Casework, actor: Actor, case_id: int, username: str) -> dict[str, Any]:
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.assign", case_id)
        user = tx.conn.execute(select(t.users.c.id).where(t.users.c.username == username)).one_or_none()
        if user is None:
            raise NotFound(f"No user named {username!r}.", "Check the spelling with an administrator.")
        if not cw.is_member(tx.conn, Actor(user.id, username, ""), case_id):
            tx.conn.execute(t.case_members.insert().values(case_id=case_id, user_id=user.id, membership="assigned"))
        tx.record(actor.username, "assign", "case", case_id, member=username)
        return _load_case(tx.conn, case_id)


def link(cw: Casework, actor: Actor, case_id: int, kind: str, ref: str) -> dict[str, Any]:
    """Link a post, identifier, template cluster or network to a case."""
    if kind not in LINK_KINDS:
        raise CaseworkError(f"Unknown link kind {kind!r}.", f"Use one of: {', '.join(LINK_KINDS)}.")
    ref = _clean_text(ref, "ref", 600, required=True) or ""
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.update", case_id)
        if kind == "post" and tx.conn.execute(select(t.posts.c.id).where(t.posts.c.id == ref)).first() is None:
            raise NotFound(f"There is no post {ref!r}.", "Check the post id.")
        try:
            with tx.conn.begin_nested():
                tx.conn.execute(t.case_links.insert().values(case_id=case_id, kind=kind, ref=ref, added_by=actor.id,
                                                             added_at=now()))
        except IntegrityError:
            pass  # linked already: nothing changes
        tx.record(actor.username, "link", "case", case_id, kind=kind, ref=ref)
        return _load_case(tx.conn, case_id)


def _check_person(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(PERSON_FIELDS))
    if unknown:
        raise CaseworkError(f"Unknown person field(s): {', '.join(unknown)}.", f"Use: {', '.join(PERSON_FIELDS)}.")
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list):
            out[key] = [str(_clean_text(v, key, 300)) for v in value if v not in (None, "")]
        else:
            out[key] = _clean_text(value if isinstance(value, str) else str(value), key, 4000)
    return out


def add_person(cw: Casework, actor: Actor, case_id: int, role: str, fields: dict[str, Any]) -> dict[str, Any]:
    if role not in PERSON_ROLES:
        raise CaseworkError(f"Unknown person role {role!r}.", f"Use one of: {', '.join(PERSON_ROLES)}.")
    data = _check_person(fields)
    key = cw.key()
    uid = str(uuid.uuid4())
    blob = key.encrypt(json.dumps(data, ensure_ascii=False).encode("utf-8"), uid.encode("ascii"))
    stamp = now()
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "persons.create", case_id)
        pid = int(tx.conn.execute(t.persons.insert().values(
            uid=uid, case_id=case_id, role=role, pii=blob, key_id=key.key_id, created_by=actor.id, created_at=stamp,
            updated_at=stamp)).inserted_primary_key[0])
        tx.record(actor.username, "create", "person", pid, case_id=case_id, role=role, fields=sorted(data))
    return {"id": pid, "case_id": case_id, "role": role, **data, "created_at": stamp}


def _read_permission(role: str) -> str:
    return "persons.read_victim" if role == "victim" else "persons.read_other"


def get_person(cw: Casework, actor: Actor, person_id: int, reason: str | None) -> dict[str, Any]:
    """A person's fields, decrypted: needs the permission for that role of person and a reason."""
    reason = (reason or "").strip()
    if len(reason) < 4:
        raise ReasonRequired("Reading personal data needs a stated reason.",
                             "Say why you need it, e.g. 'prepare shelter referral' (it is recorded).")
    if len(reason) > 500:
        raise CaseworkError("The reason is longer than 500 characters.", "Shorten it.")
    key = cw.key()
    with cw.read() as conn:
        r = conn.execute(select(t.persons).where(t.persons.c.id == person_id)).one_or_none()
    if r is None:
        raise NotFound(f"There is no person {person_id}.", "Check the id on the case page.")
    with cw.tx() as tx:
        cw.require(tx.conn, actor, _read_permission(r.role), r.case_id)
        data = json.loads(key.decrypt(r.pii, r.uid.encode("ascii")))
        consents = [{"id": c.id, "purpose": c.purpose, "organisation": c.organisation, "recorded_at": c.recorded_at,
                     "withdrawn_at": c.withdrawn_at}
                    for c in tx.conn.execute(select(t.consents).where(t.consents.c.person_id == person_id)
                                             .order_by(t.consents.c.id))]
        referrals = [{"id": f.id, "organisation": f.organisation, "purpose": f.purpose, "created_at": f.created_at}
                     for f in tx.conn.execute(select(t.referrals).where(t.referrals.c.person_id == person_id)
                                              .order_by(t.referrals.c.id))]
        tx.record(actor.username, "read_pii", "person", person_id, reason=reason, case_id=r.case_id, role=r.role)
    return {"id": r.id, "case_id": r.case_id, "role": r.role, **data, "created_at": r.created_at,
            "consents": consents, "referrals": referrals}


def case_history(cw: Casework, actor: Actor, case_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Audit entries about this case, its persons and its evidence, newest first."""
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.read", case_id)
        out = _history(tx.conn, case_id, limit)
        tx.record(actor.username, "read_history", "case", case_id)
    return out


def _history(conn: Connection, case_id: int, limit: int) -> list[dict[str, Any]]:
    person_ids = [str(p) for p in conn.execute(select(t.persons.c.id).where(t.persons.c.case_id == case_id)).scalars()]
    ev_ids = [str(e) for e in conn.execute(select(t.evidence.c.id).where(t.evidence.c.case_id == case_id)).scalars()]
    entries = (audit.read_entries(conn, object_type="case", object_ids=[str(case_id)], limit=limit)
               + audit.read_entries(conn, object_type="person", object_ids=person_ids, limit=limit)
               + audit.read_entries(conn, object_type="evidence", object_ids=ev_ids, limit=limit))
    entries.sort(key=lambda e: e.seq, reverse=True)
    return [e.to_dict() for e in entries[:limit]]


def case_view(cw: Casework, actor: Actor, case_id: int, history: int = 50) -> dict[str, Any]:
    """Everything the case page shows (case, linked posts, audit trail), read and audited at once."""
    from ctip.cases.triage import post_details

    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.read", case_id)
        case = _load_case(tx.conn, case_id)
        case["posts"] = post_details(tx.conn, [lk["ref"] for lk in case["links"] if lk["kind"] == "post"])
        tx.record(actor.username, "read", "case", case_id, view="page")
        tx.flush()  # the trail shows this very view
        case["history"] = _history(tx.conn, case_id, history)
    return case


def linked_posts(cw: Casework, actor: Actor, case_id: int) -> list[dict[str, Any]]:
    """The screened posts linked to a case, for whoever may read the case."""
    from ctip.cases.triage import post_details

    with cw.tx() as tx:
        cw.require(tx.conn, actor, "cases.read", case_id)
        ids = list(tx.conn.execute(select(t.case_links.c.ref).where(t.case_links.c.case_id == case_id,
                                                                    t.case_links.c.kind == "post")).scalars())
        out = post_details(tx.conn, ids)
        tx.record(actor.username, "read_posts", "case", case_id, count=len(out))
    return out
