"""Server-rendered pages (Jinja2, autoescaped). Forms carry CSRF tokens; every action goes
through the same ctip.cases functions as the API, so permissions and audit are the same."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ctip.cases import accounts, casefiles, evidence, referrals, triage, uploads
from ctip.cases import audit as audit_log
from ctip.cases.errors import CaseworkError, NotAuthenticated, NotFound
from ctip.cases.fields import CASE_TYPES, CONSENT_PURPOSES, PERSON_ROLES
from ctip.records import IndicatorHit, Span
from ctip.report.highlight import highlight_html
from ctip.report.thumbnails import thumbnail_jpeg
from ctip.web.auth import SESSION_COOKIE, Session, casework, check_csrf, login, page_session
from ctip.web.i18n import LANGUAGES, translator

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("ctip.web").joinpath("templates")))
LANG_COOKIE = "ctip_lang"
WEB_THUMBNAIL_SIDE = 320  # pixels: a thumbnail is never bigger, whatever the picture's size
PAGE_SIZE = 20  # posts per triage page: enough to work through, small enough to load fast
LOGIN_CSRF = "ctip_login_csrf"
Text = Annotated[str, Form(max_length=4000)]
OptText = Annotated[str | None, Form(max_length=4000)]


def _lang(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, "en")
    return lang if lang in LANGUAGES else "en"


def _render(request: Request, name: str, session: Session | None, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = _lang(request)
    cw = casework(request)
    role = session.actor.role if session else None

    def can(permission: str) -> bool:
        return role is not None and cw.policy.allows(role, permission)

    return templates.TemplateResponse(request, name, {
        "t": translator(lang), "lang": lang, "languages": LANGUAGES, "session": session, "can": can,
        "path": request.url.path, **ctx}, status_code=status)


def error_page(request: Request, status: int, message: str, hint: str, headers: dict[str, str]) -> HTMLResponse:
    try:
        session = page_session(request)
    except Exception:  # the database itself may be the problem
        session = None
    resp = _render(request, "error.html", session, status=status, status_code=status, message=message, hint=hint)
    resp.headers.update(headers)
    return resp


def _session(request: Request) -> Session:
    session = page_session(request)
    if session is None:
        raise NotAuthenticated("Please sign in.", "")
    return session


def _safe_next(target: str | None) -> str:
    # Only paths on this site: "//evil.example" or "https://…" would send the user elsewhere.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _hits(item: dict[str, Any]) -> list[IndicatorHit]:
    return [IndicatorHit(h["id"], h["name"], h["weight"], tuple(Span(s["start"], s["end"], s["text"], s.get("source", "text")) for s in h["spans"]),
                         h.get("family", "")) for h in item["indicators"]]


def _post_view(item: dict[str, Any]) -> dict[str, Any]:
    hits = _hits(item)
    view = {**item, "html": highlight_html(item["text"], hits)}
    if item.get("ocr_text") is not None:  # the text read from its pictures, highlighted like the report's
        view["ocr_html"] = highlight_html(item["ocr_text"], hits, "ocr")
    view["thumbs"] = [f"/thumb?id={quote(item['id'], safe='')}&n={n}" for n in range(len(item.get("images", [])))]
    return view


def _posts_view(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [_post_view(i) for i in items]


# -- sign in / out, language --------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    resp = _render(request, "login.html", None, login_csrf=token, next=_safe_next(next), error=None)
    resp.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", secure=request.app.state.secure_cookies,
                    path="/login")
    return resp


@router.post("/login")
def login_submit(request: Request, username: Annotated[str, Form(max_length=128)],
                 password: Annotated[str, Form(max_length=1024)], csrf: Annotated[str, Form(max_length=100)],
                 next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    expected = request.cookies.get(LOGIN_CSRF)
    if not expected or not secrets.compare_digest(expected, csrf):
        raise CaseworkError("The sign-in form has expired.", "Reload the page and sign in again.")
    try:
        _, token, _ = login(request, username, password, "session")
    except NotAuthenticated as exc:
        return _render(request, "login.html", None, status=401, login_csrf=expected, next=_safe_next(next),
                       error=exc.message)
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=request.app.state.secure_cookies,
                    max_age=8 * 3600)
    resp.delete_cookie(LOGIN_CSRF, path="/login")
    return resp


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=100)]) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    cw = casework(request)
    with cw.tx() as tx:
        accounts.revoke_token(tx.conn, session.token)
        tx.record(session.actor.username, "logout", "user", session.actor.id)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@router.get("/lang/{code}")
def set_language(request: Request, code: str, next: str = "/") -> Response:
    resp = RedirectResponse(_safe_next(next), status_code=303)
    if code in LANGUAGES:
        resp.set_cookie(LANG_COOKIE, code, httponly=True, samesite="lax", max_age=365 * 24 * 3600,
                        secure=request.app.state.secure_cookies)
    return resp


# -- triage -----------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    session = _session(request)
    cw = casework(request)
    if not cw.policy.allows(session.actor.role, "triage.read"):
        if cw.policy.allows(session.actor.role, "share.taxii") and not cw.policy.allows(session.actor.role, "audit.read"):
            return _render(request, "partner.html", session, discovery=str(request.url_for("discovery")))
        target = "/cases" if cw.policy.allows(session.actor.role, "cases.read") else "/audit"
        return RedirectResponse(target, status_code=303)
    frame = request.query_params.get("frame") or None
    if frame not in (None, *triage.FRAME_CHOICES):
        frame = None  # a hand-edited address shows the whole queue rather than an error page
    items = triage.queue(cw, session.actor, PAGE_SIZE, frame=frame)
    total = triage.count_unreviewed(cw, session.actor, frame)
    return _render(request, "triage.html", session, items=_posts_view(items), total=total,
                   saved=request.query_params.get("saved"), frame=frame, frames=triage.FRAME_CHOICES)


@router.post("/review")
def review(request: Request, post_id: Annotated[str, Form(max_length=512)], decision: Annotated[str, Form(max_length=16)],
           csrf: Annotated[str, Form(max_length=100)], note: OptText = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    triage.review(casework(request), session.actor, post_id, decision, note)
    return RedirectResponse("/?saved=1", status_code=303)


@router.get("/post", response_class=HTMLResponse)
def post_page(request: Request, id: str) -> HTMLResponse:
    session = _session(request)
    item = triage.get_post(casework(request), session.actor, id)
    return _render(request, "post.html", session, item=_posts_view([item])[0], case_types=CASE_TYPES)


@router.get("/thumb")
def thumbnail(request: Request, id: Annotated[str, Query(max_length=512)], n: Annotated[int, Query(ge=0, lt=100)] = 0,
              ) -> Response:
    """A small JPEG of a post's picture, for signed-in users who may read the triage queue."""
    session = _session(request)
    path = triage.picture_path(casework(request), session.actor, id, n)
    data = _thumbnail(path)
    if data is None:
        raise NotFound("The picture is no longer where it was ingested from.", "Ingest the post again with its picture.")
    return Response(data, media_type="image/jpeg")  # the security headers add no-store


@lru_cache(maxsize=256)
def _cached_thumbnail(path: str, _stamp: tuple[int, int]) -> bytes | None:
    return thumbnail_jpeg(path, WEB_THUMBNAIL_SIDE)


def _thumbnail(path: str) -> bytes | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _cached_thumbnail(path, (stat.st_mtime_ns, stat.st_size))  # a changed file is read again


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: str) -> HTMLResponse:
    session = _session(request)
    items = triage.group_posts(casework(request), session.actor, "cluster", cluster_id)
    return _render(request, "group.html", session, kind="template_cluster", group_id=cluster_id,
                   items=_posts_view(items))


@router.get("/networks/{network_id}", response_class=HTMLResponse)
def network_page(request: Request, network_id: str) -> HTMLResponse:
    session = _session(request)
    items = triage.group_posts(casework(request), session.actor, "network", network_id)
    return _render(request, "group.html", session, kind="network", group_id=network_id, items=_posts_view(items))


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    session = _session(request)
    casework(request).policy.check(session.actor, "posts.upload")
    return _render(request, "upload.html", session, result=None)


@router.post("/upload", response_class=HTMLResponse)
def upload_submit(request: Request, csrf: Annotated[str, Form(max_length=100)],
                  file: Annotated[UploadFile, File()]) -> HTMLResponse:
    session = _session(request)
    check_csrf(session, csrf)
    data = file.file.read(uploads.MAX_UPLOAD + 1)
    result = uploads.ingest_upload(casework(request), session.actor, file.filename or "upload", data)
    return _render(request, "upload.html", session, result=result)


# -- cases ------------------------------------------------------------------------------------
@router.get("/cases", response_class=HTMLResponse)
def cases_page(request: Request) -> HTMLResponse:
    session = _session(request)
    cw = casework(request)
    items = casefiles.list_cases(cw, session.actor) if cw.policy.allows(session.actor.role, "cases.read") else []
    return _render(request, "cases.html", session, items=items, case_types=CASE_TYPES)


@router.post("/cases")
def create_case(request: Request, title: Annotated[str, Form(max_length=300)], csrf: Annotated[str, Form(max_length=100)],
                case_type: Annotated[str, Form(max_length=64)] = "trafficking", summary: OptText = None,
                post_id: Annotated[str | None, Form(max_length=512)] = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    cw = casework(request)
    case = casefiles.create_case(cw, session.actor, title, case_type, summary)
    if post_id:
        casefiles.link(cw, session.actor, case["id"], "post", post_id)
    return RedirectResponse(f"/cases/{case['id']}", status_code=303)


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: int) -> HTMLResponse:
    session = _session(request)
    cw = casework(request)
    case = casefiles.case_view(cw, session.actor, case_id)
    return _render(request, "case.html", session, case=case, posts=_posts_view(case["posts"]),
                   history=case["history"], roles=PERSON_ROLES, case_types=CASE_TYPES)


@router.post("/cases/{case_id}/status")
def case_status(request: Request, case_id: int, status: Annotated[str, Form(max_length=16)],
                csrf: Annotated[str, Form(max_length=100)]) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    casefiles.update_case(casework(request), session.actor, case_id, {"status": status})
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/links")
def case_link(request: Request, case_id: int, ref: Annotated[str, Form(max_length=600)],
              csrf: Annotated[str, Form(max_length=100)], kind: Annotated[str, Form(max_length=16)] = "post") -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    casefiles.link(casework(request), session.actor, case_id, kind, ref)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/members")
def case_member(request: Request, case_id: int, username: Annotated[str, Form(max_length=128)],
                csrf: Annotated[str, Form(max_length=100)]) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    casefiles.add_member(casework(request), session.actor, case_id, username)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/persons")
def case_person(request: Request, case_id: int, role: Annotated[str, Form(max_length=16)],
                csrf: Annotated[str, Form(max_length=100)], full_name: OptText = None, date_of_birth: OptText = None,
                gender: OptText = None, nationality: OptText = None, phone: OptText = None,
                notes: OptText = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    fields = {"full_name": full_name, "date_of_birth": date_of_birth, "gender": gender, "nationality": nationality,
              "phone": phone, "notes": notes}
    person = casefiles.add_person(casework(request), session.actor, case_id, role, fields)
    return RedirectResponse(f"/persons/{person['id']}", status_code=303)


@router.post("/cases/{case_id}/evidence")
def case_evidence(request: Request, case_id: int, csrf: Annotated[str, Form(max_length=100)],
                  file: Annotated[UploadFile, File()], source: OptText = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    data = file.file.read(evidence.MAX_BYTES + 1)
    evidence.add_evidence(casework(request), session.actor, data, file.filename or "", case_id=case_id,
                          source=source)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/evidence/{evidence_id}/download")
def evidence_download(request: Request, evidence_id: int) -> Response:
    session = _session(request)
    meta, data = evidence.open_evidence(casework(request), session.actor, evidence_id, "exported")
    # Always a download, never rendered here: a captured page must not run in this site's origin.
    return Response(data, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(meta['filename'])}",
        "X-Content-SHA256": meta["sha256"]})


# -- persons ----------------------------------------------------------------------------------
@router.get("/persons/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, person_id: int) -> HTMLResponse:
    session = _session(request)
    return _render(request, "person.html", session, person_id=person_id, person=None, purposes=CONSENT_PURPOSES)


@router.post("/persons/{person_id}", response_class=HTMLResponse)
def person_reveal(request: Request, person_id: int, reason: Annotated[str, Form(max_length=500)],
                  csrf: Annotated[str, Form(max_length=100)]) -> HTMLResponse:
    session = _session(request)
    check_csrf(session, csrf)
    person = casefiles.get_person(casework(request), session.actor, person_id, reason)
    return _render(request, "person.html", session, person_id=person_id, person=person, purposes=CONSENT_PURPOSES)


@router.post("/persons/{person_id}/consents")
def person_consent(request: Request, person_id: int, purpose: Annotated[str, Form(max_length=64)],
                   csrf: Annotated[str, Form(max_length=100)], organisation: OptText = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    referrals.record_consent(casework(request), session.actor, person_id, purpose, organisation)
    return RedirectResponse(f"/persons/{person_id}", status_code=303)


@router.post("/persons/{person_id}/referrals")
def person_referral(request: Request, person_id: int, purpose: Annotated[str, Form(max_length=64)],
                    organisation: Annotated[str, Form(max_length=256)], csrf: Annotated[str, Form(max_length=100)],
                    note: OptText = None) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    referrals.refer(casework(request), session.actor, person_id, organisation, purpose, note)
    return RedirectResponse(f"/persons/{person_id}", status_code=303)


@router.post("/consents/{consent_id}/withdraw")
def consent_withdraw(request: Request, consent_id: int, csrf: Annotated[str, Form(max_length=100)]) -> Response:
    session = _session(request)
    check_csrf(session, csrf)
    out = referrals.withdraw_consent(casework(request), session.actor, consent_id)
    return RedirectResponse(f"/persons/{out['person_id']}", status_code=303)


# -- audit ------------------------------------------------------------------------------------
@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, before: int | None = None) -> HTMLResponse:
    session = _session(request)
    cw = casework(request)
    with cw.tx() as tx:
        cw.require(tx.conn, session.actor, "audit.read")
        items = [e.to_dict() for e in audit_log.read_entries(tx.conn, limit=100, before=before)]
        tx.record(session.actor.username, "read", "audit", None, count=len(items))
    older = items[-1]["seq"] if len(items) == 100 else None
    return _render(request, "audit.html", session, items=items, older=older)
