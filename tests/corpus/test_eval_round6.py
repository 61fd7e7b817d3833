"""Checks of the round-6 blind test split (data/eval/round6/parts/): shape, labels, gold identifiers.

Written in two halves like rounds 4 and 5: branch r6a wrote km, my, lo, th and branch r6b en, zh,
vi, id, one `parts/<lang>.jsonl` with its `parts/<lang>.entities.jsonl` per language. Every check
runs on the languages whose parts are present and skips the others (the second half arrives at
merge). The split is report-only: these tests guard its integrity, not the model; they compare
its texts with the training corpus and rounds 3, 4 and 5 by machine, without anyone reading them.

The checks that do not depend on the round are round 5's own test functions, imported below:
pytest collects them here a second time and feeds them this module's `posts` and `entities`
fixtures (round 6's parts), so the two splits are held to the same rules by the same code.
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
from test_eval_round5 import (  # noqa: F401  (collected here again, on round 6's parts)
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
SPLIT = ROOT / "data" / "eval" / "round6"
PARTS = SPLIT / "parts"
CORPUS = ROOT / "data" / "corpus"
EVAL = ROOT / "data" / "eval"
# Posts of the earlier blind splits (compared by machine only), and their gold identifiers.
EARLIER = [EVAL / "round3" / "posts.jsonl", *(p for rnd in ("round4", "round5")
                                             for p in post_files(EVAL / rnd / "parts"))]
EARLIER_GOLD = [EVAL / "round3" / "entities.jsonl",
                *sorted((EVAL / "round4" / "parts").glob("*.entities.jsonl")),
                *sorted((EVAL / "round5" / "parts").glob("*.entities.jsonl"))]

pytestmark = pytest.mark.skipif(not any(PARTS.glob("*.jsonl")), reason="no round-6 parts written yet")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return split_posts(PARTS)


@pytest.fixture(scope="module")
def entities() -> dict[str, list[dict]]:
    return split_entities(PARTS)


def test_files_come_in_pairs_one_language_each():
    check_files_come_in_pairs(PARTS, LANGS, 6)


def test_parts_are_what_the_builder_writes():
    """The parts of this half are rebuilt byte for byte from scripts/eval_round6/posts_<lang>.py."""
    _rebuilt_equals_written(_builder(), 6, PARTS)


def test_builder_front_builds_round_6():
    """scripts/eval_round6/build_parts.py passes `--round 6` to the shared builder."""
    front = (ROOT / "scripts" / "eval_round6" / "build_parts.py").read_text(encoding="utf-8")
    assert '"--round", "6"' in front
    rnd, langs = _builder().parse_args(["--round", "6", "--all"])
    assert rnd == 6 and set(langs) == {p.stem.removeprefix("posts_") for p in (ROOT / "scripts" / "eval_round6").glob("posts_*.py")}


def test_no_text_shared_with_corpus_or_earlier_rounds(posts):
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus or rounds 3, 4 and 5."""
    check_no_text_shared(posts, CORPUS, 6, EARLIER)


def test_no_identifier_reused_from_earlier_rounds_or_between_posts_of_this_half(posts, entities):
    """New numbers and handles: none from the gold of rounds 3, 4 and 5, and within this half each
    in one post."""
    check_no_identifier_reused(posts, entities, EARLIER_GOLD, MINE)


def test_counts_match_datasheet(posts):
    """The datasheet counts the languages it lists exactly; a language merged later is named."""
    check_counts_match_datasheet(SPLIT, posts, MINE, "scripts/eval_round6/build_parts.py")


def test_quality_bench_still_loads_every_part_as_test_r6(posts, entities):
    """The test-r6 split of bench/quality.py, no longer reported: every part still loads as written."""
    quality = _quality_module()
    assert "test-r6" not in quality.SPLITS  # read, and training data since session 8: loadable, not reported
    check_quality_loads_split(quality, "test-r6", PARTS, posts, entities)
