"""Legislation check: the country's law against the Palermo Protocol, UNTOC and the MS penalties,
with a cross-walk to the UNODC Model Law, ILO P029 and (for ASEAN members) ACTIP."""

from __future__ import annotations

from ctip.assess.rules import Rules

STATUS = {"yes": "ok", "no": "gap", "unclear": "unclear"}


def legislation_check(law: dict | None, rules: Rules, iso3: str | None = None) -> dict | None:
    """Checklist rows (ok / gap / unclear / not recorded), the gaps, and the instruments cross-walked."""
    if not law:
        return None
    spec = rules.raw["legislation"]
    walk = spec.get("crosswalk", {})
    asean = bool(law.get("asean_member", iso3 in spec.get("asean_members", ())))
    instruments = {k: v for k, v in spec.get("instruments", {}).items() if k != "actip" or asean}

    def refs(item: str) -> dict:
        return {k: v for k, v in walk.get(item, {}).items() if k in instruments}

    rows, gaps = [], []
    for element in ("act", "means", "purpose"):
        entry = law.get(element)
        if entry is None:
            rows.append(_row(element, "not recorded", [], "", [], crosswalk=refs(element)))
            continue
        missing = [x for x in spec[element] if x not in entry["covered"]]
        status = "gap" if missing else "ok"
        rows.append(_row(element, status, missing, entry.get("article", ""), entry.get("evidence", []),
                         crosswalk=refs(element)))
        if missing:
            gaps.append(f"{element}: not covered: {', '.join(missing)}")
    inverted = set(spec.get("inverted_flags", ()))
    for flag, text in spec["flags"].items():
        entry = law.get(flag)
        status = "not recorded"
        if entry:
            status = STATUS[entry["status"]]
            if flag in inverted and status != "unclear":
                status = "gap" if status == "ok" else "ok"
        rows.append(_row(flag, status, [], (entry or {}).get("article", ""), (entry or {}).get("evidence", []), text,
                         refs(flag)))
        if status in ("gap", "unclear"):
            gaps.append(f"{flag}: {status}: {text}")
    rows.append(_penalty_row(law, spec, gaps, refs("max_penalty_years")))
    return {"law": law["law"], "source": law.get("source"), "rows": rows, "gaps": gaps,
            "instruments": instruments, "asean_member": asean,
            "crosswalk_verified": bool(spec.get("crosswalk_verified", False)),
            "min_penalty_years": law.get("min_penalty_years"), "max_penalty_years": law.get("max_penalty_years")}


def _penalty_row(law: dict, spec: dict, gaps: list[str], crosswalk: dict) -> dict:
    floor = spec["min_max_penalty_years"]
    years = law.get("max_penalty_years")
    evidence = law.get("penalty_evidence", [])
    minimum = law.get("min_penalty_years")
    low = f"; minimum {minimum:g} years" if minimum is not None else ""
    if years is None:
        return _row("max_penalty_years", "not recorded", [], low.lstrip("; "), evidence, crosswalk=crosswalk)
    ok = years >= floor
    if not ok:
        gaps.append(f"max_penalty_years: {years:g} < {floor} years (UNTOC serious crime, MS3)")
    return _row("max_penalty_years", "ok" if ok else "gap", [], f"{years:g} years (needs >= {floor}){low}", evidence,
                crosswalk=crosswalk)


def _row(item: str, status: str, missing: list[str], detail: str, evidence: list[str], text: str = "",
         crosswalk: dict | None = None) -> dict:
    return {"item": item, "status": status, "missing": missing, "detail": detail, "evidence": list(evidence),
            "text": text, "crosswalk": crosswalk or {}}
