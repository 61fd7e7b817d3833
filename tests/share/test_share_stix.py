"""`ctip export stix` / `ctip import stix`: pseudonyms, TLP 2.0, reveal permission, round trip, hostile bundles."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
import stix2
from share_support import POSTS, RAW_VALUES, seed
from sqlalchemy import create_engine, func, select, text

from ctip.cases.audit import verify
from ctip.share.pseudonym import load_share_key
from ctip.share.tlp import TLP_IDS
from ctip.store import schema as t
from ctip.store.workspace import Workspace


def _export(ctip, url: str, out: Path, *extra: str):
    r = ctip("export", "stix", "--db", url, "-o", out, *extra)
    assert r.code == 0, r.err
    return json.loads(out.read_text(encoding="utf-8"))


def test_default_export_parses_and_carries_no_raw_identifier(ctip, db_url: str, tmp_path: Path,
                                                             monkeypatch) -> None:
    if not db_url.startswith("sqlite"):
        monkeypatch.setenv("CTIP_SHARE_KEY", "B" * 43)
    seed(db_url)
    out = tmp_path / "bundle.json"
    data = _export(ctip, db_url, out, "--min-level", "low", "--tlp", "amber")
    raw = out.read_text(encoding="utf-8")
    for value in RAW_VALUES:
        assert value not in raw and json.dumps(value)[1:-1] not in raw
    bundle = stix2.parse(raw, allow_custom=True)
    types = {o.type for o in bundle.objects}
    assert {"user-account", "email-addr", "url", "phone-number", "cryptocurrency-wallet", "indicator", "sighting",
            "observed-data", "infrastructure", "relationship", "extension-definition", "marking-definition"} <= types
    accounts = {o.account_type for o in bundle.objects if o.type == "user-account"}
    assert accounts == {"telegram", "whatsapp", "line", "wechat"}
    for o in data["objects"]:  # TLP 2.0 on every object but the marking definition itself
        if o["type"] != "marking-definition":
            assert o["object_marking_refs"] == [TLP_IDS["amber"]], o["id"]
    pseudo = load_share_key(db_url)
    tel = pseudo("tel:+85512345678")  # the phone number and the WhatsApp link of it share one pseudonym
    assert any(o.get("value") == tel for o in data["objects"] if o["type"] == "phone-number")
    assert any(o.get("user_id") == tel for o in data["objects"] if o["type"] == "user-account")
    infra = [o for o in data["objects"] if o["type"] == "infrastructure"]
    assert [i["name"] for i in infra] == ["Recruiter network n01"]
    consists = [o for o in data["objects"] if o["type"] == "relationship" and o["relationship_type"] == "consists-of"]
    assert len(consists) == 4  # network n01: telegram, phone, WhatsApp (same pseudonym, another SCO type), email
    sightings = [o for o in data["objects"] if o["type"] == "sighting"]
    assert len(sightings) == len(RAW_VALUES) + 1 and all(o["count"] == 1 for o in sightings)  # +1: phone ≠ WhatsApp


def test_empty_workspace_gives_a_valid_empty_bundle(ctip, sqlite_url: str, tmp_path: Path) -> None:
    data = _export(ctip, sqlite_url, tmp_path / "b.json")
    bundle = stix2.parse(json.dumps(data), allow_custom=True)
    assert {o.type for o in bundle.objects} == {"marking-definition", "identity", "extension-definition"}
    assert TLP_IDS["amber+strict"] in {o.id for o in bundle.objects}  # the default marking


def test_share_key_is_beside_the_database_private_and_not_in_it(ctip, sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url)
    _export(ctip, sqlite_url, tmp_path / "b.json")
    key = tmp_path / "ctip.db.share-key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    secret = key.read_text().strip()
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        dump = "".join(str(r) for table in t.metadata.sorted_tables for r in conn.execute(text(f'SELECT * FROM "{table.name}"')))
    assert secret not in dump


def test_min_level_filters_posts(ctip, sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url)
    high = _export(ctip, sqlite_url, tmp_path / "h.json", "--min-level", "high")
    low = _export(ctip, sqlite_url, tmp_path / "l.json", "--min-level", "low")
    count = lambda d: sum(o["type"] == "observed-data" for o in d["objects"])  # noqa: E731
    assert count(high) == sum(level == "high" for _, level, _, _ in POSTS) == 2
    assert count(low) == len(POSTS)


def test_reveal_needs_a_permitted_role_and_is_audited(ctip, sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url)
    pw = "a long synthetic password"
    for name, role in (("ana", "analyst"), ("inv", "investigator")):
        assert ctip("users", "add", name, "--role", role, "--db", sqlite_url, "--password-stdin", stdin=pw + "\n").code == 0
    out = tmp_path / "r.json"
    denied = ctip("export", "stix", "--db", sqlite_url, "-o", out, "--reveal", "--user", "ana", "--password-stdin",
                  stdin=pw + "\n")
    assert denied.code != 0 and "does not allow share.reveal" in denied.err and not out.exists()
    wrong = ctip("export", "stix", "--db", sqlite_url, "-o", out, "--reveal", "--user", "inv", "--password-stdin",
                 stdin="nope\n")
    assert wrong.code == 2 and not out.exists()
    ok = ctip("export", "stix", "--db", sqlite_url, "-o", out, "--reveal", "--user", "inv", "--password-stdin",
              "--min-level", "low", stdin=pw + "\n")
    assert ok.code == 0, ok.err
    raw = out.read_text(encoding="utf-8")
    assert "kh_jobs_recruit" in raw and "+85512345678" in raw
    stix2.parse(raw, allow_custom=True)  # the quote and backslash in a value are escaped in the pattern
    with Workspace(sqlite_url) as ws, ws.engine.connect() as conn:
        actions = [(r.actor, r.action) for r in conn.execute(select(t.audit_log).where(t.audit_log.c.object_type == "share"))]
        assert ("inv", "reveal_export") in actions
        assert verify(conn)[2] is None


def test_partner_bundle_round_trips_and_matches_with_the_same_key(ctip, db_url: str, tmp_path: Path,
                                                                  monkeypatch) -> None:
    monkeypatch.setenv("CTIP_SHARE_KEY", "C" * 43)  # one sharing group
    partner, ours = f"sqlite:///{tmp_path / 'partner.db'}", db_url
    seed(partner)
    seed(ours)
    bundle = tmp_path / "partner.json"
    _export(ctip, partner, bundle, "--min-level", "low", "--producer", "Partner NGO")
    r = ctip("import", "stix", bundle, "--db", ours)
    assert r.code == 0, r.err
    assert "8 identifiers; 8 added" in r.err.replace("\n", " ")
    with Workspace(ours) as ws, ws.engine.connect() as conn:
        rows = conn.execute(select(t.partner_identifiers)).all()
        pseudo = load_share_key(ours)
        local = {pseudo(k) for k in conn.execute(select(t.identifiers.c.link_key)).scalars()}
    assert len(rows) == len({(ty, v) for _, _, ids, _ in POSTS for ty, v, _ in ids})
    assert {r.pseudonym for r in rows} == local  # same key: every partner identifier matches ours
    assert {r.producer for r in rows} == {"Partner NGO"}
    assert any(r.networks == ["Recruiter network n01"] for r in rows)
    assert not any(v in str(rows) for v in RAW_VALUES)
    again = ctip("import", "stix", bundle, "--db", ours)
    with Workspace(ours) as ws, ws.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.partner_identifiers)).scalar() == len(rows)
    assert again.code == 0 and "already imported" in again.err


def test_other_key_does_not_match(ctip, tmp_path: Path, monkeypatch) -> None:
    partner, ours = f"sqlite:///{tmp_path / 'partner.db'}", f"sqlite:///{tmp_path / 'ours.db'}"
    seed(partner)
    seed(ours)
    bundle = tmp_path / "p.json"
    _export(ctip, partner, bundle)  # partner.db.share-key
    r = ctip("import", "stix", bundle, "--db", ours)  # ours.db.share-key: a different key
    assert r.code == 0 and "0 match" in r.err and "different sharing key" in r.err


@pytest.mark.parametrize("content, expect", [
    (b"{not json", "not valid JSON"),
    (b'{"type": "bundle", "objects": [{"type": "indicator", "id": "indicator--x"}]}', "not valid STIX 2.1"),
    (b'[1, 2]', "not a STIX bundle"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"[" * 100000 + b"]" * 100000, "nests too deeply"),
    (json.dumps({"type": "bundle", "id": "bundle--8b1c5b3a-8f0a-4f6b-9d0e-1c2b3a4d5e6f", "objects": [
        {"type": "phone-number", "spec_version": "2.1", "id": "phone-number--8b1c5b3a-8f0a-4f6b-9d0e-1c2b3a4d5e6f",
         "value": "'; DROP TABLE identifiers; --", "pseudonymised": True}]}).encode(), "not an HMAC-SHA256"),
    (b'{"type": "bundle", "objects": [{"type": "sighting", "count": ' + b"9" * 5000 + b"}]}", "number too long"),
    (b'{"type": "bundle", "objects": [{"type": "phone-number", "id": "phone-number--8b1c5b3a-8f0a-4f6b-9d0e-'
     b'1c2b3a4d5e6f", "value": "+855\\u0000"}]}', "NUL character"),
    (b'{"type": "bundle", "objects": [{"type": "identity", "id": "x", "name": "\\ud800"}]}', "lone UTF-16 surrogate"),
    (json.dumps({"type": "bundle", "objects": [{"type": "phone-number", "spec_version": "2.1",
                 "id": "phone-number--8b1c5b3a-8f0a-4f6b-9d0e-1c2b3a4d5e6f", "value": "1" * 3_000_000}]}).encode(),
     "no usable value"),
    (json.dumps({"type": "bundle", "objects": [{"type": "phone-number", "spec_version": "2.1",
                 "id": "phone-number--8b1c5b3a-8f0a-4f6b-9d0e-1c2b3a4d5e6f", "value": "1",
                 "object_marking_refs": "marking-definition--x"}]}).encode(), "not valid STIX 2.1"),
    (json.dumps({"type": "bundle", "objects": [{"type": "phone-number", "spec_version": "2.1",
                 "id": "phone-number--8b1c5b3a-8f0a-4f6b-9d0e-1c2b3a4d5e6f", "value": "1",
                 "extensions": "x"}]}).encode(), "not valid STIX 2.1"),
    (json.dumps({"type": "bundle", "objects": [{"type": ["phone-number"], "id": "x"}]}).encode(), "no type or id"),
])
def test_malformed_or_hostile_bundle_changes_nothing(ctip, sqlite_url: str, tmp_path: Path, content: bytes,
                                                     expect: str) -> None:
    seed(sqlite_url)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    r = ctip("import", "stix", bad, "--db", sqlite_url)
    assert r.code == 2 and expect in r.err and "bad.json" in r.err
    with Workspace(sqlite_url) as ws, ws.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.partner_identifiers)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(t.identifiers)).scalar() == 8


def test_raw_values_from_another_tool_are_pseudonymised_on_import(ctip, sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url)
    other = stix2.v21.Bundle(objects=[
        stix2.v21.EmailAddress(value="hr.overseas@example.com"),
        stix2.v21.UserAccount(account_type="telegram", user_id="kh_jobs_recruit"),
        stix2.v21.URL(value="https://unrelated.example/"),
    ])
    f = tmp_path / "other.json"
    f.write_text(other.serialize(), encoding="utf-8")
    r = ctip("import", "stix", f, "--db", sqlite_url)
    assert r.code == 0 and "3 identifiers; 3 added" in r.err.replace("\n", " ") and "2 match" in r.err
    with Workspace(sqlite_url) as ws, ws.engine.connect() as conn:
        rows = conn.execute(select(t.partner_identifiers)).all()
    assert sorted(r.id_type for r in rows) == ["email", "telegram", "url"]
    assert not any(v in str(rows) for v in ("hr.overseas@example.com", "kh_jobs_recruit", "unrelated.example"))
