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

from ctip.errors import InputError

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


ALIGNMENTS = {"same_year": 0, "lagged": 1}  # 3P year = TIP report year - lag
MIN_YEAR_N = 30  # report years with fewer rated country-years are reported as sparse, not summarised
CODING_NOTE = ("lagged: the 3P score for year t is paired with the TIP tier of the report published in t+1, "
               "on the reading that 3P year t codes the period that report covers (issue 16; not verified "
               "against the 3P coding guideline); same_year pairs the score and tier of the same row.")


def load_policy_index(path: Path | None = None, alignment: str = "same_year") -> tuple[CountryYear, ...]:
    """Rated country-years with a 3P total from the shipped copy (or a file of the same columns).

    `alignment` pairs each TIP report year's tier with the 3P score of the same year (`same_year`) or of
    the year before (`lagged`); `year` is always the TIP report year.
    """
    lag = ALIGNMENTS[alignment]
    panel = _load_panel(path)
    scores = {(r["countryname"], int(r["year"])): r for r in panel if r["p"] not in ("NA", "")}
    rows = []
    for row in panel:
        if row["tier"] in ("NA", ""):
            continue
        score = scores.get((row["countryname"], int(row["year"]) - lag))
        if score is None:
            continue
        rows.append(CountryYear(row["countryname"], row.get("iso", ""), int(row["year"]), float(row["tier"]),
                                int(float(score["p"])), _int(score["prosecution"]), _int(score["protection"]),
                                _int(score["prevention"])))
    return tuple(rows)


def report_years(path: Path | None = None) -> dict[int, int]:
    """Rated countries per TIP report year in the data, with or without a 3P score."""
    return dict(sorted(Counter(int(r["year"]) for r in _load_panel(path) if r["tier"] not in ("NA", "")).items()))


def _load_panel(path: Path | None) -> list[dict]:
    name = str(path) if path else DATA_FILE
    try:
        text = (Path(path).read_text("utf-8") if path
                else resources.files("ctip.data").joinpath("assess", DATA_FILE).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read: {exc}") from None
    rows: list[dict] = []
    reader = csv.DictReader(io.StringIO(text))
    need = {"countryname", "year", "tier", "p", "prosecution", "protection", "prevention"}
    if not need <= set(reader.fieldnames or ()):
        raise InputError(name, f"needs the columns {', '.join(sorted(need))}.")
    for line, row in enumerate(reader, start=2):
        try:
            int(row["year"])
            for key in ("tier", "p"):
                if row[key] not in ("NA", ""):
                    float(row[key])
        except (TypeError, ValueError):
            raise InputError(f"{name}:{line}", "year, tier and p must be numbers or NA.") from None
        rows.append(row)
    return rows


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
    """Kendall's tau-b (ties corrected), from scipy; nan when undefined (fewer than 2 values, or constant)."""
    from scipy.stats import kendalltau

    if len(xs) < 2:
        return float("nan")
    return float(kendalltau(xs, ys, variant="b").statistic)


def gamma_with_ties(rows: Iterable[CountryYear]) -> dict:
    """Goodman-Kruskal gamma over same-year pairs, with the pairs tied on total, on tier or on both.

    Gamma = (C - D) / (C + D), C = pairs where the higher total has the higher (worse) tier code, so a
    consistent system gives a negative gamma, as with tau. Tied pairs are left out of gamma and counted.
    """
    by_year: dict[int, Counter] = defaultdict(Counter)
    for r in rows:
        by_year[r.year][(r.total, r.tier)] += 1
    c = d = tied_total = tied_tier = tied_both = 0
    for table in by_year.values():
        ci, di = pair_counts(table)
        c, d = c + ci, d + di
        both = sum(k * (k - 1) // 2 for k in table.values())
        totals, tiers = Counter(), Counter()
        for (x, y), k in table.items():
            totals[x] += k
            tiers[y] += k
        tied_both += both
        tied_total += sum(k * (k - 1) // 2 for k in totals.values()) - both
        tied_tier += sum(k * (k - 1) // 2 for k in tiers.values()) - both
    return {"gamma": _round((c - d) / (c + d)) if c + d else None, "pairs_higher_total_worse_tier": c,
            "pairs_higher_total_better_tier": d, "pairs_tied_total_only": tied_total,
            "pairs_tied_tier_only": tied_tier, "pairs_tied_both": tied_both}


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


def lenient(rows: Sequence[CountryYear]) -> dict[str, list[dict]]:
    """For each country, its years with a tier better than the median tier of equal-or-lower-total peers."""
    by_year: dict[int, list[CountryYear]] = defaultdict(list)
    for r in rows:
        by_year[r.year].append(r)
    found: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r.country, r.year)):
        peers = [p.tier for p in by_year[r.year] if p.country != r.country and p.total <= r.total]
        if len(peers) < MIN_PEERS:
            continue
        median = statistics.median(peers)
        if r.tier < median:
            found[r.country].append({
                "year": r.year, "tier": _code(r.tier), "total": r.total, "n_peers": len(peers),
                "peer_median_tier": _code(median),
                "share_peers_worse": round(sum(p > r.tier for p in peers) / len(peers), 6),
            })
    return dict(found)


def audit(rows: Sequence[CountryYear], rated_per_year: dict[int, int] | None = None) -> dict:
    compared, discordant = same_year_pairs(rows)
    years = sorted({r.year for r in rows})
    per_year = {}
    for y in years:
        sub = [r for r in rows if r.year == y]
        compared_y, worse_y = same_year_pairs(sub)
        tau = kendall_tau_b([r.total for r in sub], [r.tier for r in sub])
        per_year[str(y)] = {"n": len(sub), "kendall_tau_b": None if math.isnan(tau) else _round(tau),
                            "discordant_share": _round(worse_y / compared_y) if compared_y else None,
                            "gamma": gamma_with_ties(sub)["gamma"], "sparse": len(sub) < MIN_YEAR_N}
    for y, n_rated in (rated_per_year or {}).items():
        if str(y) not in per_year:  # rated that year, but (almost) no 3P scores: say so, do not drop silently
            per_year[str(y)] = {"n": 0, "kendall_tau_b": None, "discordant_share": None, "gamma": None,
                                "sparse": True}
        per_year[str(y)]["n_rated"] = n_rated
    per_year = dict(sorted(per_year.items()))
    dense = [v for v in per_year.values() if not v["sparse"] and v["kendall_tau_b"] is not None]
    stratified = sum(v["kendall_tau_b"] * v["n"] for v in dense) / sum(v["n"] for v in dense) if dense else None
    lines = out_of_line(rows)
    soft = lenient(rows)
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
        "harsh": lines,
        "n_country_years_harsh": sum(len(v) for v in lines.values()),
        "lenient": soft,
        "n_country_years_lenient": sum(len(v) for v in soft.values()),
        "kendall_tau_b_stratified": _round(stratified) if stratified is not None else None,
        "tau_by_year_range": ([min(v["kendall_tau_b"] for v in dense), max(v["kendall_tau_b"] for v in dense)]
                              if dense else []),
        "sparse_years": [int(y) for y, v in per_year.items() if v["sparse"]],
        **gamma_with_ties(rows),
        "definition": {
            "out_of_line": "tier worse than the median tier of other countries rated the same year with an "
                           f"equal or higher 3P total (at least {MIN_PEERS} such peers)",
            "lenient": "tier better than the median tier of other countries rated the same year with an "
                       f"equal or lower 3P total (at least {MIN_PEERS} such peers)",
            "stratified": "mean of the per-year tau-b weighted by the number of country-years, years with at "
                          f"least {MIN_YEAR_N} country-years",
            "sparse": f"report years with fewer than {MIN_YEAR_N} rated country-years that have a 3P score",
        },
    }


def audit_both(path: Path | None = None) -> dict:
    """The audit under both alignments of 3P years to TIP report years; the top level is `same_year`."""
    rated = report_years(path)
    both = {name: audit(load_policy_index(path, name), rated) for name in ALIGNMENTS}
    return {**both["same_year"], "alignment": "same_year", "alignments": both, "alignment_note": CODING_NOTE}


def country_series(rows: Iterable[CountryYear], country: str) -> list[CountryYear]:
    return sorted((r for r in rows if r.country.lower() == country.lower()), key=lambda r: r.year)


def _code(code: float) -> float | int:
    return int(code) if float(code).is_integer() else code


def _round(x: float) -> float:
    return round(x, 6)
