"""User accounts: argon2 password hashes, bearer tokens and browser sessions, login throttling."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from ctip.cases.errors import CaseworkError, Conflict, NotFound
from ctip.cases.permissions import ROLES, Actor
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["LoginThrottle", "active_user", "check_password", "check_username", "create_user", "find_user", "hash_password",
           "issue_token", "list_users", "resolve_token", "revoke_token", "set_role"]

_HASHER = PasswordHasher()
# Verifying against this when the user does not exist keeps the timing the same either way.
_DUMMY_HASH = _HASHER.hash("ctip-no-such-user")
MIN_PASSWORD = 10
TOKEN_TTL = {"api": timedelta(hours=12), "session": timedelta(hours=8)}


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_username(username: str) -> str:
    name = username.strip()
    if not (1 <= len(name) <= 64) or not all(c.isalnum() or c in "._-@" for c in name):
        raise CaseworkError(f"{username!r} is not a usable user name.",
                            "Use 1–64 letters, digits, dots, dashes, underscores or @.")
    return name


def create_user(conn: Connection, username: str, password: str, role: str, *, password_hash: str | None = None) -> Actor:
    """Add a user; `password_hash` (an argon2 hash made elsewhere) replaces hashing `password` here."""
    name = check_username(username)
    if role not in ROLES:
        raise CaseworkError(f"Unknown role {role!r}.", f"Use one of: {', '.join(ROLES)}.")
    if password_hash is None and len(password) < MIN_PASSWORD:
        raise CaseworkError(f"The password is too short ({len(password)} characters).",
                            f"Use at least {MIN_PASSWORD} characters; a few random words work well.")
    try:
        with conn.begin_nested():
            new_id = conn.execute(t.users.insert().values(
                username=name, password_hash=password_hash or hash_password(password), role=role, active=True,
                created_at=now())).inserted_primary_key[0]
    except IntegrityError as exc:
        raise Conflict(f"A user named {name!r} already exists.", "Choose another name.") from exc
    return Actor(int(new_id), name, role)


def set_role(conn: Connection, username: str, role: str | None = None, active: bool | None = None) -> Actor:
    if role is not None and role not in ROLES:
        raise CaseworkError(f"Unknown role {role!r}.", f"Use one of: {', '.join(ROLES)}.")
    user = find_user(conn, username)
    if user is None:
        raise NotFound(f"No user named {username!r}.", "See `ctip users list`.")
    values: dict[str, object] = {}
    if role is not None:
        values["role"] = role
    if active is not None:
        values["active"] = active
        if not active:
            conn.execute(delete(t.auth_tokens).where(t.auth_tokens.c.user_id == user.id))
    if values:
        conn.execute(update(t.users).where(t.users.c.id == user.id).values(**values))
    return Actor(user.id, user.username, role or user.role)


def find_user(conn: Connection, username: str) -> Actor | None:
    r = conn.execute(select(t.users).where(t.users.c.username == username.strip())).one_or_none()
    return Actor(r.id, r.username, r.role) if r is not None else None


def active_user(conn: Connection, user_id: int) -> Actor | None:
    """The user with this id as they are now, or None if absent or disabled."""
    r = conn.execute(select(t.users).where(t.users.c.id == user_id)).one_or_none()
    return Actor(r.id, r.username, r.role) if r is not None and r.active else None


def list_users(conn: Connection) -> list[dict[str, object]]:
    return [{"id": r.id, "username": r.username, "role": r.role, "active": bool(r.active),
             "created_at": r.created_at} for r in conn.execute(select(t.users).order_by(t.users.c.username))]


def check_password(conn: Connection, username: str, password: str) -> Actor | None:
    """The active user with this name and password, or None (same work either way)."""
    r = conn.execute(select(t.users).where(t.users.c.username == username.strip())).one_or_none()
    try:
        ok = _HASHER.verify(r.password_hash if r is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or r is None or not r.active:
        return None
    return Actor(r.id, r.username, r.role)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def issue_token(conn: Connection, actor: Actor, kind: str) -> tuple[str, str]:
    """A new random token (and a CSRF token for sessions); only the token's hash is stored."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    issued = datetime.now(UTC)
    conn.execute(t.auth_tokens.insert().values(token_sha256=_digest(token), user_id=actor.id, kind=kind, csrf=csrf,
                                               created_at=_stamp(issued), expires_at=_stamp(issued + TOKEN_TTL[kind])))
    return token, csrf


def resolve_token(conn: Connection, token: str, kind: str) -> tuple[Actor, str] | None:
    r = conn.execute(
        select(t.users.c.id, t.users.c.username, t.users.c.role, t.users.c.active, t.auth_tokens.c.csrf,
               t.auth_tokens.c.expires_at)
        .join(t.users, t.users.c.id == t.auth_tokens.c.user_id)
        .where(t.auth_tokens.c.token_sha256 == _digest(token), t.auth_tokens.c.kind == kind)).one_or_none()
    if r is None or not r.active or r.expires_at <= now():
        return None
    return Actor(r.id, r.username, r.role), str(r.csrf or "")


def revoke_token(conn: Connection, token: str) -> None:
    conn.execute(delete(t.auth_tokens).where(t.auth_tokens.c.token_sha256 == _digest(token)))


@dataclass
class LoginThrottle:
    """At most `limit` failed logins per user name, and 4× that per client address, per `window` s."""

    limit: int = 5
    window: float = 300.0

    def __post_init__(self) -> None:
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, clock: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and q[0] <= clock - self.window:
            q.popleft()
        return q

    def retry_after(self, username: str, client: str) -> int:
        """Seconds to wait before another try; 0 when a try is allowed."""
        clock = time.monotonic()
        with self._lock:
            waits = []
            for key, limit in ((f"u:{username.strip().lower()}", self.limit), (f"c:{client}", self.limit * 4)):
                q = self._recent(key, clock)
                if len(q) >= limit:
                    waits.append(int(q[0] + self.window - clock) + 1)
            return max(waits, default=0)

    def failed(self, username: str, client: str) -> None:
        clock = time.monotonic()
        with self._lock:
            for key in (f"u:{username.strip().lower()}", f"c:{client}"):
                self._recent(key, clock).append(clock)
            if len(self._fails) > 100_000:  # a flood of random names must not grow memory forever
                self._fails = {k: q for k, q in self._fails.items() if q}

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._fails.pop(f"u:{username.strip().lower()}", None)
