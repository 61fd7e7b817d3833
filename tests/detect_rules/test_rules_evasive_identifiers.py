"""Screening a post whose contact ids are disguised (look-alike letters, full-width forms,
zero-width characters) gives the same verdict and the same identifiers as the clean post, in
all eight languages, with each identifier's span on the characters as written (issue 13, item 3).
Synthetic posts only."""

from __future__ import annotations

import pytest

from ctip.pipeline import screen

# clean post, disguised post (same words), language
PAIRS = [
    ("th", "รับสมัครงานแอดมิน เงินเดือนดี ที่พักฟรี สนใจทักไลน์ soso ด่วน",
     "รับสมัครงานแอดมิน เงินเดือนดี ที่พักฟรี สนใจทักไลน์ ѕоѕо ด่วน"),
    ("lo", "ຮັບສະໝັກພະນັກງານ ເງິນເດືອນດີ ມີທີ່ພັກ ຕິດຕໍ່ ລາຍ: sompo88 ເງິນດີ",
     "ຮັບສະໝັກພະນັກງານ ເງິນເດືອນດີ ມີທີ່ພັກ ຕິດຕໍ່ ລາຍ: ѕоmро88 ເງິນດີ"),
    ("km", "ត្រូវការបុគ្គលិក ប្រាក់ខែល្អ ស្នាក់នៅឥតគិតថ្លៃ Line ID: cocoa ប្រាក់ខែល្អ",
     "ត្រូវការបុគ្គលិក ប្រាក់ខែល្អ ស្នាក់នៅឥតគិតថ្លៃ Line ID: сосоа ប្រាក់ខែល្អ"),
    ("my", "ထိုင်းမှာ အလုပ်ခေါ်နေပါတယ် လစာကောင်း WeChat: jobasia88 လစာ",
     "ထိုင်းမှာ အလုပ်ခေါ်နေပါတယ် လစာကောင်း WeChat: ј\u200bоbаѕіа88 လစာ"),
    ("zh", "高薪招聘客服，包吃包住，加微信：happy_888高薪日结",
     "高薪招聘客服，包吃包住，加微信：ｈａｐｐｙ＿８８８高薪日结"),
    ("vi", "Tuyển nhân viên văn phòng lương cao, liên hệ Line: vieclam88 ngay",
     "Tuyển nhân viên văn phòng lương cao, liên hệ Line: viеclаm88 ngay"),
    ("id", "Lowongan kerja admin gaji besar, hubungi Line: kerja88 segera",
     "Lowongan kerja admin gaji besar, hubungi Line: kеrја88 segera"),
    ("en", "Typing job in Sihanoukville, $1500, free ticket. WeChat ID: Asia_Job8",
     "Typing job in Sihanoukville, $1500, free ticket. WeChat ID: Аѕіа_Јоb8"),
]


@pytest.mark.parametrize(("lang", "clean", "disguised"), PAIRS)
def test_disguised_ids_keep_verdict_and_identifiers(lang: str, clean: str, disguised: str) -> None:
    a, b = screen([clean, disguised])
    assert a.entities and [(e.type, e.value) for e in b.entities] == [(e.type, e.value) for e in a.entities]
    assert (b.risk_level, b.needs_review) == (a.risk_level, a.needs_review)
    assert sorted(h.id for h in b.indicators) == sorted(h.id for h in a.indicators)
    for e in b.entities:
        assert disguised[e.start:e.end] == e.raw


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("km", "ត្រូវការបុគ្គលិក ប្រាក់ខែល្អ ទូរស័ព្ទ ០ 🔥 ៩ 🔥 ១ 🔥 ២ 🔥 ៣ 🔥 ៤ 🔥 ៥ 🔥 ៦ 🔥 ៧", "+85591234567"),
    ("th", "รับสมัครงาน เงินดี โทร ๐๘๑/๒๓๔/๕๖๗๘", "+66812345678"),
    ("zh", "高薪招聘，包吃住，电话 1/3/8/1/2/3/4/5/6/7/8", "+8613812345678"),
])
def test_screening_reports_numbers_split_by_evasive_separators(lang: str, text: str, value: str) -> None:
    (result,) = screen([text])
    assert ("phone", value) in [(e.type, e.value) for e in result.entities]
