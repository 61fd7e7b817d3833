"""Sensitivity: how often the tier holds when thresholds and low-reliability weights vary.

The rating is recomputed on an even grid over every threshold's published range (all
combinations). Each grid point counts once, so the shares are probabilities under a uniform
prior over the ranges; a grid, not random draws, keeps the figures exactly reproducible.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import product

from ctip.assess.findings import evaluate
from ctip.assess.model import Dossier, Params, TierDecision
from ctip.assess.rules import Rules
from ctip.assess.tiers import Clock, decide

VARIED = ("finding_met", "full_compliance", "significant_efforts", "low_reliability_weight")


def sensitivity(dossier: Dossier, rules: Rules, params: Params, clock: Clock) -> dict:
    grids = {name: rules.thresholds[name].grid() for name in VARIED}
    counts: Counter = Counter()
    before: Counter = Counter()
    for values in product(*grids.values()):
        trial = replace(params, **dict(zip(grids, values, strict=True)))
        decision = _decide(dossier, rules, trial, clock)
        counts[decision.code] += 1
        before[decision.before_clock] += 1
    total = sum(counts.values())
    current = _decide(dossier, rules, params, clock).code
    tiers = [float(t["code"]) for t in rules.raw["tiers"]]
    return {
        "grid_points": total,
        "ranges": {name: list(grid) for name, grid in grids.items()},
        "probability": {rules.tier_label(c): round(counts[c] / total, 6) for c in tiers},
        "probability_before_clock": {rules.tier_label(c): round(before[c] / total, 6) for c in tiers},
        "holds": round(counts[current] / total, 6),
    }


def _decide(dossier: Dossier, rules: Rules, params: Params, clock: Clock) -> TierDecision:
    findings = evaluate(dossier, rules, params)
    return decide({k: f.counted_as for k, f in findings.items()}, rules, params, clock)
