"""`ctip db init`, `users add`, `audit verify`, `evidence verify`, `purge`, `db rotate-key`."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text, update

from ctip.cases import SYSTEM, Casework, casefiles, evidence
from ctip.cases.accounts import create_user
from ctip.cases.admin import purge
from ctip.store import schema as t


def _setup(ctip, url: str) -> Casework:
    assert ctip("db", "init", "--db", url).code == 0
    cw = Casework.open(url, need_key=True)
    with cw.tx() as tx:
        create_user(tx.conn, "cw", "", "caseworker", password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAA")
    return cw


def _actor(cw: Casework):
    from ctip.cases.accounts import find_user

    with cw.read() as conn:
        return find_user(conn, "cw")


def test_db_init_creates_a_private_key_file_beside_sqlite(ctip, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CTIP_DATA_KEY", raising=False)
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    r = ctip("db", "init", "--db", url)
    key = tmp_path / "ws.db.key"
    assert r.code == 0 and str(key) in r.err.replace("\n", "")
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    before = key.read_text()
    assert ctip("db", "init", "--db", url).code == 0 and key.read_text() == before  # never replaced
    engine = create_engine(url)
    with engine.connect() as conn:
        dump = b"".join(bytes(str(r), "utf-8") for table in t.metadata.sorted_tables
                        for r in conn.execute(text(f'SELECT * FROM "{table.name}"')))
    assert before.strip().encode() not in dump  # the key is not in the database


def test_postgres_without_key_says_what_to_do(ctip, monkeypatch) -> None:
    monkeypatch.delenv("CTIP_DATA_KEY", raising=False)
    monkeypatch.delenv("CTIP_KEY_FILE", raising=False)
    from ctip.cases.crypto import default_key_path

    assert default_key_path("postgresql+psycopg://u@/db?host=/tmp") is None


def test_users_add_reads_password_from_stdin(ctip, sqlite_url: str, monkeypatch) -> None:
    monkeypatch.setenv("CTIP_DATA_KEY", "A" * 43)
    r = ctip("users", "add", "amara", "--role", "caseworker", "--db", sqlite_url, "--password-stdin",
             stdin="a long enough secret\n")
    assert r.code == 0, r.err
    assert ctip("users", "list", "--db", sqlite_url).out.strip() == "amara\tcaseworker\tactive"
    bad = ctip("users", "add", "b", "--role", "boss", "--db", sqlite_url, "--password-stdin", stdin="a long enough secret\n")
    assert bad.code == 2 and "Unknown role" in bad.err
    short = ctip("users", "add", "c", "--role", "analyst", "--db", sqlite_url, "--password-stdin", stdin="short\n")
    assert short.code == 2 and "too short" in short.err
    dup = ctip("users", "add", "amara", "--role", "analyst", "--db", sqlite_url, "--password-stdin",
               stdin="a long enough secret\n")
    assert dup.code == 2 and "already exists" in dup.err
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$") and "a long enough secret" not in stored


@pytest.mark.parametrize("tamper", ["alter", "remove_middle", "swap", "remove_last"])
def test_audit_verify_names_the_first_bad_entry(ctip, db_url: str, tamper: str, monkeypatch) -> None:
    monkeypatch.setenv("CTIP_DATA_KEY", "B" * 43)
    cw = _setup(ctip, db_url)
    who = _actor(cw)
    for i in range(4):
        casefiles.create_case(cw, who, f"case {i}")
    ok = ctip("audit", "verify", "--db", db_url)
    assert ok.code == 0 and "intact: 4 entries" in ok.err.replace("\n", " ")
    with cw.engine.begin() as conn:
        a = t.audit_log
        if tamper == "alter":
            conn.execute(update(a).where(a.c.seq == 2).values(actor="someone else"))
        elif tamper == "remove_middle":
            conn.execute(a.delete().where(a.c.seq == 3))
        elif tamper == "swap":  # exchange the content of entries 2 and 3, keeping seq order
            rows = {r.seq: r for r in conn.execute(a.select().where(a.c.seq.in_([2, 3])))}
            for seq, other in ((2, 3), (3, 2)):
                r = rows[other]
                conn.execute(update(a).where(a.c.seq == seq).values(
                    at=r.at, actor=r.actor, action=r.action, object_id=r.object_id, detail=r.detail,
                    prev_hash=r.prev_hash, hash=r.hash))
        else:
            conn.execute(a.delete().where(a.c.seq == 4))
    bad = ctip("audit", "verify", "--db", db_url)
    expected = {"alter": 2, "remove_middle": 3, "swap": 2, "remove_last": 4}[tamper]
    assert bad.code == 1
    assert f"broken at entry {expected}" in bad.err.replace("\n", " ")
    cw.close()


def test_evidence_verify_detects_changed_bytes(ctip, sqlite_url: str, monkeypatch) -> None:
    monkeypatch.setenv("CTIP_DATA_KEY", "C" * 43)
    cw = _setup(ctip, sqlite_url)
    with cw.tx() as tx:  # caseworkers may not attach evidence; investigators may
        inv = create_user(tx.conn, "inv", "", "investigator", password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$AA")
    case = casefiles.create_case(cw, inv, "ev")
    first = evidence.add_evidence(cw, inv, b"<html>synthetic capture</html>", "page.html", case_id=case["id"])
    evidence.add_evidence(cw, inv, b"second item", "note.txt", case_id=case["id"])
    assert ctip("evidence", "verify", "--db", sqlite_url).code == 0
    with cw.engine.begin() as conn:
        conn.execute(update(t.evidence).where(t.evidence.c.id == first["id"]).values(content=b"<html>edited</html>"))
    r = ctip("evidence", "verify", "--db", sqlite_url)
    assert r.code == 1 and f"evidence {first['id']} (page.html" in r.err.replace("\n", " ")
    meta, _ = evidence.open_evidence(cw, inv, first["id"])
    assert meta["sha256_check"] == "fail"
    actions = [c["action"] + ":" + c["sha256_check"] for c in evidence.custody(cw, inv, first["id"])]
    assert actions[:3] == ["collected:pass", "verified:pass", "verified:fail"]
    cw.close()


def test_purge_deletes_closed_cases_past_retention(ctip, sqlite_url: str, monkeypatch) -> None:
    monkeypatch.setenv("CTIP_DATA_KEY", "D" * 43)
    cw = _setup(ctip, sqlite_url)
    who = _actor(cw)
    old = casefiles.create_case(cw, who, "old hotline call", case_type="hotline")
    recent = casefiles.create_case(cw, who, "recent hotline call", case_type="hotline")
    kept = casefiles.create_case(cw, who, "child case", case_type="child_protection")
    casefiles.add_person(cw, who, old["id"], "victim", {"full_name": "X"})
    long_ago = (datetime.now(UTC) - timedelta(days=3 * 365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with cw.engine.begin() as conn:
        conn.execute(update(t.cases).where(t.cases.c.id.in_([old["id"], kept["id"]]))
                     .values(status="closed", closed_at=long_ago))
    casefiles.update_case(cw, who, recent["id"], {"status": "closed"})
    dry = ctip("purge", "--db", sqlite_url, "--dry-run")
    assert dry.code == 0 and dry.out.startswith(f"case {old['id']}\thotline") and dry.out.count("\n") == 1
    assert purge(cw, SYSTEM) and ctip("purge", "--db", sqlite_url).out == ""
    with cw.read() as conn:
        assert [r.id for r in conn.execute(t.cases.select().order_by(t.cases.c.id))] == [recent["id"], kept["id"]]
        assert conn.execute(t.persons.select()).first() is None
    assert ctip("audit", "verify", "--db", sqlite_url).code == 0
    cw.close()


def test_key_rotation_keeps_data_readable(ctip, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CTIP_DATA_KEY", raising=False)
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    cw = _setup(ctip, url)
    who = _actor(cw)
    case = casefiles.create_case(cw, who, "rot")
    pid = casefiles.add_person(cw, who, case["id"], "victim", {"full_name": "Rotated Person"})["id"]
    cw.close()
    from ctip.cases.crypto import new_key_text

    key = tmp_path / "ws.db.key"
    old = key.read_text()
    key.write_text(new_key_text() + "\n" + old)
    assert ctip("db", "rotate-key", "--db", url).code == 0
    key.write_text(key.read_text().splitlines()[0] + "\n")  # the old key is gone now
    cw2 = Casework.open(url, need_key=True)
    assert casefiles.get_person(cw2, who, pid, "check rotation")["full_name"] == "Rotated Person"
    cw2.close()


def test_production_password_hashing_uses_argon2_defaults() -> None:
    from argon2 import PasswordHasher

    from ctip.cases.accounts import hash_password

    h = hash_password("a long enough secret")
    default = PasswordHasher()
    assert h.startswith("$argon2id$") and f"m={default.memory_cost},t={default.time_cost},p={default.parallelism}" in h
