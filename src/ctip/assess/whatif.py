"""What would change the rating: the smallest sets of findings whose change moves the tier.

Every standard, criterion and condition may flip to the other known state (met <-> not met; a
missing one to either). The tier only gets better as standards and criteria become met and
conditions stop holding (and worse the other way), so a smallest set never contains a flip the
other way: the search tries only flips in the direction sought. It first checks that flipping
every candidate moves the tier at all; if so it tries sets by size until it finds the smallest,
however large; if not it says no change of findings can move the tier that way. Sets reported for
a direction all have the smallest size; none contains a smaller set that does.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from ctip.assess.model import MET, NOT_APPLICABLE, NOT_MET, Params
from ctip.assess.rules import Rules
from ctip.assess.tiers import Clock, decide

MAX_LISTED = 12


def flippable(rules: Rules, states: Mapping[str, str] | None = None) -> tuple[str, ...]:
    ids = tuple(r.id for r in (*rules.standards, *rules.criteria, *rules.conditions) if not r.derived)
    return ids if states is None else tuple(i for i in ids if states.get(i) != NOT_APPLICABLE)


def what_would_change(states: Mapping[str, str], rules: Rules, params: Params, clock: Clock) -> dict:
    current = decide(states, rules, params, clock).code
    return {
        "up": _search(states, rules, params, clock, current, better=True),
        "down": _search(states, rules, params, clock, current, better=False),
        "max_set_size": len(flippable(rules, states)),
    }


def _target(rules: Rules, fid: str, better: bool) -> str:
    condition = any(r.id == fid for r in rules.conditions)  # met = the condition holds = worse
    return (NOT_MET if condition else MET) if better else (MET if condition else NOT_MET)


def _search(states, rules: Rules, params: Params, clock: Clock, current: float, *, better: bool) -> dict:
    targets = {i: _target(rules, i, better) for i in flippable(rules, states)}
    candidates = [i for i, t in targets.items() if states[i] != t]

    def moved(subset) -> float | None:
        code = decide({**states, **{i: targets[i] for i in subset}}, rules, params, clock).code
        return code if ((code < current) if better else (code > current)) else None

    if not candidates or moved(candidates) is None:
        return {"set_size": None, "n_sets": 0, "sets": [], "reachable": False}
    for size in range(1, len(candidates) + 1):
        found = [(s, c) for s in combinations(candidates, size) if (c := moved(s)) is not None]
        if found:
            found.sort(key=lambda f: f[1] if better else -f[1])  # stable: keeps the rules order
            return {
                "set_size": size,
                "n_sets": len(found),
                "sets": [_describe(s, targets, c, states, rules) for s, c in found[:MAX_LISTED]],
                "reachable": True,
            }
    raise AssertionError("flipping every candidate moved the tier, so some set must")  # pragma: no cover


def _describe(subset, targets, code: float, states, rules: Rules) -> dict:
    return {
        "changes": [{"finding": i, "from": states[i], "to": targets[i]} for i in subset],
        "tier": code,
        "tier_label": rules.tier_label(code),
    }
