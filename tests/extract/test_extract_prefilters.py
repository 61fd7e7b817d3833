"""The cheap tests extract_batch runs before a pass (`may_hold_phone`, `may_hold_wallet`, a dot, "://",
"me", a label or "@") are exact: where one says a pass can find nothing, the pass finds nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

from ctip.extract import extract_batch
from ctip.extract.handles import find_handles
from ctip.extract.links import find_app_links, find_links, find_spaced_links
from ctip.extract.phones import _digit_runs, find_phones, may_hold_phone
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
