"""What would change the rating: the smallest sets of findings whose change moves the tier.

Every standard, criterion and condition may flip to the other known state (met <-> not met; a
missing one to either). Sets are tried by size, so the sets reported for a direction all have
the smallest size that moves the tier that way; none contains a smaller set that does.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations, product

from ctip.assess.model import MET, NOT_MET, Params
from ctip.assess.rules import Rules
from ctip.assess.tiers import Clock, decide

MAX_SET_SIZE = 3
MAX_LISTED = 12


def flippable(rules: Rules) -> tuple[str, ...]:
    return tuple(r.id for r in (*rules.standards, *rules.criteria, *rules.conditions) if not r.derived)


def what_would_change(states: Mapping[str, str], rules: Rules, params: Params, clock: Clock) -> dict:
    current = decide(states, rules, params, clock).code
    return {
        "up": _search(states, rules, params, clock, current, better=True),
        "down": _search(states, rules, params, clock, current, better=False),
        "max_set_size": MAX_SET_SIZE,
    }


def _search(states, rules: Rules, params: Params, clock: Clock, current: float, *, better: bool) -> dict:
    ids = flippable(rules)
    for size in range(1, MAX_SET_SIZE + 1):
        found = []
        for subset in combinations(ids, size):
            options = [[s for s in (MET, NOT_MET) if s != states[i]] for i in subset]
            for targets in product(*options):
                trial = dict(states)
                trial.update(zip(subset, targets, strict=True))
                code = decide(trial, rules, params, clock).code
                if (code < current) if better else (code > current):
                    found.append((subset, targets, code))
        if found:
            found.sort(key=lambda f: f[2] if better else -f[2])  # stable: keeps the rules order
            return {
                "set_size": size,
                "n_sets": len(found),
                "sets": [_describe(s, t, c, states, rules) for s, t, c in found[:MAX_LISTED]],
            }
    return {"set_size": None, "n_sets": 0, "sets": []}


def _describe(subset, targets, code: float, states, rules: Rules) -> dict:
    return {
        "changes": [{"finding": i, "from": states[i], "to": t} for i, t in zip(subset, targets, strict=True)],
        "tier": code,
        "tier_label": rules.tier_label(code),
    }
