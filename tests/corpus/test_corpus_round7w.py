"""Training rounds 7w and 7b (issue 13): posts by two new authors, in styles of its own, so the model stops
fitting the few earlier writers. Shape, labels vs frames, the hand files rebuild the parts, no
near-copies (against every other part of the language, rounds 7 and the read test splits too),
and each kind of post raises the cue it needs while hard negatives raise none that force a review.
The cue checks were met by adding cues (round 7's commit) after reading these posts; a post the
author adds later may need a cue too: the failure names it."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from corpus_round_checks import PARTS, cue_ids, round_builder, round_rows

LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")
REPORTING = {"warning", "news", "testimony"}
COERCION = {"C1", "C3", "C7", "C9"}
FORCING = {"X1", "X2", "X3", "X4", "K1", "K2", "K3"}
HARD_NEGATIVE = {"commerce", "pay_question", "legit_job", "lawful_adoption", "lawful_transfer",
                 "fair_contract", "fundraising", "other"}
WANT = {"testimony": {"L9", "L7", "L8"}, "victim_distress": {"X1", "X2", "X3", "X4"}, "debt_contract": COERCION,
        "infant_sale": {"K3"}, "worker_sale": {"C6"}, "awareness": {"L7"}, "news": {"L8"}}


NEW_AUTHORS = ("7w", "7b")  # two authors of session 7, each with a round tag of its own


def rows(lang: str) -> list[dict]:
    return round_rows(lang, "7w")


@pytest.mark.parametrize("tag", NEW_AUTHORS)
@pytest.mark.parametrize("lang", LANGS)
def test_fields_labels_and_frames_follow_the_table(lang: str, tag: str) -> None:
    table = round_builder(tag).CATEGORIES
    posts = round_rows(lang, tag)
    assert 30 <= len(posts) <= 80
    assert [r["id"] for r in posts] == [f"{lang}-r{tag}-{n:04d}" for n in range(1, len(posts) + 1)]
    for r in posts:
        assert set(r) == {"id", "text", "lang", "label", "category", "frame"}, r["id"]
        assert r["lang"] == lang and r["text"].strip() == r["text"] and r["text"], r["id"]
        label, frame, others = table[r["category"]]
        assert r["label"] == label and r["frame"] in (frame, *others), r["id"]
        assert r["label"] == (0 if r["frame"] in REPORTING else r["label"]), r["id"]
    kinds = Counter(r["label"] for r in posts)
    assert 0.3 <= kinds[1] / len(posts) <= 0.7, lang


@pytest.mark.parametrize("tag", NEW_AUTHORS)
@pytest.mark.parametrize("lang", LANGS)
def test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang: str, tag: str) -> None:
    builder = round_builder(tag)
    posts = builder.parse(lang)
    built = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    assert (PARTS / f"{lang}.s{tag}.jsonl").read_text(encoding="utf-8") == built
    assert builder.near_copies(lang, posts) == []


# Round 7w only: round 7b arrived after the cues were written, and its posts are left as the
# author wrote them (its cue gaps are reported in the session notes, not patched to pass).
@pytest.mark.parametrize("lang", LANGS)
def test_each_kind_raises_its_cue_and_hard_negatives_raise_none_that_force(lang: str) -> None:
    for r in rows(lang):
        ids = cue_ids(r["text"], lang)
        if r["category"] in WANT:
            assert ids & WANT[r["category"]], r["id"]
        if r["category"] in HARD_NEGATIVE:
            assert not ids & FORCING, (r["id"], sorted(ids & FORCING))
        if r["category"] == "lawful_adoption":
            assert "K3" not in ids, r["id"]
