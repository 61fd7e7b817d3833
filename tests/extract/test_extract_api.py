"""The public API contract: order, de-duplication, offsets, helpers."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import phonenumbers
import pytest

from ctip.extract import ENTITY_TYPES, extract_entities, is_placeholder, link_key, load_hotlines
from ctip.extract.phonecheck import international, local
from ctip.records import Entity
from ctip.text.normalise import normalise

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev"


def test_entity_types():
    assert ENTITY_TYPES == ("phone", "whatsapp", "telegram", "line", "wechat", "email", "url", "wallet_trc20",
                            "wallet_erc20")


def test_order_of_first_appearance_and_no_duplicates(mobile):
    e164, national = mobile("KH", 1)
    text = f"TG @kh_jobs_hr, call {national}, mail hr@kh-jobs.com, again @KH_Jobs_HR and {national}"
    result = [(e.type, e.value) for e in extract_entities(text, "km")]
    assert result == [("telegram", "kh_jobs_hr"), ("phone", e164), ("email", "hr@kh-jobs.com")]


def test_offsets_index_the_original_text(mobile):
    _, national = mobile("TH", 2)
    text = "\u200bＴＧ：ｊｏｂｓ＿ｔｈ ｜ โทร " + "".join(chr(0x0E50 + int(d)) for d in national) + " ｜ www.Ex-Jobs.com/A"
    entities = extract_entities(text, "th")
    assert [e.type for e in entities] == ["telegram", "phone", "url"]
    for entity in entities:
        assert text[entity.start:entity.end] == entity.raw


def test_precomputed_norm_gives_the_same_result(mobile):
    _, national = mobile("VN", 3)
    text = f"Zalo {national} — Telegram @viec_lam_vn — viec.lam [at] gmail [dot] com"
    assert extract_entities(text, "vi", norm=normalise(text)) == extract_entities(text, "vi")


def test_empty_and_identifier_free_text():
    assert extract_entities("") == []
    assert extract_entities("Nice weather today, 32 degrees, see you at 5 pm!", "en") == []


def test_link_key_shares_phone_and_whatsapp():
    assert link_key(Entity("phone", "+85512345678", "", 0, 0)) == "tel:+85512345678"
    assert link_key(Entity("whatsapp", "+85512345678", "", 0, 0)) == "tel:+85512345678"
    assert link_key(Entity("telegram", "kh_jobs", "", 0, 0)) == "telegram:kh_jobs"


@pytest.mark.parametrize("kind,value,expected", [
    ("email", "test@test.com", True),
    ("email", "someone@example.com", True),
    ("email", "hr@kh-jobs.com", False),
    ("url", "https://www.example.com/x", True),
    ("url", "https://www.kh-jobs.com", False),
    ("phone", "+85500000000", True),
    ("phone", "+851234567", True),
    ("phone", "+85591234567", False),
    ("telegram", "n/a", True),
    ("telegram", "xxxx", True),
    ("telegram", "kh_jobs", False),
    ("wechat", "username", True),
    ("line", "000000", True),
    ("line", "1234567", True),
    ("line", "7391", False),
])
def test_is_placeholder(kind, value, expected):
    assert is_placeholder(Entity(kind, value, value, 0, len(value))) is expected


def test_hotlines_are_e164_with_a_source():
    hotlines = load_hotlines()
    assert hotlines and all(re.fullmatch(r"\+[1-9][0-9]{6,14}", n) for n in hotlines)
    for number in hotlines:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number))
    hotlines.add("+1")  # callers get a copy
    assert "+1" not in load_hotlines()


def test_fast_validation_agrees_with_phonenumbers():
    rng = random.Random(11)
    for region in ("KH", "TH", "MM", "LA", "VN", "ID", "PH", "CN", "MY"):
        for _ in range(400):
            digits = "0" + str(rng.randrange(10**7, 10**11))
            try:
                parsed = phonenumbers.parse(digits, region)
                want = (phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
                        if phonenumbers.is_valid_number_for_region(parsed, region) else None)
            except phonenumbers.NumberParseException:
                want = None
            assert local(digits, region) == want, (region, digits)
    for _ in range(400):
        digits = str(rng.randrange(10**8, 10**13))
        try:
            parsed = phonenumbers.parse("+" + digits)
        except phonenumbers.NumberParseException:
            assert international(digits) is None
            continue
        if digits[len(str(parsed.country_code))] == "0":
            continue  # "+855 0…": ctip drops a trunk 0 written after the country code, on purpose
        valid = phonenumbers.is_valid_number(parsed)
        want = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) if valid else None
        assert international(digits) == want, digits


def test_dev_set_precision_and_recall():
    if not (DEV / "dev_posts.jsonl").exists():
        pytest.skip("the shared dev set is not beside the repo")
    gold = {}
    for line in (DEV / "dev_entities.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["id"]] = {(e["type"], e["value"]) for e in row["entities"]}
    tp = fp = fn = 0
    for line in (DEV / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        want = gold.get(post["id"], set())
        got = {(e.type, e.value) for e in extract_entities(post["text"], post["lang"])}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95
