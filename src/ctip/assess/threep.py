"""3P scores (prosecution, protection, prevention; 1-5 each, total 3-15) from component findings."""

from __future__ import annotations

import math
from collections.abc import Mapping

from ctip.assess.model import MET, NOT_APPLICABLE, Finding
from ctip.assess.rules import Rules


def band(points: float, total: float) -> int:
    """1 + round(4 x points / total), halves rounded up (Python's round() rounds halves to even)."""
    return 1 + math.floor(4 * points / total + 0.5) if total else 1


def threep_scores(findings: Mapping[str, Finding], rules: Rules) -> dict:
    dims = {}
    for dim, comps in rules.threep().items():
        rows = {}
        met_points = all_points = 0.0
        for comp, spec in comps.items():
            finding = findings[f"3P.{dim}.{comp}"]
            points = float(spec["points"])
            if finding.state == NOT_APPLICABLE:  # left out of the points, not counted against the country
                rows[comp] = {"finding": finding.state, "points": 0.0, "evidence": []}
                continue
            all_points += points
            met_points += points if finding.state == MET else 0.0
            rows[comp] = {"finding": finding.state, "points": points, "evidence": list(finding.decided_by)}
        dims[dim] = {"score": band(met_points, all_points), "met_points": met_points, "points": all_points,
                     "components": rows}
    return {"dimensions": dims, "total": sum(d["score"] for d in dims.values()),
            "basis": rules.raw["threep"]["basis"]}
