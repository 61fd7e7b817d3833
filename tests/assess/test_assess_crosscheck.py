"""Legislation check (complete, with cross-walks) and the cross-checks between the law, MS1-MS3, 3P and the tier."""

from __future__ import annotations

from assess_factories import evidence_doc, item, rate

from ctip.assess import load_evidence
from ctip.assess.crosscheck import published_tiers_for_total
from ctip.assess.legislation import legislation_check

FULL = {"law": "Test law", "act": {"covered": ["recruitment", "transportation", "transfer", "harbouring", "receipt"]},
        "means": {"covered": ["threat", "force", "coercion", "abduction", "fraud", "deception", "abuse_of_power",
                              "abuse_of_vulnerability", "payments"]},
        "purpose": {"covered": ["sexual_exploitation", "forced_labour", "slavery", "servitude", "organ_removal"]},
        **{flag: {"status": "yes"} for flag in (
            "children_without_means", "consent_irrelevant", "sex_trafficking_on_par_with_rape", "child_under_18",
            "no_transnationality_required", "no_organised_group_required", "attempt_and_complicity",
            "legal_persons_liable", "non_punishment_of_victims", "victim_protection_and_assistance")},
        "fines_only_alternative": {"status": "no"}, "max_penalty_years": 15, "min_penalty_years": 7}


def test_assess_complete_law_has_no_gaps(rules):
    check = legislation_check(FULL, rules, "KHM")
    assert check["gaps"] == [] and all(r["status"] == "ok" for r in check["rows"])
    items = {r["item"] for r in check["rows"]}
    assert {"child_under_18", "legal_persons_liable", "non_punishment_of_victims", "attempt_and_complicity",
            "no_transnationality_required", "no_organised_group_required"} <= items
    assert check["asean_member"] and "actip" in check["instruments"]
    assert "7 years" in next(r for r in check["rows"] if r["item"] == "max_penalty_years")["detail"]


def test_assess_crosswalk_lists_actip_only_for_asean_members(rules):
    rows = {r["item"]: r for r in legislation_check(FULL, rules, "FRA")["rows"]}
    assert "actip" not in rows["non_punishment_of_victims"]["crosswalk"]
    assert rows["non_punishment_of_victims"]["crosswalk"]["p029"]
    asean = {r["item"]: r for r in legislation_check(FULL, rules, "KHM")["rows"]}
    assert "actip" in asean["non_punishment_of_victims"]["crosswalk"]


def test_assess_fines_instead_of_prison_is_a_gap(rules):
    check = legislation_check({**FULL, "fines_only_alternative": {"status": "yes"}}, rules)
    assert any(g.startswith("fines_only_alternative: gap") for g in check["gaps"])


def test_assess_two_year_law_cannot_quietly_meet_ms3(write_evidence, rules):
    law = {**FULL, "max_penalty_years": 2, "fines_only_alternative": {"status": "yes"}}
    doc = evidence_doc([item("M", ["MS1", "MS2", "MS3"]), item("C", ["C1"])], legislation=law)
    result = rate(load_evidence(write_evidence(doc), rules), rules)
    ids = {c["id"] for c in result["cross_checks"]}
    assert {"law-ms2", "law-ms3", "law-fines-ms2", "law-fines-ms3"} <= ids
    assert result["minimum_standards"]["MS3"]["finding"] == "met"  # the check warns; it does not rewrite evidence


def test_assess_threep_and_tier_side_by_side(write_evidence, rules):
    doc = evidence_doc([item("M", ["MS1", "MS2", "MS3"]), item("C", ["C1"])])
    result = rate(load_evidence(write_evidence(doc), rules), rules)
    check = next(c for c in result["cross_checks"] if c["id"] == "threep-tier")
    counts = published_tiers_for_total(result["threep"]["total"])
    assert f"of {sum(counts.values())} published country-years" in check["text"]
    if check["kind"] == "warning":
        assert "differs because of the step" in check["text"]
