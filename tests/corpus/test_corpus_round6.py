"""Training round 6 (issue 13, after the round-4 blind test): shape, labels vs frames, the hand
files rebuild the parts, no near-copies, testimonies that retell a lure carry a testimony cue
(L9), everyday pleas carry a victim cue (X), contracts that trap the worker carry a coercion cue
beside their signs of legitimacy, and fair contracts do not."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from corpus_round_checks import PARTS, cue_ids, round_builder, round_rows

LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")
REPORTING = {"warning", "news", "testimony"}
COERCION = {"C1", "C3", "C7", "C9"}


@pytest.mark.parametrize("lang", LANGS)
def test_fields_labels_and_frames_follow_the_table(lang: str) -> None:
    table = round_builder(6).CATEGORIES
    rows = round_rows(lang, 6)
    assert 40 <= len(rows) <= 60
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "lang", "label", "category", "frame"}, r["id"]
        assert r["id"].startswith(f"{lang}-r6-") and r["lang"] == lang and r["text"].strip(), r["id"]
        label, frame, others = table[r["category"]]
        assert r["label"] == label and r["frame"] in (frame, *others), r["id"]
        assert r["label"] == (0 if r["frame"] in REPORTING else r["label"]), r["id"]
    kinds = Counter(r["category"] for r in rows)
    assert kinds["testimony"] >= 8 and kinds["victim_distress"] >= 8 and kinds["debt_contract"] >= 4
    assert kinds["fair_contract"] >= 2 and kinds["forced_labour"] >= 3 and kinds["scam_compound"] >= 4


@pytest.mark.parametrize("lang", LANGS)
def test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang: str) -> None:
    builder = round_builder(6)
    posts = builder.parse(lang)
    built = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    assert (PARTS / f"{lang}.s6.jsonl").read_text(encoding="utf-8") == built
    assert builder.near_copies(lang, posts) == []


@pytest.mark.parametrize("lang", LANGS)
def test_testimonies_pleas_and_trapping_contracts_raise_their_cues(lang: str) -> None:
    rows = round_rows(lang, 6)
    for r in rows:
        ids = cue_ids(r["text"], lang)
        if r["category"] == "testimony":
            assert "L9" in ids, r["id"]  # the retelling itself is the testimony cue
        if r["frame"] == "plea":
            assert any(i.startswith("X") for i in ids), r["id"]
        if r["category"] == "debt_contract":
            assert ids & COERCION, r["id"]
        if r["category"] == "fair_contract":
            assert not ids & {"C1", "C9"}, r["id"]
        if r["category"] == "infant_sale":
            assert "K3" in ids, r["id"]
        if r["category"] == "lawful_adoption":
            assert "K3" not in ids, r["id"]
