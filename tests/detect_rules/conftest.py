"""Helpers for the indicator-rule tests."""

from __future__ import annotations

import pytest

from ctip.detect.indicators import find_indicators
from ctip.records import IndicatorHit
from ctip.text.normalise import normalise


def hits_of(text: str, lang: str | None = None) -> dict[str, IndicatorHit]:
    return {h.id: h for h in find_indicators(normalise(text), lang)}


@pytest.fixture
def hits():
    return hits_of
