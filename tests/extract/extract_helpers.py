"""Synthetic data helpers for extraction tests (random valid-format numbers, never real ones)."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# digits spelled out, one word per digit (the tests' own tables, independent of the package data)
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "zh": "零 一 二 三 四 五 六 七 八 九".split(),
    "km": "សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី ប្រាំបួន".split(),
    "lo": "ສູນ ໜຶ່ງ ສອງ ສາມ ສີ່ ຫ້າ ຫົກ ເຈັດ ແປດ ເກົ້າ".split(),
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး".split(),
}
NATIVE_ZERO = {"km": 0x17E0, "th": 0x0E50, "lo": 0x0ED0, "my": 0x1040, "fullwidth": 0xFF10}


def random_mobile(region: str, rng: random.Random) -> tuple[str, str]:
    """(E.164, national digits with trunk prefix) of a random valid mobile number in `region`."""
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = str(example.national_number)
    while True:
        cand = nsn[:3] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - 3))
        num = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == PhoneNumberType.MOBILE:
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
            return e164, "".join(ch for ch in national if ch.isdigit())


def native(digits: str, script: str) -> str:
    return "".join(chr(NATIVE_ZERO[script] + int(d)) if d.isdigit() else d for d in digits)


def spelled(digits: str, lang: str, sep: str = " ") -> str:
    return sep.join(WORDS[lang][int(d)] for d in digits)
