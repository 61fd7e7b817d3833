"""Load benchmark of `ctip serve`: 50 concurrent signed-in users on loopback.

Builds a SQLite workspace from the bundled sample (200 posts), adds 25 analysts and 25
caseworkers (each caseworker owns a case with 3 linked posts and a victim), starts the real
`ctip serve` process, signs everyone in, then each user loads their page N times in a loop:
analysts the triage page (`/`, 30 posts highlighted), caseworkers their case page (posts,
persons, evidence, audit trail; each view writes audit entries), pausing a random think time
between requests (uniform 0.5–1.5 × the mean, seeded; default mean 5 s, a person reading a page;
0 makes a closed loop that measures the server saturated).
Every request has a timeout and every user a fixed number of requests, so the run always ends.

Prints one JSON line (p50/p95/max latency per page, requests/s, errors) and writes
bench/out/web_bench.json.

Usage: python bench/bench_web.py [USERS] [REQUESTS_PER_USER] [MEAN_THINK_S]     (default: 50 12 5.0)
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

OUT = Path(__file__).parent / "out"
CTIP = str(Path(sys.executable).parent / "ctip")
ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench password 123"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(url: str, users: int) -> list[tuple[str, str, int | None]]:
    """(username, role, case id) per user; posts ingested with the real CLI."""
    from argon2 import PasswordHasher

    from ctip.cases import Casework, casefiles
    from ctip.cases.accounts import create_user, find_user

    subprocess.run([CTIP, "ingest", str(ROOT / "examples" / "sample_posts.jsonl"), "--db", url, "-q"], check=True)
    subprocess.run([CTIP, "db", "init", "--db", url], check=True, capture_output=True)
    cw = Casework.open(url, need_key=True)
    digest = PasswordHasher().hash(PASSWORD)  # production parameters; hashed once for all users
    with cw.read() as conn:
        post_ids = [r[0] for r in conn.exec_driver_sql("SELECT post_id FROM screenings ORDER BY risk_score DESC")]
    out: list[tuple[str, str, int | None]] = []
    with cw.tx() as tx:
        for i in range(users):
            role = "analyst" if i % 2 == 0 else "caseworker"
            create_user(tx.conn, f"u{i:03d}", "", role, password_hash=digest)
    for i in range(users):
        name = f"u{i:03d}"
        with cw.read() as conn:
            actor = find_user(conn, name)
        if actor.role == "caseworker":
            case = casefiles.create_case(cw, actor, f"bench case {i}", "scam_compound")
            for pid in post_ids[i % 50: i % 50 + 3]:
                casefiles.link(cw, actor, case["id"], "post", pid)
            casefiles.add_person(cw, actor, case["id"], "victim", {"full_name": f"Synthetic {i}", "nationality": "KH"})
            out.append((name, actor.role, case["id"]))
        else:
            out.append((name, actor.role, None))
    cw.close()
    return out


async def user_loop(base: str, name: str, case_id: int | None, n: int, lat: dict[str, list[float]],
                    errors: list[str], think: float) -> None:
    rng = random.Random(name)
    # Sign-ins are not measured (argon2 makes each cost ~0.5 s of CPU on purpose); everyone meets
    # at the barrier before the measured part, even a user whose sign-in failed.
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        signed_in = False
        try:
            page = await c.get("/login", timeout=300)
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            r = await c.post("/login", data={"username": name, "password": PASSWORD, "csrf": csrf, "next": "/"},
                             timeout=300)
            signed_in = r.status_code == 303
            if not signed_in:
                errors.append(f"{name}: login {r.status_code}")
        except httpx.HTTPError as exc:
            errors.append(f"{name}: login {exc!r}")
        await barrier.wait()
        if not signed_in:
            return
        path, key = (f"/cases/{case_id}", "case_page") if case_id else ("/", "triage_page")
        for _ in range(n):
            if think:
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
            t0 = time.perf_counter()
            try:
                r = await c.get(path)
                ok = r.status_code == 200
            except httpx.HTTPError as exc:
                ok, r = False, exc
            lat[key].append((time.perf_counter() - t0) * 1000)
            if not ok:
                errors.append(f"{name} {path}: {getattr(r, 'status_code', r)}")


barrier: asyncio.Barrier


async def run_load(base: str, users: list[tuple[str, str, int | None]], n: int,
                   think: float) -> tuple[dict, list[str], float]:
    global barrier
    barrier = asyncio.Barrier(len(users) + 1)
    lat: dict[str, list[float]] = {"triage_page": [], "case_page": []}
    errors: list[str] = []
    tasks = [asyncio.create_task(user_loop(base, name, cid, n, lat, errors, think)) for name, _, cid in users]
    await asyncio.wait_for(barrier.wait(), timeout=600)  # everyone signed in
    t0 = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=1800)
    return lat, errors, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, int(q * len(s)))], 1) if s else float("nan")


def main() -> None:
    n_users = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    per_user = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    think = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
    with tempfile.TemporaryDirectory(prefix="ctip-web-bench-") as tmp:
        url = f"sqlite:///{tmp}/ctip.db"
        users = prepare(url, n_users)
        port = _free_port()
        env = dict(os.environ)
        server = subprocess.Popen([CTIP, "serve", "--db", url, "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start: " + (server.stderr.read().decode() if server.stderr else ""))
                time.sleep(0.2)
            lat, errors, wall = asyncio.run(run_load(base, users, per_user, think))
        finally:
            server.terminate()
            server.wait(timeout=30)
    total = sum(len(v) for v in lat.values())
    result = {"bench": "web", "backend": "sqlite", "users": n_users, "requests_per_user": per_user,
              "mean_think_s": think, "requests": total, "errors": len(errors),
              "load_average_1min": round(os.getloadavg()[0], 2), "wall_s": round(wall, 2),
              "requests_per_s": round(total / wall, 1), "cpus": os.cpu_count(),
              **{f"{k}_p50_ms": pct(v, 0.5) for k, v in lat.items()},
              **{f"{k}_p95_ms": pct(v, 0.95) for k, v in lat.items()},
              **{f"{k}_max_ms": round(max(v), 1) if v else None for k, v in lat.items()},
              "all_p50_ms": pct([x for v in lat.values() for x in v], 0.5),
              "all_p95_ms": pct([x for v in lat.values() for x in v], 0.95),
              "mean_ms": round(statistics.fmean([x for v in lat.values() for x in v]), 1) if total else None}
    OUT.mkdir(exist_ok=True)
    (OUT / "web_bench.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result))
    for e in errors[:10]:
        print("error:", e, file=sys.stderr)


if __name__ == "__main__":
    main()
