"""Salary parsing and pay-vs-role reasoning (R1 / L3)."""

from __future__ import annotations

import pytest

from ctip.detect.salary import parse_salaries, reference_wage
from ctip.text.normalise import normalise


@pytest.mark.parametrize(
    ("text", "currency", "period", "amount", "usd_month"),
    [
        ("月薪1.5万", "CNY", "month", "1.5万", 15000 * 0.139),
        ("$1500/month", "USD", "month", "$1500/month", 1500),
        ("15 triệu/tháng", "VND", "month", "15 triệu/tháng", 15e6 * 0.0000385),
        ("gaji 8 juta per bulan", "IDR", "month", "8 juta per bulan", 8e6 * 0.0000613),
        ("เงินเดือน 35,000 บาท", "THB", "month", "35,000 บาท", 35000 * 0.0294),
        ("ប្រាក់ខែ 800$", "USD", "month", "800$", 800),
        ("လစာ ၈ သိန်း", "MMK", "month", "၈ သိန်း", 8e5 * 0.000286),
        ("ເງິນເດືອນ 5 ລ້ານກີບ", "LAK", "month", "5 ລ້ານກີບ", 5e6 * 0.0000459),
        ("RM15,000 sebulan", "MYR", "month", "RM15,000 sebulan", 15000 * 0.233),
        ("earn 3000U per month", "USDT", "month", "3000U per month", 3000),
        ("日结500", "CNY", "day", "500", 500 * 0.139 * 26),
        ("lương 500k/ngày", "VND", "day", "500k/ngày", 500e3 * 0.0000385 * 26),
        ("年薪40-60万", "CNY", "year", "40-60万", 400000 * 0.139 / 12),
        ("Salary: $1,000 - $2,000 monthly", "USD", "month", "$1,000 - $2,000 monthly", 1000),
        ("รายได้ 1-2 แสนต่อเดือน", "THB", "month", "1-2 แสนต่อเดือน", 1e5 * 0.0294),
        ("Rp 8.500.000/bln", "IDR", "month", "Rp 8.500.000/bln", 8.5e6 * 0.0000613),
        ("$15 an hour", "USD", "hour", "$15 an hour", 15 * 208),
        ("ប្រាក់ខែ ១២០០ ដុល្លារ", "USD", "month", "១២០០ ដុល្លារ", 1200),
    ],
)
def test_salary_amount_currency_period_and_span(text, currency, period, amount, usd_month) -> None:
    (s,) = parse_salaries(normalise(text))
    assert (s.currency, s.period, s.raw) == (currency, period, amount)
    assert text[s.span[0]:s.span[1]] == amount
    assert s.amount_usd_month == pytest.approx(usd_month, rel=0.01)


def test_salary_span_is_original_after_zero_width_and_native_digits() -> None:
    text = "\u200b\u200bប្រាក់ខែ\u200b ១៥០០$ ក្នុងមួយខែ"
    (s,) = parse_salaries(normalise(text))
    assert text[s.span[0]:s.span[1]] == s.raw == "១៥០០$ ក្នុងមួយខែ"
    assert s.amount_usd_month == 1500


@pytest.mark.parametrize(
    "text",
    ["iPhone 14 Pro 4800包邮", "Call 0812 3456 7890 for salary info", "Age 18-35, salary negotiable",
     "Founded in 2015, 300 staff", "Room 1203, building 5", "salary high, hotline 1300", "price $50 only"],
)
def test_prices_phones_ages_and_years_are_not_salaries(text: str) -> None:
    assert parse_salaries(normalise(text)) == []


def test_reference_wage_for_cambodia_is_the_2025_garment_minimum() -> None:
    assert reference_wage("KH") == 208


@pytest.mark.parametrize(
    ("text", "lang", "country", "ratio"),
    [("Customer service in Cambodia, salary $1,500/month", "en", "KH", 7.2),
     ("Tuyển nhân viên đánh máy, lương 2000 USD/tháng, làm việc tại Campuchia", "vi", "KH", 9.6),
     ("招聘客服，月薪2万，缅甸妙瓦底", "zh", "MM", 46.3),
     ("รับสมัครแอดมิน เงินเดือน 50,000 บาท", "th", "TH", 5.1)],
)
def test_unskilled_pay_far_above_reference_fires_r1_with_detail(hits, text, lang, country, ratio) -> None:
    found = hits(text, lang)
    assert "R1" in found and "L3" not in found
    assert f"in {country} (USD" in found["R1"].detail
    assert f"{ratio:.1f}×" in found["R1"].detail


def test_r1_detail_format_for_usd_month(hits) -> None:
    assert hits("Typing job, salary $1,500/month, Cambodia", "en")["R1"].detail == (
        "USD 1,500/month ≈ 7.2× the reference wage in KH (USD 208)"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Factory worker, salary $250/month, Phnom Penh", "en"), ("Công nhân may, lương 6 triệu/tháng", "vi"),
     ("พนักงานทั่วไป เงินเดือน 12,000 บาท", "th"), ("Operator produksi, gaji 4 juta per bulan", "id"),
     ("ເງິນເດືອນ 5 ລ້ານກີບ ພະນັກງານຂາຍ", "lo")],
)
def test_realistic_pay_fires_l3_not_r1(hits, text: str, lang: str) -> None:
    found = hits(text, lang)
    assert "L3" in found and "R1" not in found
    assert "reference wage" in found["L3"].detail


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Senior Java engineer, 5 years of experience, salary $4,000/month, Phnom Penh", "en"),
     ("高薪诚聘资深Java工程师，月薪3万，本科及以上", "zh"),
     ("Registered nurses wanted, salary SGD 3,400/month, Singapore", "en")],
)
def test_skilled_role_with_high_pay_is_not_r1(hits, text: str, lang: str) -> None:
    assert "R1" not in hits(text, lang)


def test_skilled_word_does_not_shield_a_no_experience_lure(hits) -> None:
    found = hits("Game tester / engineer, no experience needed, salary $3,000/month in Cambodia", "en")
    assert "R1" in found


def test_lure_without_figure_fires_r1_but_a_realistic_figure_wins(hits) -> None:
    lure = hits("Việc nhẹ lương cao, bao ăn ở", "vi")
    assert lure["R1"].spans[0].text == "Việc nhẹ lương cao" and lure["R1"].detail == "pay lure without a figure"
    fair = hits("High salary! $300/month, Phnom Penh", "en")
    assert "R1" not in fair and "L3" in fair


def test_destination_named_in_post_beats_language(hits) -> None:
    # 15 triệu ≈ USD 578: 3.0x the Vietnamese floor, 9.6x the Myanmar one.
    assert "R1" not in hits("Phụ bếp, lương 15 triệu/tháng", "vi")
    assert "R1" in hits("Phụ bếp tại Myanmar, lương 15 triệu/tháng", "vi")
