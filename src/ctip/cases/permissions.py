"""The permission matrix (data/web/permissions.yaml) and the one function that enforces it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ctip.cases.errors import AccessDenied

__all__ = ["ROLES", "Actor", "Policy", "load_policy", "matrix_markdown"]

ROLES = ("admin", "investigator", "caseworker", "analyst", "auditor", "partner")
SCOPES = ("all", "member")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: a signed-in user, or `system` for command-line maintenance."""

    id: int
    username: str
    role: str


@dataclass(frozen=True, slots=True)
class Policy:
    """permission → role → scope ('all' or 'member'); anything absent is denied."""

    grants: dict[str, dict[str, str]]
    help: dict[str, str]

    def scope(self, role: str, permission: str) -> str | None:
        if permission not in self.grants:
            raise KeyError(f"unknown permission {permission!r}")  # a typo in code, not a user error
        return self.grants[permission].get(role)

    def check(self, actor: Actor, permission: str, *, member: bool | None = None) -> None:
        """Raise AccessDenied unless `actor` holds `permission` (for a case: `member` of it, if scoped)."""
        scope = self.scope(actor.role, permission)
        if scope is None:
            raise AccessDenied(f"Your role ({actor.role}) does not allow {permission}.",
                               "Ask an administrator if you need this access.")
        if scope == "member" and member is False:
            raise AccessDenied(f"You are not a member of this case ({permission}).",
                               "Ask the case owner or an administrator to add you to the case.")

    def allows(self, role: str, permission: str) -> bool:
        return self.scope(role, permission) is not None

    def matrix(self) -> list[tuple[str, str, dict[str, str]]]:
        """(permission, help, {role: scope}) rows in file order, for docs and the matrix test."""
        return [(p, self.help[p], dict(g)) for p, g in self.grants.items()]


@cache
def load_policy() -> Policy:
    text = resources.files("ctip.data").joinpath("web/permissions.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    grants: dict[str, dict[str, str]] = {}
    helps: dict[str, str] = {}
    for name, entry in data["permissions"].items():
        g = dict(entry.get("grants") or {})
        bad = [f"{r}: {s}" for r, s in g.items() if r not in ROLES or s not in SCOPES]
        if bad:
            raise ValueError(f"permissions.yaml: {name}: bad grants {bad}")
        grants[name] = g
        helps[name] = str(entry.get("help", ""))
    return Policy(grants, helps)


def matrix_markdown(policy: Policy) -> str:
    """The matrix as a Markdown table (docs/casework.md holds this text; a test keeps it in step)."""
    mark = {"all": "✓ all", "member": "✓ own cases", None: "—"}
    lines = ["| permission | what it allows | " + " | ".join(ROLES) + " |",
             "|---|---|" + "---|" * len(ROLES)]
    for name, help_text, grants in policy.matrix():
        lines.append(f"| `{name}` | {help_text} | " + " | ".join(mark[grants.get(r)] for r in ROLES) + " |")
    return "\n".join(lines) + "\n"
