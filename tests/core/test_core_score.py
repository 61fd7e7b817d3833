import math

import pytest

from ctip.detect.score import Thresholds, decide, make_screening
from ctip.records import IndicatorHit, Post, ScoreParts, Span


def hit(iid: str) -> IndicatorHit:
    return IndicatorHit(iid, f"name {iid}", 1.0, (Span(0, 1, "x"),), iid[0])


@pytest.mark.parametrize("family_id", ["X1", "X2", "K1", "K2"])
def test_distress_and_minors_always_need_review_even_at_low_probability(family_id):
    level, review = decide(0.01, [hit(family_id)])
    assert review is True
    assert level == "medium"


def test_minors_in_a_warning_or_news_post_are_left_to_the_model_but_distress_is_not():
    assert decide(0.1, [hit("K2"), hit("L7")]) == ("low", False)
    assert decide(0.1, [hit("K1"), hit("L8")])[1] is False
    assert decide(0.9, [hit("K1"), hit("L7")])[1] is True
    assert decide(0.01, [hit("X1"), hit("L7")])[1] is True


def test_no_indicator_never_needs_review_however_high_the_probability():
    level, review = decide(0.99, [])
    assert review is False
    assert level == "low"  # the score is still shown, but no flag or level without a reason


def test_high_needs_two_risk_families():
    assert decide(0.95, [hit("R1"), hit("R2")])[0] == "medium"  # one family (R)
    assert decide(0.95, [hit("R1"), hit("T3")])[0] == "high"


def test_legitimacy_family_does_not_count_towards_high_or_review():
    level, review = decide(0.95, [hit("R1"), hit("L1")])
    assert level == "medium"
    assert decide(0.9, [hit("L1"), hit("L3")])[1] is False


def test_thresholds_are_respected():
    t = Thresholds(review=0.8, high=0.9, medium=0.2)
    assert decide(0.7, [hit("R1")], t) == ("medium", False)
    assert decide(0.1, [hit("R1")], t) == ("low", False)


def test_make_screening_to_dict_has_the_contract_fields_and_carries_input_fields():
    post = Post(id="p1", text="x", url="https://e.x/1", extra={"group": "g1"})
    parts = ScoreParts(base=-1.0, indicators={"R1": 1.2, "T1": 0.4930}, wording=0.0)
    s = make_screening(post, "en", parts, [hit("R1"), hit("T1")], [])
    d = s.to_dict()
    for key in ("id", "lang", "risk_score", "risk_level", "needs_review", "indicators", "entities"):
        assert key in d
    assert d["group"] == "g1" and d["url"] == "https://e.x/1"
    assert d["risk_score"] == round(1 / (1 + math.exp(-0.693)), 6)
    assert d["indicators"][0] == {"id": "R1", "name": "name R1", "weight": 1.2,
                                  "spans": [{"start": 0, "end": 1, "text": "x"}]}
    assert d["score_parts"] == {"base": -1.0, "indicators": {"R1": 1.2, "T1": 0.493}, "wording": 0.0}


@pytest.mark.parametrize("frame", ["warning", "news", "testimony"])
def test_a_warning_news_report_or_testimony_is_never_flagged_whatever_it_quotes(frame):
    quoted = [hit("X1"), hit("X2"), hit("C1"), hit("K1"), hit("R1"), hit("T3")]
    for cue in ("L7", "L8", "L9"):
        assert decide(0.99, [*quoted, hit(cue)], frame=frame) == ("low", False)


def test_a_reporting_frame_without_reporting_words_is_judged_by_its_score():
    quoted = [hit("C1"), hit("R1"), hit("T3")]
    assert decide(0.99, quoted, frame="warning") == ("high", True)
    assert decide(0.01, [hit("K1")], frame="news") == ("medium", True)


def test_victim_messages_force_review_only_in_a_plea():
    assert decide(0.01, [hit("X1")], frame="plea") == ("medium", True)
    assert decide(0.01, [hit("X1")], frame="offer")[1] is False
    assert decide(0.01, [hit("X1")], frame="other")[1] is False
    assert decide(0.9, [hit("X1")], frame="offer")[1] is True  # the score still counts


def test_minors_force_review_in_an_offer_or_other_post():
    assert decide(0.01, [hit("K3")], frame="offer") == ("medium", True)
    assert decide(0.01, [hit("K1"), hit("L7")], frame="other")[1] is True


def test_make_screening_keeps_the_frame_and_the_indicators_of_an_unflagged_warning():
    parts = ScoreParts(0.0, {"X1": 2.0, "C1": 1.0}, 1.0)
    s = make_screening(Post("p", "t"), "en", parts, [hit("X1"), hit("C1"), hit("L7")], [], frame="warning")
    assert (s.needs_review, s.risk_level, s.frame) == (False, "low", "warning")
    assert [h.id for h in s.indicators] == ["X1", "C1", "L7"] and s.to_dict()["frame"] == "warning"
