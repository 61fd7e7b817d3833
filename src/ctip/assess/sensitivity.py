"""Sensitivity: how often the tier holds when thresholds and low-reliability weights vary.

The rating is recomputed on an even grid over every threshold's published range (all
combinations), including the evidence floor (`min_weight`) and a one-notch shift of every
grade. Each grid point counts once: the figures are shares of grid points, not probabilities
(`probability` is the same figure under its original, kept name). A grid, not random draws,
keeps the figures exactly reproducible.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import product

from ctip.assess.findings import evaluate
from ctip.assess.model import Dossier, Params, TierDecision
from ctip.assess.rules import Rules
from ctip.assess.tiers import Clock, decide

VARIED = ("finding_met", "min_weight", "full_compliance", "significant_efforts", "low_reliability_weight",
          "grade_shift")


FINDING_PARAMS = ("finding_met", "min_weight", "low_reliability_weight", "grade_shift")  # the rest: tier logic only


def sensitivity(dossier: Dossier, rules: Rules, params: Params, clock: Clock) -> dict:
    grids = {name: rules.thresholds[name].grid() for name in VARIED if name in rules.thresholds}
    counts: Counter = Counter()
    before: Counter = Counter()
    states_cache: dict[tuple, dict[str, str]] = {}
    tier_ids = _tier_ids(rules)
    for values in product(*grids.values()):
        point = dict(zip(grids, values, strict=True))
        trial = replace(params, **point)
        key = tuple(point.get(n) for n in FINDING_PARAMS)
        if key not in states_cache:  # findings depend on 4 of the 6 parameters: evaluate once per combination
            found = evaluate(dossier, rules, trial, ids=tier_ids)
            states_cache[key] = {k: f.counted_as for k, f in found.items()}
        decision = decide(states_cache[key], rules, trial, clock)
        counts[decision.code] += 1
        before[decision.before_clock] += 1
    total = sum(counts.values())
    current = _decide(dossier, rules, params, clock).code
    tiers = [float(t["code"]) for t in rules.raw["tiers"]]
    return {
        "grid_points": total,
        "ranges": {name: list(grid) for name, grid in grids.items()},
        "probability": {rules.tier_label(c): round(counts[c] / total, 6) for c in tiers},
        "share_of_grid_points": {rules.tier_label(c): round(counts[c] / total, 6) for c in tiers},
        "probability_before_clock": {rules.tier_label(c): round(before[c] / total, 6) for c in tiers},
        "holds": round(counts[current] / total, 6),
    }


def _tier_ids(rules: Rules) -> tuple[str, ...]:
    return tuple(r.id for r in (*rules.standards, *rules.criteria, *rules.conditions) if not r.derived)


def _decide(dossier: Dossier, rules: Rules, params: Params, clock: Clock) -> TierDecision:
    findings = evaluate(dossier, rules, params, ids=_tier_ids(rules))
    return decide({k: f.counted_as for k, f in findings.items()}, rules, params, clock)
