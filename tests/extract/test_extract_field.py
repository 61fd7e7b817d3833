"""Extraction gaps met in the field (issue 10): spaced handles, country-code lengths, tax codes, I4."""

from __future__ import annotations

import pytest

from ctip.extract import extract_entities, is_placeholder
from ctip.pipeline import Screener
from ctip.records import Entity


@pytest.mark.parametrize("text, lang, handle", [
    ("Telegram @ sihanouk_hr_team", "en", "sihanouk_hr_team"),
    ("TG: @ abc_hr_team now", "en", "abc_hr_team"),
    ("ask @ hr_2024 today", "en", "hr_2024"),
    ("liên hệ t . me / tuyen_dung_88", "vi", "tuyen_dung_88"),
    ("join t[.]me/kk_jobs_hr", "en", "kk_jobs_hr"),
    ("t dot me/kk_jobs_hr", "en", "kk_jobs_hr"),
])
def test_spaced_handle_forms(text, lang, handle):
    assert [(e.type, e.value) for e in extract_entities(text, lang)] == [("telegram", handle)]


def test_spaced_at_is_not_taken_for_a_handle_in_ordinary_words():
    assert extract_entities("meet @ office at 5", "en") == []


@pytest.mark.parametrize("number", ["+6281234567890", "+66812345678", "+84912345678"])
def test_valid_numbers_are_not_placeholders(number):
    assert not is_placeholder(Entity("phone", number, number, 0, 0))
    assert [e.value for e in extract_entities(f"call {number}", None)] == [number]


@pytest.mark.parametrize("number", ["+85500000000", "+66111111111", "+8551234567"])
def test_placeholders_stay_placeholders(number):
    assert is_placeholder(Entity("phone", number, number, 0, 0))


@pytest.mark.parametrize("text", ["Công ty ABC, MST: 0312345678, địa chỉ Q1", "mst 0101234567-001",
                                  "Tax code: 0312345678"])
def test_a_vietnamese_tax_code_is_not_a_phone(text):
    assert extract_entities(text, "vi") == []
    both = extract_entities("Liên hệ 0912 345 678 (MST 0312345678)", "vi")
    assert [e.value for e in both] == ["+84912345678"]


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("text, written", [
    ("call 0 9 7 1 2 3 4 5 6 7 now", "0 9 7 1 2 3 4 5 6 7"),
    ("call zero nine seven one two three four five six seven", "zero nine seven one two three four five six seven"),
    ("call O97 I23 4567", "O97 I23 4567"),
    ("ໂທ 02O 55 123 456", "02O 55 123 456"),
    ("โทร ศูนย์เก้าเจ็ดหนึ่งสองสามสี่ห้าหกเจ็ด", "ศูนย์เก้าเจ็ดหนึ่งสองสามสี่ห้าหกเจ็ด"),
    ("电话 零九七一二三四五六七", "零九七一二三四五六七"),
])
def test_i4_fires_on_numbers_written_to_dodge_filters(screener, text, written):
    i4 = [h for h in screener.screen_text(text).indicators if h.id == "I4"]
    assert i4 and [s.text for s in i4[0].spans] == [written]


@pytest.mark.parametrize("text", ["call 097-123-4567", "salary 1500 usd, oil 2024 price", "room 101, floor 2",
                                  "Năm 2024 tuyển 10 người"])
def test_i4_does_not_fire_on_ordinary_numbers(screener, text):
    assert "I4" not in [h.id for h in screener.screen_text(text).indicators]
