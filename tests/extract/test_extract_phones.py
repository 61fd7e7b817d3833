"""Phone numbers: formats, scripts, obfuscations, region resolution, and what is not a phone."""

from __future__ import annotations

import pytest
from extract_helpers import native, spelled

from ctip.extract import extract_entities

LANG_REGION = {"km": "KH", "th": "TH", "my": "MM", "lo": "LA", "vi": "VN", "id": "ID", "zh": "CN"}


def phones(text: str, lang: str | None = None, region: str | None = None) -> list[str]:
    return [e.value for e in extract_entities(text, lang, region=region) if e.type == "phone"]


def grouped(digits: str, sep: str = " ") -> str:
    return sep.join(digits[i:i + 3] for i in range(0, len(digits), 3))


@pytest.mark.parametrize("lang,region", sorted(LANG_REGION.items()))
def test_local_number_resolved_with_post_language(mobile, lang, region):
    e164, national = mobile(region, 1)
    assert phones(f"contact {grouped(national)} now", lang) == [e164]


@pytest.mark.parametrize("sep", [" ", "-", ".", ""])
def test_separators_between_groups(mobile, sep):
    e164, national = mobile("KH", 2)
    assert phones(f"call {grouped(national, sep)}", "km") == [e164]


@pytest.mark.parametrize("template", ["+{cc} {nsn}", "(+{cc}) {nsn}", "00{cc} {nsn}", "+{cc}-{nsn}", "+ {cc} {nsn}",
                                      "+{cc} (0) {nsn}"])
def test_international_forms(mobile, template):
    e164, _ = mobile("TH", 3)
    cc, nsn = e164[1:3], e164[3:]
    text = "WhatsApp " + template.format(cc=cc, nsn=grouped(nsn))
    assert phones(text, "km") == [e164]  # the country code wins over the post language


@pytest.mark.parametrize("lang,region", [("id", "ID"), ("km", "KH"), ("th", "TH")])
def test_own_country_code_without_plus(mobile, lang, region):
    e164, _ = mobile(region, 32)
    assert phones(f"WA {e164[1:]}", lang) == [e164]


def test_foreign_country_code_without_plus_is_not_guessed(mobile):
    e164, _ = mobile("ID", 33)
    assert phones(f"WA {e164[1:]}", "km") == []


def test_international_number_keeps_raw_span_with_plus(mobile):
    e164, _ = mobile("VN", 4)
    text = f"Gọi (+84) {grouped(e164[3:])} nhé"
    (entity,) = extract_entities(text, "vi")
    assert entity.raw.startswith("(+84)") and text[entity.start:entity.end] == entity.raw


@pytest.mark.parametrize("script,lang", [("km", "km"), ("th", "th"), ("lo", "lo"), ("my", "my"), ("fullwidth", "zh")])
def test_native_digits(mobile, script, lang):
    e164, national = mobile(LANG_REGION[lang], 5)
    text = f"☎ {native(grouped(national), script)}"
    (entity,) = extract_entities(text, lang)
    assert (entity.type, entity.value) == ("phone", e164)
    assert entity.raw == native(grouped(national), script)


def test_fullwidth_plus_and_digits(mobile):
    e164, _ = mobile("CN", 6)
    text = "联系 ＋" + native(e164[1:3] + " " + grouped(e164[3:]), "fullwidth")
    assert phones(text, "zh") == [e164]


def test_letter_o_for_zero(mobile):
    e164, national = mobile("VN", 7)
    written = grouped(national).replace("0", "O")
    assert phones(f"Zalo {written}", "vi") == [e164]


def test_burmese_letter_wa_for_zero(mobile):
    e164, national = mobile("MM", 8)
    written = native(grouped(national), "my").replace("\u1040", "\u101d")  # digit zero → letter wa
    assert phones(f"ဖုန်း {written}", "my") == [e164]


def test_spaced_single_digits(mobile):
    e164, national = mobile("KH", 9)
    assert phones("call " + " ".join(national), "km") == [e164]


def test_zero_width_characters_inside_number(mobile):
    e164, national = mobile("TH", 10)
    text = "โทร " + "\u200b".join(grouped(national))
    assert phones(text, "th") == [e164]


@pytest.mark.parametrize("lang", ["en", "id", "vi", "th", "zh", "km", "lo", "my"])
def test_digits_spelled_out(mobile, lang):
    region = LANG_REGION.get(lang, "PH")
    e164, national = mobile(region, 11)
    assert phones(f"call {spelled(national, lang)} ok", lang) == [e164]


@pytest.mark.parametrize("lang", ["th", "zh", "lo"])  # Khmer 5+3 unspaced reads as 8
def test_digits_spelled_out_without_spaces(mobile, lang):
    e164, national = mobile(LANG_REGION[lang], 12)
    assert phones(spelled(national, lang, ""), lang) == [e164]


def test_half_spelled_out(mobile):
    e164, national = mobile("PH", 13)
    text = f"text {national[:5]} {spelled(national[5:], 'en')} (Viber)"
    assert phones(text, "en") == [e164]


def test_two_numbers_side_by_side(mobile):
    (a, na), (b, nb) = mobile("KH", 14), mobile("KH", 15)
    assert phones(f"{grouped(na)} {grouped(nb)}", "km") == [a, b]


@pytest.mark.parametrize("seed", range(5))
def test_age_before_number_does_not_swallow_it(mobile, seed):
    e164, national = mobile("TH", 16 + seed)
    assert phones(f"อายุ 18 {grouped(national)}", "th") == [e164]
    assert phones(f"age 18 {grouped(national)} Thailand", "en") == [e164]


def test_region_override_beats_language(mobile):
    e164, national = mobile("PH", 17)
    assert phones(grouped(national), "km", region="PH") == [e164]


def test_country_named_next_to_number_resolves_english_post(mobile):
    e164, national = mobile("TH", 18)
    assert phones(f"Call {grouped(national)} (Thailand)", "en") == [e164]


def test_english_post_uses_countries_mentioned(mobile):
    e164, national = mobile("PH", 19)
    assert phones(f"Hiring Filipino staff, PM me {grouped(national)}", "en") == [e164]


@pytest.mark.parametrize("lang", ["zh-Hans", "ZH", "zh_CN"])
def test_language_tags_with_script_or_region(mobile, lang):
    e164, national = mobile("CN", 31)
    assert phones(f"电话 {grouped(national)}", lang) == [e164]


def test_language_guessed_from_script_when_not_given(mobile):
    e164, national = mobile("KH", 20)
    assert phones(f"ទូរស័ព្ទ {grouped(national)}") == [e164]


@pytest.mark.parametrize("label", ["WhatsApp", "Zalo", "Viber", "LINE", "ไลน์", "Signal"])
def test_labelled_plain_number_is_a_phone(mobile, label):
    e164, national = mobile("VN", 21)
    entities = extract_entities(f"{label}: {grouped(national)}", "vi")
    assert [(e.type, e.value) for e in entities] == [("phone", e164)]


def test_foreign_landline_needs_evidence():
    # invalid as a Cambodian number; valid as a Thai landline, but nothing in the post points to Thailand
    assert phones("Tel: 023 456 789", "km") == []
    assert phones("Tel: 023 456 789 (Bangkok office)", "km") == ["+6623456789"]


def test_invalid_number_is_not_reported():
    assert phones("call 012 34 or 099 9", "km") == []
    assert phones("call +855 0000", "km") == []


@pytest.mark.parametrize("text", [
    "Hotline 1288 or 1300, report scams to 96110",
    "Salary 15,000,000 - 25,000,000 VND per month",
    "Lương 15.000.000 - 25.000.000 đồng",
    "Gaji Rp 12.500.000 per bulan, umur 18-35",
    "ราคา 1,200 บาท อายุ 20-35 ปี",
    "Founded in 2019, 2020 and 2021 we hired 150 staff",
    "Date: 2024-03-15, deadline 15.03.2024, 03/15/2024",
    "License No. DMW-112-LB-03152024-R issued",
    "Licence no. 0912345678 (ministry register)",
    "SIP3MI No. 0871/2019, JTKSM 431C",
    "Card 4111 1111 1111 1111 exp 12/27",
    "Account number 0912345678 at the bank",
    "Tour 4N3Đ giá 5.990.000đ/khách",
    "QQ 0912345678",
    "Invoice no. 0912345678, order no 0812-3456-7890",
    "Reg. No. 0123456789",
    "STK: 0912345678 Vietcombank",
    "Rekening BCA 0812345678 a.n. Budi",
    "บัญชีธนาคาร 081-2-34567-8",
])
def test_not_phones(text):
    assert phones(text, "vi") == [] and phones(text, "en") == []


@pytest.mark.parametrize("prefix", ["For booking call", "to order call", "tài khoản Zalo", "Tel.", "ref:"])
def test_ordinary_words_before_a_number_do_not_block_it(mobile, prefix):
    e164, national = mobile("VN", 30)
    assert phones(f"{prefix} {national}", "vi") == [e164]


def test_number_inside_word_or_code_is_not_a_phone():
    assert phones("ref ABC0912345678XYZ and tx_0912345678", "vi") == []
