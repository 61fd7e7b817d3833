"""Shared helpers for gen_en.py / gen_zh.py / gen_vi.py / gen_id.py.

Hand-written posts and slot-generated posts contain placeholders that are filled
with synthetic, format-valid identifiers (random phone numbers validated with
`phonenumbers`, base58check TRC20 wallets, random ERC20 addresses, made-up
handles). Everything is random and fictional; output is deterministic per seed.

Placeholders:
  {PH:KH}      phone of region KH (VN, ID, CN, TH, MY, MM, LA, PH, SG, TW, HK, KR) in a random surface style
  {PH:KH:intl} same with a fixed style (nat, natd, intl, e164, 00, paren, dash, dot,
               spaced, O, fw, spelled, half_spelled)
  {WA:KH}      wa.me / api.whatsapp.com link for a random number of that region
  {TRC} {ERC}  USDT wallets
"""
import json
import os
import random
import re

import base58
import phonenumbers

SPELLED = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "zh": ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
}
ZH_ALT = ["〇", "幺", "两", "三", "四", "五", "六", "拐", "八", "勾"]  # radio-style, used sparingly
FW = "０１２３４５６７８９"

PREFIX = {
    "KH": (["10", "11", "12", "15", "16", "17", "61", "69", "70", "76", "77", "78", "81", "85", "86",
            "87", "89", "92", "93", "95", "96", "97", "98", "99", "31", "60", "66", "67", "68", "71",
            "88", "90", "38"], [6, 7]),
    "VN": (["90", "91", "93", "94", "96", "97", "98", "86", "88", "89", "32", "33", "34", "35", "36",
            "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "56", "58"], [7]),
    "ID": (["811", "812", "813", "821", "822", "823", "852", "853", "851", "814", "815", "816", "855",
            "856", "857", "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898",
            "899", "881", "882", "883"], [6, 7, 8]),
    "CN": (["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
            "156", "157", "158", "159", "176", "177", "178", "180", "181", "182", "183", "185", "186",
            "187", "188", "189", "191", "199"], [8]),
    "TH": (["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89",
            "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"], [7]),
    "MY": (["12", "13", "14", "16", "17", "18", "19", "11"], [7, 8]),
    "MM": (["97", "96", "94", "99", "92", "95", "98"], [7, 8]),
    "LA": (["202", "205", "207", "209"], [7]),
    "PH": (["917", "918", "919", "920", "921", "927", "928", "929", "935", "936", "945", "955", "956",
            "966", "977", "995", "998"], [7]),
    "SG": (["81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97",
            "98"], [6]),
    "TW": (["91", "92", "93", "95", "96", "97", "98", "90"], [7]),
    "HK": (["51", "52", "53", "54", "55", "56", "59", "61", "62", "63", "64", "65", "66", "67", "68",
            "69", "90", "91", "92", "93", "94", "95", "96", "97", "98"], [6]),
    "KR": (["10"], [8]),
}
CC = {"KH": "855", "VN": "84", "ID": "62", "CN": "86", "TH": "66", "MY": "60", "MM": "95",
      "LA": "856", "PH": "63", "SG": "65", "TW": "886", "HK": "852", "KR": "82"}

STYLE_W = {
    "en": {"nat": 14, "natd": 6, "intl": 14, "e164": 6, "00": 3, "paren": 4, "dash": 6, "dot": 3,
           "spaced": 4, "O": 4, "spelled": 3, "half_spelled": 2},
    "zh": {"nat": 8, "natd": 10, "intl": 14, "e164": 6, "00": 3, "paren": 4, "dash": 5, "dot": 2,
           "spaced": 4, "O": 2, "fw": 6, "spelled": 4, "half_spelled": 2},
    "vi": {"nat": 14, "natd": 10, "intl": 10, "e164": 5, "00": 2, "paren": 3, "dash": 3, "dot": 7,
           "spaced": 4, "O": 3, "spelled": 3, "half_spelled": 2},
    "id": {"nat": 10, "natd": 12, "intl": 10, "e164": 6, "00": 2, "paren": 3, "dash": 8, "dot": 2,
           "spaced": 4, "O": 3, "spelled": 3, "half_spelled": 2},
}


def rand_phone(rng, region):
    prefixes, lens = PREFIX[region]
    for _ in range(2000):
        nat = rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(rng.choice(lens)))
        try:
            p = phonenumbers.parse("+" + CC[region] + nat)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (1, 2):
            return p
    raise RuntimeError(region)


def fmt_phone(rng, p, lang, style=None):
    cc = str(p.country_code)
    nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
    natd = re.sub(r"\D", "", nat)
    intl = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
    rest = intl.split(" ", 1)[1]
    if style is None:
        w = STYLE_W.get(lang, STYLE_W["en"])
        style = rng.choices(list(w), list(w.values()))[0]
    if style == "nat":
        return nat
    if style == "natd":
        return natd
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00":
        return "00" + cc + " " + rest
    if style == "paren":
        return "(+" + cc + ") " + rest
    if style == "dash":
        return re.sub(r"[ ]", "-", nat)
    if style == "dot":
        return nat.replace(" ", ".")
    if style == "O":
        return nat.replace("0", "O")
    if style == "fw":
        return (intl if rng.random() < 0.5 else natd).translate(str.maketrans("0123456789", FW))
    if style == "spaced":
        return " ".join(natd)
    sp = SPELLED.get(lang, SPELLED["en"])
    if style == "spelled":
        sep = "" if lang == "zh" else " "
        return sep.join(sp[int(c)] for c in natd)
    if style == "half_spelled":
        k = len(natd) // 2
        sep = "" if lang == "zh" else " "
        return sep.join(sp[int(c)] for c in natd[:k]) + " " + natd[k:]
    raise ValueError(style)


def wa_link(rng, p):
    e = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)[1:]
    r = rng.random()
    if r < 0.55:
        return "https://wa.me/" + e
    if r < 0.85:
        return "wa.me/" + e
    return "https://api.whatsapp.com/send?phone=" + e


def rand_trc20(rng):
    return base58.b58encode_check(bytes([0x41]) + bytes(rng.getrandbits(8) for _ in range(20))).decode()


def rand_erc20(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return "0x" + h


TG_A = ["hr", "job", "jobs", "recruit", "work", "tuyen", "loker", "zhaopin", "kefu", "vip", "boss",
        "team", "asia", "mekong", "golden", "lucky", "sunny", "star", "dragon", "ocean", "royal",
        "global", "smart", "happy", "fast", "easy", "best", "top", "king", "jade"]
TG_B = ["hr", "agent", "admin", "manager", "recruit", "kefu", "jobs", "team", "office", "support",
        "official", "cs", "desk", "bos", "tuyendung", "loker", "zp", "asia", "sea", "group"]


def rand_tg(rng):
    a, b = rng.choice(TG_A), rng.choice(TG_B)
    while b == a:
        b = rng.choice(TG_B)
    sep = rng.choice(["_", "", "_", ""])
    tail = rng.choice(["", "", str(rng.randint(1, 999)), str(rng.randint(2020, 2026)), "_" + str(rng.randint(1, 99))])
    h = a + sep + b + tail
    if len(h) < 5:
        h += str(rng.randint(10, 99))
    if rng.random() < 0.2:
        h = h.capitalize()
    return h


PH_RE = re.compile(r"\{(PH|WA):([A-Z]{2})(?::(\w+))?\}|\{(TRC|ERC|TG)\}")


HOME = {"en": "KH", "zh": "CN", "vi": "VN", "id": "ID"}
INTL_STYLES = ["intl", "intl", "e164", "00", "paren"]


def fill(rng, text, lang, foreign_intl=0.6):
    """Foreign numbers (region != the language's home region) are written in an
    international form with probability foreign_intl, so the country stays recoverable."""
    def rep(m):
        if m.group(1) == "PH":
            style = m.group(3)
            if style is None and m.group(2) != HOME.get(lang) and rng.random() < foreign_intl:
                style = rng.choice(INTL_STYLES)
            return fmt_phone(rng, rand_phone(rng, m.group(2)), lang, style)
        if m.group(1) == "WA":
            return wa_link(rng, rand_phone(rng, m.group(2)))
        k = m.group(4)
        if k == "TRC":
            return rand_trc20(rng)
        if k == "ERC":
            return rand_erc20(rng)
        return rand_tg(rng)
    return PH_RE.sub(rep, text)


def check_no_placeholders(text):
    assert not re.search(r"\{(PH|WA|TRC|ERC|TG)[^}]*\}", text), text


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def parse_hand(block):
    """Hand-written posts: blocks separated by blank lines; first line 'label category'."""
    out = []
    for chunk in re.split(r"\n\s*\n", block.strip()):
        lines = chunk.strip().split("\n")
        head = lines[0].split()
        out.append((int(head[0]), head[1], "\n".join(lines[1:]).strip()))
    return out


MAX_SIM = 0.6


def _grams(t, n=4):
    t = re.sub(r"\s+", " ", t.lower())
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def root_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.abspath(os.path.join(here, "..", "..", ".."))


def build(lang, hand, gen_fn, n_gen, seed, examples=None):
    """hand: list of (label, category, text). gen_fn(rng) -> (label, category, text)."""
    rng = random.Random(seed)
    seen = set()
    items = []
    for l, c, t in hand:
        key = re.sub(r"\{[^}]*\}", "", t)
        assert key not in seen, t
        seen.add(key)
        items.append((l, c, t, "hand"))
    tries = 0
    n0 = len(items)
    grams = [_grams(re.sub(r"\{[^}]*\}", "", t)) for _, _, t, _ in items]
    while len(items) - n0 < n_gen and tries < n_gen * 200:
        tries += 1
        l, c, t = gen_fn(rng)
        key = re.sub(r"\{[^}]*\}", "", t)
        if key in seen:
            continue
        g = _grams(key)
        # reject near-copies (character 4-gram Jaccard) of anything already kept
        if any(len(g & h) / max(1, len(g | h)) > MAX_SIM for h in grams):
            continue
        seen.add(key)
        grams.append(g)
        items.append((l, c, t, "gen"))
    rng.shuffle(items)
    rows = []
    for i, (l, c, t, src) in enumerate(items, 1):
        t = fill(rng, t, lang).strip()
        check_no_placeholders(t)
        rows.append({"id": f"{lang}-t{i:04d}", "text": t, "lang": lang, "label": l, "category": c})
    write_jsonl(os.path.join(root_dir(), "data", "corpus", "parts", f"{lang}.jsonl"), rows)
    n_hand = sum(1 for x in items if x[3] == "hand")
    print(lang, "total", len(rows), "hand", n_hand, "gen", len(rows) - n_hand)
    if examples:
        ex_rows, lab_rows = [], []
        for i, e in enumerate(examples, 1):
            eid = f"s-{lang}-{i:03d}"
            t = fill(rng, e["text"], lang, foreign_intl=1.0).strip()
            check_no_placeholders(t)
            ex_rows.append({"id": eid, "text": t, "lang": lang, "url": e["url"], "author": e["author"],
                            "posted_at": e["posted_at"], "source": e["source"]})
            lab_rows.append({"id": eid, "label": e["label"], "category": e["category"]})
        write_jsonl(os.path.join(root_dir(), "examples", "parts", f"{lang}.jsonl"), ex_rows)
        write_jsonl(os.path.join(root_dir(), "examples", "parts", f"{lang}.labels.jsonl"), lab_rows)
        print(lang, "examples", len(ex_rows))
    return rows


def parse_examples(block):
    """Demo posts: blocks separated by a line '---'; header line:
    label category source YYYY-MM-DDTHH:MM:SSZ url author words..."""
    out = []
    for chunk in re.split(r"\n---\n", block.strip()):
        lines = chunk.strip().split("\n")
        h = lines[0].split(" ", 5)
        out.append({"label": int(h[0]), "category": h[1], "source": h[2], "posted_at": h[3],
                    "url": h[4], "author": h[5], "text": "\n".join(lines[1:]).strip()})
    return out
