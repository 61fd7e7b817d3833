"""The tier logic: findings -> Tier 1, 2, 2 Watch List (2.5) or 3, with the downgrade clock.

    1. State-sponsored trafficking (SSP holds)                    -> Tier 3
    2. MS1-MS3 met and MS4 met (efforts share >= full_compliance
       and every core criterion met)                              -> Tier 1 (fully meets)
    3. efforts share >= significant_efforts                       -> Tier 2, or the Watch List when
       TWL-A holds or the trigger-(b) criterion (C11) is not met
    4. otherwise                                                  -> Tier 3
    5. Watch List after `max_consecutive_watch_list` Watch List years -> Tier 3 unless a waiver is
       granted and fewer than `waiver_max_years` waivers were used in this run of Watch List years.

The efforts share is the weighted share of C1-C12 met among those counted; criteria that are
unknown (only with --missing unknown) are left out of it, but an unknown core criterion or
standard still blocks Tier 1, which needs positive evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ctip.assess.model import MET, NOT_MET, HistoryYear, Params, Step, TierDecision
from ctip.assess.rules import Rules

WATCH_LIST = 2.5


@dataclass(frozen=True, slots=True)
class Clock:
    """Where the country stands on the automatic-downgrade clock for the year assessed."""

    consecutive_watch_list: int  # Watch List years immediately before the year assessed
    waiver: bool  # a waiver is granted for the year assessed (an explicit input)
    history_gap: bool = False  # the previous year is missing from the history


def clock_from_history(history: Sequence[HistoryYear], year: int, waiver: bool) -> Clock:
    tiers = {h.year: h.tier for h in history}
    count, y = 0, year - 1
    while tiers.get(y) == WATCH_LIST:
        count, y = count + 1, y - 1
    return Clock(count, waiver, history_gap=bool(history) and (year - 1) not in tiers)


def efforts_share(states: Mapping[str, str], rules: Rules) -> float:
    met = counted = 0.0
    for rule in rules.criteria:
        state = states[rule.id]
        if state in (MET, NOT_MET):
            counted += rule.weight
            met += rule.weight if state == MET else 0.0
    return round(met / counted, 6) if counted else 0.0


def decide(
    states: Mapping[str, str],
    rules: Rules,
    params: Params,
    clock: Clock,
    evidence: Mapping[str, tuple[str, ...]] | None = None,
) -> TierDecision:
    """Tier from counted finding states (met / not_met / unknown) under `params` and `clock`."""
    evidence = evidence or {}

    def step(rule: str, result: str, ids: Sequence[str]) -> Step:
        refs = sorted({e for i in ids for e in evidence.get(i, ())})
        return Step(rule, result, tuple(ids), tuple(refs))

    share = efforts_share(states, rules)
    criteria = [r.id for r in rules.criteria]
    steps: list[Step] = []
    fully = _fully_meets(states, rules, params, share)
    ms4 = fully["MS4"]
    steps.append(_ms4_step(step, share, rules, params, ms4, criteria))
    if states["SSP"] == MET:
        steps.append(step("state-sponsored trafficking", "Tier 3", ["SSP"]))
        return TierDecision(3.0, 3.0, False, share, ms4, tuple(steps))
    standards = [r.id for r in rules.standards if not r.derived]
    if all(fully.values()):
        steps.append(step("all minimum standards met", "Tier 1", [*standards, "MS4"]))
        return TierDecision(1.0, 1.0, True, share, ms4, tuple(steps))
    unmet = [s for s in [*standards, "MS4"] if not fully[s]]
    steps.append(step("minimum standards not fully met", ", ".join(unmet), [s for s in unmet if s != "MS4"]))
    if share < params.significant_efforts:
        result = f"efforts share {share:.2f} < {params.significant_efforts:.2f}: Tier 3"
        steps.append(step("significant efforts", result, criteria))
        return TierDecision(3.0, 3.0, False, share, ms4, tuple(steps))
    result = f"efforts share {share:.2f} >= {params.significant_efforts:.2f}: Tier 2"
    steps.append(step("significant efforts", result, criteria))
    trigger_b = rules.raw["watch_list"]["trigger_b_criterion"]
    triggers = [i for i, hit in (("TWL-A", states["TWL-A"] == MET), (trigger_b, states[trigger_b] == NOT_MET)) if hit]
    if not triggers:
        steps.append(step("watch list triggers", "none: Tier 2", ["TWL-A", trigger_b]))
        return TierDecision(2.0, 2.0, False, share, ms4, tuple(steps))
    steps.append(step("watch list triggers", f"{', '.join(triggers)}: Tier 2 Watch List", triggers))
    final, note = apply_clock(rules, clock)
    steps.append(step("downgrade clock", note, []))
    return TierDecision(final, WATCH_LIST, False, share, ms4, tuple(steps))


def apply_clock(rules: Rules, clock: Clock) -> tuple[float, str]:
    """Tier for a country that the evidence puts on the Watch List, given its clock."""
    limit = int(rules.raw["downgrade"]["max_consecutive_watch_list"])
    max_waivers = int(rules.raw["downgrade"]["waiver_max_years"])
    years = clock.consecutive_watch_list
    if years < limit:
        return WATCH_LIST, f"{years} consecutive Watch List year(s) before this one (limit {limit}): stays"
    used = years - limit  # every Watch List year past the limit needed a waiver
    if clock.waiver and used < max_waivers:
        return WATCH_LIST, f"{years} consecutive Watch List years; waiver {used + 1} of {max_waivers} granted: stays"
    why = "no waiver granted" if not clock.waiver else f"waivers exhausted ({used} of {max_waivers} used)"
    return 3.0, f"{years} consecutive Watch List years, {why}: automatic downgrade to Tier 3"


def _fully_meets(states: Mapping[str, str], rules: Rules, params: Params, share: float) -> dict[str, bool]:
    result = {r.id: states[r.id] == MET for r in rules.standards if not r.derived}
    core_met = all(states[r.id] == MET for r in rules.criteria if r.core)
    result["MS4"] = core_met and share >= params.full_compliance
    return result


def _ms4_step(step, share: float, rules: Rules, params: Params, met: bool, criteria: list[str]) -> Step:
    core = ", ".join(r.id for r in rules.criteria if r.core)
    verdict = "met" if met else "not met"
    return step(
        "MS4 serious and sustained efforts",
        f"{verdict} (efforts share {share:.2f}, needs >= {params.full_compliance:.2f} and core {core} met)",
        criteria,
    )
