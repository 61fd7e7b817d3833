"""Find indicators (data/indicators/*.yaml) in a post, with spans in the original text.

One automaton scan gives literal cues, regex triggers, salary/country/role markers; regexes
run only when triggered; pay is judged by `salary` (R1 vs L3). Each id fires at most once,
with all its spans. Scoring is not done here: no single hit flags a post (indicators.md §0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ctip.detect.construct import maker
from ctip.detect.context import despaced_myanmar_spans, drop_excepted
from ctip.detect.cue_scan import scan
from ctip.detect.cues import (
    APP,
    CUE,
    NEGATION,
    SKILLED,
    TRIGGER,
    Found,
    IndicatorInfo,
    Match,
    RegexRule,
    cue_set,
    load_catalog,
)
from ctip.detect.obfuscation import obfuscated_number_spans
from ctip.detect.salary import L3_RANGE, R1_RATIO, check_pay, destination, salaries_in
from ctip.records import IndicatorHit, Span
from ctip.text.normalise import NormText
from ctip.text.regex_first import with_first_set

try:  # the compiled hit assembly; absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

__all__ = ["IndicatorInfo", "find_indicators", "indicator_catalog"]

FANOUT_APPS = 3  # I3: this many different messaging apps in one post
KEYCAP_RUN = re.compile("(?:[0-9]\ufe0f?\u20e3){4,}")  # "0️⃣8️⃣1️⃣2️⃣": digits that dodge number filters (I4)
NEGATED_FAMILIES = ("C",)  # "we never keep your passport" must not read as passport retention
NEGATION_GAP = 1  # at most a space between the negation and the cue ("never keep", "không giữ", "不扣")

Spans = dict[str, list[tuple[int, int]]]
Details = dict[str, str]
_span = maker(Span, "start", "end", "text", "source")  # without the frozen __init__'s cost
_hit = maker(IndicatorHit, "id", "name", "weight", "spans", "family", "detail")


def indicator_catalog() -> dict[str, IndicatorInfo]:
    """Every indicator id (catalog.yaml) with its name, family, weight, description, mapping.

    Also compiles the cue matcher (cached), so calling this once before forking workers shares it.
    """
    cue_set()
    return dict(load_catalog())


def _literal_spans(found: Found) -> tuple[Spans, list[Match]]:
    """Indicator spans of unconstrained cues, and the cues that need a near-check."""
    spans: Spans = {}
    pending = []
    for m in found.get(CUE, ()):
        start, end, iid, near = m
        if near >= 0:
            pending.append(m)
        else:
            spans.setdefault(iid, []).append((start, end))
    return spans, pending


def _near_spans(spans: Spans, pending: Sequence[Match]) -> Spans:
    """Add the near-cues that stand close to a hit of their rule's ids; returns what was added."""
    rules = cue_set().near_rules
    added: Spans = {}
    for start, end, tag, near in pending:
        rule = rules[near]
        close = any(
            s - rule.window <= start and end <= e + rule.window
            for iid in rule.with_ids for s, e in spans.get(iid, ())
        )
        if close:
            spans.setdefault(tag, []).append((start, end))
            added.setdefault(tag, []).append((start, end))
    return added


def _drop_negated(spans: Spans, found: Found) -> None:
    """Remove coercion spans right after a negation word ("không giữ hộ chiếu", "不扣护照")."""
    negations = found.get(NEGATION)
    if not negations:
        return
    for iid in [i for i in spans if i.startswith(NEGATED_FAMILIES)]:
        kept = [
            (s, e) for s, e in spans[iid]
            if not any(0 <= s - n[1] <= NEGATION_GAP for n in negations)
        ]
        if kept:
            spans[iid] = kept
        else:
            del spans[iid]


def _regex_spans(text: str, found: Found, spans: Spans) -> None:
    triggers = found.get(TRIGGER)
    if not triggers:  # most posts: no regex to run
        return
    triggered = sorted({m[3] for m in triggers})
    rules, patterns = _regex_patterns()
    for index in triggered:
        for hit in patterns[index].finditer(text):
            if hit.end() > hit.start():
                spans.setdefault(rules[index].id, []).append(hit.span())


_patterns: tuple[Any, tuple[re.Pattern[str], ...]] = (None, ())


def _regex_patterns() -> tuple[tuple[RegexRule, ...], tuple[re.Pattern[str], ...]]:
    """The regex rules of the current cue set and their patterns compiled to be tried only
    where a match can begin (`regex_first`: the same matches; built once per cue set)."""
    global _patterns
    rules = cue_set().regexes
    if _patterns[0] is not rules:
        _patterns = (rules, tuple(with_first_set(rule.pattern) for rule in rules))
    return rules, _patterns[1]


def _app_spans(found: Found, spans: Spans) -> None:
    apps = found.get(APP)
    if not apps:
        return
    for start, end, _, _ in apps:
        spans.setdefault("R7", []).append((start, end))
    if len({app for _, _, app, _ in apps}) >= FANOUT_APPS:
        spans["I3"] = [(start, end) for start, end, _, _ in apps]


def _pay_spans(
    norm: NormText, found: Found, lang: str | None, spans: Spans, details: Details
) -> Spans:
    """R1 from parsed pay vs the reference wage; L3 for realistic pay; numbers beat adjectives.

    Returns spans in ORIGINAL offsets (salaries carry those); edits `spans` (normalised)."""
    salaries = salaries_in(norm, found, lang)
    skilled = SKILLED in found and not ({"R2", "R3"} & spans.keys())
    if skilled:
        spans.pop("R1", None)  # "high salary" for an engineer is not a lure
    if not salaries:
        if "R1" in spans:
            details["R1"] = "pay lure without a figure"
        return {}
    checks = check_pay(salaries, destination(found, salaries, lang))
    high = [c for c in checks if c.ratio >= R1_RATIO]
    if high and not skilled:
        details["R1"] = high[0].detail()
        return {"R1": [c.salary.span for c in high]}
    spans.pop("R1", None)
    fair = [c for c in checks if L3_RANGE[0] <= c.ratio <= L3_RANGE[1]]
    if fair:
        details["L3"] = fair[0].detail()
        return {"L3": [c.salary.span for c in fair]}
    return {}


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def find_indicators(norm: NormText, lang: str | None = None, found: Found | None = None) -> list[IndicatorHit]:
    """Indicators in a normalised post: one hit per id (sorted by id) with original-text spans.

    `lang` only picks defaults for salaries (currency, country); cues of every language are
    matched whatever it says. `found` is `scan(norm.text)` when the caller already has it
    (scanning a whole batch first keeps the automaton in the CPU cache).
    """
    text = norm.text
    found = scan(text) if found is None else found
    spans, pending = _literal_spans(found)
    _drop_negated(spans, found)
    _regex_spans(text, found, spans)
    _app_spans(found, spans)
    numbers = obfuscated_number_spans(text)  # spaced digits, digit words, letters for digits (I4)
    if numbers:
        spans.setdefault("I4", []).extend(numbers)
    for iid, ranges in despaced_myanmar_spans(text).items():  # "ကျွန်တော့် ကို ကယ် ပါ"
        spans.setdefault(iid, []).extend(ranges)
    drop_excepted(text, spans)  # "kidney beans", "help me find my dog", "students welcome, 18+"
    # Near-cues look at what is left: a denied or excepted coercion cue ("we never keep
    # passports", "salary kept the same") must not make "transfer workers" count; the
    # exceptions then apply to what the near-cues added ("kittens up for adoption").
    if pending:
        added = _near_spans(spans, pending)
        if added:  # whether an exception cancels a span depends on the text alone: check only the new ones
            drop_excepted(text, spans, added)
    details: Details = {}
    original: Spans = _pay_spans(norm, found, lang, spans, details)
    if "\u20e3" in norm.original:  # keycaps are removed by normalise(): look in the original
        keycaps = [m.span() for m in KEYCAP_RUN.finditer(norm.original)]
        if keycaps:
            original.setdefault("I4", []).extend(keycaps)
    if norm.offsets is None and not original:  # most posts: the normalised offsets are the original ones
        original = spans
    elif norm.offsets is None:
        for iid, ranges in spans.items():
            original.setdefault(iid, []).extend(ranges)
    else:
        to_original = norm.to_original
        for iid, ranges in spans.items():
            original.setdefault(iid, []).extend([to_original(s, e) for s, e in ranges])
    info = _hit_info()
    raw = norm.original
    if _fast is not None:  # the loop below, compiled: the same records
        return _fast.assemble_hits(sorted(original, key=_hit_order().__getitem__), original, raw, info, details,
                                   _span, _hit, "text")
    hits = []
    for iid in sorted(original, key=_hit_order().__getitem__):  # a dict look-up per id, no Python call
        _, name, weight, family = info[iid]
        ranges = original[iid]
        if len(ranges) == 1:  # most ids: one span, no merge and no comprehension
            s, e = ranges[0]
            found = (_span(s, e, raw[s:e], "text"),)
        else:
            found = tuple([_span(s, e, raw[s:e], "text") for s, e in _merge(ranges)])
        hits.append(_hit(iid, name, weight, found, family, details.get(iid, "")))
    return hits


@lru_cache(maxsize=1)
def _hit_info() -> dict[str, tuple[tuple[str, int], str, float, str]]:
    """Per id: sort key (family letter, then number: R2 before R10), name, weight, family."""
    return {iid: ((iid[0], int(iid[1:])), i.name, i.weight, i.family) for iid, i in load_catalog().items()}


@lru_cache(maxsize=1)
def _hit_order() -> dict[str, tuple[str, int]]:
    """Per id: the sort key of `_hit_info` alone."""
    return {iid: key for iid, (key, _, _, _) in _hit_info().items()}
