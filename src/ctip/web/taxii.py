"""A read-only TAXII 2.1 server inside `ctip serve`: discovery at /taxii2/, one API root
(/taxii2/ctip/) with one collection holding the workspace's pseudonymised STIX objects.

Partners' TAXII clients sign in with HTTP Basic as ctip accounts; only roles with
`share.taxii` may read (the `partner` role and admins). Every read and every refused sign-in
is written to the audit log. Writing (POST, PUT, PATCH, DELETE) answers 405.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import secrets
import threading
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ctip.cases import accounts
from ctip.cases.permissions import Actor
from ctip.errors import UsageError
from ctip.share.taxii import Entry, Page, Query, QueryError, parse_query, run_query
from ctip.share.taxii_feed import TaxiiFeed
from ctip.web.auth import TooManyAttempts, casework, client_of

__all__ = ["API_ROOT", "PERMISSION", "STIX_MEDIA", "TAXII_MEDIA", "TaxiiError", "router", "taxii_error"]

log = logging.getLogger(__name__)
TAXII_MEDIA = "application/taxii+json;version=2.1"
STIX_MEDIA = "application/stix+json;version=2.1"
PERMISSION = "share.taxii"
API_ROOT = "ctip"
MAX_CONTENT_LENGTH = 0  # nothing may be posted
_REALM = 'Basic realm="ctip TAXII", charset="UTF-8"'
_AUTH_TTL = 300.0  # a checked password is trusted this long (argon2 on every page would be far too slow)

router = APIRouter(prefix="/taxii2", include_in_schema=False)


class TaxiiError(Exception):
    """A TAXII error message resource (TAXII 2.1 §3.6.1) with its HTTP status."""

    def __init__(self, status: int, title: str, description: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(title)
        self.status, self.title, self.description, self.headers = status, title, description, headers or {}


def taxii_error(exc: TaxiiError) -> JSONResponse:
    body = {"title": exc.title, "description": exc.description, "http_status": str(exc.status)}
    return JSONResponse(body, status_code=exc.status, media_type=TAXII_MEDIA, headers=exc.headers)


def _reply(body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, media_type=TAXII_MEDIA, headers=headers)


def _feed(request: Request) -> TaxiiFeed:
    feed: TaxiiFeed | None = getattr(request.app.state, "taxii", None)
    if feed is None:
        raise TaxiiError(404, "This server has no TAXII collection.", "Start it with `ctip serve` (TAXII is on by default).")
    return feed


class _PasswordCache:
    """Which (user, password) pairs passed argon2 recently, keyed by an HMAC under a per-process secret."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)
        self._seen: dict[bytes, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def _key(self, username: str, password: str) -> bytes:
        return hmac.new(self._secret, f"{username}\0{password}".encode("utf-8", "replace"), hashlib.sha256).digest()

    def get(self, username: str, password: str) -> int | None:
        with self._lock:
            hit = self._seen.get(self._key(username, password))
            return hit[0] if hit and hit[1] > time.monotonic() else None

    def put(self, username: str, password: str, user_id: int) -> None:
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen.clear()
            self._seen[self._key(username, password)] = (user_id, time.monotonic() + _AUTH_TTL)


_CACHE = _PasswordCache()


def _credentials(request: Request) -> tuple[str, str]:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        raise TaxiiError(401, "Sign in first.", "Send HTTP Basic credentials of a ctip account with TAXII access.",
                         {"WWW-Authenticate": _REALM})
    try:
        username, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        username, sep, password = "", "", ""
    if not sep or not username:
        raise TaxiiError(401, "The Basic credentials are malformed.", "Send base64 of user:password.",
                         {"WWW-Authenticate": _REALM})
    return username[:128], password


def _actor(request: Request) -> Actor:
    """The signed-in account allowed to read TAXII; audits refusals."""
    username, password = _credentials(request)
    cw = casework(request)
    user_id = _CACHE.get(username, password)
    actor: Actor | None = None
    if user_id is not None:
        with cw.read() as conn:  # the account may have been disabled or changed role since
            actor = accounts.active_user(conn, user_id)
    if actor is None:
        throttle, client = request.app.state.throttle, client_of(request)
        wait = throttle.retry_after(username, client)
        if wait:
            raise TaxiiError(429, "Too many failed sign-in attempts.", f"Wait {wait} seconds and try again.",
                             {"Retry-After": str(wait)}) from TooManyAttempts(wait)
        with cw.read() as conn:
            actor = accounts.check_password(conn, username, password)
        if actor is None:
            throttle.failed(username, client)
            with cw.tx() as tx:
                tx.record(username, "login_failed", "user", None, via="taxii")
            raise TaxiiError(401, "Wrong user name or password.", "Check both and try again.",
                             {"WWW-Authenticate": _REALM})
        throttle.succeeded(username)
        _CACHE.put(username, password, actor.id)
    if not cw.policy.allows(actor.role, PERMISSION):
        with cw.tx() as tx:
            tx.record(actor.username, "denied", "share", "taxii", None, permission=PERMISSION,
                      path=request.url.path[:200])
        raise TaxiiError(403, f"Your role ({actor.role}) does not allow {PERMISSION}.",
                         "Ask an administrator for an account with the partner role.")
    return actor


def _check_accept(request: Request, media: str = TAXII_MEDIA) -> None:
    """TAXII 2.1 §1.6.8: answer 406 unless the client accepts the TAXII media type (version 2.1)."""
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return
    base = media.split(";")[0]
    for part in accept.split(","):
        fields = [f.strip().lower().replace(" ", "") for f in part.split(";")]
        kind = fields[0]
        version = next((f.split("=", 1)[1] for f in fields[1:] if f.startswith("version=")), None)
        if kind in ("*/*", "application/*") or (kind == base and version in (None, "2.1")):
            return
    raise TaxiiError(406, "This server answers only in " + media + ".",
                     f"Send Accept: {media}.")


def _read(request: Request, what: str, object_id: str | None = None, **detail: Any) -> tuple[Actor, TaxiiFeed]:
    """Check media type and sign-in, then audit the read; returns the reader and the feed."""
    _check_accept(request)
    actor = _actor(request)
    feed = _feed(request)
    try:
        feed.pseudonymiser()
    except UsageError as exc:
        log.error("TAXII: %s", exc)
        raise TaxiiError(503, "The TAXII collection is not available: the server has no sharing key.",
                         "Tell the administrator to start ctip serve with the sharing key "
                         "(CTIP_SHARE_KEY or --share-key-file).") from None
    with casework(request).tx() as tx:
        tx.record(actor.username, "taxii_read", "share", object_id or what, None, endpoint=what,
                  query=str(request.url.query)[:500])
    return actor, feed


def _collection_or_404(feed: TaxiiFeed, collection_id: str) -> None:
    if collection_id != feed.collection().id:
        raise TaxiiError(404, "There is no such collection.", "List the collections at collections/.")


def _query(request: Request) -> Query:
    params: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        params.setdefault(name, []).append(value)
    try:
        return parse_query(params)
    except QueryError as exc:
        raise TaxiiError(400, "A filter cannot be used.", str(exc)) from None


def _date_headers(entries: tuple[Entry, ...]) -> dict[str, str]:
    if not entries:
        return {}
    return {"X-TAXII-Date-Added-First": entries[0].date_added, "X-TAXII-Date-Added-Last": entries[-1].date_added}


def _envelope(page: Page, key: str, items: list[Any]) -> dict[str, Any]:
    body: dict[str, Any] = {"more": page.more}
    if page.next:
        body["next"] = page.next
    if items:
        body[key] = items
    return body


def _collection_resource(feed: TaxiiFeed) -> dict[str, Any]:
    info = feed.collection()
    return {"id": info.id, "title": info.title, "description": info.description, "can_read": True,
            "can_write": False, "media_types": [STIX_MEDIA]}


@router.get("/")
def discovery(request: Request) -> Response:
    _read(request, "discovery")
    return _reply({"title": "ctip TAXII server", "description": "Read-only TAXII 2.1 collection of screened "
                   "recruitment contacts, pseudonymised with the sharing group's key.",
                   "default": str(request.url_for("api_root", api_root=API_ROOT)),
                   "api_roots": [str(request.url_for("api_root", api_root=API_ROOT))]})


def _root(api_root: str) -> None:
    if api_root != API_ROOT:
        raise TaxiiError(404, "There is no such API root.", "See the discovery resource at /taxii2/.")


@router.get("/{api_root}/", name="api_root")
def api_root_info(request: Request, api_root: str) -> Response:
    _root(api_root)
    _read(request, "api_root")
    return _reply({"title": "ctip", "description": "ctip workspace sharing", "versions": [TAXII_MEDIA],
                   "max_content_length": MAX_CONTENT_LENGTH})


@router.get("/{api_root}/status/{status_id}/")
def status(request: Request, api_root: str, status_id: str) -> Response:
    _root(api_root)
    _read(request, "status")
    raise TaxiiError(404, "There is no such status.", "This collection is read-only: nothing is ever posted.")


@router.get("/{api_root}/collections/")
def collections(request: Request, api_root: str) -> Response:
    _root(api_root)
    _, feed = _read(request, "collections")
    return _reply({"collections": [_collection_resource(feed)]})


@router.get("/{api_root}/collections/{collection_id}/")
def collection(request: Request, api_root: str, collection_id: str) -> Response:
    _root(api_root)
    _, feed = _read(request, "collection", collection_id)
    _collection_or_404(feed, collection_id)
    return _reply(_collection_resource(feed))


def _page(request: Request, api_root: str, collection_id: str, action: str) -> Any:
    """The page of the collection that the request's filters and paging ask for (read audited)."""
    _root(api_root)
    q = _query(request)
    _, feed = _read(request, action, collection_id)
    _collection_or_404(feed, collection_id)
    snap = feed.snapshot()
    return run_query(snap.entries, q, snap.keys)


@router.get("/{api_root}/collections/{collection_id}/objects/")
def objects(request: Request, api_root: str, collection_id: str) -> Response:
    page = _page(request, api_root, collection_id, "objects")
    return _reply(_envelope(page, "objects", [e.obj for e in page.entries]), _date_headers(page.entries))


@router.get("/{api_root}/collections/{collection_id}/manifest/")
def manifest(request: Request, api_root: str, collection_id: str) -> Response:
    page = _page(request, api_root, collection_id, "manifest")
    items = [{"id": e.id, "date_added": e.date_added, "version": e.version, "media_type": STIX_MEDIA}
             for e in page.entries]
    return _reply(_envelope(page, "objects", items), _date_headers(page.entries))


def _one(request: Request, collection_id: str, object_id: str, what: str) -> tuple[list[Entry], Query]:
    q = _query(request)
    _, feed = _read(request, what, collection_id, object=object_id[:128])
    _collection_or_404(feed, collection_id)
    found = feed.snapshot().by_id.get(object_id)
    if found is None:
        raise TaxiiError(404, "There is no such object in this collection.", f"{object_id[:128]}")
    return [found], q


@router.get("/{api_root}/collections/{collection_id}/objects/{object_id}/")
def one_object(request: Request, api_root: str, collection_id: str, object_id: str) -> Response:
    _root(api_root)
    found, q = _one(request, collection_id, object_id, "object")
    page = run_query(found, q)
    return _reply(_envelope(page, "objects", [e.obj for e in page.entries]), _date_headers(page.entries))


@router.get("/{api_root}/collections/{collection_id}/objects/{object_id}/versions/")
def versions(request: Request, api_root: str, collection_id: str, object_id: str) -> Response:
    _root(api_root)
    found, q = _one(request, collection_id, object_id, "versions")
    page = run_query(found, Query(added_after=q.added_after, versions=frozenset({"all"}),
                                  spec_versions=q.spec_versions, limit=q.limit, after=q.after))
    return _reply(_envelope(page, "versions", [e.version for e in page.entries]), _date_headers(page.entries))


@router.api_route("/{rest:path}", methods=["POST", "PUT", "PATCH", "DELETE"])
def read_only(request: Request, rest: str) -> Response:
    raise TaxiiError(405, "This TAXII server is read-only.", "Objects can only be read (GET).",
                     {"Allow": "GET"})


@router.get("/{rest:path}")
def not_found(request: Request, rest: str) -> Response:
    hint = "TAXII addresses end with a slash." if not rest.endswith("/") else "See the discovery resource at /taxii2/."
    raise TaxiiError(404, "There is no such TAXII resource.", hint)
