"""Enforcement, victim and budget tables: year-on-year change, and the evidence they give C1 and C11.

The tables are data the government or others supply (`data:` in the evidence file), each row linked to
evidence items for its source and grade. Two derived evidence items come from them, graded like the
weakest item the row cites (a table is no more reliable than its source):

- C1 (vigorous prosecution): convictions in the latest year: more than zero supports, zero undermines;
- C11 (appreciable progress / increasing efforts): the change in investigations + prosecutions +
  convictions, and in victims identified, from the year before: up supports, down undermines.

Rows without linked evidence are shown but derive nothing. The budget table is shown next to the
resources factor (what is reasonable given the government's resources); it does not change the tier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ctip.assess.model import Dossier, Evidence, Source
from ctip.assess.rules import Rules

ENFORCEMENT = ("investigations", "prosecutions", "convictions")
VICTIMS = ("victims_identified", "victims_assisted")


def tables(dossier: Dossier) -> dict | None:
    """Each table's rows by year with totals and the change from the year before (breakdowns too)."""
    data = dossier.data or {}
    if not data:
        return None
    out = {}
    for name in ("enforcement", "victims"):
        rows = sorted(data.get(name, []), key=lambda r: r["year"])
        out[name] = [_with_change(r, _previous(rows, r["year"])) for r in rows]
    out["budget"] = sorted(data.get("budget", []), key=lambda r: r["year"])
    return out


def _previous(rows: Sequence[Mapping], year: int) -> Mapping | None:
    return next((r for r in rows if r["year"] == year - 1), None)


def _with_change(row: Mapping, prev: Mapping | None) -> dict:
    out = dict(row)
    change = {}
    for key, value in row.items():
        if key in ("year", "by", "evidence") or value is None:
            continue
        before = prev.get(key) if prev else None
        change[key] = _delta(value, before)
    out["change"] = change
    by_change: dict[str, dict[str, dict]] = {}
    for dim, cats in (row.get("by") or {}).items():
        before_cats = ((prev or {}).get("by") or {}).get(dim, {})
        by_change[dim] = {cat: _delta(v, before_cats.get(cat)) for cat, v in cats.items()}
    if by_change:
        out["by_change"] = by_change
    return out


def _delta(value: float, before: float | None) -> dict:
    if before is None:
        return {"previous": None, "difference": None, "percent": None}
    pct = round(100 * (value - before) / before, 1) if before else None
    return {"previous": before, "difference": value - before, "percent": pct}


def derived_evidence(dossier: Dossier, rules: Rules) -> tuple[Evidence, ...]:
    """Evidence items for C1 and C11 derived from the tables (graded as the weakest item each row cites)."""
    data = dossier.data or {}
    items = dossier.by_id()
    out: list[Evidence] = []
    enforcement = {r["year"]: r for r in data.get("enforcement", [])}
    victims = {r["year"]: r for r in data.get("victims", [])}
    year = max((y for y in enforcement if y <= dossier.year), default=None)
    if year is not None and enforcement[year].get("convictions") is not None:
        row = enforcement[year]
        base = _weakest(row, items, rules)
        if base is not None:
            n = row["convictions"]
            out.append(_derived(f"D.C1.{year}", f"{n:g} convictions in {year} (data table)", base, ("C1",), n > 0,
                                year, n, "convictions"))
    for name, table, keys in (("enforcement", enforcement, ENFORCEMENT), ("victims", victims, VICTIMS[:1])):
        latest = max((y for y in table if y <= dossier.year), default=None)
        if latest is None or latest - 1 not in table:
            continue
        now, before = _sum(table[latest], keys), _sum(table[latest - 1], keys)
        if now is None or before is None or now == before:
            continue
        base = _weakest(table[latest], items, rules)
        if base is None:
            continue
        what = " + ".join(keys).replace("_", " ")
        out.append(_derived(f"D.C11.{name}.{latest}", f"{what}: {now:g} in {latest} vs {before:g} in {latest - 1}",
                            base, ("C11",), now > before, latest, now - before, "change from the year before"))
    return tuple(out)


def _sum(row: Mapping, keys: Sequence[str]) -> float | None:
    values = [row.get(k) for k in keys if row.get(k) is not None]
    return float(sum(values)) if values else None


def _weakest(row: Mapping, items: Mapping[str, Evidence], rules: Rules) -> Evidence | None:
    linked = [items[i] for i in row.get("evidence", []) if i in items]
    if not linked:
        return None
    grading = rules.raw["reliability"]
    return min(linked, key=lambda e: grading["source"][e.source_grade] * grading["information"][str(e.info_grade)])


def _derived(id_: str, claim: str, base: Evidence, bears_on: tuple[str, ...], supports: bool, year: int,
             value: float, unit: str) -> Evidence:
    source = Source(title=f"Data table, from {base.source.title}", date=str(year), url=base.source.url,
                    document=base.source.document, page=base.source.page)
    return Evidence(id_, claim, source, base.source_grade, base.info_grade, bears_on, supports, value, unit,
                    note=f"Derived from the data table; graded as {base.id}, the weakest source it cites.",
                    date=str(year), repeats=(base.id,))
