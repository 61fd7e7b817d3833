"""Training rounds 7w, 7b, 8a, 8b and 9a (issue 13): posts by five new authors, each in styles of its own, so
the model stops fitting the few earlier writers. Shape, labels vs frames, the hand files rebuild the
parts, no near-copies (against every other part of the language, rounds 7 and the read test splits
too), and line breaks survive in the rounds whose hand lines carry them (8a, 8b, 9a). For 7w and 7b (CUED)
each kind of post raises the cue it needs while hard negatives raise none that force a review: those
checks were met by adding cues after reading these posts; a post the author adds later may need a cue
too: the failure names it. Rounds 8a, 8b and 9a train the model as written (no cue was written for them)."""

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


NEW_AUTHORS = ("7w", "7b", "8a", "8b", "9a", "9b", "9c", "10a", "10b", "10c", "10d", "11a", "11b", "11c")  # new authors of sessions 7 to 11, each with a round tag of its own
CUED = ("7w", "7b")  # the rounds cues were written from (8a and 8b train the model as written)
# Rounds whose hand lines carry `\\n` line breaks, and how many multi-line posts each language has at least.
MULTI_LINE = {"8a": 1, "8b": 5, "9a": 3, "9b": 2, "9c": 15, "10a": 2, "10b": 40, "10c": 3, "10d": 15, "11a": 2, "11b": 2, "11c": 1}


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


# Round 7b arrived after round 7's cues were written; its cue gaps (the author counted testimonies
# with L9 8/24, pleas with an X cue 27/32, infant sales with K3 12/16) were closed in session 8
# (det8) with general cue forms in every language, after reading these posts.
@pytest.mark.parametrize("tag", CUED)
@pytest.mark.parametrize("lang", LANGS)
def test_each_kind_raises_its_cue_and_hard_negatives_raise_none_that_force(lang: str, tag: str) -> None:
    missing, forcing = _cue_gaps(round_rows(lang, tag), lang)
    assert not missing, f"posts without the cue their kind needs: {missing}"
    assert not forcing, f"hard negatives raising a cue that forces review: {forcing}"


# The read test splits of rounds 5 and 6 (training data since session 8, four other authors): every
# kind of post now raises its cue, and no hard negative (travel and agencies included) forces review.
READ_SPLIT_NEGATIVE = HARD_NEGATIVE | {"legit_travel", "legit_agency"}


@pytest.mark.parametrize("tag", ["test-r5", "test-r6"])
@pytest.mark.parametrize("lang", LANGS)
def test_read_splits_raise_their_cues(lang: str, tag: str) -> None:
    path = PARTS / f"{lang}.{tag}.jsonl"
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(posts) == 60
    missing, forcing = _cue_gaps(posts, lang, READ_SPLIT_NEGATIVE)
    assert not missing, f"posts without the cue their kind needs: {missing}"
    assert not forcing, f"hard negatives raising a cue that forces review: {forcing}"


def _cue_gaps(posts: list[dict], lang: str, negatives: set[str] = HARD_NEGATIVE) -> tuple[list[str], list]:
    """Ids of posts that miss the cue family their kind needs, and of hard negatives that raise a
    forcing cue (lawful adoption must not raise K3 at all)."""
    missing, forcing = [], []
    for r in posts:
        ids = cue_ids(r["text"], lang)
        if r["category"] in WANT and not ids & WANT[r["category"]]:
            missing.append(r["id"])
        if r["category"] in negatives and ids & FORCING:
            forcing.append((r["id"], sorted(ids & FORCING)))
        if r["category"] == "lawful_adoption" and "K3" in ids:
            forcing.append((r["id"], ["K3"]))
    return missing, forcing


@pytest.mark.parametrize("tag", sorted(MULTI_LINE))
@pytest.mark.parametrize("lang", LANGS)
def test_multi_line_posts_keep_their_lines_and_no_escape_is_left(lang: str, tag: str) -> None:
    posts = round_rows(lang, tag)
    assert not any("\\n" in r["text"] for r in posts), lang
    assert sum("\n" in r["text"] for r in posts) >= MULTI_LINE[tag], lang
