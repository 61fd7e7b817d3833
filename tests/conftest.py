"""Shared fixtures: workspaces on SQLite and on a throwaway PostgreSQL cluster, CLI runner."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# As ctip/__init__.py does, for test modules that import pyarrow before ctip: fork-safe allocator.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root; run the server as the Debian `postgres` user then.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL cluster on a Unix socket in a temp folder, removed afterwards."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail("PostgreSQL is not installed: run `make sysdeps` (scripts/install-system-deps.sh).")
    base = Path(tempfile.mkdtemp(prefix="ctip-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "ctip", "-A", "trust", "-E", "UTF8",
                                 "--no-sync"]), check=True, capture_output=True)
    opts = f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", opts, "-w", "-l", str(base / "log"),
                                 "start"]), check=True, capture_output=True)
    try:
        subprocess.run(_as_postgres([str(PG_BIN.parent / "bin" / "createdb"), "-h", str(sock), "-p", str(port), "-U", "ctip",
                                     "ctip_test"]), check=True, capture_output=True)
        yield f"postgresql+psycopg://ctip@/ctip_test?host={sock}&port={port}"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ctip.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ctip.db'}"
    url = request.getfixturevalue("pg_url")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:  # each test starts from an empty schema
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def dev_posts_path() -> Path:
    path = SHARED_DEV / "dev_posts.jsonl"
    if not path.exists():
        pytest.skip("the shared dev set is not beside the repo")
    return path


class CliResult:
    """What an in-process `ctip` run gave: exit code, stdout, stderr."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def jsonl(self) -> list[dict]:
        import json

        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def ctip(capsys, monkeypatch):
    """Run the CLI in-process (optionally with standard input); returns a CliResult."""
    from ctip.cli import run_app

    def run(*args: object, stdin: str | None = None) -> CliResult:
        if stdin is not None:
            import io

            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = run_app([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run

