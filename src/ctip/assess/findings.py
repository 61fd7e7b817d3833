"""Turn evidence into findings: one per standard, criterion, condition and 3P component.

A finding weighs the evidence that bears on it. Each item's weight is its Admiralty source
weight times its information weight (low-reliability items scaled by a parameter); the finding
is met when the supporting share of the weight reaches the `finding_met` threshold, and missing
when the total weight is below `min_weight`.

Weak evidence must not decide, and must not vanish either:
- items from the same source, or that say they repeat another item, are not independent: on each
  side of a finding such a group counts once, with the weight of its strongest item;
- commitments (promises of future steps) are shown on the finding but never counted: placement
  rests on concrete actions in the reporting period;
- evidence below the floor is "weak evidence", not "no evidence" (the finding is still missing);
- a finding with a real share of weight on both sides is marked contested;
- state-sponsored trafficking (SSP) never holds on low-reliability items alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from ctip.assess.model import MET, NOT_APPLICABLE, NOT_MET, UNKNOWN, Dossier, Evidence, Finding, Params
from ctip.assess.rules import Rules

SOURCE_GRADES = "ABCDE"  # F (cannot be judged) does not move with a grade shift
INFO_GRADES = "12345"  # 6 (cannot be judged) likewise


def shifted(item: Evidence, shift: float) -> tuple[str, int]:
    """The item's grades read `shift` notches worse (positive) or better (negative), within A-E and 1-5."""
    source, info = item.source_grade, item.info_grade
    step = int(shift)
    if step and source in SOURCE_GRADES:
        source = SOURCE_GRADES[min(max(SOURCE_GRADES.index(source) + step, 0), len(SOURCE_GRADES) - 1)]
    if step and str(info) in INFO_GRADES:
        info = int(INFO_GRADES[min(max(INFO_GRADES.index(str(info)) + step, 0), len(INFO_GRADES) - 1)])
    return source, info


def item_weight(item: Evidence, rules: Rules, params: Params) -> float:
    grading = rules.raw["reliability"]
    source, info = shifted(item, params.grade_shift)
    weight = float(grading["source"][source]) * float(grading["information"][str(info)])
    if source in grading["low_source"] or str(info) in grading["low_information"]:
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


def out_of_period(item: Evidence, period: tuple[str, str] | None) -> bool:
    """True when the item's date lies wholly outside the reporting period (partial dates are ranges)."""
    if not period:
        return False
    first, last = _span(item.when)
    return last < _span(period[0])[0] or first > _span(period[1])[1]


def _span(date: str) -> tuple[str, str]:
    parts = date.split("-")
    if len(parts) == 1:
        return f"{date}-01-01", f"{date}-12-31"
    if len(parts) == 2:
        return f"{date}-01", f"{date}-31"
    return date, date


def evaluate(dossier: Dossier, rules: Rules, params: Params,
             ids: tuple[str, ...] | None = None) -> dict[str, Finding]:
    """All findings (or those in `ids`) for a dossier under one set of parameters."""
    bearing: dict[str, list[Evidence]] = {}
    for item in dossier.evidence:
        for target in item.bears_on:
            bearing.setdefault(target, []).append(item)
    groups = _source_groups(dossier.evidence)
    late = {e.id for e in dossier.evidence if out_of_period(e, dossier.period)}
    standing = set(rules.raw.get("standing_findings", ()))
    out = {}
    for fid in ids if ids is not None else finding_ids(rules):
        if fid in dossier.not_applicable:
            out[fid] = Finding(fid, NOT_APPLICABLE, None, 0.0, 0.0, (), (),
                               f"not applicable: {dossier.not_applicable[fid]}", NOT_APPLICABLE, NOT_APPLICABLE)
            continue
        out[fid] = _finding(fid, bearing.get(fid, []), rules, params, groups, set() if fid in standing else late)
    return out


def _source_groups(items: Iterable[Evidence]) -> dict[str, str]:
    """Item id -> group id: items share a group when they share a source or one repeats the other."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_source: dict[str, str] = {}
    for item in items:
        find(item.id)
        first = by_source.setdefault(item.source_key(), item.id)
        for other in (first, *item.repeats):
            a, b = sorted((find(item.id), find(other)))
            parent[b] = a
    return {x: find(x) for x in parent}


def _side_weight(ids: Iterable[str], weights: dict[str, float], groups: dict[str, str]) -> float:
    best: dict[str, float] = {}
    for i in ids:
        g = groups.get(i, i)
        best[g] = max(best.get(g, 0.0), weights[i])
    return round(float(sum(best.values())), 6)


def _finding(fid: str, items: list[Evidence], rules: Rules, params: Params, groups: dict[str, str],
             late: set[str]) -> Finding:
    commitments = tuple(sorted(i.id for i in items if i.kind == "commitment"))
    actions = [i for i in items if i.kind != "commitment"]
    weights = {item.id: item_weight(item, rules, params) for item in actions}
    pro = tuple(sorted(i.id for i in actions if i.supports and weights[i.id] > 0))
    con = tuple(sorted(i.id for i in actions if not i.supports and weights[i.id] > 0))
    w_for, w_against = _side_weight(pro, weights, groups), _side_weight(con, weights, groups)
    total = round(w_for + w_against, 6)
    dependent = _dependent(pro, groups) + _dependent(con, groups)
    extra = {"commitments": commitments, "out_of_period": tuple(sorted(late & {*pro, *con})), "dependent": dependent}
    counted = _missing_mode(fid, rules, params)
    if total < params.min_weight or total == 0:
        if not items:
            reason, strength = "no evidence", "none"
        elif total == 0:
            reason, strength = "no evidence counted (commitments or weight 0 only)", "none"
        else:
            reason, strength = f"weak evidence: weight {total:.2f} below the floor {params.min_weight:.2f}", "weak"
        state_counted = NOT_MET if counted == "not-met" else UNKNOWN
        return Finding(fid, UNKNOWN, None, w_for, w_against, pro, con, reason, state_counted, strength, **extra)
    share = round(w_for / total, 6)
    state = MET if share >= params.finding_met else NOT_MET
    op = ">=" if state == MET else "<"
    reason = f"supporting share {share:.2f} {op} {params.finding_met:.2f}"
    contested = bool(pro and con) and min(w_for, w_against) / total >= float(rules.raw.get("contested_share", 1.0))
    if fid == "SSP" and state == MET:
        reliable = {i.id for i in actions if not is_low_reliability(i, rules)}
        floor = float(rules.raw.get("state_sponsored", {}).get("min_reliable_weight", 0.0))
        reliable_weight = _side_weight([i for i in pro if i in reliable], weights, groups)
        if reliable_weight < floor:
            reason = (f"not established: supporting weight from items that are not low reliability is "
                      f"{reliable_weight:.2f} < {floor:.2f}; anonymous or low-grade items cannot alone establish it")
            return Finding(fid, UNKNOWN, share, w_for, w_against, pro, con, reason, NOT_MET, "weak", contested,
                           **extra)
    return Finding(fid, state, share, w_for, w_against, pro, con, reason, state, "sufficient", contested, **extra)


def _dependent(ids: tuple[str, ...], groups: dict[str, str]) -> tuple[tuple[str, ...], ...]:
    by_group: dict[str, list[str]] = {}
    for i in ids:
        by_group.setdefault(groups.get(i, i), []).append(i)
    return tuple(tuple(v) for v in by_group.values() if len(v) > 1)


def _missing_mode(fid: str, rules: Rules, params: Params) -> str:
    rule = rules.rule(fid)
    if rule is not None and rule.when_missing:
        return rule.when_missing
    return params.missing
