"""Verdicts tried by hand (issue 10, item 6), asserted as behaviour (flagged or not, which indicator)."""

from __future__ import annotations

import pytest

from ctip.pipeline import Screener


@pytest.fixture(scope="module")
def screener():
    return Screener()


def ids(screener, text, lang=None):
    return [h.id for h in screener.screen_text(text, lang).indicators]


@pytest.mark.parametrize("text", ["Red kidney beans for sale, 2 dollars a kilo, fresh from Battambang",
                                  "Kidney beans for sale"])
def test_kidney_beans_are_food(screener, text):
    s = screener.screen_text(text, "en")
    assert "O1" not in [h.id for h in s.indicators] and not s.needs_review


def test_selling_a_kidney_is_still_organ_trade(screener):
    assert "O1" in ids(screener, "Sell your kidney for 20000 USD, fast payment", "en")


@pytest.mark.parametrize("text, lang", [
    ("Please help me find my dog, brown puppy lost near Toul Kork market", "en"),
    ("Help me find my lost cat please", "en"),
    ("ช่วยตามหาหมาหน่อยค่ะ หมาสีน้ำตาลหายแถวตลาด", "th"),
    ("帮我找狗！棕色小狗在市场附近丢了", "zh"),
])
def test_a_lost_pet_is_not_a_victims_plea(screener, text, lang):
    s = screener.screen_text(text, lang)
    assert "X1" not in [h.id for h in s.indicators] and not s.needs_review


def test_a_real_plea_still_is(screener):
    s = screener.screen_text("Please help me, they locked us in and we cannot leave", "en")
    assert "X1" in [h.id for h in s.indicators] and s.needs_review


@pytest.mark.parametrize("text, lang", [
    ("Cafe staff wanted, students welcome, 18+ only, 5 USD per day", "en"),
    ("Part-time tutors, university students welcome", "en"),
    ("รับสมัครพนักงานร้านกาแฟ นักศึกษาก็ได้ อายุ 18 ปีขึ้นไป", "th"),
])
def test_students_with_an_adult_age_are_not_minors(screener, text, lang):
    assert "K1" not in ids(screener, text, lang)


def test_students_with_a_minor_age_are(screener):
    s = screener.screen_text("Students welcome, age 15 ok, night shift at the club", "en")
    assert "K1" in [h.id for h in s.indicators] and s.needs_review


@pytest.mark.parametrize("spaced, joined", [
    ("ကျွန်တော့် ကို ကယ် ပါ", "ကျွန်တော့်ကိုကယ်ပါ"),
    ("ပတ်စပို့ ကို သိမ်း ထားမယ်", "ပတ်စပို့ကိုသိမ်းထားမယ်"),
])
def test_burmese_cues_match_with_or_without_spaces(screener, spaced, joined):
    found = ids(screener, joined, "my")
    assert found and ids(screener, spaced, "my") == found


def test_burmese_spans_point_at_the_spaced_words(screener):
    [hit] = screener.screen_text("ကျွန်တော့် ကို ကယ် ပါ", "my").indicators
    assert hit.id == "X1" and hit.spans[0].text == "ကျွန်တော့် ကို ကယ် ပါ"


def test_fishing_boat_debt_and_confinement(screener):
    victim = screener.screen_text("I am on a fishing boat near Ambon, the captain says I owe 3,000 dollars and we "
                                  "never go ashore. He took my phone.", "en")
    assert victim.needs_review
    ad = ids(screener, "Fishing crew needed, no experience, advance deducted from salary, stay at sea 2 years, "
                       "cannot go ashore until the debt is paid", "en")
    assert {"C3", "C4"} <= set(ad)


@pytest.mark.parametrize("text", [
    "Typist wanted, visa and ticket by company, salary 1200$, Telegram @typist_jobs88",
    "Need typist, visa & ticket by company, 1000 USD",
    "Typist needed in Dubai. Visa and ticket by company. Salary 900 USD. WhatsApp +971501234567",
])
def test_visa_and_ticket_by_company_typist_ads(screener, text):
    s = screener.screen_text(text, "en")
    assert {"T1", "T2"} <= {h.id for h in s.indicators} and s.needs_review
