"""Fixtures for extraction tests."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from extract_helpers import random_mobile


@pytest.fixture
def mobile() -> Callable[[str, int], tuple[str, str]]:
    """mobile(region, seed) -> (E.164, national digits)."""
    return lambda region, seed=0: random_mobile(region, random.Random(f"{region}-{seed}"))
