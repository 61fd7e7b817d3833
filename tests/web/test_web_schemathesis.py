"""schemathesis against /openapi.json of a live server: no request it generates gets a 5xx."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from web_support import Live, serve_live

from ctip.cases.crypto import create_key_file, default_key_path


@pytest.fixture(scope="module")
def schema_live(tmp_path_factory, screenings, password_hash) -> Iterator[Live]:
    url = f"sqlite:///{tmp_path_factory.mktemp('schemathesis') / 'ctip.db'}"
    create_key_file(default_key_path(url))
    with serve_live(url, screenings, password_hash) as server:
        with server.api("admin") as c:  # something to find: a case with a victim and evidence
            case = c.post("/api/v1/cases", json={"title": "fuzz"}).json()["id"]
            c.post(f"/api/v1/cases/{case}/persons", json={"role": "victim", "full_name": "F"})
            c.post(f"/api/v1/cases/{case}/evidence", files={"file": ("a.txt", b"x")})
        yield server


@pytest.fixture(scope="module")
def admin_token(schema_live: Live) -> str:
    return schema_live.token("admin")


def test_no_server_errors(schema_live: Live) -> None:
    """Every operation, a few generated requests each (schemathesis' own pytest plugin does not
    run under this pytest, so hypothesis drives each operation's strategy directly)."""
    token = schema_live.token("admin")
    api = schemathesis.openapi.from_url(schema_live.url + "/openapi.json")
    failures: list[str] = []
    statuses: list[int] = []
    n_ops = 0
    for result in api.get_all_operations():
        operation = result.ok()
        n_ops += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=6, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=30)
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

        run()
    assert n_ops >= 20
    # not vacuous: generated requests got through validation and did real work
    assert sum(200 <= s < 300 for s in statuses) >= 20, sorted(set(statuses))
    assert not failures, "\n".join(failures[:20])
