"""Enforcement and victim tables: year-on-year change by breakdown, and the C1 / C11 evidence they derive."""

from __future__ import annotations

from assess_factories import evidence_doc, item, rate

from ctip.assess import load_evidence

STATS = item("S", ["3P.prosecution.enforcement"], grade="B2")


def run(write_evidence, rules, data, **top):
    return rate(load_evidence(write_evidence(evidence_doc([STATS], data=data, **top)), rules), rules)


def test_assess_tables_show_change_by_breakdown(write_evidence, rules):
    data = {"victims": [
        {"year": 2023, "victims_identified": 100, "by": {"sex": {"female": 60, "male": 40}}, "evidence": ["S"]},
        {"year": 2024, "victims_identified": 80, "by": {"sex": {"female": 50, "male": 30}}, "evidence": ["S"]}]}
    result = run(write_evidence, rules, data)
    row = result["data"]["victims"][1]
    assert row["change"]["victims_identified"] == {"previous": 100, "difference": -20, "percent": -20.0}
    assert row["by_change"]["sex"]["male"]["percent"] == -25.0
    derived = result["evidence"]["D.C11.victims.2024"]
    assert derived["direction"] == "undermines" and derived["bears_on"] == ["C11"]
    assert derived["reliability"] == "B2"  # graded as the item the row cites


def test_assess_enforcement_table_drives_c1_and_c11(write_evidence, rules):
    data = {"enforcement": [
        {"year": 2023, "investigations": 20, "prosecutions": 10, "convictions": 5, "evidence": ["S"]},
        {"year": 2024, "investigations": 30, "prosecutions": 15, "convictions": 9, "evidence": ["S"]}]}
    result = run(write_evidence, rules, data)
    assert "D.C1.2024" in result["criteria"]["C1"]["evidence_for"]
    assert result["criteria"]["C11"]["evidence_for"] == ["D.C11.enforcement.2024"]
    assert result["criteria"]["C11"]["finding"] == "met"
    zero = {"enforcement": [{"year": 2024, "convictions": 0, "evidence": ["S"]}]}
    assert run(write_evidence, rules, zero)["criteria"]["C1"]["evidence_against"] == ["D.C1.2024"]


def test_assess_rows_without_evidence_derive_nothing(write_evidence, rules):
    data = {"enforcement": [{"year": 2023, "convictions": 5}, {"year": 2024, "convictions": 9}],
            "budget": [{"year": 2024, "amount": 1000000, "currency": "USD", "purpose": "shelters"}]}
    result = run(write_evidence, rules, data)
    assert not any(k.startswith("D.") for k in result["evidence"])
    assert result["data"]["budget"][0]["amount"] == 1000000
    assert result["tier_factors"]["factors"]["resources"]
