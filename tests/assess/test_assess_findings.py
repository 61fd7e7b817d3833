"""Evidence -> findings: Admiralty weights, thresholds, missing evidence, low-reliability scaling."""

from __future__ import annotations

import pytest
from assess_factories import evidence_doc, item

from ctip.assess import load_evidence
from ctip.assess.findings import evaluate, item_weight
from ctip.assess.model import MET, NOT_MET, UNKNOWN


@pytest.fixture
def findings_for(write_evidence, rules):
    def run(items, missing="not-met", **overrides):
        dossier = load_evidence(write_evidence(evidence_doc(items)), rules)
        return evaluate(dossier, rules, rules.params(missing=missing, **overrides))

    return run


@pytest.mark.parametrize(("grade", "weight"), [("A1", 1.0), ("B2", 0.7225), ("C3", 0.49), ("F6", 0.25), ("E5", 0.05)])
def test_assess_item_weight_is_source_times_information(write_evidence, rules, grade, weight):
    dossier = load_evidence(write_evidence(evidence_doc([item("E1", ["C1"], grade=grade)])), rules)
    assert item_weight(dossier.evidence[0], rules, rules.params()) == pytest.approx(weight)


def test_assess_low_reliability_weight_scales_only_low_items(write_evidence, rules):
    dossier = load_evidence(write_evidence(evidence_doc([item("E1", ["C3"], grade="B2"),
                                                         item("E2", ["C3"], grade="D2")])), rules)
    half = rules.params(low_reliability_weight=0.5)
    assert item_weight(dossier.evidence[0], rules, half) == pytest.approx(0.7225)
    assert item_weight(dossier.evidence[1], rules, half) == pytest.approx(0.5 * 0.85 * 0.5)


def test_assess_finding_met_and_not_met(findings_for):
    f = findings_for([item("E1", ["C3"]), item("E2", ["C4"], "undermines"),
                      item("E3", ["C6"]), item("E4", ["C6"], "undermines", grade="C3")])
    assert f["C3"].state == MET and f["C3"].decided_by == ("E1",)
    assert f["C4"].state == NOT_MET and f["C4"].decided_by == ("E2",)
    # C6: 1.0 for, 0.49 against -> share 0.671 >= 0.6
    assert f["C6"].share == pytest.approx(1 / 1.49, abs=1e-6) and f["C6"].state == MET
    assert f["C6"].evidence_against == ("E4",)


def test_assess_threshold_moves_finding(findings_for):
    items = [item("E1", ["C6"], grade="B2"), item("E2", ["C6"], "undermines", grade="B3")]  # share 0.548
    assert findings_for(items)["C6"].state == NOT_MET
    assert findings_for(items, finding_met=0.5)["C6"].state == MET


def test_assess_weak_evidence_is_missing(findings_for):
    f = findings_for([item("E1", ["C3"], grade="E5")])  # weight 0.05 < min_weight
    assert f["C3"].state == UNKNOWN and "below" in f["C3"].reason


@pytest.mark.parametrize(("missing", "counted"), [("not-met", NOT_MET), ("unknown", UNKNOWN)])
def test_assess_missing_switch(findings_for, missing, counted):
    f = findings_for([], missing=missing)
    assert f["C3"].state == UNKNOWN and f["C3"].counted_as == counted
    assert f["C1"].counted_as == NOT_MET  # no data: statutory presumption, whatever the switch
    assert f["SSP"].counted_as == NOT_MET and f["TWL-A"].counted_as == NOT_MET  # conditions never hold by default


def test_assess_low_weight_zero_drops_low_items(findings_for):
    f = findings_for([item("E1", ["C3"], grade="D4")], low_reliability_weight=0.0)
    assert f["C3"].state == UNKNOWN and f["C3"].evidence_for == ()
