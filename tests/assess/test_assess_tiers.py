"""The tier logic: every transition, and the automatic-downgrade clock with its waiver."""

from __future__ import annotations

import pytest

from ctip.assess.model import MET, NOT_MET, UNKNOWN, HistoryYear
from ctip.assess.tiers import Clock, apply_clock, clock_from_history, decide, efforts_share
from ctip.assess.whatif import flippable

NO_CLOCK = Clock(0, False)


@pytest.fixture
def all_met(rules):
    states = {i: MET for i in flippable(rules)}
    states.update({"TWL-A": NOT_MET, "SSP": NOT_MET})
    return states


def tier(states, rules, clock=NO_CLOCK, missing="not-met", **overrides):
    return decide(states, rules, rules.params(missing=missing, **overrides), clock).code


def test_assess_all_met_is_tier_1(all_met, rules):
    decision = decide(all_met, rules, rules.params(), NO_CLOCK)
    assert decision.code == 1.0 and decision.fully_meets and decision.ms4_met
    assert efforts_share(all_met, rules) == 1.0


@pytest.mark.parametrize("standard", ["MS1", "MS2", "MS3"])
def test_assess_unmet_standard_drops_to_tier_2(all_met, rules, standard):
    assert tier({**all_met, standard: NOT_MET}, rules) == 2.0


@pytest.mark.parametrize("core", ["C1", "C2", "C7"])
def test_assess_unmet_core_criterion_blocks_tier_1(all_met, rules, core):
    assert tier({**all_met, core: NOT_MET}, rules) == 2.0


def test_assess_unknown_core_blocks_tier_1_even_when_missing_is_unknown(all_met, rules):
    assert tier({**all_met, "C2": UNKNOWN}, rules, missing="unknown") == 2.0


def test_assess_unknown_non_core_is_left_out_of_efforts(all_met, rules):
    states = {**all_met, "C12": UNKNOWN}
    assert efforts_share(states, rules) == 1.0
    assert tier(states, rules, missing="unknown") == 1.0


def test_assess_minor_criterion_can_miss_for_tier_1(all_met, rules):
    # C5 weighs 0.5 of 14: share 0.964 >= 0.85, core met
    assert tier({**all_met, "C5": NOT_MET}, rules) == 1.0


def test_assess_low_efforts_is_tier_3(all_met, rules):
    states = {**all_met, **{f"C{i}": NOT_MET for i in range(1, 9)}}  # 4 of 14 weight met
    assert efforts_share(states, rules) == pytest.approx(4 / 14, abs=1e-6)
    assert tier(states, rules) == 3.0


def test_assess_significant_efforts_threshold_is_inclusive(all_met, rules):
    states = {**all_met, "C1": NOT_MET, "C2": NOT_MET, "C7": NOT_MET, "C3": NOT_MET}  # 7 of 14 = 0.5
    assert efforts_share(states, rules) == 0.5
    assert tier(states, rules) == 2.0
    assert tier(states, rules, significant_efforts=0.55) == 3.0


def test_assess_watch_list_trigger_a(all_met, rules):
    assert tier({**all_met, "C7": NOT_MET, "TWL-A": MET}, rules) == 2.5


def test_assess_watch_list_trigger_b(all_met, rules):
    assert tier({**all_met, "C7": NOT_MET, "C11": NOT_MET}, rules) == 2.5


def test_assess_watch_list_trigger_b_holds_without_evidence_of_increasing_efforts(all_met, rules):
    # "failure to provide evidence of increasing efforts": missing C11 evidence triggers the Watch List
    assert tier({**all_met, "C7": NOT_MET, "C11": UNKNOWN}, rules, missing="unknown") == 2.5


def test_assess_tier_1_needs_appreciable_progress(all_met, rules):
    assert tier({**all_met, "C11": NOT_MET}, rules) == 2.5


def test_assess_tier_1_is_not_put_on_watch_list(all_met, rules):
    assert tier({**all_met, "TWL-A": MET}, rules) == 1.0


def test_assess_state_sponsored_overrides(all_met, rules):
    decision = decide({**all_met, "SSP": MET}, rules, rules.params(), NO_CLOCK)
    assert decision.code == 3.0 and decision.steps[-1].rule == "state-sponsored trafficking"


@pytest.mark.parametrize(
    ("years", "waiver", "expected"),
    [
        (0, False, 2.5),
        (1, False, 2.5),
        (2, False, 3.0),  # third Watch List year without a waiver: deemed Tier 3
        (2, True, 2.5),  # ... with a waiver: stays (Cambodia 2021)
        (3, True, 3.0),  # waiver already used (one year since P.L. 115-425): Tier 3 (Cambodia 2022)
        (3, False, 3.0),
        (5, True, 3.0),
    ],
)
def test_assess_downgrade_clock(rules, years, waiver, expected):
    assert apply_clock(rules, Clock(years, waiver))[0] == expected


def test_assess_clock_applies_only_to_watch_list(all_met, rules):
    states = {**all_met, "C7": NOT_MET}
    assert tier(states, rules, Clock(4, False)) == 2.0
    assert tier({**states, "C11": NOT_MET}, rules, Clock(4, False)) == 3.0


def test_assess_clock_counts_consecutive_years_only():
    history = [HistoryYear(2016, 2.5), HistoryYear(2017, 2.0), HistoryYear(2018, 2.5), HistoryYear(2019, 2.5)]
    assert clock_from_history(history, 2020, False).consecutive_watch_list == 2
    assert clock_from_history(history, 2019, False).consecutive_watch_list == 1
    assert clock_from_history(history, 2018, False).consecutive_watch_list == 0
    gap = clock_from_history(history, 2022, False)
    assert gap.consecutive_watch_list == 0 and gap.history_gap


def test_assess_cambodia_worked_example(all_met, rules):
    """TWL 2019, 2020, 2021 (waived), then Tier 3 in 2022, if the evidence stays at Watch List level."""
    watch = {**all_met, "C7": NOT_MET, "C11": NOT_MET}
    history = [HistoryYear(2016, 2.0), HistoryYear(2017, 2.0), HistoryYear(2018, 2.0)]
    waivers = {2021: True}
    for year, expected in [(2019, 2.5), (2020, 2.5), (2021, 2.5), (2022, 3.0)]:
        clock = clock_from_history(history, year, waivers.get(year, False))
        code = tier(watch, rules, clock)
        assert code == expected, year
        history.append(HistoryYear(year, code, waivers.get(year, False)))
