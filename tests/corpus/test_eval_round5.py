"""Checks of the round-5 blind test split (data/eval/round5/parts/): shape, labels, gold identifiers.

Written in two halves like round 4: branch r5a wrote km, my, lo, th and branch r5b en, zh, vi,
id, one `parts/<lang>.jsonl` with its `parts/<lang>.entities.jsonl` per language. Every check
runs on the languages whose parts are present and skips the others (the second half arrives at
merge). The split is report-only: these tests guard its integrity, not the model; they compare
its texts with the training corpus, round 3 and round 4 by machine, without anyone reading them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from eval_gold_checks import (
    KIND_PATTERNS,
    ZERO_WIDTH,
    check_counts_match_datasheet,
    check_entities_well_formed,
    check_files_come_in_pairs,
    check_gold_values_normalised,
    check_no_identifier_reused,
    check_no_text_shared,
    check_quality_loads_split,
    fold,
    gold_value_found,
    split_entities,
    split_posts,
)

ROOT = Path(__file__).resolve().parents[2]
SPLIT = ROOT / "data" / "eval" / "round5"
PARTS = SPLIT / "parts"
CORPUS = ROOT / "data" / "corpus"
EARLIER = [ROOT / "data" / "eval" / "round3" / "posts.jsonl", *sorted(
    p for p in (ROOT / "data" / "eval" / "round4" / "parts").glob("*.jsonl") if not p.name.endswith(".entities.jsonl"))]
ROUND4_GOLD = sorted((ROOT / "data" / "eval" / "round4" / "parts").glob("*.entities.jsonl"))
LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]
MINE = ["km", "my", "lo", "th"]  # written on branch r5a; en, zh, vi, id on r5b
POSTS_PER_LANG = 60
FRAMES = {"offer", "plea", "warning", "testimony", "news", "other"}
POSITIVE = {"scam_compound", "forced_labour", "sexual_exploitation", "forced_marriage", "organ",
            "child", "infant_sale", "worker_sale", "debt_contract", "victim_distress"}
NEGATIVE = {"awareness", "news", "testimony", "commerce", "legit_job", "legit_agency",
            "legit_travel", "pay_question", "fundraising", "lawful_adoption", "lawful_transfer"}
# Composition of each language, the same as round 4 so that the figures compare.
COMPOSITION_R4A = {"scam_compound": 7, "forced_labour": 3, "sexual_exploitation": 2, "forced_marriage": 2,
                   "organ": 1, "child": 1, "infant_sale": 2, "worker_sale": 2, "debt_contract": 2,
                   "victim_distress": 8, "awareness": 6, "news": 5, "testimony": 5, "commerce": 4,
                   "legit_job": 3, "legit_agency": 1, "legit_travel": 2, "pay_question": 1, "fundraising": 1,
                   "lawful_adoption": 1, "lawful_transfer": 1}
NEW_FORMS = {"infant_sale", "worker_sale", "debt_contract"}
CATEGORY_FRAME = {"victim_distress": "plea", "awareness": "warning", "news": "news",
                  "testimony": "testimony", "commerce": "other", "legit_job": "offer",
                  "legit_agency": "offer", "legit_travel": "other", "pay_question": "other",
                  "fundraising": "other", "lawful_adoption": "other", "lawful_transfer": "other"}
COUNTRY = {"km": "KH", "en": "KH", "zh": "CN", "th": "TH", "vi": "VN", "id": "ID", "my": "MM",
           "lo": "LA"}
EVASION_KINDS = {"cyrillic", "greek", "fullwidth", "zero_width", "spaced", "spelled"}
DECLARED = {"spaced", "spelled"}
HELPER_CALL = re.compile(r"\{(cy|fw|gr|zw)\(")  # scripts/eval_round4/_disguise.py helpers  # kinds no character betrays: the author declares them

pytestmark = pytest.mark.skipif(not any(PARTS.glob("*.jsonl")), reason="no round-5 parts written yet")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return split_posts(PARTS)


@pytest.fixture(scope="module")
def entities() -> dict[str, list[dict]]:
    return split_entities(PARTS)


def test_files_come_in_pairs_one_language_each():
    check_files_come_in_pairs(PARTS, LANGS, 5)


def _builder():
    """scripts/eval_round4/build_parts.py, the builder shared by rounds 4 and 5."""
    import importlib.util
    import sys

    sys.path.insert(0, str(ROOT / "scripts" / "eval_round4"))
    spec = importlib.util.spec_from_file_location("build_parts_shared", ROOT / "scripts" / "eval_round4" / "build_parts.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def _rebuilt_equals_written(builder, rnd: int, parts: Path) -> None:
    for lang in MINE:
        if not (parts / f"{lang}.jsonl").exists():
            continue
        posts, ents = builder.build(lang, rnd)
        want = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in posts)
        assert (parts / f"{lang}.jsonl").read_text(encoding="utf-8") == want, f"round {rnd} {lang}: rebuild the parts"
        want = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ents)
        assert (parts / f"{lang}.entities.jsonl").read_text(encoding="utf-8") == want, f"round {rnd} {lang}"


def test_parts_are_what_the_builder_writes():
    """The parts of this half are rebuilt byte for byte from scripts/eval_round5/posts_<lang>.py, and
    the shared builder still rebuilds round 4's km, my, lo, th parts byte for byte (its seed and ids)."""
    builder = _builder()
    _rebuilt_equals_written(builder, 5, PARTS)
    _rebuilt_equals_written(builder, 4, ROOT / "data" / "eval" / "round4" / "parts")


def test_builder_options_name_round_and_languages():
    builder = _builder()
    assert builder.parse_args(["km", "th"]) == (4, ["km", "th"])
    rnd, langs = builder.parse_args(["--round", "5", "--all"])
    assert rnd == 5 and set(langs) == {p.stem.removeprefix("posts_") for p in (ROOT / "scripts" / "eval_round5").glob("posts_*.py")}
    assert builder.parse_args(["--all", "--round", "5"]) == (rnd, langs)
    assert builder.parse_args(["--round=5", "--datasheet"]) == (5, [])
    with pytest.raises(SystemExit, match="round number"):
        builder.parse_args(["--round", "five"])
    with pytest.raises(SystemExit, match="no posts"):
        builder.parse_args(["--round", "99", "--all"])


def test_posts_have_valid_fields(posts):
    for p in posts:
        assert set(p) >= {"id", "text", "lang", "label", "category", "frame", "evasion"}, p["id"]
        assert set(p) <= {"id", "text", "lang", "label", "category", "frame", "evasion", "evasion_kinds"}
        assert p["lang"] in LANGS and p["frame"] in FRAMES, p["id"]
        assert p["category"] in POSITIVE | NEGATIVE, f"{p['id']}: category {p['category']!r}"
        assert p["label"] == (1 if p["category"] in POSITIVE else 0), p["id"]
        assert isinstance(p["evasion"], bool), p["id"]
        assert p["text"].strip() == p["text"] and len(p["text"]) >= 40, p["id"]
        assert not HELPER_CALL.search(p["text"]), f"{p['id']}: a disguise helper left unexpanded (no f-string?)"
        want = CATEGORY_FRAME.get(p["category"])
        assert want is None or p["frame"] == want, p["id"]
        if p["label"] == 1 and p["category"] != "victim_distress":
            assert p["frame"] == "offer", p["id"]


def test_label_follows_frame(posts):
    for p in posts:
        if p["frame"] in {"warning", "news", "testimony"}:
            assert p["label"] == 0, p["id"]
        if p["frame"] == "plea":
            assert p["label"] == 1, p["id"]


def test_ids_and_texts_unique(posts, entities):
    ids = [p["id"] for p in posts]
    assert len(ids) == len(set(ids))
    dup = [t for t, n in Counter(p["text"] for p in posts).items() if n > 1]
    assert not dup, f"{len(dup)} texts occur twice"
    assert set(entities) <= set(ids)


def test_composition_per_language(posts):
    """Each language: 60 posts, about half label 1, every frame, the new forms, hard negatives;
    this half exactly the round-4 composition of its languages."""
    for lang in sorted({p["lang"] for p in posts}):
        mine = [p for p in posts if p["lang"] == lang]
        assert len(mine) == POSTS_PER_LANG, lang
        assert 0.4 <= sum(p["label"] for p in mine) / len(mine) <= 0.6, lang
        frames = Counter(p["frame"] for p in mine)
        assert frames["plea"] >= 5 and frames["offer"] >= 20, (lang, frames)
        assert min(frames["warning"], frames["news"], frames["testimony"]) >= 3, (lang, frames)
        cats = Counter(p["category"] for p in mine)
        assert all(cats[c] >= 1 for c in NEW_FORMS), (lang, cats)
        assert cats["commerce"] >= 2 and cats["legit_job"] >= 2 and cats["fundraising"] >= 1, (lang, cats)
        assert cats["lawful_adoption"] + cats["lawful_transfer"] >= 1, lang
        if lang in MINE:
            assert cats == Counter(COMPOSITION_R4A), lang


def test_entities_well_formed(entities):
    check_entities_well_formed(entities)


def test_gold_values_are_normalised(entities):
    check_gold_values_normalised(entities)


def test_every_gold_value_is_in_its_post(posts, entities):
    texts = {p["id"]: p for p in posts}
    for pid, ents in entities.items():
        for e in ents:
            assert gold_value_found(e["value"], e["type"], texts[pid]["text"]), f"{pid}: {e}"


def test_every_written_phone_number_is_in_the_gold(posts, entities):
    """libphonenumber's matcher, run with the post's country, finds no number the gold lacks, and
    finds every gold phone unless it is written in words or spaced out on purpose."""
    for p in posts:
        text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", p["text"]))
        gold = {e["value"] for e in entities.get(p["id"], []) if e["type"] in {"phone", "whatsapp"}}
        matcher = phonenumbers.PhoneNumberMatcher(text, COUNTRY[p["lang"]], leniency=phonenumbers.Leniency.VALID)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164) for m in matcher}
        assert found <= gold, f"{p['id']}: number(s) without gold: {found - gold}"
        if not DECLARED & set(p.get("evasion_kinds", [])):
            phones = {e["value"] for e in entities.get(p["id"], []) if e["type"] == "phone"}
            assert phones <= found, f"{p['id']}: gold phone not found in {p['lang']} context"


def test_entity_order_is_first_appearance(posts, entities):
    texts = {p["id"]: fold(p["text"]).lower() for p in posts}
    for pid, ents in entities.items():
        spots = [texts[pid].find(e["value"].lower().removeprefix("https://"))
                 for e in ents if e["type"] not in {"phone", "whatsapp"}]  # numbers: local forms
        assert spots == sorted(spots), pid


def test_evasion_is_declared_and_real(posts, entities):
    for p in posts:
        present = {k for k, pat in KIND_PATTERNS.items() if pat.search(p["text"])}
        kinds = set(p.get("evasion_kinds", []))
        assert kinds <= EVASION_KINDS, p["id"]
        assert p["evasion"] == bool(kinds), p["id"]
        assert present == kinds - DECLARED, f"{p['id']}: declared {kinds}, found {present}"
        if p["evasion"]:
            raw = p["text"].lower()
            hidden = [e for e in entities.get(p["id"], [])
                      if e["value"].lower().removeprefix("https://") not in raw]
            assert hidden or kinds & {"zero_width", *DECLARED}, p["id"]
            assert entities.get(p["id"]), f"{p['id']}: evasive post without identifiers"


def test_about_a_quarter_of_posts_with_identifiers_disguise_one(posts, entities):
    for lang in sorted({p["lang"] for p in posts}):
        with_ids = [p for p in posts if p["lang"] == lang and p["id"] in entities]
        share = sum(p["evasion"] for p in with_ids) / len(with_ids)
        assert 0.15 <= share <= 0.40, (lang, round(share, 2))  # "about a quarter"
        labels = {p["label"] for p in with_ids if p["evasion"]}
        assert labels == {0, 1}, f"{lang}: evasion on both labels"


def test_no_text_shared_with_corpus_round3_or_round4(posts):
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus, round 3 or round 4."""
    check_no_text_shared(posts, CORPUS, 5, EARLIER)


def test_no_identifier_reused_from_round4_or_between_posts_of_this_half(posts, entities):
    """New numbers and handles: none from round 4's gold, and within this half each in one post."""
    check_no_identifier_reused(posts, entities, ROUND4_GOLD, MINE)


def test_counts_match_datasheet(posts):
    """The datasheet counts the languages it lists exactly; a language merged later is named."""
    check_counts_match_datasheet(SPLIT, posts, MINE, "scripts/eval_round5/build_parts.py")


def _quality_module():
    """bench/quality.py (not a package), imported the way `make bench` runs it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_bench_still_loads_every_part_as_test_r5(posts, entities):
    """The test-r5 split of bench/quality.py, no longer reported: every part still loads as written."""
    quality = _quality_module()
    assert "test-r5" not in quality.SPLITS  # read, and training data since session 8: loadable, not reported
    check_quality_loads_split(quality, "test-r5", PARTS, posts, entities)
