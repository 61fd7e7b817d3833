"""Training round 11a (issue 13): a new author writing the past told beside the present offered:
survivors' testimonies that give the age they were then, quote the lure and end resolved, warnings and
news (label 0), beside offers told in the same first-person past voice, pleas from people still inside
and brokers recruiting minors (label 1). Its shape, label/frame, rebuild, near-copy and line-break checks
run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS, MULTI_LINE); here only what is its own."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import (
    check_author_prefix,
    check_every_category_written,
    check_wallets_and_phones,
    round_rows,
)

TAG = "11a"
PREFIX = "gk"
# An age told in the post ("at 15", "when I was 16", "16 tuổi", "16岁", "อายุ 15", "umur 16"): ASCII or native digits 12-19.
AGE = re.compile(r"(?<![\d.,])(?:1[2-9]|១[២-៩]|๑[๒-๙]|၁[၂-၉]|໑[໒-໙])(?![\d.,:])")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11a_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11a_every_category_is_written(lang: str) -> None:
    check_every_category_written(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11a_handles_carry_the_prefix(lang: str) -> None:
    check_author_prefix(lang, TAG, PREFIX)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11a_past_voice_is_on_both_sides(lang: str) -> None:
    """The author's point: testimonies (label 0) and pleas and offers (label 1) are both written, about
    half and half, and ages (a teen's number) appear on both sides, so neither the first-person past
    voice nor an age alone can be learnt as the label."""
    posts = round_rows(lang, TAG)
    frames = Counter(r["frame"] for r in posts)
    assert frames["testimony"] >= 8 and frames["warning"] >= 3 and frames["news"] >= 2, (lang, frames)
    assert frames["plea"] >= 5 and frames["offer"] >= 10, (lang, frames)
    labels = Counter(r["label"] for r in posts)
    assert 35 <= len(posts) <= 50 and abs(labels[0] - labels[1]) <= 8, (lang, labels)
    with_age = Counter(r["label"] for r in posts if AGE.search(r["text"]))
    assert with_age[0] >= 3 and with_age[1] >= 3, (lang, with_age)
