"""Legislation check: the country's law against the Palermo Protocol definition and MS penalties."""

from __future__ import annotations

from ctip.assess.rules import Rules


def legislation_check(law: dict | None, rules: Rules) -> dict | None:
    """Checklist rows (ok / gap / unclear / not recorded) and the list of gaps."""
    if not law:
        return None
    spec = rules.raw["legislation"]
    rows, gaps = [], []
    for element in ("act", "means", "purpose"):
        entry = law.get(element)
        if entry is None:
            rows.append(_row(element, "not recorded", [], "", []))
            continue
        missing = [x for x in spec[element] if x not in entry["covered"]]
        status = "gap" if missing else "ok"
        rows.append(_row(element, status, missing, entry.get("article", ""), entry.get("evidence", [])))
        if missing:
            gaps.append(f"{element}: not covered: {', '.join(missing)}")
    for flag, text in spec["flags"].items():
        entry = law.get(flag)
        status = {"yes": "ok", "no": "gap", "unclear": "unclear"}[entry["status"]] if entry else "not recorded"
        rows.append(_row(flag, status, [], (entry or {}).get("article", ""), (entry or {}).get("evidence", []), text))
        if status in ("gap", "unclear"):
            gaps.append(f"{flag}: {status}: {text}")
    rows.append(_penalty_row(law, spec, gaps))
    return {"law": law["law"], "source": law.get("source"), "rows": rows, "gaps": gaps}


def _penalty_row(law: dict, spec: dict, gaps: list[str]) -> dict:
    floor = spec["min_max_penalty_years"]
    years = law.get("max_penalty_years")
    evidence = law.get("penalty_evidence", [])
    if years is None:
        return _row("max_penalty_years", "not recorded", [], "", evidence)
    ok = years >= floor
    if not ok:
        gaps.append(f"max_penalty_years: {years:g} < {floor} years (UNTOC serious crime, MS3)")
    return _row("max_penalty_years", "ok" if ok else "gap", [], f"{years:g} years (needs >= {floor})", evidence)


def _row(item: str, status: str, missing: list[str], detail: str, evidence: list[str], text: str = "") -> dict:
    return {"item": item, "status": status, "missing": missing, "detail": detail, "evidence": list(evidence),
            "text": text}
