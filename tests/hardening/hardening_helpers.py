"""Fault injection: every run ends in bounded time with exit 0, 2 or 3, a message, no traceback.

Commands run as separate processes with the default worker pool (no -j), as a user runs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CTIP = str(Path(sys.executable).parent / "ctip")
# The synthetic linking corpus (for the stable-cluster test) lives with the benchmarks.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
RUN_TIMEOUT = 120  # seconds; a run that takes longer is a hang


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def jsonl(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]

    def assert_clean(self, *codes: int) -> Run:
        """Exit status among `codes`, and no traceback or internal error on stderr."""
        assert self.code in codes, f"exit {self.code}, expected {codes}\n{self.err[-3000:]}"
        assert "Traceback" not in self.err and "Internal error" not in self.err, self.err[-3000:]
        return self


def run_ctip(*args: object, stdin: bytes | None = None, env: dict[str, str] | None = None,
             timeout: float = RUN_TIMEOUT, cwd: Path | None = None) -> Run:
    """Run `ctip ARGS` in its own process; a run that does not end within `timeout` fails the test."""
    full_env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    full_env.pop("CTIP_DEBUG", None)
    p = subprocess.run([CTIP, *map(str, args)], input=stdin if stdin is not None else b"", capture_output=True,
                       timeout=timeout, env=full_env, cwd=cwd)
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


@pytest.fixture
def ctip_run():
    return run_ctip


def posts(n: int, prefix: str = "p") -> list[dict]:
    """Synthetic posts (fictional, no real persons or numbers)."""
    return [{"id": f"{prefix}{i}", "text": f"Typing job {i} in a fictional town, salary {1000 + i}$ per month"}
            for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def stored_ids(url: str) -> list[str]:
    """Post ids in the workspace, straight from the database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT id FROM posts ORDER BY id"))]
    finally:
        engine.dispose()


def write_warc(path: Path, pages: list[tuple[str, str, bytes]]) -> Path:
    """A gzipped WARC with one 200 `response` record per (uri, content type, body)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"}))
    return path
