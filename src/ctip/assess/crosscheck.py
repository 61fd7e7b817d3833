"""Cross-checks between parts of a rating that should agree: the law and MS1-MS3, the 3P scores and the tier.

Each check returns a short sentence saying what disagrees and why it matters; nothing here changes the
tier, it tells the reader where to look.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from ctip.assess.model import MET, Finding, TierDecision
from ctip.assess.rules import Rules

__all__ = ["cross_checks", "published_tiers_for_total"]


def cross_checks(findings: Mapping[str, Finding], decision: TierDecision, legislation: dict | None,
                 threep: dict, rules: Rules) -> list[dict]:
    out = _law_checks(findings, legislation)
    out.extend(_threep_checks(decision, threep, rules))
    return out


def _law_checks(findings: Mapping[str, Finding], law: dict | None) -> list[dict]:
    if not law:
        return []
    rows = {r["item"]: r for r in law["rows"]}
    out = []
    met = {k for k in ("MS1", "MS2", "MS3") if findings[k].state == MET}
    years = law.get("max_penalty_years")
    floor = 4
    if years is not None and years < floor:
        for ms in sorted(met & {"MS2", "MS3"}):
            out.append(_w("law-" + ms.lower(), f"{ms} is met on the evidence, but the law's maximum penalty is "
                          f"{years:g} years (< {floor}): a penalty that low cannot be 'stringent enough to deter'; "
                          "check the evidence tagged to " + ms + "."))
    if rows.get("fines_only_alternative", {}).get("status") == "gap":
        for ms in sorted(met & {"MS2", "MS3"}):
            out.append(_w("law-fines-" + ms.lower(), f"{ms} is met on the evidence, but the law allows a fine instead "
                          "of prison: check the evidence tagged to " + ms + "."))
    if rows.get("sex_trafficking_on_par_with_rape", {}).get("status") == "gap" and "MS2" in met:
        out.append(_w("law-ms2-rape", "MS2 is met on the evidence, but the legislation check records sex "
                      "trafficking penalties below those for rape."))
    uncovered = [r["item"] for r in law["rows"] if r["item"] in ("act", "means", "purpose") and r["status"] == "gap"]
    if uncovered and "MS1" in met:
        out.append(_w("law-ms1", f"MS1 is met on the evidence, but the law does not cover every element of the "
                      f"definition ({', '.join(uncovered)}): MS1 requires prohibiting severe forms of trafficking."))
    return out


def _threep_checks(decision: TierDecision, threep: dict, rules: Rules) -> list[dict]:
    total = int(threep["total"])
    counts = published_tiers_for_total(total)
    if not counts:
        return []
    n = sum(counts.values())
    modal = max(counts, key=lambda c: (counts[c], -c))
    code = decision.code
    label = rules.tier_label(code)
    share_same = counts.get(code, 0) / n
    text = (f"3P total {total}: of {n} published country-years with this total, {counts.get(code, 0)} "
            f"({share_same:.0%}) got {label}; the most common was {rules.tier_label(modal)}.")
    if abs(code - modal) >= 1:
        why = next((s for s in reversed(decision.steps) if s.rule != "MS4 serious and sustained efforts"), None)
        reason = f" The rating differs because of the step '{why.rule}': {why.result}." if why else ""
        return [{"id": "threep-tier", "kind": "warning", "text": text + reason}]
    return [{"id": "threep-tier", "kind": "note", "text": text}]


@cache
def published_tiers_for_total(total: int) -> dict[float, int]:
    """Tier counts of published country-years with this 3P total (shipped 3P index, same-year alignment)."""
    from ctip.assess.consistency import load_policy_index

    counts: dict[float, int] = {}
    for r in load_policy_index():
        if r.total == total:
            counts[r.tier] = counts.get(r.tier, 0) + 1
    return counts


def _w(check_id: str, text: str) -> dict:
    return {"id": check_id, "kind": "warning", "text": text}
