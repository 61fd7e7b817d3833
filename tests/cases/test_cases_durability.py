"""A process killed in the middle of writing loses nothing it committed and leaves the audit
chain intact; `ctip serve` runs as a real process and answers /healthz."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select

from ctip.store import schema as t

CTIP = str(Path(sys.executable).parent / "ctip")
WRITER = """
import sys
from ctip.cases import Casework, casefiles
from ctip.cases.accounts import create_user
cw = Casework.open(sys.argv[1])
with cw.tx() as tx:
    who = create_user(tx.conn, "w", "", "caseworker", password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$AA")
print("ready", flush=True)
i = 0
while True:
    case = casefiles.create_case(cw, who, f"case {i}")
    casefiles.add_person(cw, who, case["id"], "victim", {"full_name": f"Synthetic {i}"})
    i += 1
"""


def test_kill_during_writes_keeps_committed_work_and_the_chain(tmp_path: Path, ctip) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert ctip("db", "init", "--db", url).code == 0
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "CTIP_DATA_KEY": ""})
    try:
        assert proc.stdout.readline().strip() == "ready"
        engine = create_engine(url)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                if conn.execute(select(func.count()).select_from(t.cases)).scalar_one() >= 5:
                    break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with engine.connect() as conn:
        cases = conn.execute(select(func.count()).select_from(t.cases)).scalar_one()
        created = conn.execute(select(func.count()).select_from(t.audit_log)
                               .where(t.audit_log.c.action == "create", t.audit_log.c.object_type == "case")).scalar_one()
    assert cases >= 5 and created == cases  # each committed case has its audit entry, and no more
    r = ctip("audit", "verify", "--db", url)
    assert r.code == 0, r.err


def test_ctip_serve_runs_as_a_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    subprocess.run([CTIP, "db", "init", "--db", url], check=True, capture_output=True, timeout=120)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([CTIP, "serve", "--db", url, "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "ctip serve did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json() == {"status": "ok"}
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 303  # to /login
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    assert f"http://127.0.0.1:{port}/" in proc.stderr.read()
