"""The law as of each report year: worked examples for each statutory case, and history checks."""

from __future__ import annotations

import pytest
from assess_factories import evidence_doc, item

from ctip.assess import assess, load_evidence, load_history
from ctip.assess.history import history_warnings
from ctip.assess.model import MET, NOT_MET, HistoryYear
from ctip.assess.tiers import clock_from_history, decide
from ctip.assess.whatif import flippable
from ctip.errors import RuleError, UsageError

WL = 2.5


@pytest.fixture
def watch(rules):
    """Findings that put a country on the Watch List (significant efforts, C7 and C11 not met)."""
    states = {i: MET for i in flippable(rules)} | {"TWL-A": NOT_MET, "SSP": NOT_MET}
    return states | {"C7": NOT_MET, "C11": NOT_MET}


def rated(states, rules, history, year, waiver=False):
    law = rules.law_for(year)
    return decide(states, rules, rules.params(), clock_from_history(history, year, waiver, law)).code


def hist(*entries):
    return [HistoryYear(y, t, w) for y, t, *rest in entries for w in [bool(rest and rest[0])]]


def test_assess_law_versions_by_year(rules):
    assert rules.law_for(2003).id == "tvpa-2000" and not rules.law_for(2003).watch_list
    assert rules.law_for(2007).id == "tvpra-2003" and not rules.law_for(2007).downgrade
    assert rules.law_for(2013).waiver_max_years == 2
    assert rules.law_for(2019).waiver_max_years == 1 and rules.law_for(2025).post_waiver_watch_list_max == 1
    assert rules.law_for(2019).law_as_of == "2019-01-08"


def test_assess_no_watch_list_before_2004(watch, rules):
    assert rated(watch, rules, [], 2003) == 2.0


def test_assess_2007_08_watch_list_years_do_not_count(watch, rules):
    # Cambodia was on the Watch List in 2006 and 2007; no automatic downgrade existed then,
    history = hist((2006, WL), (2007, WL))
    assert rated(watch, rules, history, 2008) == WL
    # and Watch List years before the 2008 Act (reports up to 2008) do not start the clock in 2009-2010.
    history = hist((2007, WL), (2008, WL))
    assert rated(watch, rules, history, 2009) == WL
    assert rated(watch, rules, history + hist((2009, WL)), 2010) == WL
    assert rated(watch, rules, history + hist((2009, WL), (2010, WL)), 2011) == 3.0  # third counted year


def test_assess_2013_second_waiver_year(watch, rules):
    history = hist((2010, WL), (2011, WL), (2012, WL, True))
    assert rated(watch, rules, history, 2013, waiver=True) == WL  # waiver 2 of 2 under the 2008 Act
    assert rated(watch, rules, history, 2013, waiver=False) == 3.0
    # both waiver years used: 2014 is an automatic Tier 3 even with a waiver
    assert rated(watch, rules, history + hist((2013, WL, True)), 2014, waiver=True) == 3.0


def test_assess_post_2019_one_year_waiver(watch, rules):
    # Cambodia: Watch List 2019, 2020, waived 2021, Tier 3 in 2022
    history = hist((2019, WL), (2020, WL))
    assert rated(watch, rules, history, 2021, waiver=True) == WL
    assert rated(watch, rules, history + hist((2021, WL, True)), 2022, waiver=True) == 3.0
    # a waiver granted in 2018 under the two-year rule cannot be followed by a second one in 2019
    history = hist((2016, WL), (2017, WL), (2018, WL, True))
    assert rated(watch, rules, history, 2019, waiver=True) == 3.0
    assert rules.law_for(2018).waiver_max_years == 2  # the same second waiver was lawful a year earlier


def test_assess_one_watch_list_year_after_waiver_and_tier_3(watch, rules):
    history = hist((2019, WL), (2020, WL), (2021, WL, True), (2022, 3.0), (2023, 3.0))
    assert rated(watch, rules, history, 2024) == WL  # the one year allowed by 7107(b)(2)(F)
    assert rated(watch, rules, history + hist((2024, WL)), 2025) == 3.0
    decision = decide(watch, rules, rules.params(), clock_from_history(
        history + hist((2024, WL)), 2025, False, rules.law_for(2025)))
    assert "7107(b)(2)(F)" in decision.steps[-1].result


def test_assess_third_watch_list_year_without_waiver_is_flagged(rules):
    warnings = history_warnings(hist((2019, WL), (2020, WL), (2021, WL)), rules)
    assert len(warnings) == 1 and "2021" in warnings[0] and "waiver" in warnings[0]
    assert history_warnings(hist((2019, WL), (2020, WL), (2021, WL, True)), rules) == []
    # before the 2008 Act a third Watch List year needed no waiver
    assert history_warnings(hist((2005, WL), (2006, WL), (2007, WL)), rules) == []
    assert "not on the Watch List" in history_warnings(hist((2018, 2.0, True)), rules)[0]


def test_assess_history_waiver_flags_are_read(watch, rules):
    clock = clock_from_history(hist((2010, WL), (2011, WL), (2012, WL, True)), 2013, True, rules.law_for(2013))
    assert clock.waivers_used == 1 and clock.consecutive_watch_list == 3


def test_assess_history_for_assessed_year_is_refused(rules, write_evidence):
    path = write_evidence("history:\n  - {year: 2020, tier: 2WL}\n  - {year: 2024, tier: 2}\n", "h.yaml")
    with pytest.raises(RuleError) as err:
        load_history(path, rules, year=2024)
    assert err.value.line == 3 and "not before the year assessed" in str(err.value)
    dossier = load_evidence(write_evidence(evidence_doc([item("E1", ["C1"])])), rules)  # year 2024
    with pytest.raises(UsageError, match="2024 or later"):
        assess(dossier, rules, load_history(path, rules))


def test_assess_result_names_the_law_applied(rules, write_evidence):
    from ctip.assess import to_dict

    dossier = load_evidence(write_evidence(evidence_doc([item("E1", ["C1"])], year=2013)), rules)
    result = to_dict(assess(dossier, rules))
    assert result["law"]["id"] == "tvpra-2008" and result["law"]["waiver_max_years"] == 2
