"""Training round 7 (issue 13, after the round-5 blind test): shape, labels vs frames, the hand
files rebuild the parts, no near-copies; each kind of post raises the cue it needs (a testimony
its retelling cue L9, a plea a victim cue X, infant sale dressed as adoption K3, workers sold or
"transferred" per head C6, a trapping contract a coercion cue beside its signs of legitimacy) and
the hard negatives raise none of the cues that force a review or call a contract a trap."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from corpus_round_checks import PARTS, cue_ids, round_builder, round_rows

LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")
REPORTING = {"warning", "news", "testimony"}
COERCION = {"C1", "C3", "C7", "C9"}
FORCING = {"X1", "X2", "X3", "X4", "K1", "K2", "K3"}  # a victim or child cue forces review in some frames
HARD_NEGATIVE = {"commerce", "pay_question", "legit_job", "lawful_adoption", "lawful_transfer",
                 "fair_contract", "fundraising", "other", "legit_travel"}


@pytest.mark.parametrize("lang", LANGS)
def test_fields_labels_and_frames_follow_the_table(lang: str) -> None:
    table = round_builder(7).CATEGORIES
    rows = round_rows(lang, 7)
    assert 36 <= len(rows) <= 60
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "lang", "label", "category", "frame"}, r["id"]
        assert r["id"].startswith(f"{lang}-r7-") and r["lang"] == lang and r["text"].strip(), r["id"]
        label, frame, others = table[r["category"]]
        assert r["label"] == label and r["frame"] in (frame, *others), r["id"]
        assert r["label"] == (0 if r["frame"] in REPORTING else r["label"]), r["id"]
    kinds = Counter(r["category"] for r in rows)
    for kind, least in (("infant_sale", 4), ("worker_sale", 4), ("debt_contract", 4), ("scam_compound", 5),
                        ("victim_distress", 5), ("testimony", 3), ("awareness", 2), ("news", 2), ("commerce", 3)):
        assert kinds[kind] >= least, (lang, kind)
    if lang == "zh":  # Chinese false positives were the worst on the round-5 split: more hard negatives
        assert kinds["commerce"] >= 5 and kinds["pay_question"] >= 3 and kinds["legit_job"] >= 2
        assert kinds["lawful_adoption"] >= 2 and kinds["fundraising"] >= 2


@pytest.mark.parametrize("lang", LANGS)
def test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang: str) -> None:
    builder = round_builder(7)
    posts = builder.parse(lang)
    built = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    assert (PARTS / f"{lang}.s7.jsonl").read_text(encoding="utf-8") == built
    assert builder.near_copies(lang, posts) == []


@pytest.mark.parametrize("lang", LANGS)
def test_each_kind_raises_its_cue_and_hard_negatives_raise_none_that_force(lang: str) -> None:
    want = {"testimony": {"L9"}, "victim_distress": {"X1", "X2", "X3", "X4"}, "debt_contract": COERCION,
            "infant_sale": {"K3"}, "worker_sale": {"C6"}, "awareness": {"L7"}, "news": {"L8"}}
    for r in round_rows(lang, 7):
        ids = cue_ids(r["text"], lang)
        if r["category"] in want:
            assert ids & want[r["category"]], r["id"]
        if r["category"] in HARD_NEGATIVE:
            assert not ids & FORCING, (r["id"], sorted(ids & FORCING))
        if r["category"] in {"fair_contract", "lawful_transfer"}:
            assert not ids & {"C1", "C6", "C9"}, r["id"]
        if r["category"] == "lawful_adoption":
            assert not ids & {"K3", "C7"}, r["id"]
