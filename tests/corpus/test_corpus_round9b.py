"""Training round 9b (issue 13): a new author writing as third parties and intermediaries (relatives,
friends, clergy, teachers, co-workers, employers, brokers and middlemen talking about someone else).
Its shape, label/frame, rebuild, near-copy and line-break checks run with round 7w's
(test_corpus_round7w.py, NEW_AUTHORS); here only what is its own: invented identifiers are well
formed (round 8a's rules) and carry the author's prefix."""

from __future__ import annotations

import re

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect its tests twice
from corpus_round_checks import WALLET, check_wallets_and_phones, round_rows

TAG = "9b"
PREFIX = "jd"  # the author's invented handles, e-mail local parts and chat ids start with it


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9b_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG, need_wallet=True)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9b_handles_and_addresses_carry_the_prefix(lang: str) -> None:
    texts = [r["text"] for r in round_rows(lang, TAG)]
    handles = [h for t in texts for h in re.findall(r"(?<![\w@.])@([A-Za-z0-9_.]*[A-Za-z0-9_])", t)]
    locals_ = [a for t in texts for a in re.findall(r"([A-Za-z0-9_.]+)@mail\.example", t)]
    assert handles or locals_, lang
    assert all(name.lower().startswith(PREFIX) for name in handles + locals_), (lang, handles, locals_)


def test_round_9b_wallets_are_not_shared_between_languages() -> None:
    wallets = [w for lang in r7w.LANGS for r in round_rows(lang, TAG) for w in WALLET.findall(r["text"])]
    assert len(wallets) == len(set(wallets)) >= len(r7w.LANGS)
