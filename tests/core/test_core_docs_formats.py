"""docs/formats.md states the output contract; these tests hold it to the code."""

from __future__ import annotations

import re
from pathlib import Path

from ctip.pipeline import Screener
from ctip.records import Post

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def documented_fields(heading: str) -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))


def test_screen_output_fields_are_the_documented_ones():
    from ctip.cli.screen import record_of  # what `ctip screen` writes for each post

    s = Screener().screen_batch([Post(id="p", text="Typing job abroad, salary 2000$, Telegram @hr_team_x")])[0]
    produced = set(record_of(s, with_text=True))
    documented = documented_fields("## Output of `ctip screen`")
    assert produced == documented, f"undocumented: {produced - documented}; documented but absent: {documented - produced}"


def test_documented_entity_types_exist():
    from ctip.extract import ENTITY_TYPES

    text = DOC.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `entities` |"))
    for kind in ENTITY_TYPES:
        assert kind in row, kind
