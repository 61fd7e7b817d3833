"""A narrator's own past age is not minor-targeting (issue 13, session 11).

Survivors write "when I was 16", "十七岁那年", "Năm 17 tuổi tôi…": that age is the story. K1 must not
fire on it, in any of the eight languages, and must still fire on the age an offer states now
("girls from 15", "age 16-25 welcome", "my cousin is 16, she can start"), also when a story and an
offer share a post. Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

from ctip.detect.context import _exceptions

PAST = [
    ("When I was 16 years old a neighbour offered me a job in a karaoke bar.", "en"),
    ("I was only 15 years old then, and they took my passport.", "en"),
    ("At age 15 I was taken across the border to work on a boat.", "en"),
    ("十七岁那年我被亲戚带去外地打工，工资一分没拿到。", "zh"),
    ("当时我才16岁，跟着老乡去了边境。", "zh"),
    ("我15岁就被卖到了外省。", "zh"),
    ("Năm 16 tuổi tôi bị người quen dụ sang biên giới.", "vi"),
    ("Hồi 14 tuổi em đi bán hàng rong cho một bà chủ.", "vi"),
    ("Tôi bị bán sang bên kia năm 17 tuổi.", "vi"),
    ("Waktu umur 15 saya dibawa calo ke Batam.", "id"),
    ("Umur 16 saya dinikahkan dengan orang asing.", "id"),
    ("ពេលខ្ញុំអាយុ 15 មានគេនាំទៅធ្វើការនៅថៃ", "km"),
    ("ខ្ញុំអាយុ ១៦ ពេលគេនាំទៅធ្វើការនៅរោងចក្រ", "km"),
    ("ตอนอายุ 15 มีคนพาไปทำงานที่ร้านคาราโอเกะ", "th"),
    ("หนูอายุ 16 ตอนที่ถูกพาไปทำงานที่ภูเก็ต", "th"),
    ("ຕອນຂ້ອຍອາຍຸ 16 ມີຄົນພາໄປເຮັດວຽກຢູ່ໄທ", "lo"),
    ("ຕອນອາຍຸ 15 ຂ້ອຍຖືກພາໄປແຕ່ງງານ", "lo"),
    ("ကျွန်မ အသက် ၁၅ နှစ် တုန်းက အလုပ်ခေါ်သွားခဲ့တယ်", "my"),
    ("အသက် 16 နှစ်ကတည်းက စက်ရုံမှာ အလုပ်လုပ်ခဲ့ရတယ်", "my"),
]

PRESENT = [
    ("Hiring girls aged 16 and above for a karaoke bar, good tips.", "en"),
    ("Age 16-25 welcome, no experience needed.", "en"),
    ("My cousin is 16 years old, she can start next week.", "en"),
    ("招女服务员，年龄16岁以上，包吃住。", "zh"),
    ("我表妹16岁，下周就能上班。", "zh"),
    ("Tuyển nữ phục vụ từ 16 tuổi, bao ăn ở.", "vi"),
    ("Em gái tôi 16 tuổi, có thể đi làm ngay.", "vi"),
    ("Dicari cewek umur 16 tahun untuk kerja di kafe.", "id"),
    ("Lowongan usia 15 tahun ke atas boleh.", "id"),
    ("ត្រូវការបុគ្គលិកស្រី អាយុ 16 ឡើង ធ្វើការហាងកាហ្វេ", "km"),
    ("รับสาวเสิร์ฟ อายุ 16 ขึ้นไป มีที่พักให้", "th"),
    ("รับตั้งแต่อายุ 15 ไม่ต้องมีประสบการณ์", "th"),
    ("ຮັບພະນັກງານຍິງ ອາຍຸ 16 ຂຶ້ນໄປ", "lo"),
    ("ຮັບແຕ່ອາຍຸ 15 ບໍ່ຕ້ອງມີປະສົບການ", "lo"),
    ("အသက် 16 ရှိရင် လာလုပ်လို့ရတယ်", "my"),
]

MIXED = [  # a story and an offer in one post: the offer's age still fires
    ("When I was 16 years old I worked there too. Now hiring girls aged 16 and above.", "en", "aged 16"),
    ("十七岁那年我也去过。现在招工，年龄16岁以上。", "zh", "16岁"),
    ("Năm 16 tuổi tôi cũng làm ở đó. Nay tuyển nữ từ 15 tuổi.", "vi", "15 tuổi"),
    ("ตอนอายุ 15 ฉันก็เคยทำ ตอนนี้รับอายุ 16 ขึ้นไป", "th", "อายุ 16"),
]


@pytest.mark.parametrize(("text", "lang"), PAST)
def test_a_narrators_past_age_is_not_minor_targeting(hits, text, lang):
    assert "K1" not in hits(text, lang), text


@pytest.mark.parametrize(("text", "lang"), PRESENT)
def test_an_offers_present_age_still_fires(hits, text, lang):
    assert "K1" in hits(text, lang), text


@pytest.mark.parametrize(("text", "lang", "kept"), MIXED)
def test_a_story_does_not_cancel_an_offer_in_the_same_post(hits, text, lang, kept):
    spans = [s.text for s in hits(text, lang)["K1"].spans]
    assert any(kept in s for s in spans), spans
    assert len(spans) == 1, spans  # the story's own age is gone


def test_every_language_has_both_sides():
    langs = {"en", "zh", "vi", "id", "km", "th", "my", "lo"}
    assert {lang for _, lang in PAST} == langs
    assert {lang for _, lang in PRESENT} == langs


def test_the_past_age_rule_only_cancels_what_it_covers():
    rules = [r for r in _exceptions()["K1"] if r.overlap]
    assert rules, "the past-age rule is an overlap rule"
    assert not any(r.overlap for iid, rs in _exceptions().items() if iid != "K1" for r in rs)
