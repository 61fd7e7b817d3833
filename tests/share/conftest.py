"""Fixtures for the sharing tests."""

from __future__ import annotations

import pytest

from ctip.cli import run_app


@pytest.fixture
def ctip(capsys, monkeypatch):
    class Result:
        def __init__(self, code: int, out: str, err: str) -> None:
            self.code, self.out, self.err = code, out, err

    def run(*args: object, stdin: str | None = None) -> Result:
        if stdin is not None:
            import io

            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = run_app([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch) -> None:
    for name in ("CTIP_SHARE_KEY", "CTIP_SHARE_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
