"""Weak evidence must not decide: floor, independence, state-sponsored trafficking, contested findings,
commitments, dates outside the period, not-applicable criteria, the waiver findings, and the full
what-would-change search."""

from __future__ import annotations

import pytest
from assess_factories import evidence_doc, item, rate

from ctip.assess import check_file, load_evidence
from ctip.assess.model import MET, NOT_MET
from ctip.assess.tiers import Clock, decide
from ctip.assess.whatif import flippable, what_would_change
from ctip.errors import RuleError

BASE = [item("M", ["MS1", "MS2", "MS3"]), item("C", ["C1", "C2", "C4", "C6", "C9", "C10", "C11", "C12"])]


def run(write_evidence, rules, items, **top):
    return rate(load_evidence(write_evidence(evidence_doc(items, **top)), rules), rules)


def test_assess_weak_evidence_is_not_no_evidence(write_evidence, rules):
    result = run(write_evidence, rules, [*BASE, item("W", ["C3"], grade="D5")])
    c3, c5 = result["criteria"]["C3"], result["criteria"]["C5"]
    assert c3["finding"] == "unknown" and c3["strength"] == "weak" and "weak evidence" in c3["reason"]
    assert c5["strength"] == "none" and c5["reason"] == "no evidence"
    assert any("Weak evidence" in w and "C3" in w for w in result["warnings"])


def test_assess_same_source_counts_once(write_evidence, rules):
    same = {"title": "one report", "url": "https://example.org/same", "date": "2024-01-01"}
    items = [*BASE, item("A", ["C3"], source=same), item("B", ["C3"], source=same), item("X", ["C3"], "undermines",
                                                                                        grade="B2")]
    c3 = run(write_evidence, rules, items)["criteria"]["C3"]
    assert c3["not_independent"] == [["A", "B"]]
    assert c3["weight_for"] == 1.0  # counted once: share 1 / 1.7225 < 0.6
    assert c3["finding"] == "not_met"
    # items that say they repeat another are grouped even from different sources
    items = [*BASE, item("A", ["C3"]), item("B", ["C3"], repeats=["A"]), item("X", ["C3"], "undermines", grade="B2")]
    assert run(write_evidence, rules, items)["criteria"]["C3"]["not_independent"] == [["A", "B"]]


def test_assess_anonymous_items_cannot_alone_establish_state_sponsorship(write_evidence, rules):
    anonymous = [item(f"F{i}", ["SSP"], grade="F6") for i in range(6)]  # weight 0.25 each, different posts
    result = run(write_evidence, rules, [*BASE, *anonymous])
    ssp = result["conditions"]["SSP"]
    assert ssp["counted_as"] == "not_met" and "cannot alone establish" in ssp["reason"]
    assert result["tier"]["code"] != 3
    corroborated = run(write_evidence, rules, [*BASE, *anonymous, item("R", ["SSP"], grade="B2")])
    assert corroborated["conditions"]["SSP"]["finding"] == "met" and corroborated["tier"]["code"] == 3


def test_assess_contradictory_evidence_is_contested(write_evidence, rules):
    result = run(write_evidence, rules, [*BASE, item("P", ["C3"]), item("N", ["C3"], "undermines", grade="B2")])
    assert result["criteria"]["C3"]["contested"] and "C3" in result["contested"]
    assert not result["criteria"]["C1"]["contested"]


def test_assess_commitments_are_shown_not_counted(write_evidence, rules):
    result = run(write_evidence, rules, [*BASE, item("K", ["C3"], kind="commitment")])
    c3 = result["criteria"]["C3"]
    assert c3["commitments"] == ["K"] and c3["finding"] == "unknown" and c3["evidence_for"] == []
    assert result["evidence"]["K"]["kind"] == "commitment"


def test_assess_commitments_trigger_follows_the_law_of_the_year(write_evidence, rules):
    # actions alone: 4 of 13.5 weight met (C1 C2) -> Tier 3; with the commitments, significant efforts
    items = [item("M", ["MS1", "MS2", "MS3"]), item("A", ["C1", "C2"]),
             item("K", ["C3", "C4", "C6", "C9", "C10", "C12"], kind="commitment")]
    before_2019 = run(write_evidence, rules, items, year=2012)
    assert before_2019["tier"]["code"] == 2.5 and any("commitments" in s["result"] for s in before_2019["tier"]["steps"])
    assert run(write_evidence, rules, items, year=2020)["tier"]["code"] == 3


def test_assess_evidence_outside_the_period_is_flagged(write_evidence, rules):
    period = {"start": "2023-04-01", "end": "2024-03-31"}
    items = [*BASE, item("OLD", ["C3"], date="2021-05"), item("IN", ["C5"], date="2023-12")]
    result = run(write_evidence, rules, items, period=period)
    assert result["evidence"]["OLD"]["out_of_period"] and not result["evidence"]["IN"]["out_of_period"]
    assert result["criteria"]["C3"]["out_of_period"] == ["OLD"]
    assert any(w.startswith("C3 is decided only by evidence dated outside") for w in result["warnings"])


def test_assess_not_applicable_is_left_out(write_evidence, rules):
    na = [{"id": "C5", "reason": "no extradition was requested"}]
    result = run(write_evidence, rules, [*BASE, item("X", ["C3", "C7", "C8"])], not_applicable=na)
    assert result["criteria"]["C5"]["finding"] == "not_applicable"
    assert result["efforts_share"] == 1.0 and result["tier"]["code"] == 1
    bad = write_evidence(evidence_doc(BASE, not_applicable=[{"id": "C1", "reason": "x"}]))
    with pytest.raises(RuleError, match="core criterion"):
        check_file(bad, rules)


def test_assess_waiver_rests_on_three_findings(write_evidence, rules):
    result = run(write_evidence, rules, BASE, waiver={"granted": True, "findings": {"written_plan": ["C"]}})
    assert result["waiver"]["findings"]["written_plan"]["holds"] and not result["waiver"]["complete"]
    assert any("plan_significant_efforts, resources_committed" in w for w in result["warnings"])
    full = {"written_plan": ["C"], "plan_significant_efforts": ["C"], "resources_committed": ["M"]}
    assert run(write_evidence, rules, BASE, waiver={"granted": True, "findings": full})["waiver"]["complete"]


def test_assess_what_would_change_searches_past_three(rules):
    states = {i: NOT_MET for i in flippable(rules)} | {"TWL-A": NOT_MET, "SSP": NOT_MET, "MS1": MET}
    params, clock = rules.params(), Clock(0, False)
    result = what_would_change(states, rules, params, clock)
    up = result["up"]
    assert up["reachable"] and up["set_size"] > 3
    best = up["sets"][0]
    assert decide({**states, **{c["finding"]: c["to"] for c in best["changes"]}}, rules, params, clock).code < 3
    assert result["down"] == {"set_size": None, "n_sets": 0, "sets": [], "reachable": False}  # already Tier 3


def test_assess_check_reports_schema_and_reference_problems_together(write_evidence, rules):
    doc = evidence_doc([item("E1", ["C1"]), item("E1", ["C2"], grade="Z9")],
                       claims=[{"id": "K1", "text": "t", "by": "b", "supported_by": ["E7"],
                                "source": {"title": "s", "url": "https://e.org", "date": "2024"}}])
    with pytest.raises(RuleError) as err:
        check_file(write_evidence(doc), rules)
    everything = str(err.value) + err.value.hint
    assert "reliability" in everything and "duplicate evidence id" in everything and "'E7'" in everything
