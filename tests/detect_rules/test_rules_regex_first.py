"""Patterns recompiled to be tried only where a match can begin give the same matches (issue 13, speed).

`regex_first.with_first_set` puts a pattern's first-character set in the regex engine's
optimisation header. Whatever the text, every match (and every search from every position)
must be what the pattern as written gives: checked for every shipped cue and exception
pattern, the code patterns that are recompiled, hand-made patterns of every construct the
first-set reading handles or refuses, on hostile texts and seeded random texts built from the
patterns' own characters (so that they match often)."""

import json
import random
import re
from pathlib import Path

import pytest

from ctip.detect import context, indicators, obfuscation
from ctip.detect.cues import cue_set
from ctip.extract import emails, handles, links
from ctip.text import langid
from ctip.text.normalise import normalise
from ctip.text.regex_first import with_first_set

ROOT = Path(__file__).resolve().parents[2]

HOSTILE = [
    "",
    " ",
    "\n",
    "a",
    "0",
    "12 people needed, 15-17 tahun, 13 giờ/ngày, 16 tuổi, 18 - 25 years old",
    "0 9 7 1 2 3 4 5 6 7 o97 i23 4567 zero nine seven one two three four five six seven",
    "\u200b\u200c\u200d\u2060\ufeff12\u200b people\u00ad workers \u202e45 staff\u202c",
    "\ud800\udfff\udbff lone surrogates 12 people \ud83d",
    "\U0001f600\U0001f4b0 $1500/month \uff11\uff12 people \u0661\u0662",
    "ការងារ ១២ ម៉ោង ធ្វើការ 14 ម៉ោង ถึง อายุ 18-25 ປີ ອາຍຸ 16 ຫາ 25 ງານ ຈ່າຍເງິນເດືອນທຸກ 3 ເດືອນ",
    "လစာ ၃ လ ကို တစ်ခါ ပေး 月薪十二 十五岁 送养 领养 工资三个月一发 lương trả sau 3 tháng",
    "adopsi anak biaya persalinan ditanggung, gaji dibayar setelah kontrak selesai 12 orang",
    "@hr_recruiter @job t9xZ1234567890abcdefghijklmnopqrstuv 0x" + "a" * 40,
    "1" * 3000,
    "12 people " * 300,
    "x" * 8000 + " 25 workers",
    "".join(map(chr, range(0x20, 0x3000, 7))),
]


def _shipped_patterns() -> list[re.Pattern[str]]:
    out = [rule.pattern for rule in cue_set().regexes]
    for rules in context._exceptions().values():
        for rule in rules:
            out += [p for p in (rule.span, rule.context) if p is not None]
    return out


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as `re` compiles it from its text and flags (what the rules held before)."""
    return re.compile(pattern.pattern, pattern.flags)


def _texts(pattern: re.Pattern[str], rng: random.Random, n: int) -> list[str]:
    """Hostile texts, plus random texts made of the pattern's own characters, digits and spaces."""
    alphabet = sorted(set(pattern.pattern) | set("0123456789 .,-/\n\t") | {"\u200b", "\u00a0", "\ud800", "é"})
    words = re.findall(r"\w+", pattern.pattern)
    out = list(HOSTILE)
    for _ in range(n):
        parts = [rng.choice(words) if words and rng.random() < 0.5 else rng.choice(alphabet)
                 for _ in range(rng.randrange(0, 40))]
        out.append("".join(p + (" " if rng.random() < 0.3 else "") for p in parts))
    return out


def _assert_same(plain: re.Pattern[str], fast: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (plain.pattern, text)
        if len(text) > 200:  # the huge texts: all matches only (each search below scans the rest of the text)
            continue
        for pos in range(0, min(len(text), 40), 7):  # searches from inside the text, as the exceptions do
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (plain.pattern, text, pos)
        assert fast.sub("#", text) == plain.sub("#", text)


def test_the_shipped_patterns_give_the_same_matches_recompiled():
    rng = random.Random(13)
    recompiled = 0
    for pattern in _shipped_patterns():
        plain = _plain(pattern)
        fast = with_first_set(plain)
        recompiled += fast is not plain
        assert fast.pattern == plain.pattern and fast.flags == plain.flags
        _assert_same(plain, fast, _texts(plain, rng, 25))
    # The cue data has many patterns that open with a look-behind or nested alternatives: if none
    # is recompiled, this Python's regex internals changed and the speed-up is lost (not the output).
    assert recompiled >= 10


def test_the_shipped_patterns_give_the_same_matches_on_real_shaped_posts():
    rows = [json.loads(line) for line in (ROOT / "examples" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    texts = [normalise(r["text"]).text for r in rows]
    for pattern in _shipped_patterns():
        plain = _plain(pattern)
        fast = with_first_set(plain)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_rules_in_use_are_the_recompiled_ones_with_the_same_text():
    rules, patterns = indicators._regex_patterns()
    assert [p.pattern for p in patterns] == [r.pattern.pattern for r in rules]
    assert any(p is not r.pattern for p, r in zip(patterns, rules, strict=True))


@pytest.mark.parametrize("source", [
    r"(?<![\d.,])\d{2,3}\s?(?:people|staff)(?![a-z])",  # look-behind first
    r"(?:(?:ab|cd)e|(?:f|g)h)+x",  # nested alternatives
    r"(?<!\d)(?:1[3-9]|2[0-4])\s?(?:h|giờ)",
    r"\b(?:x?y)z",  # optional first item: the set holds both x and y
    r"(?=\d)(?:\d|a)b",  # look-ahead first
    r"(?>ab|a)c",  # atomic group
    r"(?:ab)*+c",  # possessive repeat that may be empty
    r"(?:a{0,3}?)b",  # lazy repeat that may be empty
    r"(?:|a)b",  # an empty alternative
    r"(?P<n>a|b)c(?P=n)",  # a back-reference after the first item
    r"^\s*(?:\d+[.,])+\d",  # anchor first
    r"[^\W\d_]{2}\d",  # a class with a category
    r"(?<![\u1000-\u109f])[\u1000-\u1021]\s?\d",  # ranges beyond Latin
    r"\U0001f600+\d",  # astral characters
])
def test_hand_made_patterns_give_the_same_matches(source):
    plain = re.compile(source)
    _assert_same(plain, with_first_set(plain), _texts(plain, random.Random(source), 150))


@pytest.mark.parametrize("source", [
    r"a*",  # may match the empty string
    r"(?i)(?<!x)abc",  # case folding
    r"(?<!x)(?i:abc)",  # inline flags
    r"(?<!x)[^a]b",  # a negated class
    r"(?<!x).b",  # any character
    r"(a)?(?<!x)(?(1)a|b)",  # a conditional
    r"abc",  # already a literal prefix: the engine skips ahead itself
    r"[ab]c",  # already a first class
])
def test_patterns_whose_first_set_cannot_or_need_not_be_read_are_kept(source):
    plain = re.compile(source)
    assert with_first_set(plain) is plain


@pytest.mark.parametrize("pattern", [
    obfuscation._SPACED, obfuscation._MIXED, obfuscation._RUN, context._MY_SPACE, langid._NOISE_RE,
    handles._BEFORE, handles._AT_SPACED, links._SPACED_TME, emails._LOCAL,
])
def test_code_patterns_recompiled_give_the_same_matches(pattern):
    plain = _plain(pattern)
    assert pattern is not plain  # recompiled in its module
    _assert_same(plain, pattern, _texts(plain, random.Random(pattern.pattern), 150))
