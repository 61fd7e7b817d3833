"""Run an assessment: dossier + rules (+ history) -> one JSON-ready result.

The result holds no clock time and no absolute paths, and its JSON is written with sorted keys
and rounded floats, so the same evidence always gives byte-identical output.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from ctip.assess.claims import claims_register
from ctip.assess.crosscheck import cross_checks
from ctip.assess.datatables import derived_evidence, tables
from ctip.assess.findings import evaluate, is_low_reliability, item_weight, out_of_period
from ctip.assess.history import history_warnings
from ctip.assess.legislation import legislation_check
from ctip.assess.model import Assessment, Dossier, Finding, HistoryYear, Params
from ctip.assess.rules import MISSING_MODES, Rules
from ctip.assess.sensitivity import sensitivity
from ctip.assess.threep import threep_scores
from ctip.assess.tiers import clock_from_history, decide, efforts_share
from ctip.assess.whatif import what_would_change
from ctip.errors import UsageError

RESULT_FORMAT = 1
WAIVER_FINDINGS = ("written_plan", "plan_significant_efforts", "resources_committed")


def assess(
    dossier: Dossier,
    rules: Rules,
    history: Sequence[HistoryYear] = (),
    missing: str = "not-met",
    waiver: bool | None = None,
) -> Assessment:
    """Rate one dossier: findings, tier (with the downgrade clock), 3P, what-if, sensitivity, claims, law."""
    if missing not in MISSING_MODES:
        raise UsageError(f"--missing must be one of {', '.join(MISSING_MODES)}, not {missing!r}.")
    params = rules.params(missing=missing)
    derived = derived_evidence(dossier, rules)
    if derived:  # the data tables give C1 and C11 evidence of their own
        dossier = replace(dossier, evidence=(*dossier.evidence, *derived))
    granted = dossier.waiver if waiver is None else waiver
    late = [h.year for h in history if h.year >= dossier.year]
    if late:
        raise UsageError(f"The history has entries for {dossier.year} or later ({', '.join(map(str, late))}).",
                         "The history lists earlier report years only.")
    law = rules.law_for(dossier.year)
    clock = clock_from_history(history, dossier.year, granted, law)
    findings = evaluate(dossier, rules, params)
    if law.commitments_trigger and _efforts_rest_on_commitments(dossier, rules, params, findings):
        clock = replace(clock, efforts_rest_on_commitments=True)
    states = {k: f.counted_as for k, f in findings.items()}
    decision = decide(states, rules, params, clock, {k: f.decided_by for k, f in findings.items()})
    return Assessment(
        dossier=dossier,
        rules=rules,
        missing=missing,
        waiver=granted,
        params=params,
        history=tuple(history),
        consecutive_watch_list=clock.consecutive_watch_list,
        decision=decision,
        findings=findings,
        threep=threep_scores(findings, rules),
        what_would_change=what_would_change(states, rules, params, clock),
        sensitivity=sensitivity(dossier, rules, params, clock),
        claims=tuple(claims_register(dossier, findings, rules, params)),
        legislation=legislation_check(dossier.legislation, rules, dossier.iso3),
        warnings=tuple(_warnings(dossier, history, clock, findings, rules, missing)),
    )


def _efforts_rest_on_commitments(dossier: Dossier, rules: Rules, params: Params, findings) -> bool:
    """Significant efforts are reached only when commitments count as actions (trigger (iii)(III), 2004-2018)."""
    if not any(e.kind == "commitment" for e in dossier.evidence):
        return False
    as_actions = replace(dossier, evidence=tuple(replace(e, kind="action") for e in dossier.evidence))
    with_commitments = evaluate(as_actions, rules, params)
    share = efforts_share({k: f.counted_as for k, f in findings.items()}, rules)
    share_with = efforts_share({k: f.counted_as for k, f in with_commitments.items()}, rules)
    return share < params.significant_efforts <= share_with


def waiver_findings(dossier: Dossier, granted: bool) -> dict:
    """The three findings a waiver rests on (written plan; it would amount to significant efforts; resources)."""
    rows = {name: {"evidence": list(dossier.waiver_findings.get(name, ())),
                   "holds": bool(dossier.waiver_findings.get(name))} for name in WAIVER_FINDINGS}
    return {"granted": granted, "findings": rows, "evidence": list(dossier.waiver_evidence),
            "complete": all(r["holds"] for r in rows.values())}


def to_dict(a: Assessment) -> dict:
    """The JSON contract of a rating (field names are stable: add, never rename)."""
    dossier, rules, decision, findings = a.dossier, a.rules, a.decision, a.findings
    return {
        "format": RESULT_FORMAT,
        "rules": {"id": rules.id, "version": rules.version, "sha256": rules.sha256},
        "input": {"file": dossier.file, "sha256": dossier.sha256},
        "country": dossier.country,
        "iso3": dossier.iso3,
        "year": dossier.year,
        "period": list(dossier.period) if dossier.period else None,
        "illustrative": dossier.illustrative,
        "options": {"missing": a.missing, "waiver": a.waiver, "waiver_evidence": list(dossier.waiver_evidence),
                    "parameters": _params(a.params)},
        "history": [{"year": h.year, "tier": _code(h.tier), "waiver": h.waiver} for h in a.history],
        "law": a.rules.law_for(dossier.year).to_dict(),
        "tier": {
            "code": _code(decision.code),
            "label": rules.tier_label(decision.code),
            "before_clock": _code(decision.before_clock),
            "consecutive_watch_list_before": a.consecutive_watch_list,
            "steps": [{"rule": s.rule, "result": s.result, "findings": list(s.findings),
                       "evidence": list(s.evidence)} for s in decision.steps],
        },
        "minimum_standards": _standards(findings, decision, rules),
        "efforts_share": decision.efforts_share,
        "criteria": {r.id: _finding(findings[r.id], r.text, r.source) for r in rules.criteria},
        "conditions": {r.id: _finding(findings[r.id], r.text, r.source) for r in rules.conditions},
        "threep": a.threep,
        "what_would_change": a.what_would_change,
        "sensitivity": a.sensitivity,
        "claims": list(a.claims),
        "legislation": a.legislation,
        "evidence": {e.id: _evidence(e, rules, a.params, dossier) for e in dossier.evidence},
        "warnings": list(a.warnings),
        "waiver": waiver_findings(dossier, a.waiver),
        "contested": sorted(k for k, f in findings.items() if f.contested),
        "not_applicable": dict(dossier.not_applicable),
        "cross_checks": cross_checks(findings, decision, a.legislation, a.threep, rules),
        "data": tables(dossier),
        "tier_factors": rules.raw.get("tier_factors"),
    }


def to_json(result: Assessment | dict) -> str:
    """Canonical JSON: sorted keys, floats rounded to 6 places, UTF-8 text, final newline."""
    data = to_dict(result) if isinstance(result, Assessment) else result
    return json.dumps(_rounded(data), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _standards(findings: dict[str, Finding], decision, rules: Rules) -> dict:
    out = {"fully_met": decision.fully_meets}
    for rule in rules.standards:
        if rule.derived:
            ms4 = next(s for s in decision.steps if s.rule.startswith("MS4"))
            out[rule.id] = {"finding": "met" if decision.ms4_met else "not_met", "derived": True, "reason": ms4.result, "text": rule.text, "source": rule.source,
                            "decided_by": list(ms4.evidence)}
        else:
            out[rule.id] = _finding(findings[rule.id], rule.text, rule.source)
    return out


def _finding(f: Finding, text: str, source: str) -> dict:
    return {
        "finding": f.state,
        "counted_as": f.counted_as,
        "share": f.share,
        "weight_for": f.weight_for,
        "weight_against": f.weight_against,
        "evidence_for": list(f.evidence_for),
        "evidence_against": list(f.evidence_against),
        "decided_by": list(f.decided_by),
        "reason": f.reason,
        "text": text,
        "source": source,
        "strength": f.strength,
        "contested": f.contested,
        "commitments": list(f.commitments),
        "out_of_period": list(f.out_of_period),
        "not_independent": [list(g) for g in f.dependent],
    }


def _evidence(e, rules: Rules, params: Params, dossier: Dossier) -> dict:
    return {
        "kind": e.kind,
        "date": e.when,
        "out_of_period": out_of_period(e, dossier.period),
        "repeats": list(e.repeats),
        "claim": e.claim,
        "value": e.value,
        "unit": e.unit,
        "direction": "supports" if e.supports else "undermines",
        "bears_on": list(e.bears_on),
        "reliability": e.grade,
        "low_reliability": is_low_reliability(e, rules),
        "weight": item_weight(e, rules, params),
        "source": e.source.to_dict(),
        **({"note": e.note} if e.note else {}),
    }


def _params(params: Params) -> dict:
    return {k: getattr(params, k) for k in params.__slots__ if k != "missing"}


def _warnings(dossier: Dossier, history: Sequence[HistoryYear], clock, findings, rules: Rules,
              missing: str) -> list[str]:
    out = []
    if dossier.illustrative:
        out.append("Illustrative file: not real findings.")
    if clock.history_gap:
        out.append(f"The history has no entry for {dossier.year - 1}; the downgrade clock starts at 0.")
    if not history:
        out.append("No --history given; the downgrade clock starts at 0.")
    out.extend(history_warnings(history, rules))
    bare = [r.id for r in (*rules.standards, *rules.criteria) if not r.derived and findings[r.id].state == "unknown"]
    if bare:
        how = "counted as not met" if missing == "not-met" else "left out of the efforts share (C1, C7: not met)"
        out.append(f"No or too little evidence on {', '.join(bare)}: {how}.")
    weak = [k for k, f in findings.items() if f.strength == "weak" and not k.startswith("3P.")]
    if weak:
        out.append(f"Weak evidence (some, but below the floor or not reliable enough) on {', '.join(weak)}.")
    for k, f in findings.items():
        decided = set(f.decided_by)
        if decided and decided <= set(f.out_of_period):
            out.append(f"{k} is decided only by evidence dated outside the reporting period "
                       f"({', '.join(sorted(decided))}); check the dates.")
    contested = [k for k, f in findings.items() if f.contested and not k.startswith("3P.")]
    if contested:
        out.append(f"Contested (real weight on both sides): {', '.join(contested)}.")
    if clock.waiver:
        missing_findings = [n for n in WAIVER_FINDINGS if not dossier.waiver_findings.get(n)]
        if missing_findings:
            out.append(f"The waiver is granted without evidence for: {', '.join(missing_findings)} "
                       "(a waiver rests on a written plan, that would amount to significant efforts, with resources).")
    if clock.efforts_rest_on_commitments:
        out.append("Significant efforts rest on commitments to future steps: Watch List trigger (iii)(III) of the law "
                   "then in force.")
    return out


def _code(code: float) -> float | int:
    return int(code) if float(code).is_integer() else code


def _rounded(value):
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value
