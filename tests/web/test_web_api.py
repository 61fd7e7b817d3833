"""The JSON API over a real HTTP server, on SQLite and PostgreSQL."""

from __future__ import annotations

from web_support import HOSTILE, Live


def test_health_and_openapi_need_no_login(live: Live) -> None:
    with live.client() as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        doc = c.get("/openapi.json").json()
        assert "/api/v1/triage" in doc["paths"] and "/api/v1/cases/{case_id}/persons" in doc["paths"]
        assert c.get("/docs").status_code == 404  # no page that would load Swagger UI from a CDN


def test_token_flow_and_401(live: Live) -> None:
    with live.client() as c:
        r = c.post("/api/v1/auth/token", json={"username": "analyst", "password": "correct horse battery staple"})
        assert r.status_code == 200 and r.json()["token_type"] == "bearer" and len(r.json()["access_token"]) > 30
        assert c.get("/api/v1/triage").status_code == 401
        bad = c.get("/api/v1/triage", headers={"Authorization": "Bearer not-a-token"})
        assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
        assert c.post("/api/v1/auth/token", json={"username": "analyst", "password": "wrong password!"}).status_code == 401


def test_failed_logins_are_throttled(live: Live) -> None:
    with live.client() as c:
        codes = [c.post("/api/v1/auth/token", json={"username": "auditor", "password": f"wrong-{i}"}).status_code
                 for i in range(7)]
        assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
        # even the right password waits until the window passes
        r = c.post("/api/v1/auth/token", json={"username": "auditor", "password": "correct horse battery staple"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_triage_queue_review_and_labels(live: Live) -> None:
    with live.api("analyst") as c:
        items = c.get("/api/v1/triage", params={"limit": 10}).json()["items"]
        assert {i["id"] for i in items} == {"w-1", "w-2", "w-3", "w-4", "w-5"}
        scores = [i["risk_score"] for i in items]
        assert scores == sorted(scores, reverse=True)
        top = items[0]
        for key in ("id", "text", "risk_score", "risk_level", "needs_review", "indicators", "entities",
                    "cluster_id", "network_id"):
            assert key in top
        assert any(h["spans"] for i in items for h in i["indicators"])
        span = next(s for i in items for h in i["indicators"] for s in h["spans"])
        post = next(i for i in items if any(span in h["spans"] for h in i["indicators"]))
        assert post["text"][span["start"]:span["end"]] == span["text"]
        # w-1 and w-2 share a phone and a Telegram handle: one network
        net = {i["id"]: i["network_id"] for i in items}
        assert net["w-1"] is not None and net["w-1"] == net["w-2"]
        assert {p["id"] for p in c.get(f"/api/v1/networks/{net['w-1']}").json()["items"]} >= {"w-1", "w-2"}
        r = c.post("/api/v1/posts/w-1/review", json={"decision": "confirmed", "note": "recruiter ad"})
        assert r.status_code == 200 and r.json()["by"] == "analyst"
        assert "w-1" not in {i["id"] for i in c.get("/api/v1/triage").json()["items"]}
        assert c.get("/api/v1/posts/w-1").json()["review"]["decision"] == "confirmed"
        assert c.post("/api/v1/posts/w-3/review", json={"decision": "maybe"}).status_code == 422
        assert c.post("/api/v1/posts/nope/review", json={"decision": "dismissed"}).status_code == 404
        assert c.get("/api/v1/triage", params={"limit": 0}).status_code == 422
    from sqlalchemy import select

    from ctip.store import schema as t
    with live.cw.read() as conn:
        row = conn.execute(select(t.labels).where(t.labels.c.post_id == "w-1")).one()
    assert (row.label, row.decision, row.labelled_by) == (1, "confirmed", "analyst")


def test_hostile_text_comes_back_verbatim_in_json(live: Live) -> None:
    with live.api("analyst") as c:
        assert c.get("/api/v1/posts/w-4").json()["text"] == HOSTILE


def test_cases_persons_encryption_and_reason(live: Live) -> None:
    with live.api("caseworker") as c:
        r = c.post("/api/v1/cases", json={"title": "Sihanoukville typing jobs", "case_type": "scam_compound",
                                          "details": {"exploitation_types": ["forced_criminality"],
                                                      "means_of_control": ["withholds_documents", "debt_bondage"],
                                                      "forced_criminality": {"scam_compound": True},
                                                      "prosecution": {"charges": ["art. 10"], "court": "PP"}}})
        assert r.status_code == 201, r.text
        case = r.json()
        assert case["id"] and case["members"][0]["username"] == "caseworker"
        cid = case["id"]
        assert c.post(f"/api/v1/cases/{cid}/links", json={"kind": "post", "ref": "w-1"}).status_code == 200
        got = c.get(f"/api/v1/cases/{cid}").json()
        assert got["details"]["forced_criminality"] == {"scam_compound": True, "activities": []}
        assert got["networks"], "the linked post's network shows on the case"
        r = c.post(f"/api/v1/cases/{cid}/persons", json={
            "role": "victim", "full_name": "Test Person Sreymom", "date_of_birth": "2001-02-03", "gender": "female",
            "nationality": "KH", "phone": "+855 12 000 111"})
        assert r.status_code == 201, r.text
        pid = r.json()["id"]
        assert c.get(f"/api/v1/persons/{pid}").status_code == 400  # no reason
        p = c.get(f"/api/v1/persons/{pid}", params={"reason": "prepare shelter referral"}).json()
        assert p["full_name"] == "Test Person Sreymom" and p["date_of_birth"] == "2001-02-03"
        patched = c.patch(f"/api/v1/cases/{cid}", json={"status": "closed"}).json()
        assert patched["status"] == "closed" and patched["closed_at"]
        assert c.patch(f"/api/v1/cases/{cid}", json={"bogus": 1}).status_code == 422
        assert c.post("/api/v1/cases", json={}).status_code == 422
        history = c.get(f"/api/v1/cases/{cid}/history").json()["items"]
        reads = [e for e in history if e["action"] == "read_pii"]
        assert reads and reads[0]["reason"] == "prepare shelter referral" and reads[0]["actor"] == "caseworker"
    # the database holds no personal field in clear
    from sqlalchemy import select

    from ctip.store import schema as t
    with live.cw.read() as conn:
        blob = conn.execute(select(t.persons.c.pii).where(t.persons.c.id == pid)).scalar_one()
        dump = " ".join(str(v) for row in conn.execute(select(t.audit_log)) for v in row)
    assert b"Sreymom" not in blob and b"2001-02-03" not in blob
    assert "Sreymom" not in dump and "000 111" not in dump


def test_membership_scopes_cases(live: Live) -> None:
    with live.api("caseworker") as c:
        cid = c.post("/api/v1/cases", json={"title": "Mine"}).json()["id"]
        pid = c.post(f"/api/v1/cases/{cid}/persons", json={"role": "victim", "full_name": "A B"}).json()["id"]
    with live.api("caseworker2") as other:
        assert other.get(f"/api/v1/cases/{cid}").status_code == 403
        assert other.get(f"/api/v1/persons/{pid}", params={"reason": "curious"}).status_code == 403
        assert cid not in [x["id"] for x in other.get("/api/v1/cases").json()["items"]]
    with live.api("investigator") as inv:
        assert inv.get(f"/api/v1/cases/{cid}").status_code == 403
    with live.api("caseworker") as c:
        assert c.post(f"/api/v1/cases/{cid}/members", json={"username": "investigator"}).status_code == 200
    with live.api("investigator") as inv:
        assert inv.get(f"/api/v1/cases/{cid}").status_code == 200
        # investigators see assigned cases, but not victims' personal data
        assert inv.get(f"/api/v1/persons/{pid}", params={"reason": "interview"}).status_code == 403
    with live.api("analyst") as an:
        assert an.get(f"/api/v1/cases/{cid}").status_code == 403
    with live.api("admin") as ad:
        entries = ad.get("/api/v1/audit", params={"limit": 200}).json()["items"]
    denied = [e for e in entries if e["action"] == "denied"]
    assert {e["actor"] for e in denied} >= {"caseworker2", "investigator"}


def test_referral_needs_recorded_consent(live: Live) -> None:
    with live.api("caseworker") as c:
        cid = c.post("/api/v1/cases", json={"title": "Referral"}).json()["id"]
        pid = c.post(f"/api/v1/cases/{cid}/persons", json={"role": "victim", "full_name": "C D"}).json()["id"]
        ref = {"organisation": "Safe House KH", "purpose": "shelter"}
        assert c.post(f"/api/v1/persons/{pid}/referrals", json=ref).status_code == 409
        consent = c.post(f"/api/v1/persons/{pid}/consents", json={"purpose": "shelter",
                                                                   "organisation": "Safe House KH"}).json()
        assert c.post(f"/api/v1/persons/{pid}/referrals", json=ref).status_code == 201
        other = {"organisation": "Other NGO", "purpose": "shelter"}
        assert c.post(f"/api/v1/persons/{pid}/referrals", json=other).status_code == 409
        assert c.post(f"/api/v1/consents/{consent['id']}/withdraw").status_code == 200
        assert c.post(f"/api/v1/persons/{pid}/referrals", json=ref).status_code == 409


def test_evidence_hash_custody_and_tricks(live: Live) -> None:
    import hashlib

    body = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nsynthetic capture"
    with live.api("investigator") as c:
        cid = c.post("/api/v1/cases", json={"title": "Evidence"}).json()["id"]
        r = c.post(f"/api/v1/cases/{cid}/evidence", files={"file": ("../../etc/passwd.warc", body)},
                   data={"source": "https://example.org/post/1"})
        assert r.status_code == 201, r.text
        ev = r.json()
        assert ev["sha256"] == hashlib.sha256(body).hexdigest() and ev["media_type"] == "application/warc"
        assert ev["filename"] == "passwd.warc"
        got = c.get(f"/api/v1/evidence/{ev['id']}/content")
        assert got.content == body and got.headers["content-type"] == "application/octet-stream"
        meta = c.get(f"/api/v1/evidence/{ev['id']}").json()
        assert [e["action"] for e in meta["custody"]][:2] == ["collected", "exported"]
        assert all(e["sha256_check"] == "pass" for e in meta["custody"])
        exe = c.post(f"/api/v1/cases/{cid}/evidence", files={"file": ("x.txt", b"MZ\x90\x00\xff\xfe\x00binary")})
        assert exe.status_code == 400
        assert c.post(f"/api/v1/cases/{cid}/evidence", files={"file": ("e.txt", b"")}).status_code == 400


def test_security_headers(live: Live) -> None:
    with live.client() as c:
        for path in ("/login", "/healthz", "/api/v1/triage"):
            h = c.get(path).headers
            assert "script-src 'self'" in h["content-security-policy"] and "unsafe-inline" not in h["content-security-policy"]
            assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff"


def test_malformed_requests_get_4xx(live: Live) -> None:
    with live.api("admin") as c:
        assert c.post("/api/v1/cases", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
        assert c.get("/api/v1/cases/abc").status_code == 422
        assert c.get("/api/v1/cases/999999").status_code == 404
        assert c.get("/api/v1/persons/5", params={"reason": "x" * 600}).status_code == 422
        assert c.post("/api/v1/cases", json={"title": "x" * 301}).status_code == 422
    import socket
    from urllib.parse import urlsplit

    host = urlsplit(live.url)
    with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/cases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000000\r\n\r\n{}")
        assert sock.recv(200).startswith(b"HTTP/1.1 413")


def test_upload_screens_stores_and_lists_rejects(live: Live) -> None:
    batch = (b'{"id": "up-1", "text": "Typing job abroad 1500$ no experience, free visa, Telegram @up_test_hr"}\n'
             b'{broken\n'
             b'{"id": "up-2", "text": "Cook wanted in Kampot, 300$ a month, weekends off."}\n')
    with live.api("analyst") as c:
        r = c.post("/api/v1/uploads", files={"file": ("../../batch.jsonl", batch)})
        assert r.status_code == 200, r.text
        out = r.json()
        assert out["posts_read"] == 2 and out["new_or_changed"] == 2 and out["file"] == "batch.jsonl"
        assert len(out["rejected"]) == 1 and out["rejected"][0].startswith("batch.jsonl:2:")
        ids = {i["id"] for i in c.get("/api/v1/triage", params={"limit": 50}).json()["items"]}
        assert {"up-1", "up-2"} <= ids
        assert c.get("/api/v1/posts/up-1").json()["entities"], "identifiers extracted like ctip ingest"
        # stored with the model's identity, as `ctip ingest` stores it (else the next ingest re-screens them)
        from sqlalchemy import create_engine, select

        from ctip.pipeline import Screener
        from ctip.store import schema as t

        engine = create_engine(live.db_url)
        with engine.connect() as conn:
            versions = set(conn.execute(select(t.screenings.c.model_version)
                                        .where(t.screenings.c.post_id.in_(["up-1", "up-2"]))).scalars())
        engine.dispose()
        assert versions == {Screener().version}
        bad = c.post("/api/v1/uploads", files={"file": ("x.bin", b"\x00\x01\x02")}, data={"format": "nope"})
        assert bad.status_code == 400 and "nope" in bad.json()["error"]


def test_triage_filters_by_frame_with_true_counts(live: Live) -> None:
    with live.api("analyst") as c:
        everything = c.get("/api/v1/triage", params={"limit": 50}).json()
        frames = {i["id"]: i["frame"] for i in everything["items"]}
        assert everything["total"] == len(frames) and all(f in (
            "offer", "plea", "warning", "testimony", "news", "other") for f in frames.values())
        shown = 0
        for frame in sorted(set(frames.values())):
            page = c.get("/api/v1/triage", params={"limit": 50, "frame": frame}).json()
            assert {i["id"] for i in page["items"]} == {k for k, f in frames.items() if f == frame}
            assert page["total"] == len(page["items"])
            shown += page["total"]
        assert shown == everything["total"]
        assert c.get("/api/v1/triage", params={"frame": "unknown"}).json()["total"] == 0
        assert c.get("/api/v1/triage", params={"frame": "rumour"}).status_code in (400, 422)
