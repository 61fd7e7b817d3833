"""TAXII 2.1 paging benchmark: a partner's taxii2-client reads the whole collection of a real
`ctip serve` process.

Builds a SQLite workspace of synthetic screened posts (random numbers and handles, no real
data), each mentioning two identifiers, half of them in networks, so that the collection holds
about 10,000 STIX objects for the default 2,000 posts. Starts `ctip serve` on a free port,
adds a partner account (production argon2 parameters), then reads every object with
taxii2-client in pages of 1,000 and of 100 (default), twice each: the first read includes
building the collection (bundle + ledger), the second is served from the kept snapshot.

Prints one JSON line and writes bench/out/taxii_bench.json.

Usage: python bench/bench_taxii.py [POSTS]     (default: 2000)
"""

from __future__ import annotations

import base64
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

OUT = Path(__file__).parent / "out"
CTIP = str(Path(sys.executable).parent / "ctip")
PASSWORD = "bench partner password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(url: str, posts: int) -> None:
    from argon2 import PasswordHasher

    from ctip.cases import Casework
    from ctip.cases.accounts import create_user
    from ctip.store import schema as t
    from ctip.store.workspace import Workspace

    rng = random.Random(7)
    with Workspace(url) as ws, ws.engine.begin() as conn:
        ids: list[int] = []
        for n in range(posts * 3 // 2):
            value = f"+8559{rng.randrange(10**7, 10**8)}" if n % 2 else f"job_agent_{n}_{rng.randrange(10**6)}"
            typ, key = ("phone", f"tel:{value}") if n % 2 else ("telegram", f"telegram:{value}")
            ids.append(int(conn.execute(t.identifiers.insert().values(type=typ, value=value, link_key=key))
                           .inserted_primary_key[0]))
        for p in range(posts):
            pid = f"b-{p}"
            conn.execute(t.posts.insert().values(id=pid, text="synthetic", extra={}, content_sha256="0" * 64,
                                                 ingested_at="2026-11-01T00:00:00Z"))
            conn.execute(t.screenings.insert().values(
                post_id=pid, lang="en", risk_score=0.9, risk_level=rng.choice(["medium", "high"]), needs_review=True,
                model_version="m", screened_at=f"2026-11-{1 + p % 28:02d}T{p % 24:02d}:00:00Z"))
            for s, ident in enumerate(rng.sample(ids, 2)):
                conn.execute(t.mentions.insert().values(post_id=pid, identifier_id=ident, start=s, end=s + 1, raw="x"))
            conn.execute(t.networks.insert().values(post_id=pid, network_id=f"n{p % 200:03d}" if p % 2 else None))
    cw = Casework.open(url)
    with cw.tx() as tx:
        create_user(tx.conn, "partner", PASSWORD, "partner", password_hash=PasswordHasher().hash(PASSWORD))
    cw.close()


def read_all(base: str, per_request: int) -> tuple[int, float]:
    from taxii2client.v21 import Server, as_pages

    started = time.perf_counter()
    coll = Server(f"{base}/taxii2/", user="partner", password=PASSWORD).api_roots[0].collections[0]
    n = sum(len(page.get("objects", [])) for page in as_pages(coll.get_objects, per_request=per_request))
    return n, time.perf_counter() - started


def main() -> None:
    posts = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'taxii.db'}"
        prepare(url, posts)
        port = _free_port()
        env = {**os.environ, "CTIP_SHARE_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")}
        proc = subprocess.Popen([CTIP, "serve", "--db", url, "--port", str(port)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("ctip serve did not start")
                time.sleep(0.2)
            results = {}
            for per in (1000, 100):
                cold_n, cold_s = read_all(base, per)
                warm_n, warm_s = read_all(base, per)
                assert cold_n == warm_n, (cold_n, warm_n)
                results[str(per)] = {"objects": warm_n, "first_read_s": round(cold_s, 2), "read_s": round(warm_s, 2),
                                     "objects_per_s": round(warm_n / warm_s)}
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    out = {"posts": posts, "pages": results}
    OUT.mkdir(exist_ok=True)
    (OUT / "taxii_bench.json").write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
