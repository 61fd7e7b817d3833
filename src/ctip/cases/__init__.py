"""Case work over the workspace database: users and roles, triage reviews, cases and persons
(personal fields encrypted), evidence with custody, consent-gated referrals, retention and
the hash-chained audit log. The web app (`ctip serve`) and the CLI are thin layers over this.
"""

from ctip.cases.context import SYSTEM, Casework
from ctip.cases.errors import (
    AccessDenied,
    CaseworkError,
    Conflict,
    ConsentRequired,
    KeyMissing,
    NotAuthenticated,
    NotFound,
    ReasonRequired,
)
from ctip.cases.permissions import ROLES, Actor, Policy, load_policy

__all__ = ["ROLES", "SYSTEM", "AccessDenied", "Actor", "Casework", "CaseworkError", "Conflict", "ConsentRequired",
           "KeyMissing", "NotAuthenticated", "NotFound", "Policy", "ReasonRequired", "load_policy"]
