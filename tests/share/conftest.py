"""Fixtures for the sharing tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch) -> None:
    for name in ("CTIP_SHARE_KEY", "CTIP_SHARE_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
