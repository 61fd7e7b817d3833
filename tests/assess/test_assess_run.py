"""A whole run: byte-identical JSON, every reference resolves, what-would-change and sensitivity."""

from __future__ import annotations

import json
import math
import shutil
from itertools import combinations, product

import pytest
from assess_factories import evidence_doc, item, rate

from ctip.assess import assess, load_evidence, load_history, to_json
from ctip.assess.model import MET, NOT_MET
from ctip.assess.tiers import Clock, decide
from ctip.assess.whatif import flippable, what_would_change


@pytest.fixture(scope="module")
def example_result(example_file, history_file, rules):
    return rate(load_evidence(example_file, rules), rules, load_history(history_file, rules))


def test_assess_same_evidence_gives_byte_identical_json(example_file, history_file, rules, tmp_path):
    copy = tmp_path / example_file.name
    shutil.copy(example_file, copy)
    runs = [to_json(assess(load_evidence(path, rules), rules, load_history(history_file, rules)))
            for path in (example_file, copy, example_file)]
    assert runs[0] == runs[1] == runs[2]
    assert runs[0].encode("utf-8") == runs[2].encode("utf-8")
    assert str(tmp_path) not in runs[1]  # no absolute paths


def test_assess_json_changes_with_the_evidence(example_file, history_file, rules, tmp_path):
    changed = tmp_path / "changed.yaml"
    changed.write_text(example_file.read_text("utf-8").replace("42 traffickers", "43 traffickers"), "utf-8")
    a = to_json(assess(load_evidence(example_file, rules), rules))
    b = to_json(assess(load_evidence(changed, rules), rules))
    assert a != b and json.loads(a)["input"]["sha256"] != json.loads(b)["input"]["sha256"]


def test_assess_example_rating(example_result):
    r = example_result
    assert r["tier"]["label"] == "Tier 3" and r["tier"]["code"] == 3
    assert r["tier"]["before_clock"] == 2.5 and r["tier"]["consecutive_watch_list_before"] == 3
    assert r["minimum_standards"]["fully_met"] is False
    assert r["minimum_standards"]["MS4"]["finding"] == "not_met"
    assert r["criteria"]["C1"]["decided_by"] == ["E04", "E05", "E25"]
    # E25 repeats E04; the table-derived item and E03 come from the same ministry statistics: each pair counts once
    assert r["criteria"]["C1"]["not_independent"] == [["D.C1.2021", "E03"], ["E04", "E25"]]
    assert r["criteria"]["C12"]["counted_as"] == "not_met"
    assert r["threep"]["total"] == sum(d["score"] for d in r["threep"]["dimensions"].values())
    assert r["illustrative"] is True and "Illustrative file: not real findings." in r["warnings"]


def test_assess_every_evidence_reference_resolves(example_result):
    known = set(example_result["evidence"])
    refs = set()

    def collect(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                collect(v, k)
        elif isinstance(node, list):
            if key in {"evidence", "decided_by", "evidence_for", "evidence_against", "supported_by",
                       "contradicted_by", "waiver_evidence"}:
                refs.update(x for x in node if isinstance(x, str))
            for v in node:
                collect(v, key)

    collect({k: v for k, v in example_result.items() if k != "evidence"})
    assert refs and refs <= known
    for e in example_result["evidence"].values():
        assert e["source"]["title"] and e["source"]["date"]


def test_assess_missing_switch_changes_efforts(example_file, rules):
    dossier = load_evidence(example_file, rules)
    strict = rate(dossier, rules, missing="not-met")
    lenient = rate(dossier, rules, missing="unknown")
    assert strict["efforts_share"] == pytest.approx(7.5 / 14, abs=1e-6)
    assert lenient["efforts_share"] == pytest.approx(7.5 / 13, abs=1e-6)  # C12 left out


def test_assess_waiver_option_overrides_file(example_file, history_file, rules):
    from ctip.assess.model import HistoryYear

    dossier, history = load_evidence(example_file, rules), load_history(history_file, rules)
    assert dossier.waiver is False
    # Waivers are exhausted after 2021 (third Watch List year), so granting one in 2022 changes nothing ...
    assert rate(dossier, rules, history, waiver=True)["tier"]["code"] == 3
    # ... but after exactly two Watch List years a waiver keeps the country on the Watch List.
    two = (HistoryYear(2019, 2.0), HistoryYear(2020, 2.5), HistoryYear(2021, 2.5))
    assert rate(dossier, rules, two, waiver=True)["tier"]["code"] == 2.5
    assert rate(dossier, rules, two, waiver=False)["tier"]["code"] == 3
    assert rate(dossier, rules, two)["tier"]["code"] == 3  # the file says no waiver


def test_assess_no_history_leaves_evidence_tier(example_file, rules):
    r = rate(load_evidence(example_file, rules), rules)
    assert r["tier"]["code"] == 2.5 and "No --history given" in r["warnings"][1]


def _brute_force_minimal(states, rules, params, clock, better):
    current = decide(states, rules, params, clock).code
    ids = flippable(rules)
    for size in range(1, 4):
        hits = set()
        for subset in combinations(ids, size):
            options = [[s for s in (MET, NOT_MET) if s != states[i]] for i in subset]
            for targets in product(*options):
                code = decide({**states, **dict(zip(subset, targets, strict=True))}, rules, params, clock).code
                if (code < current) if better else (code > current):
                    hits.add(tuple(zip(subset, targets, strict=True)))
        if hits:
            return size, hits
    return None, set()


@pytest.mark.parametrize("case", ["example", "tier1", "tier2"])
def test_assess_what_would_change_is_smallest(case, example_file, rules):
    params = rules.params()
    if case == "example":
        from ctip.assess.findings import evaluate

        findings = evaluate(load_evidence(example_file, rules), rules, params)
        states = {k: f.counted_as for k, f in findings.items() if not k.startswith("3P.")}
    else:
        states = {i: MET for i in flippable(rules)} | {"TWL-A": NOT_MET, "SSP": NOT_MET}
        if case == "tier2":
            states["C7"] = NOT_MET
    clock = Clock(0, False)
    result = what_would_change(states, rules, params, clock)
    for direction, better in (("up", True), ("down", False)):
        size, hits = _brute_force_minimal(states, rules, params, clock, better)
        got = result[direction]
        assert got["set_size"] == size
        assert got["n_sets"] == len(hits)
        for s in got["sets"]:
            change = tuple((c["finding"], c["to"]) for c in s["changes"])
            assert change in hits
            code = decide({**states, **dict(change)}, rules, params, clock).code
            assert code == s["tier"]


def test_assess_what_would_change_tier2_example(rules):
    states = {i: MET for i in flippable(rules)} | {"TWL-A": NOT_MET, "SSP": NOT_MET, "C7": NOT_MET}
    result = what_would_change(states, rules, rules.params(), Clock(0, False))
    up = result["up"]
    assert up["set_size"] == 1 and up["sets"][0]["changes"] == [{"finding": "C7", "from": "not_met", "to": "met"}]
    assert result["down"]["set_size"] == 1  # e.g. SSP found, or C11 not met


def test_assess_sensitivity_probabilities(example_result, rules):
    s = example_result["sensitivity"]
    steps = [rules.thresholds[n].steps for n in s["ranges"]]
    assert s["grid_points"] == math.prod(steps)
    assert {"min_weight", "grade_shift"} <= set(s["ranges"])  # the floor and the grades vary too
    assert s["share_of_grid_points"] == s["probability"]
    assert sum(s["probability"].values()) == pytest.approx(1.0)
    assert sum(s["probability_before_clock"].values()) == pytest.approx(1.0)
    assert s["holds"] == s["probability"][example_result["tier"]["label"]]


def test_assess_sensitivity_varies_for_borderline_evidence(write_evidence, rules):
    # C3 rests on one strong and one low-reliability item pulling opposite ways.
    items = [item("M1", ["MS1", "MS2", "MS3"]), item("E1", ["C1", "C2", "C7", "C4", "C6", "C9", "C10", "C11"]),
             item("E2", ["C3"], grade="B2"), item("E3", ["C3"], "undermines", grade="D2"),
             item("E4", ["C5", "C8", "C12"], "undermines")]
    result = rate(load_evidence(write_evidence(evidence_doc(items)), rules), rules)
    s = result["sensitivity"]
    assert 0 < s["holds"] < 1
    assert len([p for p in s["probability"].values() if p > 0]) >= 2


def test_assess_json_identical_across_processes(example_file, history_file):
    """Separate interpreters with different hash seeds (set and dict-order traps) give the same bytes."""
    import os
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from ctip.assess import *; r = load_rules(); "
              "sys.stdout.buffer.write(to_json(assess(load_evidence(Path(sys.argv[1]), r), r, "
              "load_history(Path(sys.argv[2]), r))).encode())")
    outputs = [
        subprocess.run([sys.executable, "-c", script, str(example_file), str(history_file)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000


def test_assess_rendered_example_is_current(example_file, history_file, rules):
    """examples/assess/rendered/ holds the rerun example; regenerate it (README) when the rules or code change."""
    rendered = example_file.parent / "rendered" / "cambodia-2022.result.json"
    current = to_json(assess(load_evidence(example_file, rules), rules, load_history(history_file, rules)))
    assert rendered.read_text("utf-8") == current, "rerun the commands in examples/assess/README.md"
