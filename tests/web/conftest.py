"""A live `ctip serve` app on a real loopback port over a workspace holding screened posts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from web_support import PASSWORD, POSTS, ROLES, Live

from ctip.cases import Casework
from ctip.cases.accounts import create_user
from ctip.cases.crypto import new_key_text


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One real argon2id hash of PASSWORD, with light parameters: the defaults take ~0.7 s per
    hash and per login on this shared machine (tests/cases/test_accounts.py checks the defaults)."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)


@pytest.fixture(scope="session")
def screenings():
    from ctip.pipeline import Screener
    from ctip.records import Post

    return Screener().screen_batch([Post(id=i, text=t, lang=lang) for i, t, lang in POSTS])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live(db_url: str, screenings, password_hash: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    """Posts ingested and linked, one user per role (named after the role), the server on a free port."""
    from ctip.link.workspace import update_links
    from ctip.store.workspace import Workspace
    from ctip.web import create_app

    monkeypatch.setenv("CTIP_DATA_KEY", new_key_text())
    with Workspace(db_url) as ws:
        ws.add_screenings(screenings, "test")
        update_links(ws)
    app = create_app(db_url)
    cw: Casework = app.state.casework
    with cw.tx() as tx:
        for name, role in [*((r, r) for r in ROLES), ("caseworker2", "caseworker"), ("investigator2", "investigator")]:
            create_user(tx.conn, name, "", role, password_hash=password_hash)
            tx.record("system", "create", "user", name, role=role)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield Live(f"http://127.0.0.1:{port}", db_url, cw)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        cw.close()
