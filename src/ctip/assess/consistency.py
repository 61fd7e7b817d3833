"""Consistency audit of published tiers against the 3P policy index.

Tiers are ordered 1 < 2 < Watch List (2.5) < 3 (worse is higher), so a consistent system, where
better policy (higher 3P total) gets a better tier, gives a negative Kendall tau.

Figures, over rated country-years that have a 3P total:
- `kendall_tau_b` between total and tier, computed exactly from the total x tier table;
- `discordant_share`: over all pairs of countries rated in the same year with different totals
  and different tiers, the share where the country with the higher total got the worse tier;
- `by_total`: tier counts for each total;
- `out_of_line`: per country, the years where its tier is worse than the median tier of the
  countries rated that year with an equal or higher total.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ctip.errors import InputError, RuleError

DATA_FILE = "policy_index.csv"
TIER_LABELS = {1.0: "Tier 1", 2.0: "Tier 2", 2.5: "Tier 2 Watch List", 3.0: "Tier 3"}
MIN_PEERS = 3  # fewer peers than this say nothing about a country being out of line


@dataclass(frozen=True, slots=True)
class CountryYear:
    country: str
    iso3: str
    year: int
    tier: float
    total: int
    prosecution: int
    protection: int
    prevention: int


def load_policy_index(path: Path | None = None) -> tuple[CountryYear, ...]:
    """Rated country-years with a 3P total from the shipped copy (or a file of the same columns)."""
    name = str(path) if path else DATA_FILE
    try:
        text = (Path(path).read_text("utf-8") if path
                else resources.files("ctip.data").joinpath("assess", DATA_FILE).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read: {exc}") from None
    rows = []
    reader = csv.DictReader(io.StringIO(text))
    need = {"countryname", "year", "tier", "p", "prosecution", "protection", "prevention"}
    if not need <= set(reader.fieldnames or ()):
        raise InputError(name, f"needs the columns {', '.join(sorted(need))}.")
    try:
        for row in reader:
            if "NA" in (row["tier"], row["p"]) or "" in (row["tier"], row["p"]):
                continue
            try:
                rows.append(CountryYear(row["countryname"], row.get("iso") or "", int(row["year"]),
                                        float(row["tier"]), int(float(row["p"])), _int(row["prosecution"]),
                                        _int(row["protection"]), _int(row["prevention"])))
            except (TypeError, ValueError, OverflowError):  # a missing cell, a word where a number belongs
                raise RuleError(name, reader.line_num, "a row has a missing or non-numeric year, tier or score.",
                                "Fix that row or remove it; NA marks a missing value.") from None
    except csv.Error as exc:
        raise RuleError(name, reader.line_num, f"bad CSV: {exc}") from None
    return tuple(rows)


def _int(text: str) -> int:
    return 0 if text in ("NA", "") else int(float(text))


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def pair_counts(table: Counter) -> tuple[int, int]:
    """Concordant and discordant pairs from a {(x, y): count} table (ties in x or y are neither).

    Concordant = the pair's larger x has the larger y; for (total, tier) that is the higher total
    getting the worse tier, i.e. the inconsistent case.
    """
    keys = sorted(table)
    concordant = discordant = 0
    for i, (x1, y1) in enumerate(keys):
        for x2, y2 in keys[i + 1:]:
            s = _sign(x2 - x1) * _sign(y2 - y1)
            if s > 0:
                concordant += table[(x1, y1)] * table[(x2, y2)]
            elif s < 0:
                discordant += table[(x1, y1)] * table[(x2, y2)]
    return concordant, discordant


def kendall_tau_b(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Kendall's tau-b (ties corrected), exact, from the x-by-y table."""
    n = len(xs)
    concordant, discordant = pair_counts(Counter(zip(xs, ys, strict=True)))
    pairs = n * (n - 1) // 2
    ties_x = sum(c * (c - 1) // 2 for c in Counter(xs).values())
    ties_y = sum(c * (c - 1) // 2 for c in Counter(ys).values())
    denominator = math.sqrt((pairs - ties_x) * (pairs - ties_y))
    return (concordant - discordant) / denominator if denominator else float("nan")


def same_year_pairs(rows: Iterable[CountryYear]) -> tuple[int, int]:
    """(pairs with different totals and tiers, of which the higher total got the worse tier), same year."""
    by_year: dict[int, Counter] = defaultdict(Counter)
    for r in rows:
        by_year[r.year][(r.total, r.tier)] += 1
    compared = worse = 0
    for table in by_year.values():
        higher_total_worse_tier, higher_total_better_tier = pair_counts(table)
        compared += higher_total_worse_tier + higher_total_better_tier
        worse += higher_total_worse_tier
    return compared, worse


def by_total(rows: Iterable[CountryYear]) -> dict[str, dict[str, int]]:
    counts = Counter((r.total, r.tier) for r in rows)
    totals = sorted({t for t, _ in counts})
    return {str(t): {label: counts[(t, code)] for code, label in TIER_LABELS.items()} for t in totals}


def out_of_line(rows: Sequence[CountryYear]) -> dict[str, list[dict]]:
    """For each country, its years with a tier worse than the median tier of equal-or-higher-total peers."""
    by_year: dict[int, list[CountryYear]] = defaultdict(list)
    for r in rows:
        by_year[r.year].append(r)
    found: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r.country, r.year)):
        peers = [p.tier for p in by_year[r.year] if p.country != r.country and p.total >= r.total]
        if len(peers) < MIN_PEERS:
            continue
        median = statistics.median(peers)
        if r.tier > median:
            found[r.country].append({
                "year": r.year, "tier": _code(r.tier), "total": r.total, "n_peers": len(peers),
                "peer_median_tier": _code(median),
                "share_peers_better": round(sum(p < r.tier for p in peers) / len(peers), 6),
            })
    return dict(found)


def audit(rows: Sequence[CountryYear]) -> dict:
    compared, discordant = same_year_pairs(rows)
    years = sorted({r.year for r in rows})
    per_year = {}
    for y in years:
        sub = [r for r in rows if r.year == y]
        compared_y, worse_y = same_year_pairs(sub)
        tau = kendall_tau_b([r.total for r in sub], [r.tier for r in sub])
        per_year[str(y)] = {"n": len(sub), "kendall_tau_b": None if math.isnan(tau) else _round(tau),
                            "discordant_share": _round(worse_y / compared_y) if compared_y else None}
    lines = out_of_line(rows)
    return {
        "n_country_years": len(rows),
        "n_countries": len({r.country for r in rows}),
        "years": [years[0], years[-1]] if years else [],
        "kendall_tau_b": _round(kendall_tau_b([r.total for r in rows], [r.tier for r in rows])),
        "discordant_share": _round(discordant / compared) if compared else None,
        "n_pairs_compared": compared,
        "n_pairs_discordant": discordant,
        "tier_order": {label: _code(code) for code, label in TIER_LABELS.items()},
        "by_total": by_total(rows),
        "by_year": per_year,
        "out_of_line": lines,
        "n_country_years_out_of_line": sum(len(v) for v in lines.values()),
        "definition": {
            "out_of_line": "tier worse than the median tier of other countries rated the same year with an "
                           f"equal or higher 3P total (at least {MIN_PEERS} such peers)",
        },
    }


def country_series(rows: Iterable[CountryYear], country: str) -> list[CountryYear]:
    return sorted((r for r in rows if r.country.lower() == country.lower()), key=lambda r: r.year)


def _code(code: float) -> float | int:
    return int(code) if float(code).is_integer() else code


def _round(x: float) -> float:
    return round(x, 6)
