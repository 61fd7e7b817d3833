"""Training round 10c (issue 13): a new author's regional and colloquial speech (Isan and Northern
Thai, southern Lao and Lao typed in Thailand, spoken Khmer and Burmese, southern Vietnamese slang,
Indonesian mixed with Javanese, Sundanese and Malay, Cantonese-, Hokkien- and Taiwan-flavoured Chinese,
Singlish, Manglish and Filipino English). Its shape, label/frame, rebuild, near-copy and line-break
checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS, MULTI_LINE); here only what is its
own: invented identifiers are well formed and carry the author's `fq` prefix, and every category of
its table is written in every language."""

from __future__ import annotations

import re

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import check_wallets_and_phones, round_builder, round_rows

TAG = "10c"


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10c_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10c_covers_every_category_of_its_table(lang: str) -> None:
    table = round_builder(TAG).CATEGORIES
    written = {r["category"] for r in round_rows(lang, TAG)}
    assert written == set(table) - {"other"}, lang


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10c_handles_and_mail_carry_the_author_prefix(lang: str) -> None:
    """Invented handles (@name), mail local parts and t.me channels start with `fq` (after `@`, `t.me/`),
    so they never collide with another author's or a real account."""
    text = " ".join(r["text"] for r in round_rows(lang, TAG))
    handles = re.findall(r"(?:(?<![\w.])@|t\.me/)([A-Za-z][\w.]*)", text) + re.findall(r"([\w.]+)@mail\.com", text)
    assert handles, lang
    assert all(h.lower().startswith("fq") for h in handles), lang
