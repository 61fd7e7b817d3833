"""Pay and numbers met in the field (issue 10): hours, half units, one-off sums, unit first, local wages."""

from __future__ import annotations

import pytest

from ctip.detect.salary import parse_salaries
from ctip.pipeline import Screener
from ctip.text.normalise import normalise


@pytest.fixture(scope="module")
def screener():
    return Screener()


def usd(text: str, lang: str) -> list[float]:
    return [round(s.amount_usd_month) for s in parse_salaries(normalise(text), lang)]


def test_hours_of_work_are_not_pay():
    assert usd("ត្រូវការកម្មករ ធ្វើការ 8 ម៉ោង/ថ្ងៃ ប្រាក់ខែ 300$", "km") == [300]
    assert usd("work 8 hours a day, salary 250$", "en") == [250]
    assert usd("salary 10 usd per hour", "en") == [2080]  # an hourly rate is still pay


@pytest.mark.parametrize("text, lang, cny", [("月薪1万5", "zh", 15_000), ("月薪1.5万", "zh", 15_000),
                                             ("月薪2万5千", "zh", 25_000), ("月薪3千5", "zh", 3_500)])
def test_half_units(text, lang, cny):
    assert usd(text, lang) == [pytest.approx(cny * 0.139, abs=1)]


def test_vietnamese_half_unit():
    assert usd("Tuyển nhân viên lương 7tr5/tháng", "vi") == [pytest.approx(7_500_000 * 0.0000385, abs=1)]


@pytest.mark.parametrize("text, lang", [
    ("Cashier job, earn 5000 USD one-time bonus after contract", "en"),
    ("Pay 3000$ once you arrive", "en"),
    ("招聘收银员 一次性奖金5000元", "zh"),
    ("รับสมัครแคชเชียร์ รายได้ 50,000 บาท ครั้งเดียว", "th"),
    ("Lowongan kasir, gaji 50 juta sekali bayar", "id"),
    ("Cashier, total income 12000 USD for the 2-year contract", "en"),
])
def test_one_off_sums_are_not_monthly_pay(text, lang):
    assert usd(text, lang) == []


def test_a_bonus_next_to_a_salary_does_not_hide_the_salary():
    assert usd("Salary 1500 USD + bonus. No experience", "en") == [1500]
    assert usd("Salary 1500$ plus bonus 300$", "en") == [1500]
    assert usd("Total salary 1500$/month", "en") == [1500]


def test_burmese_unit_before_the_number():
    assert usd("လစာ သိန်း ၂၀", "my") == usd("လစာ ၂၀ သိန်း", "my") == [pytest.approx(2_000_000 * 0.000286, abs=1)]


@pytest.mark.parametrize("text, lang", [
    ("ជ្រើសរើសអ្នកលក់ ប្រាក់ខែ 250$ ភ្នំពេញ", "km"), ("ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ ១ លាន រៀល", "km"),
    ("Cashier wanted in Phnom Penh, salary 250 USD per month", "en"), ("招聘收银员 月薪4000元 昆明", "zh"),
    ("西港招聘收银员 月薪2000元", "zh"), ("รับสมัครพนักงานขาย เงินเดือน 12,000 บาท กรุงเทพ", "th"),
    ("รับสมัครพนักงาน ค่าแรงวันละ 350 บาท", "th"), ("Tuyển nhân viên bán hàng lương 7 triệu/tháng tại Hà Nội", "vi"),
    ("Lowongan kasir gaji 4 juta per bulan Jakarta", "id"), ("အရောင်းဝန်ထမ်း လစာ ၃ သိန်း ရန်ကုန်", "my"),
    ("နေ့စား ၁၀၀၀၀ ကျပ်", "my"), ("ຮັບພະນັກງານຂາຍ ເງິນເດືອນ 3 ລ້ານກີບ ວຽງຈັນ", "lo"),
])
def test_a_realistic_local_wage_is_realistic_in_every_language(screener, text, lang):
    ids = [h.id for h in screener.screen_text(text, lang).indicators]
    assert "L3" in ids and "R1" not in ids
