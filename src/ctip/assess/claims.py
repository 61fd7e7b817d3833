"""Claims register: each public claim's status and verdict from the evidence linked to it.

The verdict is on a stated scale (accurate / missing context / misleading / false / unverifiable),
from the reliability-weighted share of the linked evidence that supports the claim. Linked items
that do not bear on the claim's criterion are listed as not relevant and left out. The claim's
date is checked against the reporting period; a right of reply, the same claim in earlier years,
and last year's recommendations (done / partly / not) are carried through.
"""

from __future__ import annotations

from collections.abc import Mapping

from ctip.assess.findings import _side_weight, _source_groups, item_weight, out_of_period
from ctip.assess.model import Dossier, Evidence, Finding, Params, Source
from ctip.assess.rules import Rules

SUPPORTED, CONTRADICTED, DISPUTED, UNVERIFIED = "supported", "contradicted", "disputed", "unverified"
EXPECTED_RECOMMENDATION = {"accurate": "done", "missing context": "partly", "misleading": "partly", "false": "not"}


def claim_status(supported_by: tuple[str, ...], contradicted_by: tuple[str, ...]) -> str:
    if supported_by and contradicted_by:
        return DISPUTED  # evidence both ways: show both, decide nothing
    if supported_by:
        return SUPPORTED
    if contradicted_by:
        return CONTRADICTED
    return UNVERIFIED


def verdict(share: float | None, total: float, rules: Rules, params: Params) -> str:
    scale = rules.raw.get("claims", {"accurate": 0.8, "missing_context": 0.6, "misleading": 0.2})
    if share is None or total < params.min_weight:
        return "unverifiable"
    if share >= scale["accurate"]:
        return "accurate"
    if share >= scale["missing_context"]:
        return "missing context"
    if share >= scale["misleading"]:
        return "misleading"
    return "false"


def claims_register(dossier: Dossier, findings: Mapping[str, Finding], rules: Rules | None = None,
                    params: Params | None = None) -> list[dict]:
    """Every claim with its status, verdict and the findings it bears on (through its linked evidence)."""
    items = dossier.by_id()
    groups = _source_groups(dossier.evidence)
    out = []
    for claim in dossier.claims:
        linked = (*claim.supported_by, *claim.contradicted_by)
        bears = sorted({t for e in linked for t in items[e].bears_on if not t.startswith("3P.")})
        deciding = sorted(f for f in bears if f in findings and set(linked) & set(findings[f].decided_by))
        row = {
            "id": claim.id,
            "text": claim.text,
            "by": claim.by,
            "source": claim.source.to_dict(),
            "status": claim_status(claim.supported_by, claim.contradicted_by),
            "supported_by": list(claim.supported_by),
            "contradicted_by": list(claim.contradicted_by),
            "bears_on": bears,
            "bears_on_rating": bool(bears),
            "decides": deciding,
            **({"note": claim.note} if claim.note else {}),
        }
        if rules is not None and params is not None:
            row.update(_verdict_fields(claim, items, groups, dossier, rules, params))
        out.append(row)
    return out


def _verdict_fields(claim, items: Mapping[str, Evidence], groups, dossier: Dossier, rules: Rules,
                    params: Params) -> dict:
    def relevant(i: str) -> bool:
        return claim.criterion is None or claim.criterion in items[i].bears_on

    linked = (*claim.supported_by, *claim.contradicted_by)
    weights = {i: item_weight(items[i], rules, params) for i in linked}
    pro = [i for i in claim.supported_by if relevant(i) and items[i].kind != "commitment"]
    con = [i for i in claim.contradicted_by if relevant(i) and items[i].kind != "commitment"]
    w_for, w_against = _side_weight(pro, weights, groups), _side_weight(con, weights, groups)
    total = w_for + w_against
    share = round(w_for / total, 6) if total else None
    said = Source(title="", date=claim.date or claim.source.date)
    probe = Evidence(claim.id, claim.text, said, "A", 1, (), True)
    fields = {
        "verdict": verdict(share, total, rules, params),
        "verdict_scale": list(rules.raw.get("claims", {}).get("scale", [])),
        "support_share": share,
        "weight_for": round(w_for, 6),
        "weight_against": round(w_against, 6),
        "criterion": claim.criterion,
        "not_relevant": sorted(i for i in linked if not relevant(i)),
        "date": said.date,
        "in_period": not out_of_period(probe, dossier.period) if dossier.period else None,
        "reply": dict(claim.reply) if claim.reply else None,
        "same_as": claim.same_as,
    }
    if claim.recommendation:
        expected = EXPECTED_RECOMMENDATION.get(fields["verdict"])
        fields["recommendation"] = {**dict(claim.recommendation), "evidence_suggests": expected,
                                    "agrees": expected is None or expected == claim.recommendation["status"]}
    return fields
