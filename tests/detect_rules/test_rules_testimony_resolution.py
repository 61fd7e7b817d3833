"""Testimony (L9) also fires on how a story ended — home, rescued, got out, the case went to court —
in all eight languages, and not in a plea: someone still held next to a call for help (issue 13,
session 11). Synthetic sentences written for these tests."""

from __future__ import annotations

import pytest

RESOLVED = [
    ("They promised a factory job. It was a farm with a locked gate. I'm home now, check agencies.", "en"),
    ("The embassy helped me get home last spring. Don't pay any agent upfront.", "en"),
    ("My case went to court and the recruiter got eight years.", "en"),
    ("在那边干了半年没拿到钱，后来跟老乡一起才逃出来。", "zh"),
    ("护照被收了一年，最后领馆帮忙才回国。", "zh"),
    ("Bị giữ hộ chiếu nửa năm, nhờ hội người Việt mới thoát được, giờ về quê làm ruộng.", "vi"),
    ("Tôi đã về nhà rồi, mọi người đừng tin mấy bài tuyển dụng kiểu này.", "vi"),
    ("Dua tahun gaji ditahan, akhirnya kabur ke KBRI dan sekarang sudah di rumah.", "id"),
    ("Paspor ditahan agen, untung berhasil pulang dengan selamat.", "id"),
    ("นายจ้างยึดพาสปอร์ตไว้ปีกว่า สุดท้ายกลับถึงบ้านได้เพราะมูลนิธิ", "th"),
    ("ถูกช่วยออกมาได้ตอนตำรวจเข้าตรวจ ตอนนี้อยู่บ้านกับแม่", "th"),
    ("គេយកលិខិតឆ្លងដែនខ្ញុំ មួយឆ្នាំក្រោយខ្ញុំមកដល់ផ្ទះហើយ", "km"),
    ("ខ្ញុំត្រូវបានជួយសង្គ្រោះដោយអង្គការមួយ", "km"),
    ("ເຂົາເກັບບັດໄວ້ ເຮັດວຽກ 2 ປີ ສຸດທ້າຍກັບຮອດບ້ານແລ້ວ", "lo"),
    ("ພໍ່ແມ່ຂາຍງົວ ຂ້ອຍຈຶ່ງໄດ້ອອກ", "lo"),
    ("ပတ်စပို့ သိမ်းထားတယ် တစ်နှစ်ကြာမှ အိမ်ပြန်ရောက်ပြီ", "my"),
    ("အဖွဲ့အစည်းက ကူညီလို့ လွတ်မြောက်လာခဲ့တယ်", "my"),
]

PLEAS = [
    ("I got out but my sister is still there, please help her.", "en"),
    ("我逃了出来，但我妹妹还在园区，求求你们帮帮她。", "zh"),
    ("Tôi đã về nhà rồi nhưng em gái vẫn còn bị giữ, làm ơn cứu em ấy.", "vi"),
    ("Saya sudah pulang, tapi adik saya masih terjebak di sana, tolong.", "id"),
    ("ผมกลับถึงบ้าน แต่น้องยังติดอยู่ ช่วยด้วย", "th"),
    ("ខ្ញុំមកដល់ផ្ទះហើយ តែប្អូនស្រីខ្ញុំនៅទីនោះនៅឡើយ សូមជួយផង", "km"),
    ("ຂ້ອຍຈຶ່ງໄດ້ອອກ ແຕ່ນ້ອງຍັງຕິດຢູ່ ຊ່ວຍແດ່", "lo"),
    ("ကျွန်မ အိမ်ပြန်ရောက်ပြီ ညီမလေး ပိတ်မိနေသေးတယ် ကူညီပါ", "my"),
    # wanting to go home is not having come home
    ("ខ្ញុំចង់ត្រឡប់មកផ្ទះវិញណាស់ តែគេមិនឱ្យទៅ", "km"),
    ("ผมอยากกลับบ้านแล้ว ที่นี่มีคนถือปืนเฝ้า", "th"),
    ("ຂ້ອຍຢາກກັບບ້ານແລ້ວ ເຂົາບໍ່ໃຫ້ໄປ", "lo"),
    ("Phải trả 5000 đô mới về được, cứu em.", "vi"),
]

STILL_A_TESTIMONY = [  # others still held, but no call for help: a warning in the first person
    ("I came home, but many girls are still there. Be careful with these ads.", "en"),
    ("我回来了，但很多姐妹还在那里。大家要小心。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), RESOLVED)
def test_how_a_story_ended_is_testimony(hits, text, lang):
    assert "L9" in hits(text, lang), text


@pytest.mark.parametrize(("text", "lang"), PLEAS)
def test_a_plea_is_not_testimony(hits, text, lang):
    assert "L9" not in hits(text, lang), text


@pytest.mark.parametrize(("text", "lang"), STILL_A_TESTIMONY)
def test_others_still_held_without_a_call_for_help_stay_testimony(hits, text, lang):
    assert "L9" in hits(text, lang), text


def test_every_language_has_both_sides():
    langs = {"en", "zh", "vi", "id", "km", "th", "my", "lo"}
    assert {lang for _, lang in RESOLVED} == langs
    assert {lang for _, lang in PLEAS} == langs
