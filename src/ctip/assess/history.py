"""Read a tier-history file (YAML): earlier report years, their tiers and waivers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ctip.assess.evidence import Problem, problems_error, read_text
from ctip.assess.model import HistoryYear
from ctip.assess.rules import Rules
from ctip.assess.yamlmarks import line_of, load_with_lines
from ctip.errors import RuleError

EXAMPLE = "history:\n  - {year: 2020, tier: 2WL}\n  - {year: 2021, tier: 2WL, waiver: true}"


def load_history(path: Path, rules: Rules, year: int | None = None) -> tuple[HistoryYear, ...]:
    """Earlier report years from a history file; with `year`, entries for that year or later are refused.

    Every problem in the file is found in one pass; RuleError names the first, the hint lists them all.
    """
    text, _ = read_text(path)
    file = str(path)
    data, lines = load_with_lines(text, file)
    if not isinstance(data, dict) or not isinstance(data.get("history"), list):
        raise RuleError(file, 1, "a history file needs a `history:` list.", f"Example:\n{EXAMPLE}")
    years: dict[int, HistoryYear] = {}
    problems: list[Problem] = []
    for i, row in enumerate(data["history"]):
        line = line_of(lines, ("history", i))
        if not isinstance(row, dict) or not isinstance(row.get("year"), int) or "tier" not in row:
            problems.append(Problem(file, line, "each entry needs an integer year and a tier "
                                    "(e.g. {year: 2021, tier: 2WL, waiver: true})."))
            continue
        try:
            tier = rules.tier_code(row["tier"])
        except ValueError as exc:
            problems.append(Problem(file, line, str(exc)))
            continue
        if not isinstance(row.get("waiver", False), bool):
            problems.append(Problem(file, line, "waiver must be true or false."))
        if row["year"] in years:
            problems.append(Problem(file, line, f"year {row['year']} is listed twice."))
        if year is not None and row["year"] >= year:
            problems.append(Problem(file, line, f"year {row['year']} is not before the year assessed ({year}); "
                                    "the history lists earlier report years only."))
        years[row["year"]] = HistoryYear(row["year"], tier, row.get("waiver") is True)
    if problems:
        raise problems_error(problems)
    return tuple(years[y] for y in sorted(years))


def history_warnings(history: Sequence[HistoryYear], rules: Rules) -> list[str]:
    """Entries that the law in force that year makes doubtful: a waiver flag where none applies, a Watch List
    year past the limit without a waiver flag, more waiver years than the law allowed."""
    from ctip.assess.tiers import WATCH_LIST, clock_from_history

    out = []
    for h in history:
        law = rules.law_for(h.year)
        if h.waiver and h.tier != WATCH_LIST:
            out.append(f"History {h.year}: waiver flag on a year that is not on the Watch List ({h.tier:g}).")
        if h.tier != WATCH_LIST or not law.downgrade:
            continue
        before = [e for e in history if e.year < h.year]
        clock = clock_from_history(before, h.year, h.waiver, law)
        if clock.consecutive_watch_list < law.max_consecutive_watch_list:
            continue
        nth = clock.consecutive_watch_list + 1
        if not h.waiver:
            out.append(f"History {h.year}: Watch List year {nth} in a row without a waiver flag; under {law.act} it "
                       "would have been an automatic Tier 3. Add `waiver: true` if a waiver was granted.")
        elif max(clock.waivers_used, clock.consecutive_watch_list - law.max_consecutive_watch_list) >= \
                law.waiver_max_years:
            out.append(f"History {h.year}: waiver beyond the {law.waiver_max_years} year(s) allowed under "
                       f"{law.act}; check the entry.")
    return out
