"""Hostile inputs stay linear: 10x the input must take well under 30x the time."""

from __future__ import annotations

import time

import pytest

from ctip.extract import extract_entities


def _seconds(text: str) -> float:
    # CPU time of this process, best of three: wall time swings when other jobs share the cores
    # (a 15-load machine once failed this check on wall time alone).
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        extract_entities(text, "en")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", [
    "12 345 6789 0 ",  # endless digit runs
    "0812345678",  # one digit run without separators
    "0 _ 1 / 2 ✨ 3 | ",  # digits between evasive separators (one endless wide run)
    "0_",  # a wide run of single zeros
    "www.a1.com/x t.me/abc_def wa.me/123 ",  # many links
    "a.b.c.d.e.f.g.h.",  # dotted words that are almost hosts
    "zero nine one two three four five six seven eight ",  # spelled-out digits
    "@handle_x hr [at] x [dot] com TG: abc_defg ",  # handles, e-mails
    "T" + "1" * 40 + " 0x" + "a" * 50 + " ",  # near-wallets
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # one very long word
])
def test_time_grows_linearly(unit):
    small, large = unit * 300, unit * 3000
    extract_entities(small, "en")  # warm caches
    assert _seconds(large) < 30 * max(_seconds(small), 1e-4)


def test_three_megabyte_text_finishes():
    text = ("Call 012 345 678 or see www.jobs-kh.com/a, TG @kh_jobs_hr. " * 60_000)[:3_000_000]
    entities = extract_entities(text, "km")
    assert [e.type for e in entities] == ["phone", "url", "telegram"]
