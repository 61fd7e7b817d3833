"""Disguised identifiers: look-alike letters, full-width forms and zero-width characters give the
value of the clean text, with spans on the characters as written (issue 13, item 3)."""

from __future__ import annotations

import base58
import pytest

from ctip.extract import extract_entities
from ctip.extract.surface import disguised_word, fold_identifier

TRON = base58.b58encode_check(b"\x41" + bytes(range(20))).decode()  # synthetic, valid checksum


def found(text: str, lang: str | None = "en") -> list[tuple[str, str]]:
    return [(e.type, e.value) for e in extract_entities(text, lang)]


def spans_are_as_written(text: str) -> None:
    for e in extract_entities(text, "en"):
        assert text[e.start:e.end] == e.raw


@pytest.mark.parametrize(("clean", "disguised"), [
    ("Telegram @hr_jobs88", "Telegram @hr_jоbs88"),  # Cyrillic о
    ("Telegram @hr_jobs88", "Telegram @ｈｒ＿ｊｏｂｓ８８"),  # full width
    ("Telegram @hr_jobs88", "Telegram @hr_\u200bjobs\u200d88"),  # zero-width
    ("TG: kk_recruit", "TG: kk_rеcruіt"),  # Cyrillic е, і
    ("t.me/kk_recruit", "t.mе/kk_recrυit"),  # Greek upsilon in the path, Cyrillic е in the host
    ("WeChat: Jobs_Asia8", "WeChat: Jоbs_Аsia8"),  # WeChat keeps the case as written
    ("微信 abc_123456", "微信 аbс_123456"),
    ("LINE ID: nimman.coffee", "LINE ID: nіmmаn.соffее"),
    ("LINE ID: nimman.coffee", "LINE ID: ｎｉｍｍａｎ．ｃｏｆｆｅｅ"),
    ("line.me/ti/p/~nimman.cafe", "line.me/ti/p/~nimmаn.cafe"),
    ("cv: hr.team@mekong-jobs.com", "cv: hr.tеam@mеkong-jobs.сom"),
    ("cv: hr.team@mekong-jobs.com", "cv: hr.team\u00ad@mekong\u2060-jobs.com"),
    ("apply https://jobs-asia.com/Apply/Now", "apply https://jоbs-asia.com/Аpply/Nоw"),
    ("wa.me/85512345678", "wа.me/８５５１２３４５６７８"),
    (f"USDT TRC20 {TRON}", f"USDT TRC20 {TRON.replace('T', 'Т', 1)}"),  # Cyrillic capital Т
    (f"USDT TRC20 {TRON}", f"USDT TRC20 {TRON[:10]}\u200b{TRON[10:]}"),
    (f"USDT TRC20 {TRON}", "USDT TRC20 " + "".join(chr(ord(c) + 0xFEE0) for c in TRON)),
    ("ERC20 0xdac17f958d2ee523a2206206994597c13d831ec7", "ERC20 0xdас17f958d2ее523a2206206994597с13d831ес7"),
    ("call 012 345 678", "call ０１２ ３４５\u200b ６７８"),
])
def test_disguised_identifier_gives_the_clean_value(clean: str, disguised: str) -> None:
    assert found(clean) and found(disguised) == found(clean)
    spans_are_as_written(disguised)


def test_tron_address_with_a_cyrillic_o_passes_its_checksum() -> None:
    address = next(a for a in (base58.b58encode_check(b"\x41" + bytes([i] * 20)).decode() for i in range(256))
                   if "o" in a)
    disguised = address.replace("o", "о")  # Cyrillic о: base58 has no such letter
    entities = extract_entities(f"pay to {disguised} now", "en")
    assert [(e.type, e.value, e.raw) for e in entities] == [("wallet_trc20", address, disguised)]
    assert entities[0].start == 7 and entities[0].end == 7 + len(disguised)


@pytest.mark.parametrize("text", [
    "Telegram @сосорехх",  # wholly Cyrillic look-alikes: a Russian-looking word, not a handle
    "Пишите @сосорехх, дом",
    "Пишите в телеграм, как дела",
    "Καλή δουλειά @ορο",
])
def test_words_of_other_scripts_are_not_identifiers(text: str) -> None:
    assert found(text) == []


def test_mixed_handles_in_a_russian_post_are_found() -> None:
    assert found("Пишите в телеграм @jоb_hr88 или WeChat: ехро8866", "ru") == [
        ("telegram", "job_hr88"), ("wechat", "expo8866")]


def test_fold_identifier_and_disguised_word() -> None:
    assert fold_identifier("ТR7\u200bｑ𝐱о") == "TR7qxo"
    assert fold_identifier("plain_ascii") == "plain_ascii"
    assert disguised_word("@сосорехх") and disguised_word("ｃ") is False
    assert not disguised_word("@jоb") and not disguised_word("рор8") and disguised_word("@абв")
    assert not disguised_word("τ.мε/κагαоке_ρр") and disguised_word("сосо.")
