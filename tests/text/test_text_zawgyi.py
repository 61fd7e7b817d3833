"""Zawgyi detection (numpy port of myanmartools) and conversion with chunk alignment."""

from __future__ import annotations

import math

import icu
import pytest
from myanmartools import ZawgyiDetector
from text_sentences import SENTENCES

from ctip.text import detect_language, is_zawgyi, normalise, zawgyi_to_unicode
from ctip.text.zawgyi import zawgyi_probability

UNICODE_MY = [
    SENTENCES["my"],
    "ထိုင်းနိုင်ငံ ငါးဖမ်းလှေ အလုပ်သမား ၂၀ ဦး လိုအပ်သည်။ ဖုန်း ၀၉၁၂၃၄၅၆၇၈",
    "မြန်မာ ဘာသာ (Burmese) Telegram @my_job_hr 😀",
]


def to_zawgyi(text: str) -> str:
    return icu.Transliterator.createInstance("my-Zawgyi").transliterate(text)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # myanmartools' own loader
@pytest.mark.parametrize("text", UNICODE_MY + [to_zawgyi(t) for t in UNICODE_MY] + ["", "abc", "😀ကခ"])
def test_probability_matches_myanmartools(text: str) -> None:
    expected = ZawgyiDetector().get_zawgyi_probability(text)
    got = zawgyi_probability(text)
    assert got == expected or math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("text", UNICODE_MY)
def test_detects_zawgyi_only(text: str) -> None:
    assert not is_zawgyi(text)
    assert is_zawgyi(to_zawgyi(text))


@pytest.mark.parametrize("text", UNICODE_MY)
def test_zawgyi_text_is_burmese(text: str) -> None:
    assert detect_language(to_zawgyi(text)) == "my"


def test_no_myanmar_is_never_zawgyi() -> None:
    assert not is_zawgyi("plain English text") and not is_zawgyi("")


@pytest.mark.parametrize("text", UNICODE_MY)
def test_conversion_round_trips_with_aligned_chunks(text: str) -> None:
    zawgyi = to_zawgyi(text)
    converted, pieces = zawgyi_to_unicode(zawgyi)
    assert converted == text
    # Pieces tile both texts in order, and each converted chunk is the conversion of its source chunk.
    assert pieces[0][:3:2] == (0, 0) and pieces[-1][1] == len(zawgyi) and pieces[-1][3] == len(converted)
    for (os, oe, ns, ne), nxt in zip(pieces, pieces[1:] + [None], strict=True):
        if nxt:
            assert (oe, ne) == (nxt[0], nxt[2])
        assert zawgyi_to_unicode(zawgyi[os:oe])[0] == converted[ns:ne]


@pytest.mark.parametrize("text", UNICODE_MY)
def test_normalise_converts_zawgyi_and_maps_to_original_chunks(text: str) -> None:
    zawgyi = to_zawgyi(text)
    norm = normalise(zawgyi)
    assert norm.text == normalise(text).text
    chunks = {(m_start, m_start + len(w)) for m_start, w in _chunks(zawgyi)}
    for i, ch in enumerate(norm.text):
        s, e, raw = norm.original_span(i, i + 1)
        assert raw == zawgyi[s:e]
        if ch != " ":
            assert any(cs <= s and e <= ce for cs, ce in chunks)  # never crosses a chunk boundary


def test_normalise_maps_a_zawgyi_word_to_the_whole_original_word() -> None:
    zawgyi = "ဖုန္း " + to_zawgyi("ဝန်ထမ်း") + " 095"
    norm = normalise(zawgyi)
    start = norm.text.index("ဝန်ထမ်း")
    assert norm.original_span(start, start + 2)[2] == to_zawgyi("ဝန်ထမ်း")
    digits = norm.text.index("095")
    assert norm.original_span(digits, digits + 3)[:2] == (len(zawgyi) - 3, len(zawgyi))


def _chunks(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for word in text.split(" "):
        out.append((pos, word))
        pos += len(word) + 1
    return out
