"""The cheap tests extract_batch runs before a pass (`may_hold_phone`, `may_hold_wallet`, a dot, "://",
"me", a label or "@") are exact: where one says a pass can find nothing, the pass finds nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ctip.extract import extract_batch, phones
from ctip.extract.handles import find_handles
from ctip.extract.links import find_app_links, find_links, find_spaced_links
from ctip.extract.phones import _CHAIN, _digit_runs, find_phones, may_hold_phone
from ctip.extract.regions import RegionRanker
from ctip.extract.scan import scan
from ctip.extract.wallets import find_wallets, may_hold_wallet
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
# digits, letter o / Burmese wa, plain and wide separators, letters, emoji, digit words
_PIECES = list("0123456789oo\u101d -.()_/,|·•\u30fb✨ \tabxT:@") + ["😀", "0x", " nine ", " ba ", "t.me/", "://"]


def _texts() -> list[str]:
    rng = random.Random(5)
    out = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 60))) for _ in range(4000)]
    out += ["0 9 7 1 2 3 4 5", "o9o 123 4567", "០_៩_១_២_៣_៤_៥_៦", "091✨234✨567", "1,500 / 2,000 / 3,500",
            "zero nine seven one two three four five", "+855 12 345 678", "oooooooo1", "1" * 7, "1" * 8]
    parts = sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))[:4]
    out += [json.loads(x)["text"] for p in parts for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def test_a_post_the_prefilters_rule_out_yields_nothing_in_that_pass():
    ruled_out = 0
    for raw in _texts():
        norm = normalise(raw)
        text = norm.text
        hits = scan(text)
        if not may_hold_phone(text, hits.digits):
            ruled_out += 1
            assert not list(_digit_runs(text))
            assert find_phones(text, hits.digits, RegionRanker(text, None, None, hits.nonphone)) == []
        if not may_hold_wallet(text, norm):
            assert not list(find_wallets(text, norm))
        if "." not in text:
            assert not list(find_links(text, norm))
        if "://" not in text:
            assert not list(find_app_links(text))
        if "me" not in text:
            assert not list(find_spaced_links(text))
        if not hits.labels and "@" not in text:
            assert not list(find_handles(text, norm, hits.labels))
    assert ruled_out > 1000


def test_extract_batch_finds_the_phones_of_chained_and_spelled_numbers():
    norms = [normalise(t) for t in ("call 0 9 7 1 2 3 4 5 6 7", "hotline: 081-234-5678 (th)", "price 1,500 baht")]
    found = extract_batch(norms, ["en", "th", "th"])
    assert [e.type for e in found[1]] == ["phone"] and found[2] == []


# Separators of phones._WIDE and the code points just outside its ranges, for the compiled chain test.
_EDGES = [chr(c) for c in (0x2010, 0x2015, 0x200F, 0x2016, 0x2190, 0x21FF, 0x218F, 0x2200, 0x2600, 0x27BF, 0x25FF,
                           0x27C0, 0x2B00, 0x2BFF, 0x2AFF, 0x2C00, 0x1F000, 0x1FAFF, 0x1EFFF, 0x1FB00, 0xB7, 0x2022,
                           0x2219, 0x30FB, 0x101D, 0x1040, 0x0E51)]


def test_the_compiled_chain_check_agrees_with_the_regex():
    """`_fast.phone_chain` (may_hold_phone's check where the extension is built) says exactly what
    `_CHAIN.search` says: on the prefilter texts, their normalised forms, and dense random texts of
    digits, o/wa, separators (5 and 6 in a row) and the code points at the edges of _WIDE's ranges."""
    _fast = phones._fast
    if _fast is None:
        pytest.skip("the compiled extension is not built here")
    rng = random.Random(11)
    pieces = list("0123456789oo\u101d -.()_/,|\t") + _EDGES + ["a", "x", " " * 5, " " * 6, "-" * 5 + "1", "✨✨"]
    texts = _texts()
    texts += [normalise(t).text for t in texts[:3000]]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = _CHAIN.search(text) is not None
        assert _fast.phone_chain(text) is expected, repr(text)
        found += expected
    assert 1000 < found < len(texts) - 1000


def test_may_hold_phone_is_the_same_without_the_extension(monkeypatch):
    texts = _texts()[:3000]
    compiled = [may_hold_phone(t, scan(t).digits) for t in texts]
    monkeypatch.setattr(phones, "_fast", None)
    assert [may_hold_phone(t, scan(t).digits) for t in texts] == compiled
