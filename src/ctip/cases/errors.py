"""Errors of case work. Each carries the HTTP status the web layer answers with.

    CtipError
    └─ CaseworkError               → HTTP 400, exit 2
       ├─ NotAuthenticated         → 401
       ├─ AccessDenied             → 403 (the refusal is audited)
       ├─ NotFound                 → 404
       ├─ Conflict                 → 409 (e.g. a user name that exists)
       ├─ ConsentRequired          → 409 (no recorded consent for a referral)
       ├─ ReasonRequired           → 400 (personal data asked for without a reason)
       └─ KeyMissing               → exit 2 (no data key for encrypted fields)
"""

from __future__ import annotations

from ctip.errors import EXIT_USAGE, CtipError

__all__ = ["AccessDenied", "CaseworkError", "Conflict", "ConsentRequired", "KeyMissing", "NotAuthenticated",
           "NotFound", "ReasonRequired"]


class CaseworkError(CtipError):
    status = 400
    exit_code = EXIT_USAGE


class NotAuthenticated(CaseworkError):
    status = 401


class AccessDenied(CaseworkError):
    status = 403
    # Set when a case's data was refused, so the refusal can be audited.
    actor: str = ""
    permission: str = ""
    case_id: int | None = None


class NotFound(CaseworkError):
    status = 404


class Conflict(CaseworkError):
    status = 409


class ConsentRequired(Conflict):
    pass


class ReasonRequired(CaseworkError):
    status = 400


class KeyMissing(CaseworkError):
    pass
