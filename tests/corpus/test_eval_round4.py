"""Checks of the round-4 blind test split (data/eval/round4/parts/): shape, labels, gold identifiers.

The split is written in two halves (km, my, lo, th and en, zh, vi, id) by two authors; each
language is one `parts/<lang>.jsonl` with its `parts/<lang>.entities.jsonl`. These tests hold
for whichever languages are present. The split is report-only: they guard its integrity, not
the model, and compare texts with the training corpus and round 3 without anyone reading them.
Since session 7 the split is training data (read too often to be a test): the corpus holds a copy,
`data/corpus/parts/<lang>.test-r4.jsonl` (tests/corpus/test_read_splits_in_corpus.py), which the
overlap check below leaves out; bench/quality.py no longer reports it as a test split.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from eval_gold_checks import (
    KIND_PATTERNS,
    ZERO_WIDTH,
    check_entities_well_formed,
    check_files_come_in_pairs,
    check_gold_values_normalised,
    check_no_text_shared,
    datasheet_rows,
    fold,
    gold_value_found,
    split_entities,
    split_posts,
)

ROOT = Path(__file__).resolve().parents[2]
SPLIT = ROOT / "data" / "eval" / "round4"
PARTS = SPLIT / "parts"
CORPUS = ROOT / "data" / "corpus"
ROUND3 = ROOT / "data" / "eval" / "round3" / "posts.jsonl"
LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]
MINE = ["km", "my", "lo", "th"]  # written on branch r4a; en, zh, vi, id on r4b
POSTS_PER_LANG = 60
FRAMES = {"offer", "plea", "warning", "testimony", "news", "other"}
POSITIVE = {"scam_compound", "forced_labour", "sexual_exploitation", "forced_marriage", "organ",
            "child", "infant_sale", "worker_sale", "debt_contract", "victim_distress"}
NEGATIVE = {"awareness", "news", "testimony", "commerce", "legit_job", "legit_agency",
            "legit_travel", "pay_question", "fundraising", "lawful_adoption", "lawful_transfer"}
NEW_FORMS = {"infant_sale", "worker_sale", "debt_contract"}
# Frame each category must carry (None: any frame its label allows, as in round 3).
CATEGORY_FRAME = {"victim_distress": "plea", "awareness": "warning", "news": "news",
                  "testimony": "testimony", "commerce": "other", "legit_job": "offer",
                  "legit_agency": "offer", "legit_travel": "other", "pay_question": "other",
                  "fundraising": "other", "lawful_adoption": "other", "lawful_transfer": "other"}
COUNTRY = {"km": "KH", "en": "KH", "zh": "CN", "th": "TH", "vi": "VN", "id": "ID", "my": "MM",
           "lo": "LA"}
EVASION_KINDS = {"cyrillic", "greek", "fullwidth", "zero_width", "spaced"}
pytestmark = pytest.mark.skipif(not any(PARTS.glob("*.jsonl")), reason="no round-4 parts written yet")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return split_posts(PARTS)


@pytest.fixture(scope="module")
def entities() -> dict[str, list[dict]]:
    return split_entities(PARTS)


def test_files_come_in_pairs_one_language_each():
    check_files_come_in_pairs(PARTS, LANGS, 4)


def test_my_half_is_present(posts):
    # This branch wrote km, my, lo, th; the other half may or may not be merged yet.
    assert {p["lang"] for p in posts} >= set(MINE)


def test_posts_have_valid_fields(posts):
    for p in posts:
        assert set(p) >= {"id", "text", "lang", "label", "category", "frame", "evasion"}, p["id"]
        assert set(p) <= {"id", "text", "lang", "label", "category", "frame", "evasion", "evasion_kinds"}
        assert p["lang"] in LANGS and p["frame"] in FRAMES, p["id"]
        assert p["category"] in POSITIVE | NEGATIVE, f"{p['id']}: category {p['category']!r}"
        assert p["label"] == (1 if p["category"] in POSITIVE else 0), p["id"]
        assert isinstance(p["evasion"], bool), p["id"]
        assert p["text"].strip() == p["text"] and len(p["text"]) >= 40, p["id"]
        want = CATEGORY_FRAME.get(p["category"])
        assert want is None or p["frame"] == want, p["id"]
        if p["lang"] in MINE and p["label"] == 1 and p["category"] != "victim_distress":
            assert p["frame"] == "offer", p["id"]  # this half: every trafficking post but a plea is an offer


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
    """Each language: 60 posts, about half label 1, every frame, the new forms, hard negatives."""
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
    """libphonenumber's matcher, run with the post's country, finds no number the gold lacks."""
    for p in posts:
        text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", p["text"]))
        gold = {e["value"] for e in entities.get(p["id"], []) if e["type"] in {"phone", "whatsapp"}}
        matcher = phonenumbers.PhoneNumberMatcher(text, COUNTRY[p["lang"]], leniency=phonenumbers.Leniency.VALID)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164) for m in matcher}
        assert found <= gold, f"{p['id']}: number(s) without gold: {found - gold}"
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
        if "evasion_kinds" in p or p["lang"] in MINE:
            kinds = set(p.get("evasion_kinds", []))
            assert kinds <= EVASION_KINDS, p["id"]
            assert p["evasion"] == bool(kinds), p["id"]
            assert present == kinds - {"spaced"}, f"{p['id']}: declared {kinds}, found {present}"
        else:  # a part written without evasion_kinds: what can be seen must be declared
            kinds = present or ({"spaced"} if p["evasion"] else set())
            assert p["evasion"] == bool(kinds), f"{p['id']}: disguise found {present}, evasion false"
        if p["evasion"]:
            raw = p["text"].lower()
            hidden = [e for e in entities.get(p["id"], [])
                      if e["value"].lower().removeprefix("https://") not in raw]
            assert hidden or kinds & {"zero_width", "spaced"}, p["id"]
            assert entities.get(p["id"]), f"{p['id']}: evasive post without identifiers"


def test_about_a_quarter_of_posts_with_identifiers_disguise_one(posts, entities):
    for lang in sorted({p["lang"] for p in posts}):
        with_ids = [p for p in posts if p["lang"] == lang and p["id"] in entities]
        share = sum(p["evasion"] for p in with_ids) / len(with_ids)
        assert 0.10 <= share <= 0.45, (lang, round(share, 2))  # "about a quarter"
        frames = {p["label"] for p in with_ids if p["evasion"]}
        assert frames == {0, 1}, f"{lang}: evasion on both labels"


def test_no_text_shared_with_corpus_or_round3(posts):
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus or round 3."""
    check_no_text_shared(posts, CORPUS, 4, [ROUND3])


def test_counts_match_datasheet(posts):
    """The datasheet counts the languages it lists exactly; a language merged later is named."""
    rows = datasheet_rows(SPLIT, "counts")
    listed = {r[0] for r in rows}
    assert set(MINE) <= listed
    got = Counter((p["lang"], p["category"], p["frame"]) for p in posts if p["lang"] in listed)
    assert Counter({(r[0], r[1], r[2]): int(r[3]) for r in rows}) == got
    per_lang = {r[0]: r for r in datasheet_rows(SPLIT, "languages")}
    for lang in listed:
        mine = [p for p in posts if p["lang"] == lang]
        assert per_lang[lang][1:4] == [str(len(mine)), str(sum(p["label"] for p in mine)),
                                       str(sum(1 - p["label"] for p in mine))], lang
    missing = {p["lang"] for p in posts} - listed
    if missing:
        warnings.warn(f"DATASHEET.md does not count {sorted(missing)} yet: run "
                      "python scripts/eval_round4/build_parts.py --datasheet", stacklevel=1)
    if not missing:
        ev_rows = datasheet_rows(SPLIT, "evasion")
        kinds = Counter(k for p in posts for k in p.get("evasion_kinds", []))
        kinds["posts"] = sum(p["evasion"] for p in posts)
        assert Counter({r[0]: int(r[1]) for r in ev_rows}) == kinds


def _quality_module():
    """bench/quality.py (not a package), imported the way `make bench` runs it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_bench_no_longer_reports_the_read_splits_as_tests():
    """Rounds 3 and 4 train the model since session 7, rounds 5 and 6 since session 8, rounds 7 and 8 since
    session 9, round 9 since session 10,
    round 10 since session 11: bench/quality.py must not call them test splits."""
    quality = _quality_module()
    assert not {"test-r3", "test-r4", "test-r5", "test-r6", "test-r7", "test-r8", "test-r9", "test-r10"} & set(quality.SPLITS)
    assert "test-r11" in quality.SPLITS and "validation" in quality.SPLITS


def test_identifier_figures_count_pairs_per_post():
    quality = _quality_module()
    found = {"a": {("phone", "+85512481385"), ("telegram", "x_job")}, "b": set(), "c": {("line", "z.z")}}
    gold = {"a": {("phone", "+85512481385")}, "b": {("url", "https://e.com")}}
    got = quality.identifier_figures(found, gold, evasive={"b"})
    assert got == {"precision": 1 / 3, "recall": 0.5, "n_gold": 2, "recall_evasive": 0.0, "n_gold_evasive": 1}
    assert quality.entity_key("wallet_erc20", "0xAbC") == ("wallet_erc20", "0xabc")
    assert quality.load_gold_entities("validation") is None


def test_no_identifier_shared_between_posts_of_this_half(posts, entities):
    """The r4a half does not test linking: each invented identifier appears in one post only."""
    lang_of = {p["id"]: p["lang"] for p in posts}
    seen: dict[tuple[str, str], str] = {}
    for pid, ents in entities.items():
        if lang_of[pid] not in MINE:
            continue
        for e in ents:
            key = (e["type"], e["value"].lower())
            assert key not in seen, f"{pid} and {seen.get(key)} share {key}"
            seen[key] = pid
