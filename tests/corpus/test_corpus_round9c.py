"""Training round 9c (issue 13): a new author's platform-formatted, long-form posts (job-board
listings with fields, Telegram channel posts, marketplace ads, recruitment FAQs, group rules, machine-
translated and mixed-language text; news, advisories and testimony quoting lures). Its shape,
label/frame, rebuild, near-copy and line-break checks run with round 7w's (test_corpus_round7w.py,
NEW_AUTHORS, MULTI_LINE); here only what is its own: invented identifiers are well formed and carry
the author's `wp` prefix, and every category of its table is written in every language."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import round_builder, round_rows

from ctip.extract.wallets import is_tron_address

TAG = "9c"


# The posts' identifiers are invented but must be well formed, so extraction and linking train on
# real shapes: TRC20 wallets pass Base58Check, phone numbers are valid for a country the post is about.
REGIONS = {"en": ("PH", "NG", "KE", "MY", "IN"), "zh": ("CN",), "vi": ("VN",), "id": ("ID", "MY"), "km": ("KH",),
           "th": ("TH",), "my": ("MM",), "lo": ("LA",)}


def _digits_folded(text: str) -> str:
    """NFKC, native digits as ASCII, and the spaces, dashes and letter O between digits dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in text)
    text = re.sub(r"(?<=\d)O|O(?=\d)", "0", text)
    return re.sub(r"(?<=\d)[ \-](?=\d)", "", text)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9c_wallets_and_phones_are_well_formed(lang: str) -> None:
    posts = round_rows(lang, TAG)
    wallets = [w for r in posts for w in re.findall(r"(?<![A-Za-z0-9])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])", r["text"])]
    assert all(is_tron_address(w) for w in wallets), lang
    numbers = []
    for r in posts:
        text = _digits_folded(r["text"])
        for m in re.finditer(r"(?<!\d)(?:0\d{7,11}|1[3-9]\d{9})(?!\d)", text):
            numbers.append((r["id"], m.group()))
    assert len(numbers) >= 3, lang
    for post_id, number in numbers:
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(number, region)) for region in REGIONS[lang]), (
            post_id, number)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9c_covers_every_category_of_its_table(lang: str) -> None:
    table = round_builder(TAG).CATEGORIES
    written = {r["category"] for r in round_rows(lang, TAG)}
    assert written == set(table) - {"other"}, lang


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_9c_handles_and_mail_carry_the_author_prefix(lang: str) -> None:
    """Invented handles (@name), mail local parts and t.me channels start with `wp` (after `@`, `t.me/`),
    so they never collide with another author's or a real account."""
    text = " ".join(r["text"] for r in round_rows(lang, TAG))
    handles = re.findall(r"(?:(?<![\w.])@|t\.me/)([A-Za-z][\w.]*)", text) + re.findall(r"([\w.]+)@mail\.com", text)
    assert handles, lang
    assert all(h.lower().startswith("wp") for h in handles), lang
