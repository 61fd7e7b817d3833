"""Item 7: spreadsheet cells and terminal output are defused — nothing from an input is obeyed."""

from __future__ import annotations

import csv

import pytest
from hardening_helpers import run_ctip, write_jsonl

pytestmark = pytest.mark.timeout(300)

FORMULAS = ["=HYPERLINK(\"http://x.invalid\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_every_csv_cell_that_starts_like_a_formula_is_defused(tmp_path):
    rows = [{"id": f, "text": f"{f} Typing job, Telegram @fictional_hr", "lang": "en"} for f in FORMULAS]
    rows.append({"id": "=lang", "text": "job", "lang": "=1+1"})
    src = write_jsonl(tmp_path / "posts.jsonl", rows)
    out = tmp_path / "out.csv"
    run_ctip("screen", src, "-o", out).assert_clean(0)
    with open(out, encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    for row in table[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
    ids = [row[0] for row in table[1:]]
    assert ids == ["'" + f for f in FORMULAS] + ["'=lang"]


def test_explain_shows_markup_and_escape_sequences_as_text():
    text = "[bold red]Typing job[/] \x1b[2J\x1b]0;owned\x07 salary 1500$ [/] free visa"
    r = run_ctip("explain", text).assert_clean(0)
    assert "\x1b[2J" not in r.out and "\x07" not in r.out and "\x1b]0;" not in r.out
    assert "[bold red]Typing job[/]" in r.out
    assert "\u241b[2J" in r.out  # ESC shown as its symbol


def test_error_messages_show_file_names_without_markup_or_escapes(tmp_path):
    name = "[red]x[bold]\x1b[31mposts.jsonl"
    path = tmp_path / name
    path.write_text('{"id": "a", "text": "job"}\nnot json\n', encoding="utf-8")
    r = run_ctip("screen", path).assert_clean(3)
    assert "\x1b[31m" not in r.err and "[red]x[bold]\u241b[31mposts.jsonl:2: bad JSON" in r.err
    missing = run_ctip("screen", tmp_path / "[bold]\x1b[2Jmissing.jsonl").assert_clean(2)
    assert "\x1b[2J" not in missing.err and "[bold]\u241b[2Jmissing.jsonl" in missing.err
