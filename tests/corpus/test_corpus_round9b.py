"""Training round 9b (issue 13): a new author writing as third parties and intermediaries (relatives,
friends, clergy, teachers, co-workers, employers, brokers and middlemen talking about someone else).
Its shape, label/frame, rebuild, near-copy and line-break checks run with round 7w's
(test_corpus_round7w.py, NEW_AUTHORS); here only what is its own: invented identifiers are well
formed (round 8a's rules) and carry the author's prefix."""

from __future__ import annotations

import re

import phonenumbers
import pytest
import test_corpus_round7w as r7w  # modules, so pytest does not collect their tests twice
import test_corpus_round8a as r8a
from corpus_round_checks import round_rows

from ctip.extract.wallets import is_tron_address

TAG = "9b"
PREFIX = "jd"  # the author's invented handles, e-mail local parts and chat ids start with it
WALLET = r"(?<![A-Za-z0-9])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])"


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9b_wallets_and_phones_are_well_formed(lang: str) -> None:
    posts = round_rows(lang, TAG)
    wallets = [w for r in posts for w in re.findall(WALLET, r["text"])]
    assert wallets and all(is_tron_address(w) for w in wallets), lang
    numbers = [(r["id"], m.group()) for r in posts
               for m in re.finditer(r"(?<!\d)(?:0\d{7,11}|1[3-9]\d{9})(?!\d)", r8a._digits_folded(r["text"]))]
    assert len(numbers) >= 3, lang
    for post_id, number in numbers:
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(number, region)) for region in r8a.REGIONS[lang]), (
            post_id, number)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9b_handles_and_addresses_carry_the_prefix(lang: str) -> None:
    texts = [r["text"] for r in round_rows(lang, TAG)]
    handles = [h for t in texts for h in re.findall(r"(?<![\w@.])@([A-Za-z0-9_.]*[A-Za-z0-9_])", t)]
    locals_ = [a for t in texts for a in re.findall(r"([A-Za-z0-9_.]+)@mail\.example", t)]
    assert handles or locals_, lang
    assert all(name.lower().startswith(PREFIX) for name in handles + locals_), (lang, handles, locals_)


def test_round_9b_wallets_are_not_shared_between_languages() -> None:
    wallets = [w for lang in r7w.LANGS for r in round_rows(lang, TAG) for w in re.findall(WALLET, r["text"])]
    assert len(wallets) == len(set(wallets)) >= len(r7w.LANGS)
