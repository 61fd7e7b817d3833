"""The read-only TAXII 2.1 collection of `ctip serve`: a real uvicorn server on a free port, read
with the taxii2-client package (what partners' tools use) and with plain HTTP."""

from __future__ import annotations

import base64
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from share_support import RAW_VALUES, seed
from sqlalchemy import select

from ctip.cases.accounts import create_user, set_role
from ctip.cases.audit import verify
from ctip.store import schema as t

PASSWORD = "partner horse battery staple"
TAXII = "application/taxii+json;version=2.1"
SHARE_KEY = base64.urlsafe_b64encode(b"k" * 32).decode().rstrip("=")
USERS = {"partner": "partner", "admin": "admin", "analyst": "analyst", "auditor": "auditor"}


@dataclass
class Server:
    url: str
    db_url: str
    app: object

    def http(self, user: str | None = "partner", password: str = PASSWORD) -> httpx.Client:
        auth = (user, password) if user else None
        return httpx.Client(base_url=self.url, auth=auth, timeout=60, headers={"Accept": TAXII})

    def audit(self, action: str) -> list[dict]:
        with self.app.state.casework.read() as conn:
            rows = conn.execute(select(t.audit_log).where(t.audit_log.c.action == action)).all()
        return [{"actor": r.actor, "object_id": r.object_id, **json.loads(r.detail)} for r in rows]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def background() -> bool:
    return False


@pytest.fixture
def server(db_url: str, monkeypatch: pytest.MonkeyPatch, background: bool) -> Iterator[Server]:
    """`ctip serve` on the seeded workspace; collection rebuilds are synchronous unless `background`."""
    from argon2 import PasswordHasher

    from ctip.share.taxii_feed import TaxiiSettings
    from ctip.web import create_app

    monkeypatch.setenv("CTIP_SHARE_KEY", SHARE_KEY)
    seed(db_url)
    app = create_app(db_url, taxii=TaxiiSettings(check_every=0, background=background))
    light = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with app.state.casework.tx() as tx:
        for name, role in USERS.items():
            create_user(tx.conn, name, "", role, password_hash=light)
    with _serve(app) as url:
        yield Server(url, db_url, app)


@contextmanager
def _serve(app) -> Iterator[str]:
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        app.state.casework.close()


def _export_ids(db_url: str) -> set[str]:
    from ctip.share import export_content

    bundle = export_content("stix", db_url, min_level="medium", tlp="amber+strict").document
    return {o["id"] for o in json.loads(bundle.serialize())["objects"]}


def test_taxii2_client_reads_the_collection(server: Server) -> None:
    from taxii2client.v21 import Server as TaxiiServer
    from taxii2client.v21 import as_pages

    api = TaxiiServer(f"{server.url}/taxii2/", user="partner", password=PASSWORD)
    assert api.title == "ctip TAXII server"
    root = api.api_roots[0]
    assert root.versions == [TAXII]
    [coll] = root.collections
    assert coll.can_read and not coll.can_write
    got: list[dict] = []
    for page in as_pages(coll.get_objects, per_request=7):
        got += page.get("objects", [])
    ids = [o["id"] for o in got]
    assert len(ids) == len(set(ids)) > 7  # several pages, nothing twice
    assert set(ids) == _export_ids(server.db_url)  # the same objects as `ctip export stix`
    text = json.dumps(got)
    assert not [v for v in RAW_VALUES if v in text]  # pseudonymised
    assert all("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003" in o.get("object_marking_refs", [])
               for o in got if o["type"] != "marking-definition")
    indicator = next(o for o in got if o["type"] == "indicator")
    one = coll.get_object(indicator["id"])
    assert one["objects"] == [indicator]
    manifest = coll.get_manifest()
    assert {m["id"] for m in manifest["objects"]} == set(ids)
    assert all(m["media_type"] == "application/stix+json;version=2.1" for m in manifest["objects"])
    assert coll.get_objects(type="indicator")["objects"] == [o for o in got if o["type"] == "indicator"]
    reads = server.audit("taxii_read")
    assert reads and {r["actor"] for r in reads} == {"partner"}
    assert {"discovery", "api_root", "collections", "objects", "object", "manifest"} <= {r["endpoint"] for r in reads}
    with server.app.state.casework.read() as conn:
        assert verify(conn)[2] is None


def test_sign_in_and_permission(server: Server) -> None:
    with server.http(user=None) as c:
        r = c.get("/taxii2/")
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Basic")
        assert r.headers["content-type"] == TAXII and r.json()["http_status"] == "401"
    with server.http(password="wrong password!") as c:
        assert c.get("/taxii2/").status_code == 401
    assert [e["actor"] for e in server.audit("login_failed")] == ["partner"]
    for user in ("analyst", "auditor"):
        with server.http(user) as c:
            r = c.get("/taxii2/ctip/collections/")
            assert r.status_code == 403 and "share.taxii" in r.json()["title"]
    assert {e["actor"] for e in server.audit("denied")} == {"analyst", "auditor"}
    for user in ("partner", "admin"):
        with server.http(user) as c:
            assert c.get("/taxii2/ctip/collections/").status_code == 200
    with server.app.state.casework.tx() as tx:  # a disabled account loses access at once, cached or not
        set_role(tx.conn, "partner", active=False)
    with server.http() as c:
        assert c.get("/taxii2/").status_code == 401


def _collection_url(c: httpx.Client) -> str:
    return f"/taxii2/ctip/collections/{c.get('/taxii2/ctip/collections/').json()['collections'][0]['id']}/"


def test_paging_filters_and_added_after(server: Server) -> None:
    with server.http() as c:
        base = _collection_url(c)
        everything = c.get(base + "objects/").json()
        assert everything["more"] is False and "next" not in everything
        seen, params = [], {"limit": "4"}
        while True:
            r = c.get(base + "objects/", params=params)
            assert r.status_code == 200 and r.headers["content-type"] == TAXII
            body = r.json()
            page = body["objects"]
            assert len(page) <= 4
            dates = [m["date_added"] for m in c.get(base + "manifest/", params=params).json()["objects"]]
            assert r.headers["X-TAXII-Date-Added-First"] == dates[0]
            assert r.headers["X-TAXII-Date-Added-Last"] == dates[-1]
            seen += page
            if not body["more"]:
                break
            params = {"limit": "4", "next": body["next"]}
        assert seen == everything["objects"]
        types = c.get(base + "objects/", params={"match[type]": "indicator,sighting"}).json()["objects"]
        assert types and {o["type"] for o in types} == {"indicator", "sighting"}
        assert len(types) == sum(o["type"] in ("indicator", "sighting") for o in seen)
        two = [seen[3]["id"], seen[5]["id"]]
        picked = c.get(base + "objects/", params=[("match[id]", two[0]), ("match[id]", two[1])]).json()["objects"]
        assert sorted(o["id"] for o in picked) == sorted(two)
        last = c.get(base + "objects/").headers["X-TAXII-Date-Added-Last"]
        assert c.get(base + "objects/", params={"added_after": last}).json() == {"more": False}
        _add_post(server.db_url)
        fresh = c.get(base + "objects/", params={"added_after": last})
        new = fresh.json()["objects"]
        assert fresh.headers["X-TAXII-Date-Added-First"] > last
        kinds = {o["type"] for o in new}
        # the new post, its new identifier with indicator and sighting; the updated sighting of the old one
        assert {"observed-data", "phone-number", "indicator", "sighting"} <= kinds
        assert len(new) < len(seen)
        old_ids = {o["id"] for o in seen}
        assert any(o["id"] in old_ids for o in new)  # a changed object keeps its id (a new version)


def _add_post(db_url: str) -> None:
    from ctip.store.workspace import Workspace

    with Workspace(db_url) as ws, ws.engine.begin() as conn:
        old = conn.execute(select(t.identifiers.c.id).where(t.identifiers.c.value == "kh_jobs_recruit")).scalar()
        new = conn.execute(t.identifiers.insert().values(type="phone", value="+85599000111",
                                                         link_key="tel:+85599000111")).inserted_primary_key[0]
        conn.execute(t.posts.insert().values(id="p9", text="synthetic post p9", extra={}, content_sha256="0" * 64,
                                             ingested_at="2026-11-09T00:00:00Z"))
        conn.execute(t.screenings.insert().values(post_id="p9", lang="en", risk_score=0.95, risk_level="high",
                                                  needs_review=True, model_version="m",
                                                  screened_at="2026-11-09T10:00:00Z"))
        for n, ident in enumerate((old, new)):
            conn.execute(t.mentions.insert().values(post_id="p9", identifier_id=ident, start=n, end=n + 1, raw="x"))


def test_errors_are_taxii_errors(server: Server) -> None:
    with server.http() as c:
        base = _collection_url(c)
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            r = c.request(method, base + "objects/", json={"objects": []})
            assert r.status_code == 405 and r.headers["content-type"] == TAXII
        for params in ({"limit": "0"}, {"limit": "many"}, {"next": "not-a-cursor"}, {"added_after": "yesterday"},
                       {"match[version]": "sometime"}):
            r = c.get(base + "objects/", params=params)
            assert r.status_code == 400 and r.json()["http_status"] == "400", params
        assert c.get("/taxii2/ctip/collections/00000000-0000-4000-8000-000000000000/objects/").status_code == 404
        assert c.get(base + "objects/indicator--00000000-0000-4000-8000-000000000000/").status_code == 404
        assert c.get("/taxii2/other/collections/").status_code == 404
        r = c.get("/taxii2/ctip/collections")
        assert r.status_code == 404 and "slash" in r.json()["description"]
        r = c.get("/taxii2/", headers={"Accept": "text/html"})
        assert r.status_code == 406
        r = c.get("/taxii2/", headers={"Accept": "application/taxii+json;version=2.0"})
        assert r.status_code == 406
        versions = c.get(base + f"objects/{c.get(base + 'manifest/').json()['objects'][0]['id']}/versions/").json()
        assert len(versions["versions"]) == 1


def test_no_sharing_key_is_a_clear_503(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL there is no file beside the database: without CTIP_SHARE_KEY the collection says so."""
    from ctip.share.taxii_feed import TaxiiSettings
    from ctip.web import create_app

    url = f"sqlite:///{tmp_path / 'w.db'}"
    app = create_app(url, taxii=TaxiiSettings(share_key_file=tmp_path / "missing.key"))
    with app.state.casework.tx() as tx:
        create_user(tx.conn, "partner", PASSWORD, "partner")
    with _serve(app) as base:
        r = httpx.get(f"{base}/taxii2/", auth=("partner", PASSWORD), timeout=60)
    assert r.status_code == 503 and "sharing key" in r.json()["title"]
    assert not os.path.exists(tmp_path / "missing.key")


@pytest.mark.parametrize("background", [True])
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_rebuild_in_the_background_serves_new_posts_soon(server: Server) -> None:
    """The default: after new posts the previous snapshot is served while the new one is built."""
    with server.http() as c:
        base = _collection_url(c)
        before = {o["id"] for o in c.get(base + "objects/").json()["objects"]}
        _add_post(server.db_url)
        deadline = time.monotonic() + 60
        while True:
            now = {o["id"] for o in c.get(base + "objects/").json()["objects"]}
            if now != before:
                break
            assert time.monotonic() < deadline, "the new post never reached the collection"
            time.sleep(0.2)
    assert before < now


def test_bisected_pages_equal_a_full_scan() -> None:
    import random

    from ctip.share.taxii import Entry, Query, run_query

    rng = random.Random(3)
    entries = sorted((Entry(f"2026-12-0{rng.randrange(1, 4)}T00:00:00.000000Z", f"indicator--{i:04d}", "indicator",
                            "v", "2.1", {}) for i in range(300)), key=lambda e: (e.date_added, e.id))
    keys = [(e.date_added, e.id) for e in entries]
    for _ in range(200):
        pick = rng.choice(entries)
        q = Query(added_after=rng.choice([None, "2026-12-01T00:00:00.000000Z", "2026-12-02T00:00:00.000000Z"]),
                  after=rng.choice([None, (pick.date_added, pick.id)]), limit=rng.randrange(1, 50))
        assert run_query(entries, q, keys) == run_query(entries, q)


def test_serve_refuses_unknown_taxii_options(ctip, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    r = ctip("serve", "--db", url, "--taxii-tlp", "purple")
    assert r.code == 2 and "purple" in r.err and "amber+strict" in r.err
    r = ctip("serve", "--db", url, "--taxii-min-level", "extreme")
    assert r.code == 2 and "extreme" in r.err and "medium" in r.err
