"""Training round 10d (issue 13): a new author's private messages and the slow approach (direct
messages and Messenger, LINE, WeChat, Zalo, Viber, WhatsApp and Telegram chats pasted as posts,
voice-note transcripts; grooming over several messages, brokers negotiating in private, careful
messages from inside, and ordinary private chats with the same surface). Its shape, label/frame,
rebuild, near-copy and line-break checks run with round 7w's (test_corpus_round7w.py, NEW_AUTHORS,
MULTI_LINE); here only what is its own: identifiers are well formed and carry the author's `xj`
prefix, every category of its table is written in every language, and the posts read as chats
(about forty per language, most of them several lines)."""

from __future__ import annotations

import re

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import check_every_category_written, check_wallets_and_phones, round_rows

TAG = "10d"
PREFIX = "xj"
AT_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_.]+)")
# A chat id written after the app's name without "@" ("Zalo xjxe.thuduc", "微信 xjpiano_sh"): a Latin
# token with a dot or an underscore inside.
CHAT_ID = re.compile(r"(?<![\w.@/])([A-Za-z][A-Za-z0-9]*[_.][A-Za-z0-9_.]*[A-Za-z0-9])(?![\w@])")
MAIL = re.compile(r"([A-Za-z0-9_.]+)@[A-Za-z0-9-]+\.[a-z]{2,}")


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10d_wallets_and_phones_are_well_formed(lang: str) -> None:
    check_wallets_and_phones(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10d_covers_every_category_of_its_table(lang: str) -> None:
    check_every_category_written(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10d_handles_and_chat_ids_carry_the_prefix(lang: str) -> None:
    """Invented handles, chat ids and mail local parts start with `xj`, so none is a real account."""
    text = " ".join(r["text"] for r in round_rows(lang, TAG))
    handles = [h.rstrip(".") for h in AT_HANDLE.findall(text)] + CHAT_ID.findall(text) + MAIL.findall(text)
    assert len(handles) >= 3, lang
    assert all(h.lower().startswith(PREFIX) for h in handles), (lang, handles)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_10d_reads_as_chats(lang: str) -> None:
    """About forty posts, half or so label 1, and most of them pasted chats of several lines."""
    posts = round_rows(lang, TAG)
    assert 35 <= len(posts) <= 50, lang
    assert sum(r["label"] for r in posts) * 2 >= len(posts) * 0.8, lang
    assert sum("\n" in r["text"] for r in posts) * 2 > len(posts), lang
