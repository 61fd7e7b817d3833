"""Synthetic recruitment posts with known templates and operations, for tests and benchmarks.

Operations (the gold networks) each own a primary contact number and sometimes handles; they
post from 1–3 templates of their own, or from a generic template many operations use. Each
template mixes boilerplate sentences shared by all ads in a language (hard negatives) with
sentences of its own. Posts vary slot values (salary, place, name, phone format, age), reorder
sentences, add emoji and greetings and make typos. Traps for linking: hub numbers printed by
many unrelated operations, public hotlines, placeholders, missing values, and burner handles.
Records look like `ctip screen` output (`id`, `text`, `lang`, `posted_at`, `entities`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

_BOILER = {
    "en": ["High salary {salary} per month, paid on time.", "Work in {place}, free food and accommodation.",
           "No experience needed, age {age} welcome.", "Passport and visa arranged by the company.",
           "Contact {name} now: {phone}", "Limited places, apply today!", "Easy work, overtime available.",
           "Telegram {handle} for details."],
    "id": ["Gaji tinggi {salary} per bulan, dibayar tepat waktu.", "Kerja di {place}, makan dan mess gratis.",
           "Tanpa pengalaman, usia {age} boleh.", "Paspor dan visa diurus perusahaan.",
           "Hubungi {name} sekarang: {phone}", "Tempat terbatas, daftar hari ini!", "Kerja mudah, ada lembur.",
           "Telegram {handle} untuk info."],
    "vi": ["Lương cao {salary} mỗi tháng, trả đúng hạn.", "Làm việc tại {place}, bao ăn ở miễn phí.",
           "Không cần kinh nghiệm, tuổi {age}.", "Công ty lo hộ chiếu và visa.",
           "Liên hệ {name} ngay: {phone}", "Số lượng có hạn, đăng ký hôm nay!", "Việc nhẹ, có tăng ca.",
           "Telegram {handle} để biết thêm."],
    "th": ["เงินเดือนสูง {salary} ต่อเดือน จ่ายตรงเวลา", "ทำงานที่ {place} ฟรีที่พักและอาหาร", "ไม่ต้องมีประสบการณ์ อายุ {age}",
           "บริษัทดูแลพาสปอร์ตและวีซ่า", "ติดต่อ {name} ได้เลย {phone}", "รับจำนวนจำกัด สมัครวันนี้", "งานง่าย มีโอที",
           "เทเลแกรม {handle} สอบถาม"],
    "km": ["ប្រាក់ខែខ្ពស់ {salary} ក្នុងមួយខែ បើកទាន់ពេល", "ធ្វើការនៅ {place} ស្នាក់នៅនិងអាហារឥតគិតថ្លៃ", "មិនត្រូវការបទពិសោធន៍ អាយុ {age}",
           "ក្រុមហ៊ុនរៀបចំលិខិតឆ្លងដែននិងទិដ្ឋាការ", "ទាក់ទង {name} ឥឡូវនេះ {phone}", "កន្លែងមានកំណត់ ដាក់ពាក្យថ្ងៃនេះ",
           "ការងារស្រួល មានថែមម៉ោង", "តេឡេក្រាម {handle} សម្រាប់ព័ត៌មាន"],
    "lo": ["ເງິນເດືອນສູງ {salary} ຕໍ່ເດືອນ ຈ່າຍຕົງເວລາ", "ເຮັດວຽກຢູ່ {place} ມີບ່ອນພັກແລະອາຫານຟຣີ", "ບໍ່ຕ້ອງມີປະສົບການ ອາຍຸ {age}",
           "ບໍລິສັດຈັດການໜັງສືຜ່ານແດນແລະວີຊາ", "ຕິດຕໍ່ {name} ໄດ້ເລີຍ {phone}", "ຮັບຈຳນວນຈຳກັດ ສະໝັກມື້ນີ້", "ວຽກງ່າຍ ມີໂອທີ",
           "ເທເລແກຣມ {handle} ສອບຖາມ"],
    "my": ["လစာမြင့် {salary} တစ်လ အချိန်မှန်ပေး", "{place} တွင်အလုပ်လုပ်ရန် အစားအသောက်နေရာအခမဲ့", "အတွေ့အကြုံမလို အသက် {age}",
           "ကုမ္ပဏီမှ ပတ်စ်ပို့နှင့်ဗီဇာစီစဉ်ပေး", "{name} ကိုဆက်သွယ်ပါ {phone}", "နေရာအကန့်အသတ်ရှိ ယနေ့လျှောက်ပါ",
           "အလုပ်လွယ် အချိန်ပိုရှိ", "တယ်လီဂရမ် {handle} မေးမြန်းရန်"],
    "zh": ["高薪{salary}每月，按时发放。", "在{place}工作，包吃包住。", "无需经验，年龄{age}。", "公司办理护照和签证。",
           "立即联系{name}：{phone}", "名额有限，今天报名！", "工作轻松，有加班。", "电报{handle}咨询。"],
}
_SYLLABLES = {
    "latin": ["ka", "ri", "mo", "tan", "sel", "bu", "de", "lo", "pan", "gi", "ra", "mel", "to", "sun", "ve", "ni"],
    "vi": ["nguy", "thành", "phố", "công", "việc", "mới", "đường", "hàng", "sản", "xuất", "điện", "tử", "may"],
    "th": [c + v for c in "กคงจชดตทนบปพมยรลวสห" for v in ("า", "ิ", "ี", "ุ", "ู", "ั")],
    "km": [c + v for c in "កខគងចជដតទនបពមយរលវសហអ" for v in ("ា", "ិ", "ី", "ុ", "ូ", "េ", "ោ")],
    "lo": [c + v for c in "ກຂຄງຈສຊຍດຕທນບປພມຢລວຫອ" for v in ("າ", "ິ", "ີ", "ຸ", "ູ")],
    "my": [c + v for c in "ကခဂငစဆဇညတထဒနပဖဗမယရလသဟအ" for v in ("ာ", "ိ", "ီ", "ု", "ူ")],
    "zh": list("工厂电子公司餐厅酒店服务员司机仓库包装组装销售客服文员保安厨师助理技术操作"),
}
_SCRIPT = {"en": "latin", "id": "latin", "vi": "vi", "th": "th", "km": "km", "lo": "lo", "my": "my", "zh": "zh"}
_SPACED = {"en", "id", "vi"}
_COUNTRY = {"en": "63", "id": "62", "vi": "84", "th": "66", "km": "855", "lo": "856", "my": "95", "zh": "86"}
_PLACES = ["Sihanoukville", "Bavet", "Poipet", "Myawaddy", "Bangkok", "Dubai", "Manila", "Golden Triangle",
           "Phnom Penh", "Vientiane", "Tachileik", "Kuala Lumpur"]
_NAMES = ["Mr Chen", "Ms Dara", "Ko Aung", "Bong Sok", "Anna", "Mr Lee", "Ibu Sari", "Chi Lan", "Nong May"]
_GREETINGS = ["Hello friends! ", "🔥🔥 URGENT 🔥🔥 ", "សួស្តី! ", "สวัสดีครับ ", "大家好！", "✅✅ ", "👉 "]
_EMOJI = ["🔥", "💰", "✅", "👉", "⭐", "🙏", "💯"]
HOTLINE = "+18883737888"
_PLACEHOLDERS = [{"type": "email", "value": "test@test.com"}, {"type": "phone", "value": "+85500000000"},
                 {"type": "telegram", "value": "username"}, {"type": "phone", "value": "+6612345678"}]


@dataclass
class Corpus:
    posts: list[dict[str, Any]] = field(default_factory=list)
    gold_template: dict[str, str] = field(default_factory=dict)
    gold_network: dict[str, str] = field(default_factory=dict)


def _pseudo_sentence(rng: random.Random, lang: str) -> str:
    syl = _SYLLABLES[_SCRIPT[lang]]
    words = ["".join(rng.choice(syl) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(6, 11))]
    return (" ".join(words) + ".") if lang in _SPACED else "".join(words)


def _template(rng: random.Random, lang: str) -> list[str]:
    own = [_pseudo_sentence(rng, lang) for _ in range(rng.randint(2, 3))]
    boiler = rng.sample(_BOILER[lang][:4] + _BOILER[lang][5:7], rng.randint(2, 3))
    return own + boiler + [_BOILER[lang][4]] + ([_BOILER[lang][7]] if rng.random() < 0.5 else [])


def _phone_text(rng: random.Random, e164: str) -> str:
    cc, rest = e164[1:4] if e164[1:4] in ("855", "856") else e164[1:3], ""
    rest = e164[1 + len(cc):]
    style = rng.randrange(4)
    if style == 0:
        return f"+{cc} {rest[:2]} {rest[2:5]} {rest[5:]}"
    if style == 1:
        return "0" + rest
    if style == 2:
        return f"0{rest[:2]}-{rest[2:5]}-{rest[5:]}"
    return e164


def _typo(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(text))
        if not text[i].isalpha():
            continue
        op = rng.randrange(3)
        text = text[:i] + (text[i] * 2 if op == 0 else "" if op == 1 else text[i] + " ") + text[i + 1:]
    return text


@dataclass
class _Operation:
    name: str
    lang: str
    phone: str
    handles: list[str]
    templates: list[tuple[str, list[str]]]
    hub: str | None
    burner: bool


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.generic: dict[str, list[tuple[str, list[str]]]] = {}
        self.n_templates = 0
        self.hubs: list[str] = []

    def template(self, lang: str) -> tuple[str, list[str]]:
        self.n_templates += 1
        return f"t{self.n_templates}", _template(self.rng, lang)

    def operation(self, i: int, n_ops_hint: int) -> _Operation:
        rng = self.rng
        lang = rng.choice(list(_BOILER))
        phone = f"+{_COUNTRY[lang]}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        handles = [f"@{rng.choice(['job', 'work', 'hr', 'vip'])}_{i}_{rng.randint(100, 999)}"
                   for _ in range(rng.randint(0, 2))]
        if lang not in self.generic:
            self.generic[lang] = [self.template(lang) for _ in range(2)]
        if rng.random() < 0.1:
            templates = [rng.choice(self.generic[lang])]
        else:
            templates = [self.template(lang) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        while len(self.hubs) < 1 + n_ops_hint // 300:
            self.hubs.append(f"+855{rng.randint(20, 29)}{rng.randint(100000, 999999)}")
        hub = rng.choice(self.hubs) if rng.random() < 0.25 else None
        return _Operation(f"op{i}", lang, phone, handles, templates, hub, rng.random() < 0.2)

    def post(self, op: _Operation, pid: str, day: int) -> tuple[dict[str, Any], str]:
        rng = self.rng
        tid, sentences = rng.choice(op.templates)
        phone_raw = _phone_text(rng, op.phone)
        handle = rng.choice(op.handles) if op.handles else f"@{op.name}_hr"
        # Posts of operations with handles sometimes show only the handle: networks then chain.
        show_phone = not op.handles or rng.random() < 0.8
        ents: list[dict[str, Any]] = []
        if show_phone:
            ents.append({"type": rng.choice(("phone", "phone", "whatsapp")), "value": op.phone, "raw": phone_raw})
        if op.handles and (not show_phone or rng.random() < 0.7):
            ents.append({"type": "telegram", "value": handle[1:].lower(), "raw": handle})
        else:
            handle = "@" + "x" * 3 if rng.random() < 0.5 else handle  # a handle the extractor drops
        fill = {"salary": f"{rng.randint(8, 30) * 100}$", "place": rng.choice(_PLACES), "age": f"{rng.randint(18, 25)}-35",
                "name": rng.choice(_NAMES), "phone": phone_raw if show_phone else "", "handle": handle}
        lines = [s.format(**fill) for s in sentences]
        if rng.random() < 0.3:  # reorder two sentences
            a, b = rng.sample(range(len(lines)), 2)
            lines[a], lines[b] = lines[b], lines[a]
        extra = self._traps(op, ents, pid)
        sep = " " if op.lang in _SPACED else " "
        text = sep.join(lines + extra)
        if rng.random() < 0.5:
            text = rng.choice(_GREETINGS) + text + " " + rng.choice(_EMOJI) * rng.randint(1, 3)
        if rng.random() < 0.5:
            text = _typo(rng, text)
        record = {"id": pid, "text": text, "lang": op.lang, "posted_at": f"2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}",
                  "entities": ents}
        return record, tid

    def _traps(self, op: _Operation, ents: list[dict[str, Any]], pid: str) -> list[str]:
        rng, extra = self.rng, []
        if op.burner:
            ents.append({"type": "telegram", "value": f"b_{pid}", "raw": f"@b_{pid}"})
            extra.append(f"@b_{pid}")
        if op.hub and rng.random() < 0.7:
            ents.append({"type": "phone", "value": op.hub, "raw": op.hub})
            extra.append(f"Agency office {op.hub}")
        if rng.random() < 0.05:
            ents.append({"type": "phone", "value": HOTLINE, "raw": "+1 888 373 7888"})
            extra.append("Report abuse: +1 888 373 7888")
        if rng.random() < 0.08:
            ents.append(dict(rng.choice(_PLACEHOLDERS), raw="N/A"))
        if rng.random() < 0.03:
            ents.append({"type": "email", "value": "", "raw": ""})
        return extra


def make_corpus(n_posts: int, seed: int = 0) -> Corpus:
    """About `n_posts` posts (exactly n_posts), with gold template and operation per post id."""
    maker, corpus = _Maker(seed), Corpus()
    n_ops_hint = max(1, n_posts // 8)
    i = 0
    while len(corpus.posts) < n_posts:
        op = maker.operation(i, n_ops_hint)
        size = min(n_posts - len(corpus.posts), max(1, int(maker.rng.paretovariate(1.2))), 300)
        for _ in range(size):
            pid = f"p{len(corpus.posts):07d}"
            record, tid = maker.post(op, pid, maker.rng.randrange(365))
            corpus.posts.append(record)
            corpus.gold_template[pid] = tid
            corpus.gold_network[pid] = op.name
        i += 1
    maker.rng.shuffle(corpus.posts)  # operations post interleaved, not one after the other
    return corpus
