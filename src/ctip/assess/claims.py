"""Claims register: each public claim's status from the evidence linked to it."""

from __future__ import annotations

from collections.abc import Mapping

from ctip.assess.model import Dossier, Finding

SUPPORTED, CONTRADICTED, DISPUTED, UNVERIFIED = "supported", "contradicted", "disputed", "unverified"


def claim_status(supported_by: tuple[str, ...], contradicted_by: tuple[str, ...]) -> str:
    if supported_by and contradicted_by:
        return DISPUTED  # evidence both ways: show both, decide nothing
    if supported_by:
        return SUPPORTED
    if contradicted_by:
        return CONTRADICTED
    return UNVERIFIED


def claims_register(dossier: Dossier, findings: Mapping[str, Finding]) -> list[dict]:
    """Every claim with its status and the findings it bears on (through its linked evidence)."""
    items = dossier.by_id()
    out = []
    for claim in dossier.claims:
        linked = (*claim.supported_by, *claim.contradicted_by)
        bears = sorted({t for e in linked for t in items[e].bears_on if not t.startswith("3P.")})
        deciding = sorted(f for f in bears if f in findings and set(linked) & set(findings[f].decided_by))
        out.append({
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
        })
    return out
