"""Checks shared by the blind test splits' tests: gold identifiers are well formed and normalised."""

from __future__ import annotations

import json
import re
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import base58
import phonenumbers
import pytest

ENTITY_TYPES = {"phone", "whatsapp", "telegram", "line", "wechat", "email", "url",
                "wallet_trc20", "wallet_erc20"}


def trc20_ok(value: str) -> bool:
    try:
        raw = base58.b58decode_check(value)
    except ValueError:
        return False
    return len(raw) == 21 and raw[0] == 0x41


def check_entities_well_formed(entities: dict[str, list[dict]]) -> None:
    for pid, ents in entities.items():
        assert ents, pid
        pairs = [(e["type"], e["value"]) for e in ents]
        assert len(pairs) == len(set(pairs)), f"{pid}: duplicate entity"
        for kind, value in pairs:
            assert kind in ENTITY_TYPES, pid
            assert value.isascii() and value == value.strip(), f"{pid}: {value!r}"


def check_gold_values_normalised(entities: dict[str, list[dict]]) -> None:
    for pid, ents in entities.items():
        for e in ents:
            kind, value = e["type"], e["value"]
            if kind in {"phone", "whatsapp"}:
                num = phonenumbers.parse(value, None)
                assert phonenumbers.is_valid_number(num), f"{pid}: {value}"
                assert value == phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            elif kind == "wallet_trc20":
                assert trc20_ok(value), f"{pid}: bad TRC20 checksum {value}"
            elif kind == "wallet_erc20":
                assert re.fullmatch(r"0x[0-9a-fA-F]{40}", value), pid
            elif kind == "telegram":
                assert re.fullmatch(r"[a-z][a-z0-9_]{3,31}", value), f"{pid}: {value}"
            elif kind == "line":
                assert re.fullmatch(r"[a-z0-9._-]{4,20}", value), f"{pid}: {value}"
            elif kind == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", value), f"{pid}: {value}"
            elif kind == "email":
                assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", value), pid
            elif kind == "url":
                assert value.startswith("https://"), pid
                host = value[8:].split("/")[0]
                assert host == host.lower() and host not in {"t.me", "wa.me", "line.me"}, pid


# ---- Folding the disguises of the blind splits (shared by the round-4 and round-5 tests) ----

# Look-alike letters, folded back to the Latin letter they imitate.
LOOKALIKE = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X",
    "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y",
})
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Full-width letters, digits, @ . _ (not the full-width punctuation Chinese text uses anyway).
KIND_PATTERNS = {"cyrillic": re.compile("[\u0400-\u04ff]"), "greek": re.compile("[\u0370-\u03ff]"),
                 "fullwidth": re.compile("[\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a]"),
                 # U+200D joins emoji (🙋‍♀️) in ordinary text; only elsewhere is it a disguise
                 "zero_width": re.compile("[\u200b\u200c\u2060\ufeff]|"
                                          "(?<![\u2600-\u27bf\ufe0f\U0001f000-\U0001faff])\u200d")}
# Number words of the split's languages (reference/identifiers.md §2), longest first when matched.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
    "ศูนย์": 0, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
    "ສູນ": 0, "ໜຶ່ງ": 1, "ນຶ່ງ": 1, "ສອງ": 2, "ສາມ": 3, "ສີ່": 4, "ຫ້າ": 5, "ຫົກ": 6, "ເຈັດ": 7,
    "ແປດ": 8, "ເກົ້າ": 9,
    "សូន្យ": 0, "មួយ": 1, "ពីរ": 2, "បី": 3, "បួន": 4, "ប្រាំ": 5, "ប្រាំមួយ": 6, "ប្រាំពីរ": 7,
    "ប្រាំបី": 8, "ប្រាំបួន": 9,
    "သုည": 0, "တစ်": 1, "နှစ်": 2, "သုံး": 3, "လေး": 4, "ငါး": 5, "ခြောက်": 6, "ခုနစ်": 7,
    "ရှစ်": 8, "ကိုး": 9,
}
_NUMBER_WORD = re.compile("|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)), re.I)


def fold(text: str) -> str:
    """Undo the evasions of the splits: width, look-alikes, zero-width, spacing, [at]/[dot]."""
    text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)).translate(LOOKALIKE)
    text = re.sub(r"\s*[\[\(\{]\s*(at|@)\s*[\]\)\}]\s*", "@", text, flags=re.I)
    text = re.sub(r"\s*[\[\(\{]\s*(dot|\.)\s*[\]\)\}]\s*", ".", text, flags=re.I)
    return re.sub(r"\s+", "", text)


def spell_out(text: str) -> str:
    """Number words replaced by their digit (for phone numbers written in words)."""
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(0).lower()]), text)


def digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) for c in text if unicodedata.decimal(c, None) is not None)


def gold_value_found(value: str, kind: str, text: str) -> bool:
    """The gold value can be read back from the post once its disguises are undone."""
    folded = fold(text)
    if kind in {"phone", "whatsapp"}:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(value, None))
        return nsn in digits(folded) or nsn in digits(spell_out(folded))
    if kind in {"wallet_trc20", "wallet_erc20", "wechat"}:
        return value in folded
    if kind == "url":
        return value.removeprefix("https://").lower() in folded.lower()
    return value in folded.lower()


def texts_and_blob(files: list[Path]) -> tuple[set[str], str]:
    """Every string of the given files (as a set and as one searchable blob), compared by machine."""
    texts: set[str] = set()
    blobs: list[str] = []

    def strings(obj: object) -> None:
        if isinstance(obj, str):
            texts.add(obj)
        elif isinstance(obj, dict):
            for v in obj.values():
                strings(v)
        elif isinstance(obj, list):
            for v in obj:
                strings(v)

    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                try:
                    strings(json.loads(line))
                except json.JSONDecodeError:
                    blobs.append(line)
        else:
            blobs.append(raw)
    return texts, "\n".join([*blobs, *texts])



def _copy_of_round_from(name: str, round_no: int) -> bool:
    """Whether a corpus file is the copy of split `round_no` or of a later one (`<lang>.test-r<N>.jsonl`)."""
    match = re.search(r"\.test-r(\d+)\.jsonl$", name)
    return bool(match) and int(match.group(1)) >= round_no


def check_no_text_shared(posts: list[dict], corpus: Path, round_no: int, earlier: list[Path]) -> None:
    """Compared by machine: no post, and no line of 40+ characters, occurs in the training corpus
    (except the copies there of this split and of later ones, `parts/<lang>.test-r<N>.jsonl`, once
    they are read and trained on: a later split cannot have leaked into this one; its own tests
    compare it with this one) or in the `earlier` splits' files. A failure names this split's post
    and its own line, never the haystack: the split's authors must not read the corpus or the
    earlier rounds."""
    files = [p for p in corpus.rglob("*") if p.is_file() and not _copy_of_round_from(p.name, round_no)]
    texts, blob = texts_and_blob(files + [p for p in earlier if p.exists()])
    assert texts or blob, "training corpus not found"
    same = [p["id"] for p in posts if p["text"] in texts]
    assert not same, f"same text as a corpus/earlier-round post: {same}"
    shared = [f"{p['id']}: {line.strip()[:30]}…" for p in posts for line in p["text"].splitlines()
              if len(line.strip()) >= 40 and line.strip() in blob]
    assert not shared, f"lines also in the corpus or an earlier round: {shared}"


def check_quality_loads_split(quality, name: str, parts: Path, posts: list[dict],
                              entities: dict[str, list[dict]]) -> None:
    """bench/quality.py's split `name` (loaded, not screened): every language part, no entities file
    taken for posts, gold labels and frames as written, every post's gold identifiers."""
    assert quality.post_files(name) == post_files(parts)
    labelled = quality.load_split(name)
    gold = {p["id"]: p for p in posts}
    assert sorted(p.id for p, _, _, _ in labelled) == sorted(gold)
    for post, label, category, frame in labelled:
        assert (label, category, frame) == (gold[post.id]["label"], gold[post.id]["category"],
                                            gold[post.id]["frame"]), post.id
        assert post.extra.get("evasion") == gold[post.id]["evasion"], post.id
    want = {pid: {quality.entity_key(e["type"], e["value"]) for e in ents} for pid, ents in entities.items()}
    assert quality.load_gold_entities(name) == want

# ---- Reading a split's files (shared by the round-3, round-4 and round-5 tests) ----

def jsonl_rows(path: Path) -> list[dict]:
    """The rows of a JSONL file; a blank or broken line fails the test naming FILE:LINE."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path}:{n}: blank line"
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path}:{n}: not JSON: {exc}")
    return rows


def post_files(parts: Path) -> list[Path]:
    """A split's `<lang>.jsonl` files (not their `.entities.jsonl`), in name order."""
    return sorted(p for p in parts.glob("*.jsonl") if not p.name.endswith(".entities.jsonl"))


def split_posts(parts: Path) -> list[dict]:
    return [row for path in post_files(parts) for row in jsonl_rows(path)]


def split_entities(parts: Path) -> dict[str, list[dict]]:
    return {r["id"]: r["entities"] for path in sorted(parts.glob("*.entities.jsonl")) for r in jsonl_rows(path)}


def datasheet_rows(split: Path, marker: str) -> list[list[str]]:
    """The table rows between `<!-- marker:start -->` and `<!-- marker:end -->` of split/DATASHEET.md."""
    text = (split / "DATASHEET.md").read_text(encoding="utf-8")
    block = text.split(f"<!-- {marker}:start -->")[1].split(f"<!-- {marker}:end -->")[0]
    rows = []
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 1 and cells[-1].isdigit():
            rows.append(cells)
    return rows


def check_no_identifier_reused(posts: list[dict], entities: dict[str, list[dict]], earlier_gold: list[Path],
                               mine: list[str]) -> None:
    """No gold identifier of an earlier round comes back, and within one author's half
    (languages `mine`) each identifier is in one post only."""
    earlier = {(e["type"], e["value"].lower()) for path in earlier_gold if path.exists()
               for r in jsonl_rows(path) for e in r["entities"]}
    assert earlier, "no gold identifiers of earlier rounds found"
    lang_of = {p["id"]: p["lang"] for p in posts}
    seen: dict[tuple[str, str], str] = {}
    for pid, ents in entities.items():
        for e in ents:
            key = (e["type"], e["value"].lower())
            assert key not in earlier, f"{pid}: {key} already in an earlier round"
            if lang_of[pid] in mine:
                assert key not in seen, f"{pid} and {seen.get(key)} share {key}"
                seen[key] = pid


def check_counts_match_datasheet(split: Path, posts: list[dict], mine: list[str], builder: str) -> None:
    """The datasheet counts the languages it lists exactly; a language merged later is named
    (with the `builder` command that rewrites the tables)."""
    rows = datasheet_rows(split, "counts")
    listed = {r[0] for r in rows}
    assert {p["lang"] for p in posts if p["lang"] in mine} <= listed
    got = Counter((p["lang"], p["category"], p["frame"]) for p in posts if p["lang"] in listed)
    assert Counter({(r[0], r[1], r[2]): int(r[3]) for r in rows}) == got
    per_lang = {r[0]: r for r in datasheet_rows(split, "languages")}
    for lang in listed:
        those = [p for p in posts if p["lang"] == lang]
        assert per_lang[lang][1:4] == [str(len(those)), str(sum(p["label"] for p in those)),
                                       str(sum(1 - p["label"] for p in those))], lang
    missing = {p["lang"] for p in posts} - listed
    if missing:
        warnings.warn(f"DATASHEET.md does not count {sorted(missing)} yet: run python {builder} --datasheet",
                      stacklevel=2)
    else:
        kinds = Counter(k for p in posts for k in p.get("evasion_kinds", []))
        kinds["posts"] = sum(p["evasion"] for p in posts)
        assert Counter({r[0]: int(r[1]) for r in datasheet_rows(split, "evasion")}) == kinds


def check_files_come_in_pairs(parts: Path, langs: list[str] | tuple[str, ...], rnd: int) -> None:
    """Each `<lang>.jsonl` of a split's parts is one language with ids `r<rnd>-<lang>-NNN` in order,
    beside a `<lang>.entities.jsonl` that names only its posts, and no gold file lacks its posts."""
    for path in post_files(parts):
        lang = path.stem
        assert lang in langs, f"{path}: file name must be a language code ({', '.join(langs)})"
        assert (parts / f"{lang}.entities.jsonl").exists(), f"{path}: no {lang}.entities.jsonl"
        rows = jsonl_rows(path)
        assert {r["lang"] for r in rows} == {lang}, path
        assert [r["id"] for r in rows] == [f"r{rnd}-{lang}-{n:03d}" for n in range(1, len(rows) + 1)], path
        ids = {r["id"] for r in rows}
        ents = jsonl_rows(parts / f"{lang}.entities.jsonl")
        assert all(r["id"] in ids for r in ents), f"{lang}.entities.jsonl names a post {lang}.jsonl lacks"
    for path in parts.glob("*.entities.jsonl"):
        assert (parts / path.name.replace(".entities", "")).exists(), f"{path}: no posts file"
