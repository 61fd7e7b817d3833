"""Training round 9a (issue 13): a new author's posts in the messy mobile voice (one-liners and
unpunctuated rambles, typos, voice-to-text, emoji, romanised Khmer, Thai, Lao and Burmese, Vietnamese
without diacritics, Chinese with pinyin). Its shape, label/frame, rebuild, near-copy and line-break
checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS and MULTI_LINE); here only what is its
own: invented identifiers are well formed and carry the author's prefix."""

from __future__ import annotations

import re

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import check_wallets_and_phones, round_rows

TAG = "9a"
PREFIX = "qv"
# The author writes about 40 posts per language, about half of them label 1, and keeps some of them
# very short (a one-line plea, a one-line warning): the voice is measured, not only the labels.
SHORT = 60
# An id written after the app's name without "@" ("line qvplara", "viber qvthanaka", "ไลน์ qvberry_isan").
APP_ID = re.compile(r"(?i)(?<![A-Za-z])(?:line(?: id)?|tg|tele|telegram|viber|vx|zalo|whatsapp|fb|ไลน์|ทักเพจ)(?![A-Za-z])\s*:?\s*"
                    r"([A-Za-z][A-Za-z0-9_.]{3,})")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9a_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG, need_wallet=True)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9a_handles_carry_the_prefix(lang: str) -> None:
    """Invented handles (@name, t.me/name) and e-mail local parts start with the author's prefix, so
    none of them can be a real account."""
    handles = []
    for r in round_rows(lang, TAG):
        handles += re.findall(r"(?<![\w.])@([A-Za-z0-9_.]+)", r["text"])
        handles += re.findall(r"t\.me/([A-Za-z0-9_]+)", r["text"])
        handles += re.findall(r"([A-Za-z0-9_.]+)@[A-Za-z0-9-]+\.[a-z]{2,}", r["text"])
        handles += re.findall(APP_ID, r["text"])
    assert len(handles) >= 3, lang
    assert all(h.lower().startswith(PREFIX) for h in handles), (lang, handles)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9a_has_one_liners_and_about_forty_posts(lang: str) -> None:
    posts = round_rows(lang, TAG)
    assert 35 <= len(posts) <= 50, lang
    short = [r for r in posts if len(r["text"]) < SHORT]
    assert len(short) >= 3, lang
    assert {r["label"] for r in short} == {0, 1}, lang
