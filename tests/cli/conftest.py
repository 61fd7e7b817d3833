from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
CTIP = str(Path(sys.executable).parent / "ctip")


class Result:
    """What a `ctip` process gave (the in-process `ctip` fixture is in tests/conftest.py)."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def jsonl(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def ctip_process():
    """Run the installed `ctip` console script as a separate process (as a user would)."""

    def run(*args: str, stdin: str | None = None) -> Result:
        p = subprocess.run([CTIP, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=300)
        return Result(p.returncode, p.stdout, p.stderr)

    return run


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
