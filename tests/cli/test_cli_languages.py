"""The whole pipeline in each of the eight languages: a blatant lure is flagged with reasons,
a harmless post is not, and the language is recognised."""

from __future__ import annotations

import pytest

from ctip.pipeline import Screener

RISKY = {
    "km": "ជ្រើសរើសបុគ្គលិកបន្ទាន់ ការងារវាយអក្សរនៅក្រុងព្រះសីហនុ ប្រាក់ខែ 1500$ មិនត្រូវការបទពិសោធន៍ "
          "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ អាយុ ១៨-៣០ឆ្នាំ ទាក់ទងតាម Telegram @kh_fastjob",
    "en": "Urgent hiring typing job in Sihanoukville, 2000 USD per month, no experience needed, free ticket and visa, "
          "age 18-30, contact Telegram only @fastjob_kh",
    "zh": "急招打字员，西港园区，月薪2000美金，无需经验，包吃包住，机票报销，年龄18-30，联系飞机 @xg_hr88",
    "th": "รับสมัครด่วน งานแอดมินที่กัมพูชา เงินเดือน 60,000 บาท ไม่ต้องมีประสบการณ์ ออกค่าตั๋วเครื่องบินให้ "
          "อายุ 18-30 ติดต่อทางไลน์เท่านั้น",
    "vi": "Tuyển gấp nhân viên đánh máy sang Campuchia làm việc, lương 2000 USD/tháng, không cần kinh nghiệm, "
          "bao vé máy bay, bao ăn ở, tuổi 18-30, liên hệ Telegram @vieclam_cpc",
    "id": "Dibutuhkan segera admin di Kamboja, gaji 2000 USD per bulan, tanpa pengalaman, tiket pesawat ditanggung, "
          "mess dan makan ditanggung, usia 18-30, hubungi Telegram @loker_kamboja",
    "my": "အမြန်ခေါ်ယူမည် မြဝတီတွင် စာရိုက်အလုပ် လစာ ၂၀၀၀ ဒေါ်လာ အတွေ့အကြုံမလိုပါ လေယာဉ်လက်မှတ်အခမဲ့ "
          "နေစရာစားစရာ အခမဲ့ Telegram @mw_job",
    "lo": "ຮັບສະໝັກດ່ວນ ພະນັກງານພິມເອກະສານ ເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ ເງິນເດືອນສູງ 2000 ໂດລາ "
          "ບໍ່ຕ້ອງມີປະສົບການ ມີທີ່ພັກ ແລະ ອາຫານ ອອກຄ່າປີ້ຍົນໃຫ້ ຕິດຕໍ່ Telegram @lao_job",
}
BENIGN = {
    "km": "ខ្ញុំលក់កង់ចាស់មួយ នៅភ្នំពេញ តម្លៃ 40 ដុល្លារ សូមទាក់ទងមកខ្ញុំនៅចុងសប្តាហ៍នេះ",
    "en": "Our family enjoyed a quiet weekend at the beach. The seafood market was great and the sunset beautiful.",
    "zh": "今天和朋友去公园散步，天气很好，晚上一起吃了火锅，很开心。",
    "th": "วันนี้ไปเที่ยวตลาดน้ำกับครอบครัว อาหารอร่อยมาก อากาศดี แนะนำให้ไปช่วงเช้า",
    "vi": "Cuối tuần này cả nhà mình đi chơi công viên, trời đẹp và các con rất vui.",
    "id": "Akhir pekan ini kami sekeluarga pergi ke pantai, cuacanya cerah dan makanannya enak sekali.",
    "my": "ဒီနေ့ မိသားစုနဲ့ ဈေးသွားတယ် ရာသီဥတုကောင်းတယ် ညနေ ထမင်းအတူတူစားတယ်",
    "lo": "ມື້ນີ້ໄປຕະຫຼາດກັບຄອບຄົວ ອາກາດດີ ອາຫານແຊບຫຼາຍ",
}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


@pytest.mark.parametrize("lang", sorted(RISKY))
def test_blatant_lure_is_flagged_with_reasons(screener, lang):
    s = screener.screen_text(RISKY[lang])
    assert s.lang == lang
    assert s.needs_review, [h.id for h in s.indicators]
    families = {h.family or h.id[0] for h in s.indicators} - {"L"}
    assert len(families) >= 2
    for h in s.indicators:
        for span in h.spans:
            assert RISKY[lang][span.start:span.end] == span.text


@pytest.mark.parametrize("lang", sorted(BENIGN))
def test_everyday_post_is_not_flagged(screener, lang):
    s = screener.screen_text(BENIGN[lang])
    assert s.lang == lang
    assert not s.needs_review and s.risk_level == "low", (s.risk_score, [h.id for h in s.indicators])


@pytest.mark.parametrize("noise", ["\u200b", "\u200c", "\ufeff"])
def test_zero_width_noise_does_not_change_the_verdict(screener, noise):
    plain = screener.screen_text(RISKY["en"])
    noisy = screener.screen_text(noise.join(RISKY["en"][i:i + 7] for i in range(0, len(RISKY["en"]), 7)))
    assert noisy.needs_review == plain.needs_review
    assert abs(noisy.risk_score - plain.risk_score) < 0.15
