"""Evasive spellings of LINE ids, WeChat ids and phone numbers in all eight languages (issue 13,
item 3): look-alike letters right after a native-script label and right before native text,
labels written the way evasive posts write them, digits split by odd separators. Each id must
come out with the clean value and a span on the characters as written; ordinary words, prices,
dates, times, order numbers and real Russian/Greek words must not become identifiers.
All posts are synthetic."""

from __future__ import annotations

import pytest

from ctip.extract import extract_entities

# The tests' own look-alike table (Cyrillic; Greek below), independent of the package data.
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ"}
GREEK = {"o": "ο", "i": "ι", "v": "ν", "a": "α"}


def cyr(word: str, letters: str = "aeopcxyijs") -> str:
    return "".join(CYRILLIC[c] if c in letters and c in CYRILLIC else c for c in word)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    entities = extract_entities(text, lang)
    for e in entities:
        assert text[e.start:e.end] == e.raw
    return [(e.type, e.value) for e in entities]


def raw_of(text: str, lang: str, kind: str) -> str:
    return next(e.raw for e in extract_entities(text, lang) if e.type == kind)


# --- LINE ids -------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value"), [
    # wholly look-alike letters after a LINE label, in scripts where a Russian word is out of place
    ("th", f"สนใจทักไลน์ {cyr('soso')} ด่วน", "soso"),
    ("th", f"ไลน์ {cyr('soso')}ด่วน รายได้ดี", "soso"),
    ("th", f"ไอดีไลน์ @{cyr('cocoa')}รับงานเลย", "cocoa"),
    ("lo", f"ລາຍ: {cyr('soso')} ເງິນດີ", "soso"),
    ("lo", f"ໄລນ໌ {cyr('payee')}ເງິນດີ", "payee"),
    ("km", f"Line ID: {cyr('cocoa')}ប្រាក់ខែល្អ", "cocoa"),
    ("my", f"Line ID: {cyr('saxo')}လစာကောင်း", "saxo"),
    ("zh", f"LINE：{cyr('soso')}高薪日结", "soso"),
    ("th", "ไลน์ ѕοѕο88 ด่วน", "soso88"),  # Cyrillic ѕ with Greek omicron
])
def test_line_id_written_wholly_in_look_alikes_after_a_label(lang: str, text: str, value: str) -> None:
    assert ("line", value) in found(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a weak native label (also an ordinary word) with a lone Latin word before native text
    ("lo", f"ຕິດຕໍ່ ລາຍ {cyr('somphone')}ເງິນດີ", "somphone"),
    ("lo", "ລາຍ somphone ເງິນເດືອນດີ", "somphone"),
    ("km", "ឡាញ sokhaដើម្បីដាក់ពាក្យ", "sokha"),
    ("my", f"လိုင်း {cyr('mgmg')}လစာကောင်း", "mgmg"),
])
def test_weak_native_label_with_a_lone_latin_word(lang: str, text: str, value: str) -> None:
    assert ("line", value) in found(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", f"加line {cyr('happyjob')}高薪", "happyjob"),
    ("zh", "加賴：happy.job 日薪", "happy.job"),
    ("lo", f"ແອດລາຍ {cyr('vanhjob')}ເງິນດີ", "vanhjob"),
    ("lo", f"ລາຍໄອດີ {cyr('vanhjob')}", "vanhjob"),
    ("km", f"ឡាញអាយឌី {cyr('dara_job')}ប្រាក់ខែ", "dara_job"),
    ("my", f"လိုင်းအိုင်ဒီ {cyr('zawzaw')}လစာ", "zawzaw"),
    ("th", f"ไลน์ {cyr('somchai.th')} สมัครงาน", "somchai.th"),  # ends like a host: still the id
    ("vi", "Liên hệ line: vieclam.vn lương cao", "vieclam.vn"),
])
def test_line_labels_as_evasive_posts_write_them(lang: str, text: str, value: str) -> None:
    assert ("line", value) in found(text, lang)
    assert not any(kind == "url" for kind, _ in found(text, lang))


@pytest.mark.parametrize(("lang", "text", "value", "raw"), [
    ("th", f"ติดต่อไลน์{cyr('somchai88')}ด่วน", "somchai88", cyr("somchai88")),
    ("th", "ไลน์ไอดี：ｈａｐｐｙ＿ｊｏｂ รายได้ดี", "happy_job", "ｈａｐｐｙ＿ｊｏｂ"),
    ("th", "ไลน์ w\u200bork\u200bpay เงินดี", "workpay", "w\u200bork\u200bpay"),
    ("lo", f"LINE ID: @{cyr('sompo_la')}ເງິນດີ", "sompo_la", "@" + cyr("sompo_la")),
    ("km", f"ឡាញ: {cyr('sokha-99')}ប្រាក់ខែ", "sokha-99", cyr("sokha-99")),
    ("my", f"Line: {cyr('mg.mg99')}လစာ", "mg.mg99", cyr("mg.mg99")),
    ("vi", f"Line: {cyr('vieclam88')} lương cao", "vieclam88", cyr("vieclam88")),
    ("id", f"Line: {cyr('kerja88')} gaji besar", "kerja88", cyr("kerja88")),
    ("en", "LINE id: cοffee_88 now", "coffee_88", "cοffee_88"),  # Greek omicron
])
def test_disguised_line_id_keeps_its_span_on_the_original(lang: str, text: str, value: str, raw: str) -> None:
    assert ("line", value) in found(text, lang)
    assert raw_of(text, lang, "line") == raw


# --- WeChat ids ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", f"➕V：{cyr('happyjob88')}高薪", "happyjob88"),
    ("zh", f"+V：{cyr('happyjob88')}", "happyjob88"),
    ("zh", f"薇：{cyr('happyjob88')}包吃住", "happyjob88"),
    ("zh", "微 信：happy_888日结", "happy_888"),
    ("zh", f"威 信 {cyr('Asia_Job8')}", "Asia_Job8"),  # WeChat keeps the case as written
    ("zh", f"微信{cyr('happyjob88')}高薪", "happyjob88"),
    ("zh", "微信：ｈａｐｐｙ＿８８８高薪", "happy_888"),
    ("km", f"WeChat: {cyr('jobasia')}ប្រាក់ខែ", "jobasia"),
    ("th", f"วีแชท {cyr('jobasia')}เงินดี", "jobasia"),
    ("lo", f"ວີແຊັດ {cyr('jobasia')} ເງິນດີ", "jobasia"),
    ("my", f"WeChat: {cyr('jobasia')}လစာ", "jobasia"),
    ("vi", f"Wechat: {cyr('jobasia')} lương cao", "jobasia"),
    ("id", f"WeChat: {cyr('jobasia')} gaji", "jobasia"),
    ("en", f"WeChat ID: {cyr('jobasia')}", "jobasia"),
])
def test_wechat_ids_after_evasive_labels(lang: str, text: str, value: str) -> None:
    assert ("wechat", value) in found(text, lang)


# --- phone numbers -----------------------------------------------------------------------------

KH = "+85591234567"
TH = "+66812345678"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("km", "ទូរស័ព្ទ ០_៩_១_២_៣_៤_៥_៦_៧", KH),
    ("km", "ទូរស័ព្ទ ០/៩/១/២/៣/៤/៥/៦/៧", KH),
    ("km", "ទូរស័ព្ទ ០,៩,១,២,៣,៤,៥,៦,៧", KH),
    ("km", "ទូរស័ព្ទ ០ ៩ ១ • ២ ៣ ៤ • ៥ ៦ ៧", KH),
    ("km", "ទូរស័ព្ទ ០ ៩ ១ ｜ ២ ៣ ៤ ｜ ៥ ៦ ៧", KH),
    ("km", "ទូរស័ព្ទ ០ 🔥 ៩ 🔥 ១ 🔥 ២ 🔥 ៣ 🔥 ៤ 🔥 ៥ 🔥 ៦ 🔥 ៧", KH),
    ("km", "ទូរស័ព្ទ ០៩១📞២៣៤📞៥៦៧", KH),
    ("km", "ទូរស័ព្ទ 0៩1✨2៣4✨5៦7", KH),  # mixed native and Latin digits
    ("km", "ទូរស័ព្ទ +៨៥៥/៩១/២៣៤/៥៦៧", KH),
    ("th", "โทร ๐ 🍀 ๘ 🍀 ๑ 🍀 ๒ 🍀 ๓ 🍀 ๔ 🍀 ๕ 🍀 ๖ 🍀 ๗ 🍀 ๘", TH),
    ("th", "โทร ๐๘๑/๒๓๔/๕๖๗๘", TH),
    ("lo", "ໂທ ໐໒໐_໕໕_໑໒໓_໔໕໖", "+8562055123456"),
    ("my", "ဖုန်း ၀၉•၇၈၁•၂၃၄•၅၆၇", "+959781234567"),
    ("vi", "Zalo 0912✅345✅678", "+84912345678"),
    ("id", "WA 0812/3456/7890", "+6281234567890"),
    ("zh", "电话 +86 138 ★ 1234 ★ 5678", "+8613812345678"),
    ("en", "call 0 9 1 | 2 3 4 | 5 6 7 Cambodia", KH),
    ("zh", "家人电话 1/3/8/1/2/3/4/5/6/7/8 求转发", "+8613812345678"),  # a Chinese mobile has no trunk 0
    ("zh", "联系：１３８ | １２３ | ４５６ | ７８", "+8613812345678"),
])
def test_phone_digits_split_by_evasive_separators(lang: str, text: str, value: str) -> None:
    assert found(text, lang) == [("phone", value)]


def test_separator_span_covers_the_number_as_written() -> None:
    text = "ទូរស័ព្ទ ០ 🔥 ៩ 🔥 ១ 🔥 ២ 🔥 ៣ 🔥 ៤ 🔥 ៥ 🔥 ៦ 🔥 ៧ ឥឡូវ"
    assert raw_of(text, "km", "phone") == "០ 🔥 ៩ 🔥 ១ 🔥 ២ 🔥 ៣ 🔥 ៤ 🔥 ៥ 🔥 ៦ 🔥 ៧"


# --- precision guards --------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prices: 1,500 / 2,000 / 3,500 baht"),
    ("en", "Salary 15,000,000 VND, bonus 0,5%"),
    ("en", "Dates 01/02/2024, 15/03/2024"),
    ("en", "Open 08:00 - 17:00, Mon/Tue/Wed"),
    ("en", "Order number 0912/345/678 shipped"),
    ("zh", "订单号 0912345678 已发货"),
    ("en", "Ages 18, 19, 20, 21, 22, 23 welcome"),
    ("zh", "年龄18，19，20，21，22，23岁"),
    ("zh", "价格 138/158/198/238 元"),
    ("th", "ราคา ๑,๕๐๐ บาท วันที่ ๐๑/๐๒/๒๕๖๗"),
    ("km", "តម្លៃ ០,៥០ ដុល្លារ ថ្ងៃ ០១/០២/២០២៤"),
    ("vi", "Hạn chót 15-03-2024, lương 8.000.000 đ, giờ 08:30"),
    ("id", "Gaji Rp 5.000.000 / bulan, tgl 01-02-2024"),
    ("en", "items 0.5 kg / 1.5 kg / 2.5 kg / 3 kg"),
    ("id", "Jadwal kapal: 08.00, 09.30, 13.00 dari pelabuhan"),  # times in a list
    ("km", "ម៉ោង 08, 09, 10, 11, 12 រៀងរាល់ថ្ងៃ"),
    ("en", "Order #0123/456/789 shipped"),
    ("en", "Rooms 0 / 1 / 2 / 3 / 4 / 5 / 6 / 7 / 8"),
    ("en", "Score 0,1,2,3,4,5,6,7,8,9"),
    ("zh", "年龄 13/14/15/16/17/18 岁"),  # starts like a Chinese mobile but has 12 digits
    ("zh", "尺码 1/2/3/4/5/6/7/8/9/10"),
    ("ru", "Пишите мне, я сосед, как дела? Это рекорд."),
    ("ru", "Телеграм: сосед рядом"),
    ("ru", "Line: сосед"),
    ("el", "Καλή δουλειά στην Αθήνα. Λόγος: ορος"),
    ("el", "Line: ορος"),
    ("en", "Telegram @сосорехх"),  # wholly Cyrillic in a Latin-script post: not vouched for
    ("th", "ติดต่อ @ѕоѕо"),  # no label names the platform
    ("lo", "ລາຍໄດ້ດີ 5000 ກີບ ລາຍງານ Covid ຂອງ WHO"),
    ("lo", "ລາຍການ: ລາຍລະອຽດ Facebook page"),
    ("lo", "ລາຍ ok ເງິນດີ"),
    ("km", "ឡាញ Facebook page"),
    ("my", "လိုင်း ကားလမ်း bus line"),
    ("my", "လိုင်းကား YBS ၃၆ ကားဂိတ်"),
    ("th", "ไลน์แมน rider รายได้ดี"),  # LINE MAN, a delivery service
    ("en", "line manager wanted, no experience"),
    ("zh", "薇薇安 hello 花店"),
    ("zh", "蔷薇 flower 花店"),
    ("en", "ratio A+V and C+V"),
])
def test_not_identifiers(lang: str, text: str) -> None:
    assert found(text, lang) == []


def test_bare_host_without_line_label_stays_a_url() -> None:
    assert found("visit shop.vn today", "vi") == [("url", "https://shop.vn")]
    # longer than a LINE id can be (20 characters): still the site it names
    assert found("line: jobs-recruitment-asia-pacific.com", "th") == [("url", "https://jobs-recruitment-asia-pacific.com")]


# --- identifiers written wholly in look-alikes, held together by "_", ".", "/" or "-" ---------

@pytest.mark.parametrize(("lang", "text", "kind", "value"), [
    ("vi", "Gửi ảnh qua Telegram τ.мε/κагαоке_ρр_νιр nhé", "telegram", "karaoke_pp_vip"),
    ("en", "DM @нοре_вαЬιεѕ_аѕιа today", "telegram", "hope_babies_asia"),
    ("en", "Book via ԝԝѡ.οтᴦεѕвαу-τгανеӏ.сσм or call", "url", "https://www.otresbay-travel.com"),
])
def test_connected_look_alike_identifiers(lang: str, text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Пишите @сосо_рех, т.е. сосед"),  # a Russian post: its Cyrillic words are not folded
    ("ru", "Контакт: сосо.рех"),
    ("en", "т.е. ok"),
])
def test_connected_words_of_other_scripts_stay_words(lang: str, text: str) -> None:
    assert found(text, lang) == []


def test_evasive_separators_next_to_spelled_out_digits() -> None:
    text = "Viber +639/362/746/464 (or text zero nine two seven nine two four four eight five four)"
    assert found(text, "en") == [("phone", "+639362746464"), ("phone", "+639279244854")]
