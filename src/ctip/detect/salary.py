"""Parse pay statements and compare them with the reference wage of the destination.

"$1500/month", "月薪1.5万", "15 triệu/tháng", "gaji 8 juta per bulan", "เงินเดือน 35,000 บาท",
"ប្រាក់ខែ 800$", "လစာ ၈ သိန်း", "ເງິນເດືອນ 5 ລ້ານກີບ" all become a Salary in USD per month.
A figure counts as pay only with a salary word before it or a period word after it, so
prices, phone numbers and ages are not read as pay. Ranges keep their LOW end: R1 fires only
when even the least the post promises is out of line. Currency, multiplier and salary words
come from the cue scan (cues.py markers), so parsing is a few dict look-ups per figure.
Tables: data/indicators/money.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from ctip.detect.construct import maker
from ctip.detect.cues import (
    COUNTRY,
    CURRENCY,
    PERIOD,
    SALARY_WORD,
    Found,
    is_latin_word_char,
    load_money,
    norm_cue,
    scan,
)
from ctip.detect.rounding import round_places
from ctip.text.normalise import NormText

R1_RATIO = 4.0  # indicators.md §1: >= 4x the reference wage for a no-skill role
L3_RANGE = (0.5, 2.0)
CONTEXT_BEFORE = 30  # characters searched for a salary word before a figure with a currency
NEAR = 12  # characters around a currency or period word where its figure may stand ("15 triệu/tháng")
ONE_OFF_REACH = 16  # characters around a sum where "one-time", "一次性", "một lần" make it a one-off
BARE_CONTEXT = 12  # ... and before a bare figure ("salary: 2500", not "salary high, hotline 1300")
PLAUSIBLE_USD_MONTH = (30.0, 200_000.0)
FALLBACK_COUNTRY = "KH"

_LATIN = r"a-z\u00c0-\u024f\u1e00-\u1eff"  # letters only: "rm15,000" and "15k" must parse
_NUM_RE = re.compile(r"\d[\d.,]*")  # simple on purpose (fast to scan); _figure() trims and checks
_RANGE_RE = re.compile(r"\s?(?:-|–|—|~|～|to|至|到|ถึง|đến|den|sampai|hingga|s/d|ដល់|ເຖິງ|မှ)\s?")
_PHONE_TAIL = re.compile(r"[\s\-.]?\d")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?")
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")
_VI_LETTERS = frozenset("àáãăâđèéêìíòóõôơùúũưýỳ")


@dataclass(frozen=True, slots=True)
class Salary:
    """A pay statement: monthly USD (low end of a range), as written, with original offsets."""

    amount_usd_month: float
    currency: str
    period: str
    span: tuple[int, int]
    raw: str


@dataclass(frozen=True, slots=True)
class PayCheck:
    """A salary compared with the reference wage of a country."""

    salary: Salary
    country: str
    reference_usd: float
    ratio: float

    def detail(self) -> str:
        s = self.salary
        usd = f"USD {s.amount_usd_month:,.0f}/month"
        head = usd if s.currency in ("USD", "USDT") and s.period == "month" else f"{s.raw.strip()} ≈ {usd}"
        return f"{head} ≈ {self.ratio:.1f}× the reference wage in {self.country} (USD {self.reference_usd:,.0f})"


@dataclass(frozen=True, slots=True)
class _Markers:
    """Money words found by the cue scan, indexed by position."""

    cur_end: dict[int, tuple[int, str]]  # end -> (start, currency) of currencies written before a figure
    salary_words: tuple[tuple[int, int, str], ...]  # (start, end, period), by end
    windows: tuple[tuple[int, int], ...]  # merged text ranges where a figure may be pay


_new_salary = maker(Salary, "amount_usd_month", "currency", "period", "span", "raw")
_new_check = maker(PayCheck, "salary", "country", "reference_usd", "ratio")
_new_markers = maker(_Markers, "cur_end", "salary_words", "windows")


@lru_cache(maxsize=1)
def _money() -> dict[str, Any]:
    return load_money()


class _Lexicon:
    """Words -> value, matched AT a position by dict look-ups, longest first.

    Much cheaper than a regex alternation of a hundred words tried at one position.
    Latin words must end at a word boundary ("k" in "15k/month" yes, in "15kg" no).
    """

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = {norm_cue(k): v for k, v in table.items()}
        lengths: dict[str, set[int]] = {}
        for key in self.table:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {ch: sorted(ns, reverse=True) for ch, ns in lengths.items()}  # by first character

    def match(self, text: str, pos: int) -> tuple[int, Any] | None:
        if pos >= len(text):
            return None
        lengths = self.lengths.get(text[pos])
        if lengths is None:  # most positions: no word starts with this character
            return None
        table = self.table
        for n in lengths:
            value = table.get(text[pos:pos + n])
            if value is None:
                continue
            end = pos + n
            if end < len(text) and is_latin_word_char(text[end - 1]) and _is_letter(text[end]):
                continue
            return end, value
        return None


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and is_latin_word_char(ch)


@dataclass(frozen=True, slots=True)
class _Readers:
    """What may follow a figure (multiplier, currency, period), read at a position."""

    multiplier: _Lexicon  # -> (factor, implied currency)
    currency: _Lexicon  # any written form, incl. suffix-only ("u", "đ", "元") -> code
    currency_before: _Lexicon  # forms that may stand before a figure ("$1000-$2000") -> code
    link: _Lexicon  # "/", "per", "một", "ต่อ" -> True
    period: _Lexicon  # -> "month", "day", ...
    multiplier_before: dict[str, tuple[float, str | None]]  # units also written before the figure ("သိန်း ၂၀")
    one_off_after: tuple[str, ...]  # "one-time", "once", "một lần" after a sum: not a wage
    one_off_before: tuple[str, ...]  # "bonus", "一次性奖金", "total" before a sum: not a wage


@lru_cache(maxsize=1)
def _readers() -> _Readers:
    money = _money()
    currency: dict[str, str] = {}
    before: dict[str, str] = {}
    for code, cur in money["currencies"].items():
        for form in cur["forms"]:
            before[form] = code
        for form in cur["forms"] + cur.get("suffix_only", []):
            currency[form] = code
    return _Readers(
        _Lexicon({w: (float(m["factor"]), m.get("implies")) for m in money["multipliers"] for w in m["words"]}),
        _Lexicon(currency),
        _Lexicon(before),
        _Lexicon(dict.fromkeys(money["period_links"], True)),
        _Lexicon({w: p for p, words in money["periods"].items() for w in words}),
        {norm_cue(w): (float(m["factor"]), m.get("implies")) for m in money["multipliers"] if m.get("also_before")
         for w in m["words"]},
        tuple({norm_cue(w) for w in money["one_off"]["after"]}),
        tuple({norm_cue(w) for w in money["one_off"]["before"]}),
    )


def _period_after(text: str, pos: int, r: _Readers) -> tuple[int, str] | None:
    """"/month", " per bulan", "ต่อเดือน", "一个月" right after `pos` -> (end, period)."""
    p = pos + 1 if pos < len(text) and text[pos].isspace() else pos  # _skip1, inline
    link = r.link.match(text, p)
    if link:
        found = r.period.match(text, _skip1(text, link[0]))
        if found:
            return found
    return r.period.match(text, p)


_END = itemgetter(1)


def _markers(found: Found) -> _Markers:
    cur_end: dict[int, tuple[int, str]] = {}
    currencies = found.get(CURRENCY, ())
    for start, end, code, _ in currencies:
        earlier = cur_end.get(end)
        if earlier is None or start < earlier[0]:  # a cue match is never empty: start < end + 1
            cur_end[end] = (start, code)
    listed = [(s, e, period) for s, e, period, _ in found.get(SALARY_WORD, ())]
    listed.sort(key=_END)  # stable, as sorted() is
    words = tuple(listed)
    # A figure is pay only next to a currency or period word, or shortly after a salary word.
    near = [(m[0] - NEAR, m[1] + NEAR) for m in currencies]
    near += [(m[0] - NEAR, m[1] + NEAR) for m in found.get(PERIOD, ())]
    near += [(we, we + CONTEXT_BEFORE) for _, we, _ in words]
    return _new_markers(cur_end, words, _merged(near))


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((max(lo, 0), hi))
    return tuple(out)


def _number(raw: str) -> float | None:
    """"1,500" / "1.500.000" (grouped) / "1.5" / "8,5" (decimal); None for phone-like strings."""
    if raw.isdigit():
        return float(raw)
    if _GROUPED.fullmatch(raw):
        cut = -3 if raw[-3] in ".," else -2 if raw[-2] in ".," else 0  # "1,500.50" / "1,500.5"
        head, tail = (raw[:cut], raw[cut + 1:]) if cut else (raw, "0")
        return float(head.replace(",", "").replace(".", "") + "." + tail)
    if _PLAIN.fullmatch(raw):
        return float(raw.replace(",", "."))
    return None


def _skip1(text: str, pos: int) -> int:
    """Skip one space (people write "8 juta", "RM 3,500")."""
    return pos + 1 if pos < len(text) and text[pos].isspace() else pos


def _suffix(text: str, pos: int, r: _Readers) -> tuple[int, float, str | None, str | None, float]:
    """After a figure: optional multiplier then optional currency -> (end, factor, implied, currency, add)."""
    factor, implied, currency, add = 1.0, None, None, 0.0
    n = len(text)
    mult = r.multiplier.match(text, pos + 1 if pos < n and text[pos].isspace() else pos)  # _skip1, inline
    if mult:
        pos, (factor, implied) = mult
        pos, add = _half_unit(text, pos, factor)
    cur = r.currency.match(text, pos + 1 if pos < n and text[pos].isspace() else pos)
    if cur:
        pos, currency = cur
    return pos, factor, implied, currency, add


def _half_unit(text: str, pos: int, factor: float) -> tuple[int, float]:
    """"1万5" / "7tr5": one digit right after the unit adds tenths of it (1.5万, 7.5 triệu); "2万5千"
    adds 5千. Returns (end, amount to add)."""
    if pos < len(text) and text[pos].isdigit() and not (pos + 1 < len(text) and text[pos + 1] in "0123456789.,"):
        digit = int(text[pos])
        unit = _readers().multiplier.match(text, pos + 1)
        if unit and unit[1][0] < factor:
            return unit[0], digit * unit[1][0]
        return pos + 1, digit * factor / 10
    return pos, 0.0


class _Amount(NamedTuple):
    start: int
    end: int
    value: float  # low end, multiplier applied
    currency: str | None
    implied: str | None
    digits: str  # the first figure as written (phone-number check)


def _figures(text: str, mk: _Markers) -> list[tuple[int, int]]:
    """(start, end) of figures within reach of a money word; trailing "." or "," dropped."""
    out = []
    for lo, hi in mk.windows:
        for m in _NUM_RE.finditer(text, lo, hi):
            s, e = m.span()
            while text[e - 1] in ".,":
                e -= 1
            out.append((s, e))
    return out


def _amounts(text: str, mk: _Markers, r: _Readers) -> list[_Amount]:
    nums = _figures(text, mk)
    if not nums:
        return []
    starts = dict(nums)
    out: list[_Amount] = []
    used_until = -1
    cur_end = mk.cur_end
    for s, e in nums:
        if s < used_until:  # the high end of a range already read
            continue
        before = s - 1 if s > 0 and text[s - 1].isspace() else s
        pre = cur_end.get(before)
        pos, factor, implied, currency, add = _suffix(text, e, r)
        unit_before = _unit_before(text, before) if factor == 1.0 else None
        if unit_before:  # "လစာ သိန်း ၂၀": the unit stands before the figure
            factor, implied = unit_before[1]
        rng = _RANGE_RE.match(text, pos)
        if rng:
            mid = r.currency_before.match(text, rng.end())
            p2 = _skip1(text, mid[0]) if mid else rng.end()
            if p2 in starts:
                pos, factor2, implied2, currency2, _ = _suffix(text, starts[p2], r)
                factor = factor if factor != 1.0 else factor2
                implied = implied or implied2
                currency = currency or (mid[1] if mid else None) or currency2
        used_until = pos
        value = _number(text[s:e])
        if value is not None:
            code = (pre[1] if pre else None) or currency
            start = unit_before[0] if unit_before else pre[0] if pre else s
            out.append(_Amount(start, pos, value * factor + add, code, implied, text[s:e]))
    return out


def _unit_before(text: str, end: int) -> tuple[int, tuple[float, str | None]] | None:
    """A unit that may stand before its figure ("သိန်း ၂၀") ending at `end` -> (start, (factor, implied))."""
    last_chars, longest = _units_before()
    if end >= longest and (end == 0 or text[end - 1] not in last_chars):
        return None  # no unit ends here (the loop below would find none: every start is >= 0)
    for word, value in _readers().multiplier_before.items():
        if text.startswith(word, end - len(word)):
            return end - len(word), value
    return None


@lru_cache(maxsize=1)
def _units_before() -> tuple[frozenset[str], int]:
    """Last characters of the units that may stand before a figure, and the longest unit's length
    (an empty unit would match anywhere: then nothing is ruled out early)."""
    words = _readers().multiplier_before
    return frozenset(w[-1] for w in words if w), max(map(len, words), default=0) if all(words) else 1 << 62


def _one_off(text: str, start: int, end: int) -> bool:
    """A one-off sum ("5000 USD one-time bonus", "一次性奖金5000元"), not a wage: a marker close by."""
    after, before = _one_off_words()
    return (after.search(text, end, end + ONE_OFF_REACH) is not None
            or before.search(text, max(0, start - ONE_OFF_REACH), start) is not None)


@lru_cache(maxsize=1)
def _one_off_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whether any one-off word stands in a window, as one regex each (~4x cheaper than a loop of `in`)."""
    r = _readers()
    return tuple(re.compile("|".join(map(re.escape, words)) if words else "(?!)")  # type: ignore[return-value]
                 for words in (r.one_off_after, r.one_off_before))


def _salary_word_period(mk: _Markers, start: int, reach: int) -> str | None:
    """Period implied by the salary word ending closest before `start` (within `reach`), else None."""
    found = None
    for _, we, period in mk.salary_words:
        if we > start:
            break
        if we >= start - reach:
            found = period
    return found


def _script_lang(text: str) -> str | None:
    """Language implied by the script of a short context (currency defaults only)."""
    for ch in text:
        o = ord(ch)
        if 0x1780 <= o <= 0x17FF:
            return "km"
        if 0x0E00 <= o <= 0x0E7F:
            return "th"
        if 0x0E80 <= o <= 0x0EFF:
            return "lo"
        if 0x1000 <= o <= 0x109F:
            return "my"
        if 0x4E00 <= o <= 0x9FFF:
            return "zh"
        if ch in _VI_LETTERS or 0x1EA0 <= o <= 0x1EF9:
            return "vi"
    return None


def _looks_like_phone(text: str, a: _Amount) -> bool:
    """A bare figure that is a piece of a phone number ("0812 3456 7890")."""
    lead_zero = a.digits.startswith("0") and len(a.digits) > 1 and a.digits[1] not in ".,"
    head = a.start >= 2 and text[a.start - 1] in " -." and text[a.start - 2].isdigit()
    return lead_zero or head or bool(_PHONE_TAIL.match(text, a.start + len(a.digits)))


def _one_salary(norm: NormText, a: _Amount, mk: _Markers, lang: str | None, r: _Readers) -> Salary | None:
    text = norm.text
    after = _period_after(text, a.end, r)
    bare = a.currency is None and a.implied is None
    word_period = _salary_word_period(mk, a.start, BARE_CONTEXT if bare else CONTEXT_BEFORE)
    period = after[1] if after else word_period
    if period is None:  # neither "salary ..." before nor "/month" after: a price, an age, a phone
        return None
    if bare and _looks_like_phone(text, a):
        return None
    if bare and after and after[1] == "hour" and not r.link.match(text, _skip1(text, a.end)):
        return None  # "8 ម៉ោង/ថ្ងៃ", "8 hours a day": working hours, not pay
    if after is None and _one_off(text, a.start, a.end):
        return None  # "5000 USD one-time", "bonus 500": a one-off sum, not a monthly wage
    end = after[0] if after else a.end
    money = _money()
    currency = a.currency or a.implied
    if currency is None:
        guess = _script_lang(text[max(0, a.start - CONTEXT_BEFORE): end]) or lang
        currency = str(money["default_currency"].get(guess or "", "USD"))
    usd_month = a.value * money["currencies"][currency]["usd"] * money["period_to_month"][period]
    if not PLAUSIBLE_USD_MONTH[0] <= usd_month <= PLAUSIBLE_USD_MONTH[1]:
        return None
    s, e, raw = norm.original_span(a.start, end)
    return _new_salary(round_places(usd_month, 2), currency, period, (s, e), raw)


def salaries_in(norm: NormText, found: Found, lang: str | None = None) -> list[Salary]:
    """Salaries in a post whose cue scan is already done (runs only if a money word was seen)."""
    if not (CURRENCY in found or SALARY_WORD in found or PERIOD in found):
        return []
    mk = _markers(found)
    r = _readers()
    out = []
    for amount in _amounts(norm.text, mk, r):
        salary = _one_salary(norm, amount, mk, lang, r)
        if salary is not None:
            out.append(salary)
    return out


def parse_salaries(norm: NormText, lang: str | None = None) -> list[Salary]:
    """Every pay statement in `norm`, in text order, as monthly USD with original offsets."""
    return salaries_in(norm, scan(norm.text), lang)


def destination(found: Found, salaries: Sequence[Salary], lang: str | None) -> str:
    """Country whose wage is the yardstick: first one named, else by currency, else by language."""
    money = _money()
    wages = money["reference_wages"]
    for _, code in sorted((start, code) for start, _, code, _ in found.get(COUNTRY, ())):
        if code in wages:
            return code
    for s in salaries:
        code = money["currency_country"].get(s.currency)
        if code in wages:
            return str(code)
    return str(money["lang_country"].get(lang or "", FALLBACK_COUNTRY))


def reference_wage(country: str) -> float:
    """Reference monthly wage in USD (money.yaml reference_wages)."""
    return float(_money()["reference_wages"][country]["usd_month"])


def check_pay(salaries: Sequence[Salary], country: str) -> list[PayCheck]:
    """Each salary against the reference wage of `country`, highest ratio first."""
    ref = reference_wage(country)
    checks = [_new_check(s, country, ref, s.amount_usd_month / ref) for s in salaries]
    return sorted(checks, key=lambda c: -c.ratio)
