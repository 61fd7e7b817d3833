"""Checks of the blind test splits from round 7 on (data/eval/round<N>/parts/): shape, labels, gold identifiers.

Each round is written in two halves like rounds 4 to 6 (one author km, my, lo, th; another en, zh,
vi, id), one `parts/<lang>.jsonl` with its `parts/<lang>.entities.jsonl` per language. Every check
runs on the languages whose parts are present (the second half arrives at merge) and the whole
module runs once per round in ROUNDS. Round 7 was read at the end of session 8, round 8 at the end of
session 9, round 9 at the end of session 10, round 10 at the end of session 11; each is training data from the session after its read (`parts/<lang>.test-r<N>.jsonl`); NEWEST is the blind split that
bench/quality.py reports, and a round after it is written ahead (blind too, reported once NEWEST is read). These tests guard a split's integrity, not the model; they compare its
texts with the training corpus and the earlier rounds by machine, without anyone reading them.

The checks that do not depend on the round are round 5's own test functions, imported below:
pytest collects them here again and feeds them this module's `posts` and `entities` fixtures.
"""

from __future__ import annotations

import json
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
from test_eval_round5 import (  # noqa: F401  (collected here again, on each round's parts)
    LANGS,
    _builder,
    _quality_module,
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
CORPUS = ROOT / "data" / "corpus"
EVAL = ROOT / "data" / "eval"
ROUNDS = (7, 8, 9, 10, 11)
NEWEST = 11  # the blind split; the earlier ones are read and trained on, later ones written ahead


def _parts(rnd: int) -> Path:
    return EVAL / f"round{rnd}" / "parts"


def _earlier(rnd: int) -> tuple[list[Path], list[Path]]:
    """The posts files and gold-identifier files of every round before `rnd` (round 3 is one file)."""
    rounds = range(4, rnd)
    posts = [EVAL / "round3" / "posts.jsonl", *(p for n in rounds for p in post_files(_parts(n)))]
    gold = [EVAL / "round3" / "entities.jsonl", *(p for n in rounds for p in sorted(_parts(n).glob("*.entities.jsonl")))]
    return posts, gold


@pytest.fixture(scope="module", params=ROUNDS, ids=[f"round{n}" for n in ROUNDS])
def rnd(request) -> int:
    if not any(_parts(request.param).glob("*.jsonl")):
        pytest.skip(f"no round-{request.param} parts written yet")
    return request.param


@pytest.fixture(scope="module")
def posts(rnd) -> list[dict]:
    return split_posts(_parts(rnd))


@pytest.fixture(scope="module")
def entities(rnd) -> dict[str, list[dict]]:
    return split_entities(_parts(rnd))


def test_files_come_in_pairs_one_language_each(rnd):
    check_files_come_in_pairs(_parts(rnd), LANGS, rnd)


def test_parts_are_what_the_builder_writes(rnd):
    """Every part present is rebuilt byte for byte from scripts/eval_round<N>/posts_<lang>.py."""
    builder = _builder()
    for lang in LANGS:
        part = _parts(rnd) / f"{lang}.jsonl"
        if part.exists():
            posts, _ = builder.build(lang, rnd)
            want = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in posts)
            assert part.read_text(encoding="utf-8") == want, f"round {rnd} {lang}: rebuild the parts"


def test_builder_front_builds_its_round(rnd):
    """scripts/eval_round<N>/build_parts.py passes `--round N` to the shared builder."""
    folder = ROOT / "scripts" / f"eval_round{rnd}"
    assert f'"--round", "{rnd}"' in (folder / "build_parts.py").read_text(encoding="utf-8")
    got, langs = _builder().parse_args(["--round", str(rnd), "--all"])
    assert got == rnd and set(langs) == {p.stem.removeprefix("posts_") for p in folder.glob("posts_*.py")}


def test_earlier_rounds_are_compared(rnd):
    """The leakage checks below read every earlier split (a renamed folder would make them vacuous)."""
    earlier, gold = _earlier(rnd)
    assert all(p.exists() for p in earlier), "an earlier round's posts file is missing"
    assert {p.parent.parent.name for p in earlier[1:]} == {f"round{n}" for n in range(4, rnd)}
    assert all(p.exists() for p in gold) and len(gold) > rnd - 4


def test_no_text_shared_with_corpus_or_earlier_rounds(rnd, posts):
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus
    (besides the round's own copy there once it is read) or an earlier round."""
    check_no_text_shared(posts, CORPUS, rnd, _earlier(rnd)[0])


def test_no_identifier_reused_from_earlier_rounds_or_between_posts(rnd, posts, entities):
    """New numbers and handles: none from the gold of earlier rounds, and across all eight
    languages (both halves) each identifier is in one post only."""
    check_no_identifier_reused(posts, entities, _earlier(rnd)[1], LANGS)


def test_counts_match_datasheet(rnd, posts):
    """The datasheet counts the languages it lists exactly; a language merged later is named."""
    check_counts_match_datasheet(EVAL / f"round{rnd}", posts, sorted({p["lang"] for p in posts}),
                                 f"scripts/eval_round{rnd}/build_parts.py")


def test_quality_bench_loads_every_part(rnd, posts, entities):
    """bench/quality.py loads every part as written; it reports the newest round only (the blind one)."""
    if rnd > NEWEST:
        pytest.skip(f"round {rnd} is written ahead: reported once round {NEWEST} is read")
    quality = _quality_module()
    assert (f"test-r{rnd}" in quality.SPLITS) == (rnd == NEWEST)
    check_quality_loads_split(quality, f"test-r{rnd}", _parts(rnd), posts, entities)


def test_read_rounds_are_training_data(rnd):
    """A read round is copied into the corpus; the blind one is not (scripts/copy_read_splits.py)."""
    copies = list((CORPUS / "parts").glob(f"*.test-r{rnd}.jsonl"))
    assert (len(copies) == len(LANGS)) if rnd < NEWEST else not copies, f"round {rnd}"
