"""Shared helpers for gen_km.py / gen_th.py / gen_my.py / gen_lo.py.

Fills identifier placeholders in hand-written and slot-generated posts with
synthetic, format-valid identifiers (random phone numbers validated with
`phonenumbers`, base58check TRC20 wallets, random ERC20 addresses).
All identifiers are random and fictional. Deterministic given the rng.
"""
import json
import os
import random
import re

import base58
import phonenumbers

NATIVE = {
    "km": "០១២៣៤៥៦៧៨៩",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "lo": "໐໑໒໓໔໕໖໗໘໙",
}
SPELLED = {
    "km": ["សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "my": ["သုည", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး"],
    "lo": ["ສູນ", "ໜຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
REGION = {"KH": ("855", "km"), "TH": ("66", "th"), "MM": ("95", "my"), "LA": ("856", "lo")}
KH_PREFIX = ["10", "11", "12", "15", "16", "17", "61", "69", "70", "76", "77", "78", "81",
             "85", "86", "87", "89", "92", "93", "95", "96", "97", "98", "99", "31", "60",
             "66", "67", "68", "71", "88", "90", "38"]


def rand_phone(rng, region):
    """Return a valid mobile number as phonenumbers object."""
    for _ in range(1000):
        if region == "KH":
            nat = rng.choice(KH_PREFIX) + "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7])))
        elif region == "TH":
            nat = rng.choice("689") + "".join(rng.choice("0123456789") for _ in range(8))
        elif region == "MM":
            nat = "9" + rng.choice(["7", "6", "4", "9", "2", "5", "8"]) + "".join(
                rng.choice("0123456789") for _ in range(rng.choice([7, 8])))
        else:  # LA
            nat = "20" + rng.choice("2579") + "".join(rng.choice("0123456789") for _ in range(7))
        p = phonenumbers.parse("+" + REGION[region][0] + nat)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (1, 2):
            return p
    raise RuntimeError(region)


def fmt_phone(rng, p, style=None, lang=None):
    region = phonenumbers.region_code_for_number(p)
    cc = str(p.country_code)
    lang = lang or REGION[region][1]
    nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
    natd = re.sub(r"\D", "", nat)
    intl = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
    if style is None:
        style = rng.choices(
            ["nat", "natd", "intl", "e164", "00", "paren", "dash", "dot", "native", "native_sp",
             "O", "spaced", "spelled", "half_spelled"],
            [14, 8, 10, 5, 3, 4, 5, 3, 8, 4, 3, 3, 2, 2])[0]
    if style == "nat":
        return nat
    if style == "natd":
        return natd
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00":
        return "00" + cc + " " + intl.split(" ", 1)[1]
    if style == "paren":
        return "(+" + cc + ") " + intl.split(" ", 1)[1]
    if style == "dash":
        return nat.replace(" ", "-")
    if style == "dot":
        return nat.replace(" ", ".")
    if style == "native":
        return nat.translate(str.maketrans("0123456789", NATIVE[lang]))
    if style == "native_sp":
        return natd.translate(str.maketrans("0123456789", NATIVE[lang]))
    if style == "O":
        return nat.replace("0", "O")
    if style == "spaced":
        return " ".join(natd)
    if style == "spelled":
        return " ".join(SPELLED[lang][int(c)] for c in natd)
    if style == "half_spelled":
        k = len(natd) // 2
        return " ".join(SPELLED[lang][int(c)] for c in natd[:k]) + " " + natd[k:]
    if style == "wa":
        return "https://wa.me/" + e164[1:] if rng.random() < 0.7 else "wa.me/" + e164[1:]
    raise ValueError(style)


def rand_trc20(rng):
    return base58.b58encode_check(bytes([0x41]) + bytes(rng.getrandbits(8) for _ in range(20))).decode()


def rand_erc20(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    if rng.random() < 0.5:
        h = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in h)
    return "0x" + h


PH_RE = re.compile(r"\{(KH|TH|MM|LA)(?::(\w+))?\}|\{(WA)(KH|TH|MM|LA)\}|\{(TRC|ERC)\}")


def fill(rng, text, lang):
    def rep(m):
        if m.group(1):
            p = rand_phone(rng, m.group(1))
            return fmt_phone(rng, p, m.group(2), lang if lang in NATIVE else None)
        if m.group(3):
            return fmt_phone(rng, rand_phone(rng, m.group(4)), "wa")
        if m.group(5) == "TRC":
            return rand_trc20(rng)
        return rand_erc20(rng)
    return PH_RE.sub(rep, text)


def check_no_placeholders(text):
    assert not re.search(r"\{[A-Za-z:_]+\}", text), text


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build(lang, hand, gen_fn, n_gen, seed, examples=None, example_labels=None):
    """hand: list of (label, category, text). gen_fn(rng) -> (label, category, text)."""
    rng = random.Random(seed)
    rows, seen = [], set()
    items = [(l, c, t, "hand") for l, c, t in hand]
    tries = 0
    gen_items = []
    while len(gen_items) < n_gen and tries < n_gen * 50:
        tries += 1
        l, c, t = gen_fn(rng)
        key = re.sub(r"\{[^}]*\}", "", t)
        if key in seen:
            continue
        seen.add(key)
        gen_items.append((l, c, t, "gen"))
    items += gen_items
    rng.shuffle(items)
    for i, (l, c, t, src) in enumerate(items, 1):
        t = fill(rng, t, lang).strip()
        check_no_placeholders(t)
        rows.append({"id": f"{lang}-t{i:04d}", "text": t, "lang": lang, "label": l, "category": c})
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", ".."))
    write_jsonl(os.path.join(root, "data", "corpus", "parts", f"{lang}.jsonl"), rows)
    n_hand = sum(1 for x in items if x[3] == "hand")
    print(lang, "total", len(rows), "hand", n_hand, "gen", len(rows) - n_hand)
    if examples:
        ex_rows, lab_rows = [], []
        for i, e in enumerate(examples, 1):
            eid = f"s-{lang}-{i:03d}"
            t = fill(rng, e["text"], lang).strip()
            check_no_placeholders(t)
            ex_rows.append({"id": eid, "text": t, "lang": lang, "url": e["url"], "author": e["author"],
                            "posted_at": e["posted_at"], "source": e["source"]})
            lab_rows.append({"id": eid, "label": e["label"], "category": e["category"]})
        write_jsonl(os.path.join(root, "examples", "parts", f"{lang}.jsonl"), ex_rows)
        write_jsonl(os.path.join(root, "examples", "parts", f"{lang}.labels.jsonl"), lab_rows)
        print(lang, "examples", len(ex_rows))
    return rows


def warn_post(rng, opens, heads, flags, advs):
    """Awareness post listing red flags; reuses the same cue phrases as risky ads."""
    sep = rng.choice([" • ", ", ", " / ", " ❌ ", "; ", " ⛔ ", " ✖ "])
    fl = rng.sample(flags, rng.randint(3, 5))
    body = sep.join(fl)
    if sep.strip() in ("❌", "⛔", "✖"):
        body = sep.strip() + " " + body
    head = rng.choice(heads)
    adv = " ".join(rng.sample(advs, rng.randint(1, 2)))
    op = rng.choice(opens)
    if rng.random() < 0.5:
        parts = [op, head, body, adv]
    else:
        parts = [op, adv, head, body]
    return " ".join(p for p in parts if p)


def jp(prefix, word):
    """Join a native-script prefix to a role; add a space before Latin-script words."""
    return prefix + (" " if prefix and word[:1].isascii() else "") + word


_SECTOR_IDX = {"health": [1], "edu": [2], "food": [6, 8], "gen": [0, 3, 4, 5, 7, 8]}


def pick_company(rng, role, comps, kw):
    """Pick an employer whose sector fits the role (comps ordered as in the gen_* files)."""
    sector = "gen"
    for s, ks in kw.items():
        if any(k in role for k in ks):
            sector = s
    return comps[rng.choice(_SECTOR_IDX[sector])]
