"""The shipped Unicode tables match unicodedata; offset maps compose correctly."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from ctip.text.fold_rules import IGNORABLE_RE
from ctip.text.offsets import MapBuilder, compose
from ctip.text.unicode_tables import build_tables


def test_shipped_tables_match_this_python() -> None:
    raw = json.loads(resources.files("ctip.data").joinpath("text", "unicode_tables.json").read_text(encoding="utf-8"))
    if raw["unicode"] != unicodedata.unidata_version:
        pytest.skip("tables are rebuilt at run time for another Unicode version")
    assert raw == json.loads(json.dumps(build_tables())), "run: python -m ctip.text.unicode_tables"


def test_every_format_character_is_ignorable() -> None:
    for cp in range(0x30000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cf":
            assert IGNORABLE_RE.match(ch), hex(cp)


def test_compose_maps_through_both_steps() -> None:
    # "ab£cd" → (drop £) "abcd" → (c becomes two letters) "abxxd"
    first = MapBuilder()
    first.add(0, 2, "ab", linear=True)
    first.add(3, 5, "cd", linear=True)
    second = MapBuilder()
    second.add(0, 2, "ab", linear=True)
    second.add(2, 3, "xx", linear=False)
    second.add(3, 4, "d", linear=True)
    both = compose(second.build(), first.build(), second.text())
    assert second.text() == "abxxd"
    assert [(both.start(i), both.end(i)) for i in range(5)] == [(0, 1), (1, 2), (3, 4), (3, 4), (4, 5)]


def test_builder_merges_adjacent_one_for_one_pieces() -> None:
    b = MapBuilder()
    b.add(0, 3, "abc", linear=True)
    b.add(3, 5, "de", linear=True)
    b.add(6, 7, "f", linear=True)  # a dropped character at 5: a new piece
    assert b.build().pieces == ((0, 5, 0, 5, True), (5, 6, 6, 7, True))
