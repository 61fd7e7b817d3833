"""Training round 8a (issue 13): a new author's posts written as the posters themselves (village and
church groups, migrant workers' pages, Telegram job channels, diaspora chats). Its shape,
label/frame, rebuild, near-copy and line-break checks run with round 7w's (test_corpus_round7w.py,
NEW_AUTHORS); here only what is its own: invented identifiers are well formed."""

from __future__ import annotations

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import check_wallets_and_phones

TAG = "8a"


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_8a_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)
