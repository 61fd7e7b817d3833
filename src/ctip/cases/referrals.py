"""Consent and referrals: a victim is referred to a partner only while her consent for that
purpose (and, when the consent names one, that organisation) is recorded and not withdrawn."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, ConsentRequired, NotFound
from ctip.cases.fields import CONSENT_PURPOSES
from ctip.cases.permissions import Actor
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["record_consent", "refer", "withdraw_consent"]


def _person(conn: Any, person_id: int) -> Any:
    r = conn.execute(select(t.persons.c.id, t.persons.c.case_id, t.persons.c.role)
                     .where(t.persons.c.id == person_id)).one_or_none()
    if r is None:
        raise NotFound(f"There is no person {person_id}.", "Check the id on the case page.")
    return r


def _purpose(purpose: str) -> str:
    if purpose not in CONSENT_PURPOSES:
        raise CaseworkError(f"Unknown purpose {purpose!r}.", f"Use one of: {', '.join(CONSENT_PURPOSES)}.")
    return purpose


def _org(organisation: str | None, required: bool) -> str | None:
    org = (organisation or "").strip() or None
    if required and org is None:
        raise CaseworkError("Name the partner organisation.", "")
    if org is not None and len(org) > 256:
        raise CaseworkError("The organisation name is longer than 256 characters.", "Shorten it.")
    return org


def record_consent(cw: Casework, actor: Actor, person_id: int, purpose: str,
                   organisation: str | None = None) -> dict[str, Any]:
    """Record that the person consented to sharing for `purpose` (with `organisation`, or any partner)."""
    purpose, org = _purpose(purpose), _org(organisation, False)
    with cw.tx() as tx:
        p = _person(tx.conn, person_id)
        cw.require(tx.conn, actor, "consent.record", p.case_id)
        stamp = now()
        cid = int(tx.conn.execute(t.consents.insert().values(person_id=person_id, purpose=purpose, organisation=org,
                                                             recorded_by=actor.id, recorded_at=stamp))
                  .inserted_primary_key[0])
        tx.record(actor.username, "consent", "person", person_id, consent_id=cid, purpose=purpose, organisation=org)
    return {"id": cid, "person_id": person_id, "purpose": purpose, "organisation": org, "recorded_at": stamp,
            "withdrawn_at": None}


def withdraw_consent(cw: Casework, actor: Actor, consent_id: int) -> dict[str, Any]:
    with cw.tx() as tx:
        c = tx.conn.execute(select(t.consents).where(t.consents.c.id == consent_id)).one_or_none()
        if c is None:
            raise NotFound(f"There is no consent {consent_id}.", "Check the id on the person's page.")
        p = _person(tx.conn, c.person_id)
        cw.require(tx.conn, actor, "consent.record", p.case_id)
        stamp = c.withdrawn_at or now()
        tx.conn.execute(update(t.consents).where(t.consents.c.id == consent_id)
                        .values(withdrawn_at=stamp, withdrawn_by=c.withdrawn_by or actor.id))
        tx.record(actor.username, "withdraw_consent", "person", c.person_id, consent_id=consent_id)
    return {"id": consent_id, "person_id": c.person_id, "purpose": c.purpose, "organisation": c.organisation,
            "recorded_at": c.recorded_at, "withdrawn_at": stamp}


def refer(cw: Casework, actor: Actor, person_id: int, organisation: str, purpose: str,
          note: str | None = None) -> dict[str, Any]:
    purpose, org = _purpose(purpose), _org(organisation, True)
    with cw.tx() as tx:
        p = _person(tx.conn, person_id)
        cw.require(tx.conn, actor, "referrals.create", p.case_id)
        c = t.consents.c
        consent = tx.conn.execute(select(c.id).where(
            c.person_id == person_id, c.purpose == purpose, c.withdrawn_at.is_(None),
            (c.organisation.is_(None)) | (c.organisation == org)).order_by(c.id.desc())).first()
        if consent is None:
            raise ConsentRequired(f"No consent of this person for {purpose} with {org} is on record.",
                                  "Record her informed consent first (or it was withdrawn: then do not share).")
        stamp = now()
        rid = int(tx.conn.execute(t.referrals.insert().values(person_id=person_id, consent_id=consent.id,
                                                              organisation=org, purpose=purpose, note=note,
                                                              created_by=actor.id, created_at=stamp))
                  .inserted_primary_key[0])
        tx.record(actor.username, "refer", "person", person_id, referral_id=rid, consent_id=consent.id,
                  organisation=org, purpose=purpose)
    return {"id": rid, "person_id": person_id, "organisation": org, "purpose": purpose, "consent_id": consent.id,
            "created_at": stamp}
