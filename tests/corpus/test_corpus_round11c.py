"""Training round 11c (issue 13): a new author writing everyday life online in the Mekong countries,
where ordinary posts look like risk and real risk looks ordinary (Lao, Khmer and Burmese about fifty
posts each, the other five languages about thirty). Its shape, label/frame, rebuild, near-copy and
line-break checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS, MULTI_LINE); here only what
is its own: every category is written in every language, the three Mekong languages carry more posts,
the split leans to label 0 (about 60%), and invented identifiers are well formed and carry the `uj`
prefix."""

from __future__ import annotations

import re

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import (
    check_author_prefix,
    check_every_category_written,
    check_wallets_and_phones,
    round_rows,
)

TAG = "11c"
PREFIX = "uj"
MAIN_LANGS = ("lo", "km", "my")
# A chat id written after the app's name without "@" ("WhatsApp ujnoy_wave", "微信 ujfang_jiegao").
APP_ID = re.compile(r"(?i)(?<![A-Za-z])(?:telegram|tele|whatsapp|wa|zalo|line|viber|wechat|signal|messenger|"
                    r"facebook|微信|ไลน์|ວັອດແອັບ|ລາຍ)(?![A-Za-z])\s*(?:group)?\s*[:：]?\s*([A-Za-z][A-Za-z0-9_.]{3,})")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11c_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11c_covers_every_category_of_its_table(lang: str) -> None:
    check_every_category_written(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11c_handles_and_chat_ids_carry_the_prefix(lang: str) -> None:
    """@handles, t.me channels, mail local parts and chat ids after an app's name start with `uj`."""
    check_author_prefix(lang, TAG, PREFIX)
    ids = [i for r in round_rows(lang, TAG) for i in APP_ID.findall(r["text"]) if re.search(r"[\d_.]", i)]
    assert ids, lang
    assert all(i.lower().startswith(PREFIX) for i in ids), (lang, ids)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_11c_main_languages_are_larger_and_label_0_leads(lang: str) -> None:
    """Lao, Khmer and Burmese about fifty posts, the rest about thirty; about 60% label 0 in each."""
    posts = round_rows(lang, TAG)
    low, high = (45, 55) if lang in MAIN_LANGS else (28, 35)
    assert low <= len(posts) <= high, (lang, len(posts))
    share_0 = sum(r["label"] == 0 for r in posts) / len(posts)
    assert 0.5 <= share_0 <= 0.7, (lang, share_0)
