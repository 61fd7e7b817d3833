"""Training round 11b (issue 13): a new author writing recruitment that comes through people one trusts
(a relative, a partner's family, a friend of a friend, a church or hometown association) in words that
sound harmless, beside the same channels used honestly, most of it in Chinese. Its shape, label/frame,
rebuild, near-copy and line-break checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS,
MULTI_LINE); here only what is its own: Chinese is the main language, every category is written in every
language, the indirect pleas and their honest look-alikes (help requests, fundraising) are both there,
and invented identifiers are well formed and carry the author's `yh` prefix."""

from __future__ import annotations

from collections import Counter

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import (
    check_author_prefix,
    check_every_category_written,
    check_wallets_and_phones,
    round_rows,
)

TAG = "11b"
PREFIX = "yh"
# Han characters written only in one script: a zh part that mixes both has posts from Taiwan or Hong Kong
# as well as from the mainland and Southeast Asia.
TRADITIONAL_ONLY = set("說國會們這時還護續給讓問對們關為條務經點灣師員歲")
SIMPLIFIED_ONLY = set("说国会们这时还护续给让问对关为条务经点湾师员岁")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11b_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11b_writes_every_category(lang: str) -> None:
    check_every_category_written(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11b_handles_carry_the_prefix(lang: str) -> None:
    check_author_prefix(lang, TAG, PREFIX)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11b_pleas_sit_beside_honest_help_requests(lang: str) -> None:
    """Indirect pleas (label 1) and help requests that are not trafficking (fundraising, a lost passport,
    label 0) are both written, so asking for help is not itself learnt as the risk."""
    kinds = Counter(r["category"] for r in round_rows(lang, TAG))
    assert kinds["victim_distress"] >= 2 and kinds["fundraising"] + kinds["legit_travel"] >= 2, (lang, kinds)


def test_round_11b_chinese_is_the_main_language_in_both_scripts() -> None:
    """About 80 Chinese posts against about 30 in each other language, with simplified and traditional
    characters both present."""
    zh = round_rows("zh", TAG)
    assert len(zh) >= 60 and all(len(zh) > 1.5 * len(round_rows(lang, TAG)) for lang in r7w.LANGS if lang != "zh")
    traditional = sum(bool(set(r["text"]) & TRADITIONAL_ONLY) for r in zh)
    simplified = sum(bool(set(r["text"]) & SIMPLIFIED_ONLY) for r in zh)
    assert traditional >= 10 and simplified >= 30, (traditional, simplified)
