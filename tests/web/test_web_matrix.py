"""Every role on every endpoint, against the permission matrix in data/web/permissions.yaml."""

from __future__ import annotations

import pytest
from web_support import Live

from ctip.cases.permissions import ROLES, load_policy

# (method, path template, permission, body). Case-scoped endpoints run against a case whose
# members are every user of a role with `member` scope, so the matrix cell alone decides.
ENDPOINTS = [
    ("GET", "/api/v1/triage", "triage.read", None),
    ("GET", "/api/v1/posts/w-3", "triage.read", None),
    ("POST", "/api/v1/posts/w-3/review", "triage.review", {"decision": "dismissed"}),
    ("POST", "/api/v1/uploads", "posts.upload", "upload"),
    ("GET", "/api/v1/cases", "cases.read", None),
    ("POST", "/api/v1/cases", "cases.create", {"title": "matrix"}),
    ("GET", "/api/v1/cases/{case}", "cases.read", None),
    ("PATCH", "/api/v1/cases/{case}", "cases.update", {"summary": "s"}),
    ("POST", "/api/v1/cases/{case}/links", "cases.update", {"kind": "post", "ref": "w-2"}),
    ("POST", "/api/v1/cases/{case}/members", "cases.assign", {"username": "investigator2"}),
    ("GET", "/api/v1/cases/{case}/history", "cases.read", None),
    ("POST", "/api/v1/cases/{case}/persons", "persons.create", {"role": "witness", "full_name": "W"}),
    ("GET", "/api/v1/persons/{victim}?reason=matrix+test", "persons.read_victim", None),
    ("GET", "/api/v1/persons/{suspect}?reason=matrix+test", "persons.read_other", None),
    ("POST", "/api/v1/persons/{victim}/consents", "consent.record", {"purpose": "medical"}),
    ("POST", "/api/v1/persons/{victim}/referrals", "referrals.create", {"organisation": "Clinic", "purpose": "shelter"}),
    ("GET", "/api/v1/evidence/{evidence}", "evidence.read", None),
    ("POST", "/api/v1/cases/{case}/evidence", "evidence.create", "file"),
    ("GET", "/api/v1/audit", "audit.read", None),
    ("GET", "/api/v1/users", "users.manage", None),
]


# Permissions used only by the command line (tested in tests/share), and TAXII, which signs in
# with HTTP Basic instead of a token (every role is tried in tests/share/test_share_taxii.py).
CLI_ONLY = {"share.reveal", "share.taxii"}


def test_matrix_covers_every_permission() -> None:
    assert {p for _, _, p, _ in ENDPOINTS} == set(load_policy().grants) - CLI_ONLY


def _setup(live: Live) -> dict[str, int]:
    policy = load_policy()
    with live.api("admin") as c:
        case = c.post("/api/v1/cases", json={"title": "matrix case"}).json()["id"]
        for role in ROLES:
            c.post(f"/api/v1/cases/{case}/members", json={"username": role})
        victim = c.post(f"/api/v1/cases/{case}/persons", json={"role": "victim", "full_name": "V"}).json()["id"]
        suspect = c.post(f"/api/v1/cases/{case}/persons", json={"role": "suspect", "full_name": "S"}).json()["id"]
        c.post(f"/api/v1/persons/{victim}/consents", json={"purpose": "shelter"})
        ev = c.post(f"/api/v1/cases/{case}/evidence", files={"file": ("a.txt", b"hello")}).json()["id"]
    assert policy.allows("admin", "users.manage")
    return {"case": case, "victim": victim, "suspect": suspect, "evidence": ev}


def test_every_role_on_every_endpoint(live: Live) -> None:
    ids = _setup(live)
    policy = load_policy()
    failures = []
    for role in ROLES:
        with live.api(role) as c:
            for method, template, permission, body in ENDPOINTS:
                path = template.format(**ids)
                if body == "file":
                    r = c.request(method, path, files={"file": ("b.txt", b"matrix")})
                elif body == "upload":
                    r = c.request(method, path, files={"file": ("p.jsonl", b'{"id": "up-1", "text": "Cook wanted"}\n')})
                else:
                    r = c.request(method, path, json=body)
                allowed = policy.allows(role, permission)
                ok = (r.status_code < 300) if allowed else (r.status_code == 403)
                if not ok:
                    failures.append(f"{role} {method} {path}: {r.status_code} (allowed={allowed}) {r.text[:120]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("role", ROLES)
def test_pages_follow_the_matrix(live: Live, role: str) -> None:
    """The navigation shows a role only what it may open; forbidden pages answer 403."""
    import re

    policy = load_policy()
    with live.client() as c:
        page = c.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/login", data={"username": role, "password": "correct horse battery staple", "csrf": csrf,
                                   "next": "/"})
        assert r.status_code == 303
        assert c.get("/audit").status_code == (200 if policy.allows(role, "audit.read") else 403)
        home = c.get("/", follow_redirects=True)
        assert home.status_code == 200
        assert ('href="/audit"' in home.text) == policy.allows(role, "audit.read")
        assert ('href="/cases"' in home.text) == policy.allows(role, "cases.read")
