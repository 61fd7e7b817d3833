"""What the training-corpus round tests share: a round's builder script, its parts, the cues a post raises."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from types import ModuleType

import phonenumbers

from ctip.detect.indicators import find_indicators
from ctip.extract.wallets import is_tron_address
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "data" / "corpus" / "parts"


def round_builder(round_no: int | str) -> ModuleType:
    """scripts/build_round<N>.py (N may be "7w"), loaded as a module (it is a script, not a package)."""
    name = f"build_round{round_no}"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def round_rows(lang: str, round_no: int | str) -> list[dict]:
    """The posts of data/corpus/parts/<lang>.s<N>.jsonl."""
    path = PARTS / f"{lang}.s{round_no}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cue_ids(text: str, lang: str) -> set[str]:
    """The ids of the indicators a text raises, as screening finds them."""
    return {hit.id for hit in find_indicators(normalise(text), lang)}


# The training rounds' identifiers are invented but must be well formed, so extraction and linking
# train on real shapes: TRC20 wallets pass Base58Check, phone numbers are valid for a country the
# post is about.
REGIONS = {"en": ("PH", "NG", "KE", "MY", "IN"), "zh": ("CN",), "vi": ("VN",), "id": ("ID", "MY"), "km": ("KH",),
           "th": ("TH",), "my": ("MM",), "lo": ("LA",)}
WALLET = re.compile(r"(?<![A-Za-z0-9])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<!\d)(?:0\d{7,11}|1[3-9]\d{9})(?!\d)")


def digits_folded(text: str) -> str:
    """NFKC, native digits as ASCII, and the spaces, dashes and letter O between digits dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in text)
    text = re.sub(r"(?<=\d)O|O(?=\d)", "0", text)
    return re.sub(r"(?<=\d)[ \-](?=\d)", "", text)


def check_wallets_and_phones(lang: str, round_no: int | str, *, need_wallet: bool = False) -> None:
    """Every TRC20 wallet of the round's posts in `lang` passes its checksum (and there is one, with
    `need_wallet`); at least three local phone numbers, each valid for a country of the language."""
    posts = round_rows(lang, round_no)
    wallets = [w for r in posts for w in WALLET.findall(r["text"])]
    assert (wallets or not need_wallet) and all(is_tron_address(w) for w in wallets), lang
    numbers = [(r["id"], m.group()) for r in posts for m in PHONE.finditer(digits_folded(r["text"]))]
    assert len(numbers) >= 3, lang
    for post_id, number in numbers:
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(number, region)) for region in REGIONS[lang]), (
            post_id, number)


def check_every_category_written(lang: str, round_no: int | str) -> None:
    """Every category of the round's table (but `other`) has a post in `lang`."""
    table = round_builder(round_no).CATEGORIES
    written = {r["category"] for r in round_rows(lang, round_no)}
    assert written == set(table) - {"other"}, lang


_AUTHOR_HANDLE = re.compile(r"(?:(?<![\w.])@|t\.me/)([A-Za-z][\w.]*)")
_AUTHOR_MAIL = re.compile(r"([\w.]+)@mail\.com")


def check_author_prefix(lang: str, round_no: int | str, prefix: str) -> None:
    """Invented handles (@name), mail local parts and t.me channels of the round's posts in `lang`
    start with the author's `prefix`, so they never collide with another author's or a real account."""
    text = " ".join(r["text"] for r in round_rows(lang, round_no))
    handles = _AUTHOR_HANDLE.findall(text) + _AUTHOR_MAIL.findall(text)
    assert handles, lang
    assert all(h.lower().startswith(prefix) for h in handles), (lang, [h for h in handles if not h.lower().startswith(prefix)])
