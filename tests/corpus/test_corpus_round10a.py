"""Training round 10a (issue 13): a new author writing the voices whose frame is easy to confuse:
survivors' testimonies, community and official warnings, news and reposts (label 0) beside pleas from
people still inside or their relatives, and offers, worker sales and debt contracts told in the same
first-person voice (label 1). Its shape, label/frame, rebuild, near-copy and line-break checks run with
round 7w's (test_corpus_round7w.py, NEW_AUTHORS, MULTI_LINE); here only what is its own: the reporting
frames and their look-alikes are both written in every language, and invented identifiers are well
formed and carry the author's `kq` prefix."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import check_wallets_and_phones, round_rows

TAG = "10a"
PREFIX = "kq"
# An id written after the app's name without "@" ("WhatsApp kqkeo_thaijob", "ไลน์ kqmaekhwan", "微信 kqjiejie520").
# Only ids with a digit, "_" or "." are taken, so plain words after an app's name ("line leader") are not ids.
APP_ID = re.compile(r"(?i)(?<![A-Za-z])(?:telegram|whatsapp|zalo|line|viber|wechat|微信号?|qq|ig|wa|ไลน์(?:ไอดี)?)"
                    r"(?![A-Za-z])\s*(?:id)?\s*[:：]?\s*([A-Za-z][A-Za-z0-9_.]{3,})")


def _handles(text: str) -> list[str]:
    found = re.findall(r"(?<![\w.])@([A-Za-z0-9_.]+)", text)
    found += re.findall(r"t\.me/(\w+)", text)
    found += re.findall(r"([A-Za-z0-9_.]+)@[A-Za-z0-9-]+\.[a-z]{2,}", text)
    found += [h for h in APP_ID.findall(text) if re.search(r"[\d_.]", h) or h.lower().startswith(PREFIX)]
    return found


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10a_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10a_handles_carry_the_prefix(lang: str) -> None:
    """Invented handles (@name, t.me/name, chat ids after an app's name) and e-mail local parts start
    with `kq`, so none of them can be a real account or another author's."""
    handles = [h for r in round_rows(lang, TAG) for h in _handles(r["text"])]
    assert len(handles) >= 3, lang
    assert all(h.lower().startswith(PREFIX) for h in handles), (lang, handles)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10a_writes_both_sides_of_the_confusable_frames(lang: str) -> None:
    """The author's point: each language has testimonies, warnings and news (label 0) and, in about
    equal number, pleas and offers (label 1), so the model cannot learn the first-person voice as a label."""
    posts = round_rows(lang, TAG)
    frames = Counter(r["frame"] for r in posts)
    assert frames["testimony"] >= 8 and frames["warning"] >= 4 and frames["news"] >= 3, (lang, frames)
    assert frames["plea"] >= 6 and frames["offer"] >= 10, (lang, frames)
    assert 35 <= len(posts) <= 50, lang
