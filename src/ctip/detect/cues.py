"""Load the indicator data files and compile them into one matcher.

All literal cues of all languages, plus the marker words the salary parser and the regex
rules need (currencies, salary words, countries, skilled roles, apps, negations, regex
triggers), go into one Aho-Corasick matcher: a post is scanned once, whatever its language id
says, so code-mixed posts get the cues of every language present.
Cues are normalised with the same function as posts, so data files may use native digits,
upper case or composed/decomposed forms.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from ctip.text.automaton import automaton
from ctip.text.normalise import normalise

LANGS = ("km", "en", "zh", "th", "vi", "id", "my", "lo")
DATA = "ctip.data.indicators"

# Kinds of automaton hits; scan() groups its matches by kind. Match.tag then holds:
CUE = "cue"  # an indicator id (R1 ... L8)
PERIOD = "per"  # "" - "/month", "per bulan": a pay statement may precede it
CURRENCY = "cur"  # ISO code of a currency written before or after a figure ("$", "usd", "บาท")
SALARY_WORD = "sw"  # period implied by a salary word ("月薪" -> month, "日薪" -> day)
SKILLED = "skilled"  # "" - a role where high pay is expected
COUNTRY = "cc"  # ISO code of a destination named
TRIGGER = "re"  # "" - the regex rule to run is the match's `near` field (an index into CueSet.regexes)
APP = "app"  # messaging app key (apps.yaml)
NEGATION = "neg"  # "" - a word that denies a coercion cue written right after it

# Vietnamese written without diacritics ("viec nhe luong cao"): fold đ and strip marks.
_VI_ASCII = str.maketrans({"đ": "d", "Đ": "d"})


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    """One catalog entry (catalog.yaml)."""

    id: str
    name: str
    family: str
    weight: float
    description: str
    maps_to: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RegexRule:
    """A regex cue; it runs only when one of its trigger words was seen in the post."""

    id: str
    lang: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class NearRule:
    """A cue that counts only within `window` characters of a hit of one of `with_ids`."""

    with_ids: frozenset[str]
    window: int


# A match on the normalised text: (start, end, tag, near); [start, end) is end-exclusive, tag
# depends on the kind (above), near indexes CueSet.near_rules (-1: unconstrained). A plain tuple,
# not a NamedTuple: building one per match is the hot loop of every post.
Match = tuple[int, int, str, int]
Entry = tuple[int, int, int, tuple[tuple[str, str, int], ...]]  # length, start edge, end edge, tags


@dataclass(frozen=True, slots=True)
class CueSet:
    # One automaton over every key (ctip.text.automaton: compiled, or ahocorasick-rs; its cost per
    # character does not grow with the number of keys); entries[i] describes key i: (length,
    # start_edge, end_edge, ((kind, tag, near), ...)), edges as in _edge().
    matcher: Any
    entries: tuple[Entry, ...]
    regexes: tuple[RegexRule, ...]
    near_rules: tuple[NearRule, ...]
    counts: dict[str, dict[str, int]]  # lang -> id -> number of cues (docs)


# libyaml's loader is ~10x faster than the pure-Python one; start-up time matters for the CLI.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(name: str) -> Any:
    return yaml.load(resources.files(DATA).joinpath(name).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(resources.files(DATA).joinpath("cues.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, IndicatorInfo]:
    raw = _read_yaml("catalog.yaml")["indicators"]
    return {
        iid: IndicatorInfo(iid, d["name"], d["family"], float(d["weight"]), d["description"], tuple(d["maps_to"]))
        for iid, d in raw.items()
    }


@cache
def load_language(lang: str) -> dict[str, Any]:
    """The raw cue file of one language. Ids are checked here (cheap); the full JSON-Schema
    check is `validate_language`, run by the tests: validating at start-up would double it."""
    data = _read_yaml(f"{lang}.yaml")
    ids = set(data.get("cues", {})) | {r["id"] for r in data.get("regex", []) + data.get("near", [])}
    unknown = ids - set(load_catalog())
    if unknown:
        raise ValueError(f"{lang}.yaml: unknown indicator ids {sorted(unknown)}")
    return data


def validate_language(lang: str) -> None:
    """Raise jsonschema.ValidationError when <lang>.yaml does not follow cues.schema.json."""
    import jsonschema  # only the tests validate; importing it costs ~0.1 s at start-up

    jsonschema.validate(_read_yaml(f"{lang}.yaml"), _schema())


@lru_cache(maxsize=1)
def load_money() -> dict[str, Any]:
    return _read_yaml("money.yaml")


def norm_cue(cue: str) -> str:
    return normalise(str(cue)).text.strip()


def normalise_cues(cues: Iterable[str]) -> dict[str, str]:
    """norm_cue() of many cues at once: ~10x faster than one by one, which matters at start-up.

    Cues without Myanmar letters (whose Zawgyi check looks at the whole text) or line breaks are
    normalised as one text joined by line breaks; every step of normalise() but the Zawgyi check
    is local to a character and its neighbours, and a line break joins no character to another.
    A test checks the result equals norm_cue() one by one for every shipped cue.
    """
    batch, out = [], {}
    for cue in dict.fromkeys(str(c) for c in cues):
        if cue.isascii():
            out[cue] = cue.lower().strip()
        elif "\n" in cue or any("\u1000" <= ch <= "\u109f" for ch in cue):
            out[cue] = normalise(cue).text.strip()
        else:
            batch.append(cue)
    parts = normalise("\n".join(batch)).text.split("\n") if batch else []
    if len(parts) != len(batch):  # a rule joined lines after all: fall back to one by one
        parts = [normalise(cue).text for cue in batch]
    out.update((cue, part.strip()) for cue, part in zip(batch, parts, strict=True))
    return out


def strip_vietnamese(text: str) -> str:
    """"việc nhẹ lương cao" -> "viec nhe luong cao" (how many people type without an IME)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_VI_ASCII))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin_word_char(ch: str) -> bool:
    """Letters/digits of Latin script (incl. Vietnamese); cues in them need word boundaries."""
    return ch.isalnum() and (ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")


def _marker_words() -> Iterator[tuple[str, str, str]]:
    money = load_money()
    # Only words that can open a pay statement are scanned for; what follows a figure
    # ("15k", "3000u", "1.5万元", "15 triệu") is read at that position by the salary parser.
    for code, cur in money["currencies"].items():
        for form in cur["forms"]:
            yield form, CURRENCY, code
    for period, words in money["salary_words"].items():
        for word in words:
            yield word, SALARY_WORD, period
    for words in money["periods"].values():  # "3000u/month" names no salary word
        for word in words:
            yield f"/{word}", PERIOD, ""
            yield f"per {word}", PERIOD, ""
    for code, names in money["countries"].items():
        for name in names:
            yield name, COUNTRY, code
    for group in money["skilled_roles"]:
        for word in group:
            yield word, SKILLED, ""
    for app, names in _read_yaml("apps.yaml")["apps"].items():
        for name in names:
            yield name, APP, app


class _Builder:
    """Collects keys -> tags; `tables()` gives them as plain data (see `compile_tables`)."""

    def __init__(self) -> None:
        self.tags: dict[str, dict[tuple[str, str, int], None]] = {}

    def add(self, key: str, kind: str, tag: str, near: int = -1) -> None:
        if key:
            self.tags.setdefault(key, {})[(kind, tag, near)] = None

    def tables(self) -> tuple[list[str], list[list[Any]]]:
        keys = list(self.tags)
        entries = [[len(k), _edge(k[0]), _edge(k[-1]), [list(t) for t in self.tags[k]]] for k in keys]
        return keys, entries


RawKey = tuple[str, str, str, int, bool]  # word as written, kind, tag, near, add an undiacritised form


def _raw_keys(counts: dict[str, dict[str, int]], regexes: list[list[str]],
              near_rules: list[list[Any]]) -> list[RawKey]:
    """Every word to match, in the order the matcher lists them; fills the rules and counts."""
    out: list[RawKey] = []
    for lang in LANGS:
        data = load_language(lang)
        variants = bool(data.get("ascii_variants"))
        for iid, cues in data.get("cues", {}).items():
            out += [(cue, CUE, iid, -1, variants) for cue in cues]
            counts[lang][iid] = len(cues)
        out += [(word, NEGATION, "", -1, False) for word in data.get("negations", [])]
        for rule in data.get("regex", []):
            counts[lang][rule["id"]] = counts[lang].get(rule["id"], 0) + 1
    out += [(word, kind, tag, -1, False) for word, kind, tag in _marker_words()]
    for lang in LANGS:
        for rule in load_language(lang).get("regex", []):
            out += [(word, TRIGGER, "", len(regexes), False) for word in rule["when"]]
            regexes.append([rule["id"], lang, rule["pattern"]])
    for lang in LANGS:
        for rule in load_language(lang).get("near", []):
            out += [(cue, CUE, rule["id"], len(near_rules), False) for cue in rule["cues"]]
            near_rules.append([sorted(rule["with"]), int(rule.get("window", 60))])
            counts[lang][rule["id"]] = counts[lang].get(rule["id"], 0) + len(rule["cues"])
    return out


@lru_cache(maxsize=1)
def cue_set() -> CueSet:
    """Every language file and the money tables as one matcher (cached).

    Compiling them takes a few tenths of a second (YAML, normalising ~8,000 cues), so the
    package ships the result (compiled.json, `scripts/compile_cues.py`); it is used only when
    its key matches the data files and the normalising code as they are now.
    """
    tables = _shipped_tables() or compile_tables()
    keys, entries = tables["keys"], tables["entries"]
    return CueSet(
        automaton(keys),
        tuple((n, start, end, tuple((kind, tag, near) for kind, tag, near in tags)) for n, start, end, tags in entries),
        tuple(RegexRule(iid, lang, re.compile(pattern)) for iid, lang, pattern in tables["regexes"]),
        tuple(NearRule(frozenset(ids), window) for ids, window in tables["near"]),
        tables["counts"],
    )


def compile_tables() -> dict[str, Any]:
    """The cue data as plain, JSON-ready tables: keys, their entries, regex and near rules."""
    counts: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    regexes: list[list[str]] = []
    near_rules: list[list[Any]] = []
    raw = _raw_keys(counts, regexes, near_rules)
    normalised = normalise_cues(word for word, *_ in raw)
    builder = _Builder()
    for word, kind, tag, near, variants in raw:
        key = normalised[str(word)]
        builder.add(key, kind, tag, near)
        if variants:
            plain = strip_vietnamese(key)
            # Short undiacritised forms collide with English/Indonesian words ("gap", "ban").
            if plain != key and (" " in plain or len(plain) >= 7):
                builder.add(plain, kind, tag, near)
    keys, entries = builder.tables()
    return {"key": source_key(), "keys": keys, "entries": entries, "regexes": regexes, "near": near_rules,
            "counts": counts}


COMPILED = "compiled.json"
# What compiled tables depend on besides the data files: the code that normalises cues.
_KEY_SOURCES = (("ctip.detect", "cues.py"), ("ctip.text", "normalise.py"), ("ctip.text", "fold.py"),
                ("ctip.text", "fold_mapped.py"), ("ctip.text", "fold_rules.py"), ("ctip.text", "unicode_tables.py"),
                ("ctip.text", "offsets.py"), ("ctip.text", "zawgyi.py"), ("ctip.text", "mixed.py"),
                ("ctip.text", "lookalikes.py"), ("ctip.data", "text/lookalikes.json"),
                ("ctip.data", "text/unicode_tables.json"))


def source_key() -> str:
    """A hash of everything compiled tables are made from (data files, normalising code, Unicode)."""
    digest = hashlib.sha256(unicodedata.unidata_version.encode())
    data = resources.files(DATA)
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".yaml")):
        digest.update(name.encode() + b"\0" + data.joinpath(name).read_bytes())
    for package, name in _KEY_SOURCES:
        digest.update(resources.files(package).joinpath(name).read_bytes())
    return digest.hexdigest()


def _shipped_tables() -> dict[str, Any] | None:
    try:
        tables = json.loads(resources.files(DATA).joinpath(COMPILED).read_bytes())
    except (OSError, ValueError):
        return None
    return tables if tables.get("key") == source_key() else None


def write_compiled(path: Any) -> None:
    """Write compile_tables() as JSON (scripts/compile_cues.py ships it in the package)."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(compile_tables(), f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def _edge(ch: str) -> int:
    """Word-boundary rule for a cue's first/last character: 0 none (CJK, Thai, symbols), 1 Latin
    letter (the neighbour must not be a Latin letter), 2 digit (the neighbour must not be a digit).
    So "ktv" does not fire inside "ktvx", but "rm" does in "rm15,000" and "age" in "age18"."""
    if ch.isdigit():
        return 2
    return 1 if is_latin_word_char(ch) else 0


def _glued(ch: str, edge: int) -> bool:
    """True when neighbour `ch` would make one token with a cue edge of kind `edge`."""
    if edge == 2:
        return ch.isdigit()
    return ch.isalpha() and (ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")


# The letters _glued() means by edge 1, as a set: the scan's inner loop tests them most.
_LATIN_LETTERS = frozenset(ch for ch in map(chr, range(0x1F00)) if ch.isalpha() and (ch < "\u0250" or ch >= "\u1e00"))

Found = dict[str, list[Match]]  # kind -> matches, in text order per automaton


def scan(text: str) -> Found:
    """All cue and marker matches in normalised `text`, grouped by kind.

    Latin-script cues count only at word boundaries ("ktv" not inside "ktvx").
    """
    out: Found = {}
    n = len(text)
    cues = cue_set()
    entries = cues.entries
    letters = _LATIN_LETTERS
    for index, start, end in cues.matcher.find_matches_as_indexes(text, overlapping=True):
        _, bound_start, bound_end, tags = entries[index]
        if bound_start and start:
            ch = text[start - 1]
            if ch in letters if bound_start == 1 else ch.isdigit():
                continue
        if bound_end and end < n:
            ch = text[end]
            if ch in letters if bound_end == 1 else ch.isdigit():
                continue
        for kind, tag, near in tags:
            found = out.get(kind)
            if found is None:
                out[kind] = found = []
            found.append((start, end, tag, near))
    return out
