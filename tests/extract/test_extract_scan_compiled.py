"""extract.scan with its match loop compiled (`_fast.cue_scan`) gives exactly the hits of the pure-Python
loop (`_hits` and its filters): same labels, digits and licence words, same order and fields."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ctip.extract import scan as scan_module
from ctip.extract.data import fold, lines, rows
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]


def _keywords() -> list[str]:
    words = [fold(r[1]) for r in rows("labels.tsv")] + [fold(r[2]) for r in rows("digit_words.tsv")]
    return words + [fold(w) for w in lines("nonphone_labels.txt")]


def _texts() -> list[str]:
    """Random runs of keywords glued to Latin letters, digits, Vietnamese and Thai letters, spaces and
    punctuation (word edges on either side), and the first corpus parts' posts."""
    rng = random.Random(13)
    words = _keywords()
    glue = list("ab9 .:@-") + ["ế", "ạ", "ก", "中", "À", "ɏ", "ɐ", "\u1e00", "\u1eff", "\u1f00", " ", ""]
    out = ["".join(rng.choice(glue) + rng.choice(words) + rng.choice(glue) for _ in range(rng.randrange(1, 12)))
           for _ in range(6000)]
    parts = sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))[:6]
    out += [normalise(json.loads(x)["text"]).text for p in parts for x in p.read_text(encoding="utf-8").splitlines()
            if x.strip()]
    return out


def test_compiled_scan_gives_the_hits_of_the_python_loop(monkeypatch):
    if scan_module._fast is None:
        pytest.skip("the compiled extension is not built here")
    texts = _texts()
    compiled = [scan_module.scan(t) for t in texts]
    monkeypatch.setattr(scan_module, "_fast", None)
    python = [scan_module.scan(t) for t in texts]
    assert compiled == python
    assert sum(bool(h.labels) for h in python) > 1000 and sum(bool(h.digits) for h in python) > 1000
    assert sum(bool(h.nonphone) for h in python) > 100
    rejected = sum(len(scan_module._automaton("contact")[0].find_matches_as_indexes(t)) for t in texts[:6000])
    kept = sum(len(h.labels) + len(h.digits) + len(h.nonphone) for h in python[:6000])
    assert kept < rejected  # some matches were glued to a Latin character and left out
