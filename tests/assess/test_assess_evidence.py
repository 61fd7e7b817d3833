"""Evidence files: the example and the template pass; malformed files fail with the right line."""

from __future__ import annotations

import pytest
from assess_factories import evidence_doc, item

from ctip.assess import check_file, load_evidence
from ctip.assess.template import new_evidence_file
from ctip.errors import RuleError

GOOD_ITEM = """\
  - id: E1
    claim: 42 traffickers convicted
    value: 42
    direction: supports
    bears_on: [C1]
    reliability: B2
    source: {title: Court statistics, url: "https://example.org/x", date: "2024-02-01"}
"""
HEAD = "ctip_assess: 1\ncountry: Testland\nyear: 2024\nevidence:\n"


def test_assess_example_file_is_valid(example_file, rules):
    dossier = load_evidence(example_file, rules)
    assert dossier.illustrative is True
    assert len(dossier.evidence) == 27
    assert dossier.by_id()["E03"].value == 42
    assert dossier.by_id()["E03"].source.date == "2022-03-31"  # dates stay strings


def test_assess_template_is_valid(tmp_path, rules):
    path = tmp_path / "t.yaml"
    path.write_text(new_evidence_file("Cambodia", 2025), encoding="utf-8")
    summary = check_file(path, rules)
    assert "OK (0 evidence items" in summary
    assert "No evidence yet on: MS1" in summary
    assert load_evidence(path, rules).year == 2025


def test_assess_template_quotes_odd_country_names(tmp_path, rules):
    path = tmp_path / "t.yaml"
    path.write_text(new_evidence_file('Côte d\'Ivoire "CI": test', 2024), encoding="utf-8")
    assert load_evidence(path, rules).country == 'Côte d\'Ivoire "CI": test'


def test_assess_reliability_forms_agree(write_evidence, rules):
    a = load_evidence(write_evidence(evidence_doc([item("E1", ["C1"], grade="B2")]), "a.yaml"), rules)
    b = load_evidence(write_evidence(evidence_doc([item("E1", ["C1"], grade={"source": "B", "information": 2})]),
                                     "b.yaml"), rules)
    assert (a.evidence[0].source_grade, a.evidence[0].info_grade) == ("B", 2)
    assert a.evidence[0].grade == b.evidence[0].grade == "B2"


# (file text, expected line, fragment of the reason)
MALFORMED = [
    pytest.param(HEAD + GOOD_ITEM.replace("reliability: B2", "reliability: G7"), 10, "reliability", id="bad-grade"),
    pytest.param(HEAD + GOOD_ITEM.replace("[C1]", "[C13]"), 9, "not a finding id", id="unknown-criterion"),
    pytest.param(HEAD + GOOD_ITEM.replace("[C1]", "[MS4]"), 9, "MS4 is decided from C1-C12", id="ms4-tagged"),
    pytest.param(HEAD + GOOD_ITEM.replace("    direction: supports\n", ""), 5, "'direction' is a required", id="missing"),
    pytest.param(HEAD + GOOD_ITEM + GOOD_ITEM, 12, "duplicate evidence id 'E1'", id="duplicate-id"),
    pytest.param(HEAD + GOOD_ITEM.replace("year: 2024", "year: 2024"), None, None, id="good"),
    pytest.param("ctip_assess: 1\ncountry: Testland\nyear: 2024\nyear: 2025\nevidence: []\n", 4, "duplicate key",
                 id="duplicate-key"),
    pytest.param(HEAD + GOOD_ITEM.replace("bears_on: [C1]", "bears_on: [C1"), 10, "not valid YAML", id="yaml-syntax"),
    pytest.param(HEAD + GOOD_ITEM + "claims:\n  - id: K1\n    text: t\n    by: b\n"
                 "    source: {title: s, url: 'https://e.org', date: '2024'}\n    supported_by: [E9]\n",
                 17, "'E9' is not an evidence id", id="claim-ref"),
    pytest.param(HEAD + GOOD_ITEM.replace('url: "https://example.org/x"', "page: 3"), 11, "url or a document",
                 id="source-without-url"),
    pytest.param(HEAD + GOOD_ITEM + "legislation:\n  law: L\n  means: {covered: [force, bribery]}\n", 14,
                 "'bribery' is not one of", id="legislation-element"),
    pytest.param("- just\n- a list\n", 1, "must be a mapping", id="not-mapping"),
    pytest.param("", 1, "empty", id="empty"),
    pytest.param(HEAD + GOOD_ITEM + "surprise: 1\n", 1, "'surprise' was unexpected", id="unknown-field"),
]


@pytest.mark.parametrize(("text", "line", "reason"), MALFORMED)
def test_assess_check_reports_line(text, line, reason, write_evidence, rules):
    path = write_evidence(text)
    if line is None:
        assert "OK" in check_file(path, rules)
        return
    with pytest.raises(RuleError) as info:
        load_evidence(path, rules)
    assert info.value.line == line, str(info.value)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_assess_check_lists_every_problem(write_evidence, rules):
    text = HEAD + GOOD_ITEM.replace("[C1]", "[C13]") + GOOD_ITEM.replace("E1", "E2").replace("B2", "Z9")
    with pytest.raises(RuleError) as info:
        check_file(write_evidence(text), rules)
    assert info.value.line == 9
    assert "2 problems in total" in info.value.hint
    assert ":17:" in info.value.hint  # the second problem, with its own line


def test_assess_bad_utf8_is_a_rule_error(tmp_path, rules):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"country: ok\nyear: \xff\n")
    with pytest.raises(RuleError) as info:
        load_evidence(path, rules)
    assert info.value.line == 2
