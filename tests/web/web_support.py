"""Shared constants and the client helper of the web tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import uvicorn

from ctip.cases import Casework
from ctip.cases.accounts import create_user

PASSWORD = "correct horse battery staple"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> Typing job Sihanoukville 1500$ no experience Telegram @hr_test_x'
# Synthetic posts only (phone numbers random, handles invented).
POSTS = [
    ("w-1", "Urgent! Typing job in Sihanoukville, salary 1500$/month, no experience needed, free ticket and "
            "food, passport kept by company for visa. Contact Telegram @easyjob_kh_hr or +855 96 555 0142", "en"),
    ("w-2", "Customer service job abroad, 1200$ monthly, no experience, free visa and flight. Only Telegram "
            "@easyjob_kh_hr, WhatsApp +855 96 555 0142", "en"),
    ("w-3", "Bakery in Phnom Penh hiring a cashier, 250$ per month, contract and weekends off, apply at the shop.", "en"),
    ("w-4", HOSTILE, "en"),
    ("w-5", "ក្រុមហ៊ុនអនឡាញ ត្រូវការបុគ្គលិកវាយអក្សរ ប្រាក់ខែ ១២០០$ មិនត្រូវការបទពិសោធន៍ ទាក់ទង Telegram @km_fast_jobs", "km"),
]
ROLES = ("admin", "investigator", "caseworker", "analyst", "auditor", "partner")



@dataclass
class Live:
    url: str
    db_url: str
    cw: Casework

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, follow_redirects=False)

    def token(self, username: str, password: str = PASSWORD) -> str:
        with self.client() as c:
            r = c.post("/api/v1/auth/token", json={"username": username, "password": password})
            assert r.status_code == 200, r.text
            return r.json()["access_token"]

    def api(self, username: str) -> httpx.Client:
        c = self.client()
        c.headers["Authorization"] = f"Bearer {self.token(username)}"
        return c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_live(db_url: str, screenings, password_hash: str) -> Iterator[Live]:
    """Posts ingested and linked, one user per role (named after the role), the server on a free port."""
    from ctip.link.workspace import update_links
    from ctip.store.workspace import Workspace
    from ctip.web import create_app

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
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield Live(f"http://127.0.0.1:{port}", db_url, cw)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        cw.close()
