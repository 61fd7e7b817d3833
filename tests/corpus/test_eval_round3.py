"""Checks of the round-3 blind test split (data/eval/round3/): shape, labels, gold identifiers.

The split is report-only; these tests guard its integrity, not the model.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from eval_gold_checks import (
    ZERO_WIDTH,
    check_entities_well_formed,
    check_gold_values_normalised,
    datasheet_rows,
    digits,
    fold,
    jsonl_rows,
)

SPLIT = Path(__file__).resolve().parents[2] / "data" / "eval" / "round3"
LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]
FRAMES = {"offer", "plea", "warning", "testimony", "news", "other"}
POSITIVE = {"scam_compound": 4, "forced_labour": 2, "sexual_exploitation": 1,
            "forced_marriage": 1, "organ": 1, "child": 1, "infant_sale": 2, "worker_sale": 2,
            "debt_contract": 1, "victim_distress": 3}
NEGATIVE = {"awareness": 3, "news": 3, "testimony": 3, "commerce": 4, "legit_job": 3,
            "legit_agency": 1, "legit_travel": 2, "pay_question": 1, "fundraising": 1}
LAWFUL = {"lawful_adoption", "lawful_transfer"}
# Frame each category must carry (None: any frame is allowed).
CATEGORY_FRAME = {"victim_distress": "plea", "awareness": "warning", "news": "news",
                  "testimony": "testimony", "commerce": "other", "legit_job": "offer",
                  "legit_agency": "offer", "legit_travel": "other", "pay_question": "other",
                  "fundraising": "other", "lawful_adoption": "other", "lawful_transfer": "other"}
COUNTRY = {"km": "KH", "en": "KH", "zh": "CN", "th": "TH", "vi": "VN", "id": "ID", "my": "MM",
           "lo": "LA"}
EVASION_KINDS = {"cyrillic", "greek", "fullwidth", "zero_width", "spaced"}
# Full-width letters, digits, @ . _ (not the full-width punctuation Chinese text uses anyway).
FULLWIDTH = re.compile("[\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
GREEK = re.compile("[\u0370-\u03ff]")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return jsonl_rows(SPLIT / "posts.jsonl")


@pytest.fixture(scope="module")
def entities() -> dict[str, list[dict]]:
    return {r["id"]: r["entities"] for r in jsonl_rows(SPLIT / "entities.jsonl")}


def test_posts_have_valid_fields(posts):
    for p in posts:
        assert set(p) >= {"id", "text", "lang", "label", "category", "frame", "evasion"}, p["id"]
        assert re.fullmatch(rf"r3-{p['lang']}-\d{{3}}", p["id"]), p["id"]
        assert p["lang"] in LANGS and p["frame"] in FRAMES, p["id"]
        assert p["category"] in POSITIVE or p["category"] in NEGATIVE or p["category"] in LAWFUL
        assert p["label"] == (1 if p["category"] in POSITIVE else 0), p["id"]
        assert p["text"].strip() == p["text"] and len(p["text"]) >= 40, p["id"]
        want = CATEGORY_FRAME.get(p["category"])
        assert want is None or p["frame"] == want, p["id"]


def test_label_follows_frame(posts):
    for p in posts:
        if p["frame"] in {"warning", "news", "testimony"}:
            assert p["label"] == 0, p["id"]
        if p["frame"] == "plea":
            assert p["label"] == 1, p["id"]


def test_ids_and_texts_unique(posts, entities):
    ids = [p["id"] for p in posts]
    assert len(ids) == len(set(ids))
    assert len({p["text"] for p in posts}) == len(posts)
    assert set(entities) <= set(ids)


def test_counts_per_language(posts):
    by_lang = Counter(p["lang"] for p in posts)
    assert by_lang == {lang: 40 for lang in LANGS}
    for lang in LANGS:
        cats = Counter(p["category"] for p in posts if p["lang"] == lang)
        assert sum(cats[c] for c in LAWFUL) == 1, lang
        assert {c: cats[c] for c in POSITIVE} == POSITIVE, lang
        assert {c: cats[c] for c in NEGATIVE} == NEGATIVE, lang
    # lawful adoption and lawful transfer alternate between languages
    lawful = Counter(p["category"] for p in posts if p["category"] in LAWFUL)
    assert lawful == {"lawful_adoption": 4, "lawful_transfer": 4}


def test_entities_well_formed(entities):
    check_entities_well_formed(entities)


def test_gold_values_are_normalised(entities):
    check_gold_values_normalised(entities)


def _found(value: str, kind: str, text: str, lang: str) -> bool:
    folded = fold(text)
    if kind in {"phone", "whatsapp"}:
        num = phonenumbers.parse(value, None)
        nsn = phonenumbers.national_significant_number(num)
        return nsn in digits(folded)
    if kind == "wallet_trc20" or kind == "wallet_erc20" or kind == "wechat":
        return value in folded
    if kind == "url":
        return value.removeprefix("https://").lower() in folded.lower()
    return value in folded.lower()


def test_every_gold_value_is_in_its_post(posts, entities):
    texts = {p["id"]: p for p in posts}
    for pid, ents in entities.items():
        p = texts[pid]
        for e in ents:
            assert _found(e["value"], e["type"], p["text"], p["lang"]), f"{pid}: {e}"


def test_every_written_phone_number_is_in_the_gold(posts, entities):
    """libphonenumber's matcher, run with the post's country, finds no number the gold lacks."""
    for p in posts:
        text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", p["text"]))
        gold = {e["value"] for e in entities.get(p["id"], []) if e["type"] in {"phone", "whatsapp"}}
        matcher = phonenumbers.PhoneNumberMatcher(text, COUNTRY[p["lang"]],
                                                  leniency=phonenumbers.Leniency.VALID)
        found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                 for m in matcher}
        assert found <= gold, f"{p['id']}: number(s) without gold: {found - gold}"
        phones = {e["value"] for e in entities.get(p["id"], []) if e["type"] == "phone"}
        assert phones <= found, f"{p['id']}: gold phone not found in {p['lang']} context"


def test_entity_order_is_first_appearance(posts, entities):
    texts = {p["id"]: fold(p["text"]).lower() for p in posts}
    for pid, ents in entities.items():
        spots = []
        for e in ents:
            value = e["value"].lower().removeprefix("https://")
            if e["type"] in {"phone", "whatsapp"}:
                continue  # numbers are written in local forms; order checked by eye
            spots.append(texts[pid].find(value))
        assert spots == sorted(spots), pid


def test_evasion_is_declared_and_real(posts, entities):
    for p in posts:
        text = p["text"]
        present = set()
        if CYRILLIC.search(text):
            present.add("cyrillic")
        if GREEK.search(text):
            present.add("greek")
        if FULLWIDTH.search(text):
            present.add("fullwidth")
        if ZERO_WIDTH.search(text):
            present.add("zero_width")
        kinds = set(p.get("evasion_kinds", []))
        assert kinds <= EVASION_KINDS, p["id"]
        assert p["evasion"] == bool(kinds), p["id"]
        assert present == kinds - {"spaced"}, f"{p['id']}: declared {kinds}, found {present}"
        if p["evasion"]:
            # at least one gold value is not written plainly in the raw text
            raw = text.lower()
            hidden = [e for e in entities.get(p["id"], [])
                      if e["value"].lower().removeprefix("https://") not in raw]
            assert hidden or kinds & {"zero_width", "spaced"}, p["id"]


def test_counts_match_datasheet(posts):
    got = Counter((p["lang"], p["category"], p["frame"]) for p in posts)
    rows = datasheet_rows(SPLIT, "counts")
    sheet = Counter({(r[0], r[1], r[2]): int(r[3]) for r in rows})
    assert sheet == got
    ev_rows = datasheet_rows(SPLIT, "evasion")
    kinds = Counter(k for p in posts for k in p.get("evasion_kinds", []))
    kinds["posts"] = sum(p["evasion"] for p in posts)
    assert Counter({r[0]: int(r[1]) for r in ev_rows}) == kinds
    by_frame = Counter((str(p["label"]), p["frame"]) for p in posts if p["evasion"])
    assert Counter({(r[0], r[1]): int(r[2]) for r in datasheet_rows(SPLIT, "evasion_frames")}) == by_frame
