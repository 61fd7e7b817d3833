"""The tier logic: findings -> Tier 1, 2, 2 Watch List (2.5) or 3, with the downgrade clock.

    1. State-sponsored trafficking (SSP holds)                    -> Tier 3
    2. MS1-MS3 met and MS4 met (efforts share >= full_compliance
       and every core criterion met)                              -> Tier 1 (fully meets)
    3. efforts share >= significant_efforts                       -> Tier 2, or the Watch List when
       TWL-A holds or the trigger-(b) criterion (C11) is not met
    4. otherwise                                                  -> Tier 3
    5. Watch List after `max_consecutive_watch_list` Watch List years -> Tier 3 unless a waiver is
       granted and fewer than `waiver_max_years` waivers were used in this run of Watch List years,
       under the law version in force for the report year (`Rules.law_for`): no Watch List before
       2004, no automatic downgrade before 2009, two waiver years before 2019 and one from 2019, and
       at most one Watch List year after a waiver followed by Tier 3 (7107(b)(2)(F)).

The efforts share is the weighted share of C1-C12 met among those counted; criteria that are
unknown (only with --missing unknown) are left out of it, but an unknown core criterion or
standard still blocks Tier 1, which needs positive evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ctip.assess.model import MET, NOT_MET, HistoryYear, Params, Step, TierDecision
from ctip.assess.rules import LawVersion, Rules

WATCH_LIST = 2.5


@dataclass(frozen=True, slots=True)
class Clock:
    """Where the country stands on the automatic-downgrade clock for the year assessed."""

    consecutive_watch_list: int  # Watch List years immediately before the year assessed that count (law in force)
    waiver: bool  # a waiver is granted for the year assessed (an explicit input)
    history_gap: bool = False  # the previous year is missing from the history
    law: LawVersion | None = None  # None: the rules' `downgrade` section (the latest law)
    waivers_used: int = 0  # waiver years flagged in the history within this run of Watch List years
    after_waiver_and_tier_3: bool = False  # this run follows Watch List years with a waiver, then Tier 3
    uncounted_watch_list: int = 0  # consecutive Watch List years before the law counted them
    efforts_rest_on_commitments: bool = False  # significant efforts only when commitments count as actions


def clock_from_history(history: Sequence[HistoryYear], year: int, waiver: bool,
                       law: LawVersion | None = None) -> Clock:
    tiers = {h.year: h.tier for h in history}
    waived = {h.year for h in history if h.waiver}
    run, y = [], year - 1
    while tiers.get(y) == WATCH_LIST:
        run.append(y)
        y -= 1
    start = law.counts_from_report_year if law is not None else 0
    counted = [r for r in run if r >= start]
    z = y  # the year before the run: walk back over Tier 3 years to the run that preceded them
    while tiers.get(z) == 3.0:
        z -= 1
    after = z != y and tiers.get(z) == WATCH_LIST and _run_had_waiver(tiers, waived, z)
    return Clock(len(counted), waiver, history_gap=bool(history) and (year - 1) not in tiers, law=law,
                 waivers_used=len(waived & set(counted)), after_waiver_and_tier_3=after,
                 uncounted_watch_list=len(run) - len(counted))


def _run_had_waiver(tiers: Mapping[int, float], waived: set[int], last: int) -> bool:
    y = last
    while tiers.get(y) == WATCH_LIST:
        if y in waived:
            return True
        y -= 1
    return False


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
    if share < params.significant_efforts and not clock.efforts_rest_on_commitments:
        result = f"efforts share {share:.2f} < {params.significant_efforts:.2f}: Tier 3"
        steps.append(step("significant efforts", result, criteria))
        return TierDecision(3.0, 3.0, False, share, ms4, tuple(steps))
    if share < params.significant_efforts:  # only under a law with the commitments trigger (2004-2018 reports)
        steps.append(step("significant efforts", f"efforts share {share:.2f} < {params.significant_efforts:.2f} "
                          "without commitments, reached with them: Tier 2 on commitments", criteria))
        steps.append(step("watch list triggers", "commitments to future steps (7107(b)(2)(A)(iii)(III) as then "
                          "in force): Tier 2 Watch List", []))
        final, note = apply_clock(rules, clock)
        steps.append(step("downgrade clock", note, []))
        return TierDecision(final, WATCH_LIST, False, share, ms4, tuple(steps))
    result = f"efforts share {share:.2f} >= {params.significant_efforts:.2f}: Tier 2"
    steps.append(step("significant efforts", result, criteria))
    trigger_b = rules.raw["watch_list"]["trigger_b_criterion"]
    # "Failure to provide evidence of increasing efforts": missing evidence on C11 triggers it as well.
    triggers = [i for i, hit in (("TWL-A", states["TWL-A"] == MET), (trigger_b, states[trigger_b] != MET)) if hit]
    if not triggers:
        steps.append(step("watch list triggers", "none: Tier 2", ["TWL-A", trigger_b]))
        return TierDecision(2.0, 2.0, False, share, ms4, tuple(steps))
    if clock.law is not None and not clock.law.watch_list:
        steps.append(step("watch list triggers", f"{', '.join(triggers)}, but no Watch List under {clock.law.act} "
                          f"(law as of {clock.law.law_as_of}): Tier 2", triggers))
        return TierDecision(2.0, 2.0, False, share, ms4, tuple(steps))
    steps.append(step("watch list triggers", f"{', '.join(triggers)}: Tier 2 Watch List", triggers))
    final, note = apply_clock(rules, clock)
    steps.append(step("downgrade clock", note, []))
    return TierDecision(final, WATCH_LIST, False, share, ms4, tuple(steps))


def apply_clock(rules: Rules, clock: Clock) -> tuple[float, str]:
    """Tier for a country that the evidence puts on the Watch List, given its clock and the law in force."""
    law = clock.law
    if law is not None and not law.downgrade:
        return WATCH_LIST, f"no automatic downgrade under {law.act} (law as of {law.law_as_of}): stays"
    if law is not None:
        limit, max_waivers, post = law.max_consecutive_watch_list, law.waiver_max_years, law.post_waiver_watch_list_max
    else:
        down = rules.raw["downgrade"]
        limit, max_waivers = int(down["max_consecutive_watch_list"]), int(down["waiver_max_years"])
        post = down.get("post_waiver_watch_list_max")
    years = clock.consecutive_watch_list
    not_counted = (f"; {clock.uncounted_watch_list} earlier Watch List year(s) do not count under this law"
                   if clock.uncounted_watch_list else "")
    if post is not None and clock.after_waiver_and_tier_3 and years >= post:
        return 3.0, (f"{years} Watch List year(s) already after a waiver and Tier 3; at most {post} allowed "
                     "(22 U.S.C. 7107(b)(2)(F)): Tier 3")
    if years < limit:
        return WATCH_LIST, f"{years} consecutive Watch List year(s) before this one (limit {limit}){not_counted}: stays"
    used = max(clock.waivers_used, years - limit)  # every Watch List year past the limit needed a waiver
    if clock.waiver and used < max_waivers:
        return WATCH_LIST, (f"{years} consecutive Watch List years; waiver {used + 1} of {max_waivers} "
                            f"granted: stays")
    why = f"waivers exhausted ({used} of {max_waivers} used)" if used >= max_waivers else "no waiver granted"
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
