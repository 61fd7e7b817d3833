"""Who is asking: bearer tokens for the API, session cookies (with CSRF tokens) for pages."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ctip.cases import accounts
from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, NotAuthenticated
from ctip.cases.permissions import Actor

__all__ = ["SESSION_COOKIE", "TooManyAttempts", "Session", "api_actor", "casework", "check_csrf", "client_of",
           "login", "page_session"]

SESSION_COOKIE = "ctip_session"
bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/auth/token")


class TooManyAttempts(CaseworkError):
    status = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__("Too many failed sign-in attempts.", f"Wait {retry_after} seconds and try again.")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Session:
    actor: Actor
    csrf: str
    token: str


def casework(request: Request) -> Casework:
    return request.app.state.casework


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def login(request: Request, username: str, password: str, kind: str) -> tuple[Actor, str, str]:
    """Check a password (throttled) and issue a token of `kind`; audited either way."""
    cw, throttle = casework(request), request.app.state.throttle
    client = client_of(request)
    wait = throttle.retry_after(username, client)
    if wait:
        raise TooManyAttempts(wait)
    with cw.tx() as tx:
        actor = accounts.check_password(tx.conn, username, password)
        if actor is None:
            tx.record(username[:128] or "?", "login_failed", "user", None, via=kind)
        else:
            token, csrf = accounts.issue_token(tx.conn, actor, kind)
            tx.record(actor.username, "login", "user", actor.id, via=kind)
    if actor is None:
        throttle.failed(username, client)
        raise NotAuthenticated("Wrong user name or password.", "Check both and try again.")
    throttle.succeeded(username)
    return actor, token, csrf


def api_actor(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Actor:
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise NotAuthenticated("Sign in first: send Authorization: Bearer <token>.",
                               "Get a token with POST /api/v1/auth/token.")
    with casework(request).read() as conn:
        found = accounts.resolve_token(conn, creds.credentials, "api")
    if found is None:
        raise NotAuthenticated("The token is unknown or has expired.", "Get a new one with POST /api/v1/auth/token.")
    return found[0]


def page_session(request: Request) -> Session | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with casework(request).read() as conn:
        found = accounts.resolve_token(conn, token, "session")
    return Session(found[0], found[1], token) if found else None


def check_csrf(session: Session, submitted: str | None) -> None:
    if not submitted or not hmac.compare_digest(session.csrf, submitted):
        raise CaseworkError("The form has expired or did not come from this site.", "Reload the page and try again.")
