"""Training round 10b (issue 13): a new author's threads and forwards (several speakers on separate lines,
"Forwarded from" headers, a quoted message and its reply, channel admin notes, marketplace groups with one
lure among ordinary listings, Q&A under job posts). Its shape, label/frame, rebuild, near-copy and
line-break checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS, MULTI_LINE); here only what is
its own: invented identifiers are well formed and carry the author's `zq` prefix, every category of its
table is written in every language, and the posts are threads (most have three lines or more)."""

from __future__ import annotations

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import (
    check_author_prefix,
    check_every_category_written,
    check_wallets_and_phones,
    round_rows,
)

TAG = "10b"


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10b_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG, need_wallet=True)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10b_covers_every_category_of_its_table(lang: str) -> None:
    check_every_category_written(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10b_handles_and_mail_carry_the_author_prefix(lang: str) -> None:
    check_author_prefix(lang, TAG, "zq")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10b_posts_are_threads(lang: str) -> None:
    """The author's style is the copied thread: at least 35 posts per language, and at least 30 of them
    with three lines or more (speakers, a header and a reply)."""
    posts = round_rows(lang, TAG)
    assert len(posts) >= 35, lang
    assert sum(r["text"].count("\n") >= 2 for r in posts) >= 30, lang
