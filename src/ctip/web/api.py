"""The JSON API under /api/v1: thin handlers over ctip.cases (which checks permissions and audits)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from ctip.cases import admin, casefiles, evidence, referrals, triage, uploads
from ctip.cases import audit as audit_log
from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError
from ctip.cases.permissions import Actor
from ctip.web import schemas as s
from ctip.web.auth import api_actor, casework, login

__all__ = ["router"]

router = APIRouter(prefix="/api/v1")
Who = Annotated[Actor, Depends(api_actor)]
CW = Annotated[Casework, Depends(casework)]


@router.post("/auth/token", response_model=s.TokenResponse, tags=["auth"],
             responses={401: {"description": "Wrong user name or password"}, 429: {"description": "Throttled"}})
def token(body: s.TokenRequest, request: Request) -> dict[str, str]:
    """Exchange a user name and password for a bearer token (valid 12 hours)."""
    _, tok, _ = login(request, body.username, body.password, "api")
    return {"access_token": tok, "token_type": "bearer"}


@router.get("/me", tags=["auth"])
def me(who: Who, cw: CW) -> dict[str, Any]:
    """The signed-in user and the permissions of their role."""
    perms = {p: cw.policy.scope(who.role, p) for p, _, _ in cw.policy.matrix() if cw.policy.allows(who.role, p)}
    return {"id": who.id, "username": who.username, "role": who.role, "permissions": perms}


@router.get("/triage", tags=["triage"])
def get_triage(who: Who, cw: CW, limit: Annotated[int, Query(ge=1, le=triage.MAX_LIMIT)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
               frame: Annotated[str | None, Query(max_length=16)] = None) -> dict[str, Any]:
    """Screened posts not yet reviewed, highest risk_score first; `frame` keeps one frame
    (offer, plea, warning, testimony, news, other, or unknown)."""
    return {"items": triage.queue(cw, who, limit, offset, frame),
            "total": triage.count_unreviewed(cw, who, frame)}


@router.post("/posts/{post_id:path}/review", tags=["triage"])
def post_review(post_id: str, body: s.Review, who: Who, cw: CW) -> dict[str, Any]:
    """Confirm, dismiss or escalate a post; it leaves the queue and becomes a training label."""
    return triage.review(cw, who, post_id, body.decision, body.note)


@router.post("/posts/{post_id:path}/evidence", tags=["evidence"])
def post_evidence(post_id: str, who: Who, cw: CW, file: Annotated[UploadFile, File()],
                  source: Annotated[str | None, Form(max_length=2000)] = None) -> dict[str, Any]:
    """Attach a file or WARC capture to a post."""
    return evidence.add_evidence(cw, who, _read_upload(file), file.filename or "", post_id=post_id, source=source)


@router.get("/posts/{post_id:path}", tags=["triage"])
def get_post(post_id: str, who: Who, cw: CW) -> dict[str, Any]:
    return triage.get_post(cw, who, post_id)


@router.post("/uploads", tags=["triage"])
def upload(who: Who, cw: CW, file: Annotated[UploadFile, File()],
           format: Annotated[str, Form(max_length=16)] = "auto") -> dict[str, Any]:
    """Screen and store a batch (JSONL, CSV, Telegram result.json, HTML, WARC) like `ctip ingest`."""
    data = file.file.read(uploads.MAX_UPLOAD + 1)
    return uploads.ingest_upload(cw, who, file.filename or "upload", data, format)


@router.get("/clusters/{cluster_id}", tags=["triage"])
def get_cluster(cluster_id: str, who: Who, cw: CW) -> dict[str, Any]:
    """Posts re-using one ad template."""
    return {"id": cluster_id, "items": triage.group_posts(cw, who, "cluster", cluster_id)}


@router.get("/networks/{network_id}", tags=["triage"])
def get_network(network_id: str, who: Who, cw: CW) -> dict[str, Any]:
    """Posts joined by shared contact identifiers."""
    return {"id": network_id, "items": triage.group_posts(cw, who, "network", network_id)}


@router.get("/cases", tags=["cases"])
def list_cases(who: Who, cw: CW) -> dict[str, Any]:
    return {"items": casefiles.list_cases(cw, who)}


@router.post("/cases", status_code=201, tags=["cases"])
def create_case(body: s.CaseCreate, who: Who, cw: CW) -> dict[str, Any]:
    return casefiles.create_case(cw, who, body.title, body.case_type, body.summary,
                                 body.details.model_dump(exclude_none=True))


@router.get("/cases/{case_id}", tags=["cases"])
def get_case(case_id: int, who: Who, cw: CW) -> dict[str, Any]:
    return casefiles.get_case(cw, who, case_id)


@router.patch("/cases/{case_id}", tags=["cases"])
def patch_case(case_id: int, body: s.CasePatch, who: Who, cw: CW) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    if body.details is not None:
        changes["details"] = body.details.model_dump(exclude_none=True)
    return casefiles.update_case(cw, who, case_id, changes)


@router.post("/cases/{case_id}/members", tags=["cases"])
def add_member(case_id: int, body: s.Member, who: Who, cw: CW) -> dict[str, Any]:
    return casefiles.add_member(cw, who, case_id, body.username)


@router.post("/cases/{case_id}/links", tags=["cases"])
def add_link(case_id: int, body: s.Link, who: Who, cw: CW) -> dict[str, Any]:
    """Link a post, identifier, template cluster or network to the case."""
    return casefiles.link(cw, who, case_id, body.kind, body.ref)


@router.get("/cases/{case_id}/history", tags=["cases"])
def case_history(case_id: int, who: Who, cw: CW) -> dict[str, Any]:
    """The audit trail of the case, its persons and its evidence."""
    return {"items": casefiles.case_history(cw, who, case_id)}


@router.post("/cases/{case_id}/persons", status_code=201, tags=["persons"])
def add_person(case_id: int, body: s.PersonCreate, who: Who, cw: CW) -> dict[str, Any]:
    """Add a victim, suspect or witness; personal fields are stored encrypted."""
    fields = body.model_dump(exclude_none=True, exclude={"role"})
    return casefiles.add_person(cw, who, case_id, body.role, fields)


@router.get("/persons/{person_id}", tags=["persons"])
def get_person(person_id: int, who: Who, cw: CW,
               reason: Annotated[str | None, Query(max_length=500, description="Why you need the data (audited)")] = None
               ) -> dict[str, Any]:
    """A person's personal data: needs the permission and a stated `reason`; every read is audited."""
    return casefiles.get_person(cw, who, person_id, reason)


@router.post("/persons/{person_id}/consents", status_code=201, tags=["persons"])
def add_consent(person_id: int, body: s.ConsentIn, who: Who, cw: CW) -> dict[str, Any]:
    return referrals.record_consent(cw, who, person_id, body.purpose, body.organisation)


@router.post("/consents/{consent_id}/withdraw", tags=["persons"])
def withdraw(consent_id: int, who: Who, cw: CW) -> dict[str, Any]:
    return referrals.withdraw_consent(cw, who, consent_id)


@router.post("/persons/{person_id}/referrals", status_code=201, tags=["persons"],
             responses={409: {"description": "No recorded consent for this purpose and organisation"}})
def refer(person_id: int, body: s.ReferralIn, who: Who, cw: CW) -> dict[str, Any]:
    """Refer the person to a partner: only while her consent for the purpose is recorded."""
    return referrals.refer(cw, who, person_id, body.organisation, body.purpose, body.note)


def _read_upload(file: UploadFile) -> bytes:
    data = file.file.read(evidence.MAX_BYTES + 1)
    if len(data) > evidence.MAX_BYTES:
        raise CaseworkError(f"The file is larger than {evidence.MAX_BYTES // (1024 * 1024)} MB.",
                            "Split it or keep it outside ctip.")
    return data


@router.post("/cases/{case_id}/evidence", status_code=201, tags=["evidence"])
def case_evidence(case_id: int, who: Who, cw: CW, file: Annotated[UploadFile, File()],
                  source: Annotated[str | None, Form(max_length=2000)] = None,
                  post_id: Annotated[str | None, Form(max_length=512)] = None) -> dict[str, Any]:
    """Attach a file or WARC capture to a case (SHA-256, time, user and source are kept)."""
    return evidence.add_evidence(cw, who, _read_upload(file), file.filename or "", case_id=case_id,
                                 post_id=post_id or None, source=source)


@router.get("/evidence/{evidence_id}", tags=["evidence"])
def evidence_meta(evidence_id: int, who: Who, cw: CW) -> dict[str, Any]:
    """Metadata and the custody events of one item."""
    meta, _ = evidence.open_evidence(cw, who, evidence_id, "accessed")
    meta["custody"] = evidence.custody(cw, who, evidence_id)
    return meta


@router.get("/evidence/{evidence_id}/content", tags=["evidence"], response_class=Response)
def evidence_content(evidence_id: int, who: Who, cw: CW) -> Response:
    """Download the stored bytes (an `exported` custody event)."""
    meta, data = evidence.open_evidence(cw, who, evidence_id, "exported")
    return Response(data, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename=\"evidence-{meta['id']}.bin\"",
        "X-Content-SHA256": meta["sha256"]})


@router.get("/audit", tags=["audit"])
def get_audit(who: Who, cw: CW, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              before: Annotated[int | None, Query(ge=1, le=2**62)] = None) -> dict[str, Any]:
    """Audit entries, newest first (page with `before` = the smallest seq seen)."""
    with cw.tx() as tx:
        cw.require(tx.conn, who, "audit.read")
        items = [e.to_dict() for e in audit_log.read_entries(tx.conn, limit=limit, before=before)]
        tx.record(who.username, "read", "audit", None, count=len(items))
    return {"items": items}


@router.get("/users", tags=["users"])
def get_users(who: Who, cw: CW) -> dict[str, Any]:
    return {"items": admin.list_users(cw, who)}


@router.post("/users", status_code=201, tags=["users"])
def post_user(body: s.UserCreate, who: Who, cw: CW) -> dict[str, Any]:
    u = admin.add_user(cw, who, body.username, body.password, body.role)
    return {"id": u.id, "username": u.username, "role": u.role}
