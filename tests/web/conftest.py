"""A live `ctip serve` app on a real loopback port over a workspace holding screened posts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_support import POSTS, Live, serve_live

from ctip.cases.crypto import new_key_text


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One real argon2id hash of PASSWORD, with light parameters: the defaults take ~0.7 s per
    hash and per login on this shared machine (tests/cases/test_accounts.py checks the defaults)."""
    from argon2 import PasswordHasher
    from web_support import PASSWORD

    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)


@pytest.fixture(scope="session")
def screenings():
    from ctip.pipeline import Screener
    from ctip.records import Post

    return Screener().screen_batch([Post(id=i, text=t, lang=lang) for i, t, lang in POSTS])


@pytest.fixture
def live(db_url: str, screenings, password_hash: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    monkeypatch.setenv("CTIP_DATA_KEY", new_key_text())
    with serve_live(db_url, screenings, password_hash) as server:
        yield server
