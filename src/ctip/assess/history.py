"""Read a tier-history file (YAML): earlier report years, their tiers and waivers."""

from __future__ import annotations

from pathlib import Path

from ctip.assess.evidence import read_text
from ctip.assess.model import HistoryYear
from ctip.assess.rules import Rules
from ctip.assess.yamlmarks import line_of, load_with_lines
from ctip.errors import RuleError

EXAMPLE = "history:\n  - {year: 2020, tier: 2WL}\n  - {year: 2021, tier: 2WL, waiver: true}"


def load_history(path: Path, rules: Rules) -> tuple[HistoryYear, ...]:
    text, _ = read_text(path)
    file = str(path)
    data, lines = load_with_lines(text, file)
    if not isinstance(data, dict) or not isinstance(data.get("history"), list):
        raise RuleError(file, 1, "a history file needs a `history:` list.", f"Example:\n{EXAMPLE}")
    years: dict[int, HistoryYear] = {}
    for i, row in enumerate(data["history"]):
        line = line_of(lines, ("history", i))
        if not isinstance(row, dict) or not isinstance(row.get("year"), int) or "tier" not in row:
            raise RuleError(file, line, "each entry needs an integer year and a tier.", f"Example:\n{EXAMPLE}")
        try:
            tier = rules.tier_code(row["tier"])
        except ValueError as exc:
            raise RuleError(file, line, str(exc)) from None
        if row["year"] in years:
            raise RuleError(file, line, f"year {row['year']} is listed twice.")
        years[row["year"]] = HistoryYear(row["year"], tier, bool(row.get("waiver", False)))
    return tuple(years[y] for y in sorted(years))
