"""Claims register verdicts: scale, relevance, dates, right of reply, recommendations tracked as claims."""

from __future__ import annotations

import pytest
from assess_factories import evidence_doc, item, rate

from ctip.assess import load_evidence

SRC = {"title": "statement", "url": "https://example.org/claim", "date": "2024-02-01"}


def claims_of(write_evidence, rules, items, claims, **top):
    doc = evidence_doc(items, claims=claims, **top)
    return {c["id"]: c for c in rate(load_evidence(write_evidence(doc), rules), rules)["claims"]}


def claim(id_, **extra):
    return {"id": id_, "text": f"claim {id_}", "by": "Ministry", "source": SRC, **extra}


@pytest.mark.parametrize(("against_grade", "expected"), [
    (None, "accurate"),      # A1 for only
    ("D4", "accurate"),      # 1.0 vs 0.2: share 0.83
    ("C3", "missing context"),  # 1.0 vs 0.49: 0.67
    ("A1", "misleading"),    # 1.0 vs 1.0: 0.5
])
def test_assess_claim_verdict_scale(write_evidence, rules, against_grade, expected):
    items = [item("P", ["C1"])] + ([item("N", ["C1"], "undermines", grade=against_grade)] if against_grade else [])
    links = {"supported_by": ["P"], **({"contradicted_by": ["N"]} if against_grade else {})}
    assert claims_of(write_evidence, rules, items, [claim("K1", **links)])["K1"]["verdict"] == expected


def test_assess_claim_false_and_unverifiable(write_evidence, rules):
    items = [item("N", ["C2"], "undermines"), item("W", ["C2"], grade="E5")]
    got = claims_of(write_evidence, rules, items, [claim("K1", contradicted_by=["N"]), claim("K2", supported_by=["W"]),
                                                   claim("K3")])
    assert got["K1"]["verdict"] == "false"
    assert got["K2"]["verdict"] == "unverifiable" and got["K3"]["verdict"] == "unverifiable"
    assert got["K1"]["status"] == "contradicted"  # the old status field stays


def test_assess_claim_relevance_checked_against_criterion(write_evidence, rules):
    items = [item("P", ["C3"]), item("N", ["C2"], "undermines")]
    got = claims_of(write_evidence, rules, items, [claim("K1", criterion="C2", supported_by=["P"],
                                                         contradicted_by=["N"])])
    assert got["K1"]["not_relevant"] == ["P"] and got["K1"]["verdict"] == "false"


def test_assess_claim_date_reply_and_tracking(write_evidence, rules):
    period = {"start": "2024-04-01", "end": "2025-03-31"}
    items = [item("P", ["C1"])]
    reply = {"text": "The ministry replies that the figure covers 2024.", "by": "Ministry", "date": "2025-04-02"}
    got = claims_of(write_evidence, rules, items, [claim("K1", supported_by=["P"], reply=reply, same_as="K4"),
                                                   claim("K2", supported_by=["P"], date="2024-06-01")],
                    period=period)
    assert got["K1"]["in_period"] is False and got["K2"]["in_period"] is True  # source date 2024-02-01 is before
    assert got["K1"]["reply"]["text"].startswith("The ministry") and got["K1"]["same_as"] == "K4"


def test_assess_recommendation_status_checked_against_evidence(write_evidence, rules):
    items = [item("N", ["C1"], "undermines")]
    got = claims_of(write_evidence, rules, items, [
        claim("R1", contradicted_by=["N"], recommendation={"year": 2023, "status": "done"})])
    rec = got["R1"]["recommendation"]
    assert rec["status"] == "done" and rec["evidence_suggests"] == "not" and rec["agrees"] is False
