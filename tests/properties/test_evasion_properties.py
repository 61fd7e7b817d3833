"""Property tests: disguise does not change what ctip reads (issue 13: verdicts and identifiers stay
the same under zero-width characters, full-width forms and look-alike letters).

Generated posts carry one identifier of each kind; their identifiers and words are disguised
with `ctip.text.disguise` (a seeded mix of look-alike letters, full-width forms and zero-width
characters). Identifier types and values, indicator ids, the normalised text and the language
must equal the clean post's, and every span must point at the characters of the disguised post.
"""

from __future__ import annotations

import random
import re

import base58
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctip.detect.indicators import find_indicators
from ctip.extract import extract_entities
from ctip.text import detect_language, normalise
from ctip.text.disguise import Tricks, disguise

FAST = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

LOWER = "abcdefghijklmnopqrstuvwxyz"
NAME = st.tuples(st.sampled_from(LOWER), st.text(LOWER + "0123456789", min_size=5, max_size=10),
                 st.text(LOWER, min_size=1, max_size=3)).map(lambda t: f"{t[0]}{t[1][:3]}_{t[1][3:]}{t[2]}")
WORD = st.text(LOWER, min_size=3, max_size=8)
TWENTY = st.binary(min_size=20, max_size=20)
LURES = [
    "Hiring now in Cambodia, salary $1500 per month, free ticket and visa, no experience needed.",
    "Urgent: they took my passport and I cannot leave, please help me.",
    "Typing job abroad, high pay, the company keeps your passport, pay back the fee from your salary.",
    "Selling my used laptop for 300 USDT, good condition.",
]


@st.composite
def posts(draw) -> tuple[str, list[tuple[int, int]]]:
    """A post and the spans of its identifiers."""
    tron = base58.b58encode_check(b"\x41" + draw(TWENTY)).decode()
    ids = [("Telegram @", draw(NAME)), ("WeChat: ", draw(NAME)), ("LINE ID: ", draw(NAME).replace("_", ".")),
           ("mail ", f"{draw(WORD)}.{draw(WORD)}@{draw(WORD)}-jobs.com"),
           ("site https://", f"{draw(WORD)}-work.com/{draw(WORD)}/{draw(WORD).capitalize()}"),
           ("USDT TRC20 ", tron), ("ERC20 ", "0x" + draw(TWENTY).hex()), ("call ", "+855 12 345 678")]
    order = draw(st.permutations(range(len(ids))))
    text, spans = draw(st.sampled_from(LURES)), []
    for i in order:
        label, value = ids[i]
        text += " " + label
        spans.append((len(text), len(text) + len(value)))
        text += value
    return text, spans


def words(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the ASCII words outside the identifiers."""
    return [m.span() for m in re.finditer(r"[A-Za-z$0-9]+", text)
            if not any(s <= m.start() < e for s, e in taken)]


def typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.value) for e in extract_entities(text, "en")]


@FAST
@given(posts(), st.integers(0, 2**32 - 1), st.sampled_from([Tricks(), Tricks(0.9, 0.0, 0.0),
                                                          Tricks(0.0, 1.0, 0.0), Tricks(0.0, 0.0, 0.6)]))
def test_disguised_posts_read_the_same(post, seed, tricks):
    clean, id_spans = post
    rng = random.Random(seed)
    spans = sorted(id_spans + words(clean, id_spans))
    disguised, moved = disguise(clean, spans, rng, tricks)
    moved_ids = [m for m, span in zip(moved, spans, strict=True) if span in id_spans]
    clean_ids = typed(clean)
    assert len(clean_ids) >= 6  # the generator makes real identifiers
    assert normalise(disguised).text == normalise(clean).text
    assert typed(disguised) == clean_ids
    for e in extract_entities(disguised, "en"):
        assert disguised[e.start:e.end] == e.raw
        assert any(e.start < t and s < e.end for s, t in moved_ids)  # on a disguised identifier
    clean_ind = [h.id for h in find_indicators(normalise(clean), "en")]
    assert [h.id for h in find_indicators(normalise(disguised), "en")] == clean_ind
    assert detect_language(disguised) == detect_language(clean)
