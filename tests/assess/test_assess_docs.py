"""docs/assessment.md quotes the audit figures and the rules; they must match what the code computes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctip.assess.consistency import audit, load_policy_index

DOC = Path(__file__).resolve().parents[2] / "docs" / "assessment.md"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text("utf-8")


@pytest.fixture(scope="module")
def figures() -> dict:
    return audit(load_policy_index())


def test_assess_docs_quote_audit_figures(doc, figures):
    assert f"**{figures['n_country_years']}**" in doc
    assert f"({figures['kendall_tau_b']})".replace("-", "−") in doc
    assert f"**{figures['discordant_share']:.4f}**" in doc
    assert f"{figures['n_pairs_discordant']:,} of {figures['n_pairs_compared']:,} pairs" in doc
    assert f"**{figures['n_country_years_out_of_line']}**" in doc


def test_assess_docs_by_total_table(doc, figures):
    for total, counts in figures["by_total"].items():
        assert f"| {total} | " + " | ".join(str(v) for v in counts.values()) + " |" in doc


def test_assess_docs_quote_rule_defaults(doc, rules):
    t = rules.thresholds
    assert f"`finding_met` ({t['finding_met'].default})" in doc
    assert f"`full_compliance` ({t['full_compliance'].default})" in doc
    assert f"`significant_efforts` ({t['significant_efforts'].default})" in doc
    assert f"`min_weight` ({t['min_weight'].default})" in doc


@pytest.mark.parametrize("command", ["new", "check", "run", "consistency"])
def test_assess_docs_cover_commands(doc, command):
    assert f"ctip assess {command}" in doc
