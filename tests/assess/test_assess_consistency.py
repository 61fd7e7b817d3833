"""Consistency audit figures, each checked against an independent computation."""

from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from scipy.stats import kendalltau

from ctip.assess.consistency import audit, kendall_tau_b, load_policy_index, out_of_line

SHARED = Path(__file__).resolve().parents[2] / "src" / "ctip" / "data" / "assess" / "policy_index.csv"


@pytest.fixture(scope="module")
def rows():
    return load_policy_index()


@pytest.fixture(scope="module")
def result(rows):
    return audit(rows)


@pytest.fixture(scope="module")
def raw_rows():
    """The CSV read independently: rated country-years with a 3P total."""
    with SHARED.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["tier"] != "NA" and r["p"] != "NA"]


def test_assess_audit_published_figures(result):
    # The figures quoted in docs/assessment.md; a change in data or method must show up here.
    assert result["n_country_years"] == 1875
    assert result["kendall_tau_b"] == pytest.approx(-0.513817, abs=1e-6)
    assert result["discordant_share"] == pytest.approx(0.159729, abs=1e-6)
    assert (result["n_pairs_compared"], result["n_pairs_discordant"]) == (85138, 13599)


def test_assess_n_country_years_independent(result, raw_rows):
    assert result["n_country_years"] == len(raw_rows)
    assert result["n_countries"] == len({r["countryname"] for r in raw_rows})


def test_assess_tau_b_matches_scipy(result, raw_rows):
    expected = kendalltau([float(r["p"]) for r in raw_rows], [float(r["tier"]) for r in raw_rows],
                          variant="b").statistic
    assert result["kendall_tau_b"] == pytest.approx(expected, abs=1e-6)
    assert result["kendall_tau_b"] < 0  # higher 3P totals do go with better tiers on the whole


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_assess_tau_b_matches_scipy_on_random_ties(seed):
    rng = random.Random(seed)
    xs = [rng.randint(3, 15) for _ in range(300)]
    ys = [rng.choice([1, 2, 2.5, 3]) for _ in range(300)]
    assert kendall_tau_b(xs, ys) == pytest.approx(kendalltau(xs, ys, variant="b").statistic, abs=1e-12)


def test_assess_discordant_share_by_brute_force(result, raw_rows):
    by_year = defaultdict(list)
    for r in raw_rows:
        by_year[r["year"]].append((float(r["p"]), float(r["tier"])))
    compared = worse = 0
    for rows in by_year.values():
        for (p1, t1), (p2, t2) in combinations(rows, 2):
            if p1 == p2 or t1 == t2:
                continue
            compared += 1
            higher_total_tier = t1 if p1 > p2 else t2
            worse += higher_total_tier == max(t1, t2)
    assert result["n_pairs_compared"] == compared
    assert result["n_pairs_discordant"] == worse
    assert result["discordant_share"] == pytest.approx(worse / compared, abs=1e-6)


def test_assess_by_total_counts(result, raw_rows):
    assert sum(sum(c.values()) for c in result["by_total"].values()) == len(raw_rows)
    ten = result["by_total"]["10"]
    assert all(ten[label] > 0 for label in ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"))  # the claim
    assert ten["Tier 1"] == sum(1 for r in raw_rows if r["p"] == "10" and r["tier"] == "1")


def test_assess_cambodia_out_of_line_years(rows, result):
    cambodia = {e["year"]: e for e in result["out_of_line"]["Cambodia"]}
    assert 2005 in cambodia and cambodia[2005]["tier"] == 3 and cambodia[2005]["total"] == 10
    assert 2008 not in cambodia  # Tier 2 with total 10: in line
    for year, e in cambodia.items():
        peers = sorted(r.tier for r in rows if r.year == year and r.country != "Cambodia" and r.total >= e["total"])
        assert len(peers) == e["n_peers"]
        n = len(peers)
        median = (peers[n // 2] + peers[(n - 1) // 2]) / 2
        assert e["tier"] > median == e["peer_median_tier"]


def test_assess_out_of_line_never_flags_the_best_tier(rows):
    flagged = out_of_line(rows)
    assert all(e["tier"] != 1 for entries in flagged.values() for e in entries)


def test_assess_by_year_tau(result):
    years = {y: v for y, v in result["by_year"].items() if v["kendall_tau_b"] is not None}
    assert len(years) == 13 and all(-1 <= v["kendall_tau_b"] < 0 for v in years.values())
    assert result["by_year"]["2014"]["n"] == 1 and math.isfinite(result["kendall_tau_b"])
