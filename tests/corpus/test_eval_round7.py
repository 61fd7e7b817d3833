"""Checks of the round-7 blind test split (data/eval/round7/parts/): shape, labels, gold identifiers.

Written in two halves like rounds 4, 5 and 6: branch r7a wrote km, my, lo, th and branch r7b en,
zh, vi, id, one `parts/<lang>.jsonl` with its `parts/<lang>.entities.jsonl` per language. Every
check runs on the languages whose parts are present and skips the others (the second half arrives
at merge). The split is report-only: these tests guard its integrity, not the model; they compare
its texts with the training corpus and rounds 3, 4, 5 and 6 by machine, without anyone reading them.

The checks that do not depend on the round are round 5's own test functions, imported below:
pytest collects them here a third time and feeds them this module's `posts` and `entities`
fixtures (round 7's parts), so the splits are held to the same rules by the same code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_gold_checks import (
    check_counts_match_datasheet,
    check_files_come_in_pairs,
    check_no_identifier_reused,
    check_no_text_shared,
    check_quality_loads_split,
    post_files,
    split_entities,
    split_posts,
)
from test_eval_round5 import (  # noqa: F401  (collected here again, on round 7's parts)
    LANGS,
    MINE,
    _builder,
    _quality_module,
    _rebuilt_equals_written,
    test_about_a_quarter_of_posts_with_identifiers_disguise_one,
    test_composition_per_language,
    test_entities_well_formed,
    test_entity_order_is_first_appearance,
    test_evasion_is_declared_and_real,
    test_every_gold_value_is_in_its_post,
    test_every_written_phone_number_is_in_the_gold,
    test_gold_values_are_normalised,
    test_ids_and_texts_unique,
    test_label_follows_frame,
    test_posts_have_valid_fields,
)

ROOT = Path(__file__).resolve().parents[2]
SPLIT = ROOT / "data" / "eval" / "round7"
PARTS = SPLIT / "parts"
CORPUS = ROOT / "data" / "corpus"
EVAL = ROOT / "data" / "eval"
EARLIER_ROUNDS = ("round4", "round5", "round6")
# Posts of the earlier blind splits (compared by machine only), and their gold identifiers.
EARLIER = [EVAL / "round3" / "posts.jsonl", *(p for rnd in EARLIER_ROUNDS for p in post_files(EVAL / rnd / "parts"))]
EARLIER_GOLD = [EVAL / "round3" / "entities.jsonl",
                *(p for rnd in EARLIER_ROUNDS for p in sorted((EVAL / rnd / "parts").glob("*.entities.jsonl")))]

pytestmark = pytest.mark.skipif(not any(PARTS.glob("*.jsonl")), reason="no round-7 parts written yet")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return split_posts(PARTS)


@pytest.fixture(scope="module")
def entities() -> dict[str, list[dict]]:
    return split_entities(PARTS)


def test_files_come_in_pairs_one_language_each():
    check_files_come_in_pairs(PARTS, LANGS, 7)


def test_parts_are_what_the_builder_writes():
    """The parts of this half are rebuilt byte for byte from scripts/eval_round7/posts_<lang>.py."""
    _rebuilt_equals_written(_builder(), 7, PARTS)


def test_builder_front_builds_round_7():
    """scripts/eval_round7/build_parts.py passes `--round 7` to the shared builder."""
    front = (ROOT / "scripts" / "eval_round7" / "build_parts.py").read_text(encoding="utf-8")
    assert '"--round", "7"' in front
    rnd, langs = _builder().parse_args(["--round", "7", "--all"])
    assert rnd == 7 and set(langs) == {p.stem.removeprefix("posts_") for p in (ROOT / "scripts" / "eval_round7").glob("posts_*.py")}


def test_earlier_rounds_are_compared():
    """The leakage checks below read every earlier split (a renamed folder would make them vacuous)."""
    assert all(p.exists() for p in EARLIER), "an earlier round's posts file is missing"
    assert {p.parent.parent.name for p in EARLIER[1:]} == set(EARLIER_ROUNDS)
    assert all(p.exists() for p in EARLIER_GOLD) and len(EARLIER_GOLD) > len(EARLIER_ROUNDS)


def test_no_text_shared_with_corpus_or_earlier_rounds(posts):
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus or rounds 3, 4, 5 and 6."""
    check_no_text_shared(posts, CORPUS, 7, EARLIER)


def test_no_identifier_reused_from_earlier_rounds_or_between_posts_of_this_half(posts, entities):
    """New numbers and handles: none from the gold of rounds 3, 4, 5 and 6, and within this half
    each in one post."""
    check_no_identifier_reused(posts, entities, EARLIER_GOLD, MINE)


def test_counts_match_datasheet(posts):
    """The datasheet counts the languages it lists exactly; a language merged later is named."""
    check_counts_match_datasheet(SPLIT, posts, MINE, "scripts/eval_round7/build_parts.py")


def test_quality_bench_reads_every_part_as_test_r7(posts, entities):
    """The test-r7 split of bench/quality.py, the blind split it reports: every part loaded as written."""
    quality = _quality_module()
    assert "test-r7" in quality.SPLITS
    check_quality_loads_split(quality, "test-r7", PARTS, posts, entities)


def test_no_identifier_shared_between_the_two_halves(posts, entities):
    """Round 7's two authors wrote apart: across all eight languages each identifier is in one post only."""
    check_no_identifier_reused(posts, entities, EARLIER_GOLD, LANGS)
