"""The published rules file: complete, consistent with the schema, thresholds inside their ranges."""

from __future__ import annotations

import re

import pytest
from assess_factories import rate

from ctip.assess.evidence import schema
from ctip.assess.findings import finding_ids


def test_assess_rules_have_every_standard_and_criterion(rules):
    assert [r.id for r in rules.standards] == ["MS1", "MS2", "MS3", "MS4"]
    assert [r.id for r in rules.criteria] == [f"C{i}" for i in range(1, 13)]
    assert [r.id for r in rules.conditions] == ["TWL-A", "SSP"]
    assert all(r.source.startswith(("22 U.S.C.", "TVPA")) for r in (*rules.standards, *rules.criteria))
    assert rules.rule("MS4").derived and not rules.rule("MS1").derived
    assert {r.id for r in rules.criteria if r.core} == {"C1", "C2", "C7", "C11"}
    assert rules.rule("C7").when_missing == "not-met"  # same presumption as C1 (issue 16)
    assert rules.rule("C1").when_missing == "not-met"  # the statutory no-data presumption


def test_assess_rules_are_versioned(rules):
    assert rules.id == "ctip.assess.tvpa" and rules.version == 1
    assert re.fullmatch(r"[0-9a-f]{64}", rules.sha256)


@pytest.mark.parametrize("name", ["finding_met", "full_compliance", "significant_efforts", "low_reliability_weight"])
def test_assess_threshold_default_inside_range(rules, name):
    t = rules.thresholds[name]
    grid = t.grid()
    assert t.low <= t.default <= t.high
    assert t.default in grid, "the sensitivity grid should include the rating's own value"
    assert len(grid) == t.steps and grid[0] == t.low and grid[-1] == t.high


def test_assess_schema_pattern_accepts_every_rule_id(rules):
    pattern = schema()["$defs"]["item"]["properties"]["bears_on"]["items"]["pattern"]
    for fid in finding_ids(rules):
        assert re.fullmatch(pattern, fid), fid
    for bad in ("C0", "C13", "MS5", "3P.x", "twl-a"):
        assert not re.fullmatch(pattern, bad), bad


@pytest.mark.parametrize(("name", "code"), [(1, 1.0), ("2", 2.0), ("2WL", 2.5), ("TWL", 2.5), ("Tier 2 Watch List", 2.5),
                                            (2.5, 2.5), ("Tier 3", 3.0)])
def test_assess_tier_names(rules, name, code):
    assert rules.tier_code(name) == code


def test_assess_unknown_tier_name(rules):
    with pytest.raises(ValueError, match="unknown tier"):
        rules.tier_code("4")


def test_assess_threep_points_give_scores_1_to_5(rules):
    from ctip.assess.threep import band

    assert [band(p, 4) for p in range(5)] == [1, 2, 3, 4, 5]
    assert band(0, 7) == 1 and band(7, 7) == 5
    assert band(3.5, 7) == 3  # 2.0 exactly -> 1 + 2
    assert band(1, 8) == 2  # 0.5 rounds up, not to even


def test_assess_changed_rules_file_changes_rating(rules, example_file, tmp_path):
    """Rules are data: raising the Tier 2 bar in a copy of the file moves the example to Tier 3."""
    from ctip.assess import load_evidence
    from ctip.assess.rules import load_rules

    text = rules_text().replace("significant_efforts:\n    default: 0.5", "significant_efforts:\n    default: 0.6")
    path = tmp_path / "stricter.yaml"
    path.write_text(text, encoding="utf-8")
    stricter = load_rules(path)
    assert stricter.thresholds["significant_efforts"].default == 0.6 and stricter.sha256 != rules.sha256
    assert rate(load_evidence(example_file, rules), rules)["tier"]["code"] == 2.5
    assert rate(load_evidence(example_file, stricter), stricter)["tier"]["code"] == 3


def test_assess_malformed_rules_file(tmp_path):
    from ctip.assess.rules import load_rules
    from ctip.errors import RuleError

    path = tmp_path / "bad.yaml"
    path.write_text(rules_text().replace("  min_weight:\n    default: 0.5\n", "  min_weight:\n    default: high\n"),
                    encoding="utf-8")
    with pytest.raises(RuleError, match="thresholds.min_weight.default"):
        load_rules(path)


def rules_text() -> str:
    from importlib import resources

    return resources.files("ctip.data").joinpath("assess", "tvpa.v1.yaml").read_text("utf-8")
