"""W1, the model's own reason for a flag no cue explains (detect/wording.py): when it fires, that its
phrases are real phrases of the post and that its weight is exactly their share of the score."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ctip.detect.indicators import indicator_catalog
from ctip.detect.model import load_model
from ctip.detect.score import Thresholds
from ctip.detect.wording import (
    MAX_SPANS,
    WORDING_FAMILY,
    WORDING_ID,
    WORDING_MARGIN,
    needs_wording_reason,
    phrase_spans,
    wording_hit,
)
from ctip.pipeline import Screener
from ctip.records import IndicatorHit, Post, Span
from ctip.text.normalise import normalise

PLAIN = [  # no cue fires on these (checked below), in three scripts
    "my cousin says the boss there is kind and we can send money home every month",
    "ลูกพี่ลูกน้องบอกว่าเจ้านายใจดี ส่งเงินกลับบ้านได้ทุกเดือน",
    "表哥说那边老板人很好每个月都能寄钱回家",
]


def hit(iid: str) -> IndicatorHit:
    return IndicatorHit(iid, iid, 1.0, (Span(0, 1, "x"),), iid[0])


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def screener(model):
    return Screener(model)


def test_fires_only_without_a_risk_cue_outside_reporting_frames_above_the_threshold():
    t = Thresholds(review=0.5)
    at = 0.5 + WORDING_MARGIN
    assert needs_wording_reason(0.6, [], t, "offer") and needs_wording_reason(at, [hit("L1")], t, "plea")
    assert needs_wording_reason(0.6, [], t, "other")
    assert not needs_wording_reason(at - 1e-6, [], t, "offer")  # a cue-backed flag needs 0.5, W1 a little more
    assert not needs_wording_reason(0.49, [], t, "offer")
    assert not needs_wording_reason(0.9, [hit("R3")], t, "offer")  # a cue already says why
    for frame in ("warning", "news", "testimony"):
        assert not needs_wording_reason(0.99, [], t, frame)
    assert not needs_wording_reason(0.99, [], t, None)  # a model file without a frame head: the old rule


def test_phrases_start_and_end_at_word_edges_in_spaced_scripts():
    text = "free ticket, boss keeps passport"
    heat = np.ones(len(text))
    spans = phrase_spans(text, heat)
    assert spans and len(spans) <= MAX_SPANS
    for s, e in spans:
        assert (s == 0 or not text[s - 1].isalnum()) and text[s].isalnum()
        assert (e == len(text) or not text[e].isalnum()) and text[e - 1].isalnum()
        assert "," not in text[s:e]  # a phrase never crosses a clause break
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_phrases_follow_the_heat_and_skip_cold_text():
    text = "aaa bbb ccc ddd eee"
    heat = np.full(len(text), -1.0)
    heat[8:11] = 5.0  # "ccc"
    assert phrase_spans(text, heat) == [(8, 11)]
    assert phrase_spans(text, np.full(len(text), -1.0)) == []


def test_phrases_in_thai_never_start_or_end_inside_a_cluster():
    text = "ส่งเงินกลับบ้านได้ทุกเดือน"
    spans = phrase_spans(text, np.linspace(1, 2, len(text)))
    assert spans
    import unicodedata
    for s, e in spans:
        assert unicodedata.category(text[s])[0] != "M" and (e == len(text) or unicodedata.category(text[e])[0] != "M")


def test_contributions_add_up_to_the_wording_part(model):
    for text in PLAIN:
        norm = normalise(text)
        parts = model.score_parts([norm.text], [[]])[0]
        _, _, _, contrib = model.ngram_contributions(norm.text)
        assert abs(contrib.sum() - parts.wording) <= 1e-4


@pytest.mark.parametrize("text", PLAIN)
def test_screened_post_flagged_by_wording_says_why_with_its_true_weight(screener, model, text):
    """At a review threshold just below the post's own score (less the margin), the flag rests on W1 alone."""
    first = screener.screen_text(text)
    assert not [h for h in first.indicators if h.family not in ("L", WORDING_FAMILY)], "the example must fire no cue"
    if first.frame in ("warning", "news", "testimony"):
        pytest.skip("framed as reporting by this model")
    low = Screener(model, thresholds=Thresholds(review=first.risk_score - WORDING_MARGIN - 1e-3, medium=0.0))
    s = low.screen_text(text)
    w1 = [h for h in s.indicators if h.id == WORDING_ID]
    assert s.needs_review and len(w1) == 1
    h = w1[0]
    assert h.family == WORDING_FAMILY and h.weight > 0 and 1 <= len(h.spans) <= MAX_SPANS
    assert all(sp.text == text[sp.start:sp.end] and sp.text.strip() for sp in h.spans)
    # the score is unchanged: W1 is taken out of the wording part, not added to it
    norm = normalise(text)
    _, starts, lengths, contrib = model.ngram_contributions(norm.text)
    assert math.isclose(s.risk_score, first.risk_score, abs_tol=1e-6)
    assert math.isclose(h.weight + s.score_parts.wording, contrib.sum(), abs_tol=2e-4)
    assert s.score_parts.indicators[WORDING_ID] == h.weight
    # and it is exactly the n-grams inside the phrases (here the text is its own normal form)
    if norm.text == text:
        inside = np.zeros(len(starts), dtype=bool)
        for sp in h.spans:
            inside |= (starts >= sp.start) & (starts + lengths <= sp.end)
        assert round(float(contrib[inside].sum()), 4) == h.weight


@pytest.mark.parametrize("text", PLAIN)
def test_w1_exactly_when_the_wording_alone_flags(screener, text):
    s = screener.screen_text(text)
    assert (WORDING_ID in {h.id for h in s.indicators}) == s.needs_review
    assert s.needs_review == (s.risk_score >= 0.5 + WORDING_MARGIN and s.frame not in ("warning", "news", "testimony"))


def test_wording_hit_refuses_a_post_whose_phrases_weigh_nothing(model):
    norm = normalise("ok")
    parts = model.score_parts([norm.text], [[]])[0]
    found = wording_hit(norm, parts, model)
    assert found is None or found[0].weight > 0


def test_w1_is_in_the_catalogue_but_not_a_model_feature(model):
    info = indicator_catalog()[WORDING_ID]
    assert info.family == WORDING_FAMILY and info.weight > 0
    assert WORDING_ID not in model.indicator_ids_


def test_pipeline_posts_keep_w1_last_and_sorted(model):
    low = Screener(model, thresholds=Thresholds(review=0.0))
    screened = low.screen([Post(id=str(i), text=t) for i, t in enumerate(PLAIN)])
    with_w1 = [s for s in screened if WORDING_ID in {h.id for h in s.indicators}]
    assert with_w1, "at review threshold 0 W1 must fire on some plain post"
    for s in screened:
        ids = [h.id for h in s.indicators]
        assert ids == sorted(ids)
    assert all(s.indicators[-1].id == WORDING_ID for s in with_w1)
