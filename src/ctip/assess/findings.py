"""Turn evidence into findings: one per standard, criterion, condition and 3P component.

A finding weighs the evidence that bears on it. Each item's weight is its Admiralty source
weight times its information weight (low-reliability items scaled by a parameter); the finding
is met when the supporting share of the weight reaches the `finding_met` threshold, and missing
when the total weight is below `min_weight`.
"""

from __future__ import annotations

from ctip.assess.model import MET, NOT_MET, UNKNOWN, Dossier, Evidence, Finding, Params
from ctip.assess.rules import Rules


def item_weight(item: Evidence, rules: Rules, params: Params) -> float:
    grading = rules.raw["reliability"]
    weight = float(grading["source"][item.source_grade]) * float(grading["information"][str(item.info_grade)])
    if is_low_reliability(item, rules):
        weight *= params.low_reliability_weight
    return weight


def is_low_reliability(item: Evidence, rules: Rules) -> bool:
    grading = rules.raw["reliability"]
    return item.source_grade in grading["low_source"] or str(item.info_grade) in grading["low_information"]


def finding_ids(rules: Rules, dossier: Dossier | None = None) -> tuple[str, ...]:
    """Every finding the rules know (standards except derived MS4, criteria, conditions, 3P components)."""
    ids = [r.id for r in (*rules.standards, *rules.criteria, *rules.conditions) if not r.derived]
    for dim, comps in rules.threep().items():
        ids.extend(f"3P.{dim}.{comp}" for comp in comps)
    return tuple(ids)


def evaluate(dossier: Dossier, rules: Rules, params: Params) -> dict[str, Finding]:
    """All findings for a dossier under one set of parameters."""
    bearing: dict[str, list[Evidence]] = {}
    for item in dossier.evidence:
        for target in item.bears_on:
            bearing.setdefault(target, []).append(item)
    return {fid: _finding(fid, bearing.get(fid, []), rules, params) for fid in finding_ids(rules)}


def _finding(fid: str, items: list[Evidence], rules: Rules, params: Params) -> Finding:
    weights = {item.id: item_weight(item, rules, params) for item in items}
    pro = tuple(sorted(i.id for i in items if i.supports and weights[i.id] > 0))
    con = tuple(sorted(i.id for i in items if not i.supports and weights[i.id] > 0))
    w_for = round(float(sum(weights[i] for i in pro)), 6)
    w_against = round(float(sum(weights[i] for i in con)), 6)
    total = w_for + w_against
    counted = _missing_mode(fid, rules, params)
    if total < params.min_weight or total == 0:
        reason = "no evidence" if not items else f"evidence weight {total:.2f} below {params.min_weight:.2f}"
        state_counted = NOT_MET if counted == "not-met" else UNKNOWN
        return Finding(fid, UNKNOWN, None, w_for, w_against, pro, con, reason, state_counted)
    share = round(w_for / total, 6)
    state = MET if share >= params.finding_met else NOT_MET
    op = ">=" if state == MET else "<"
    reason = f"supporting share {share:.2f} {op} {params.finding_met:.2f}"
    return Finding(fid, state, share, w_for, w_against, pro, con, reason, state)


def _missing_mode(fid: str, rules: Rules, params: Params) -> str:
    rule = rules.rule(fid)
    if rule is not None and rule.when_missing:
        return rule.when_missing
    return params.missing
