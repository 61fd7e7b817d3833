"""Claims register statuses and the legislation checklist."""

from __future__ import annotations

import pytest
from assess_factories import rate

from ctip.assess import load_evidence
from ctip.assess.claims import claim_status
from ctip.assess.legislation import legislation_check


@pytest.mark.parametrize(
    ("supported", "contradicted", "status"),
    [(("E1",), (), "supported"), ((), ("E2",), "contradicted"), (("E1",), ("E2",), "disputed"), ((), (), "unverified")],
)
def test_assess_claim_status(supported, contradicted, status):
    assert claim_status(supported, contradicted) == status


def test_assess_example_claims(example_file, rules):
    claims = {c["id"]: c for c in rate(load_evidence(example_file, rules), rules)["claims"]}
    assert claims["K1"]["status"] == "contradicted" and claims["K1"]["bears_on"] == ["C2"]
    assert claims["K2"]["status"] == "disputed" and claims["K2"]["decides"] == ["C11"]
    assert claims["K3"]["status"] == "unverified" and claims["K3"]["bears_on_rating"] is False


def test_assess_legislation_gaps(rules):
    law = {
        "law": "Test law",
        "act": {"covered": rules.raw["legislation"]["act"]},
        "means": {"covered": ["force", "fraud"]},
        "children_without_means": {"status": "no"},
        "consent_irrelevant": {"status": "yes"},
        "max_penalty_years": 3,
    }
    result = legislation_check(law, rules)
    rows = {r["item"]: r for r in result["rows"]}
    assert rows["act"]["status"] == "ok"
    assert rows["means"]["status"] == "gap" and "threat" in rows["means"]["missing"]
    assert rows["purpose"]["status"] == "not recorded"
    assert rows["children_without_means"]["status"] == "gap"
    assert rows["consent_irrelevant"]["status"] == "ok"
    assert rows["max_penalty_years"]["status"] == "gap"
    assert any(g.startswith("max_penalty_years: 3 < 4") for g in result["gaps"])
    assert any(g.startswith("children_without_means: gap") for g in result["gaps"])
    assert legislation_check(None, rules) is None


def test_assess_example_legislation(example_file, rules):
    gaps = rate(load_evidence(example_file, rules), rules)["legislation"]["gaps"]
    assert gaps == [
        "means: not covered: abuse_of_vulnerability, payments",
        "purpose: not covered: organ_removal",
        "consent_irrelevant: unclear: Consent of a victim is irrelevant where any of the means was used (Art. 3(b)).",
        "legal_persons_liable: unclear: Legal persons (companies, agencies) can be held liable (UNTOC Art. 10).",
        "non_punishment_of_victims: gap: Victims are not punished for acts they were compelled to commit as a "
        "direct result of being trafficked.",
    ]
