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


def _synthetic(n=40, seed=3):
    from ctip.assess.consistency import CountryYear

    rng = random.Random(seed)
    return [CountryYear(f"C{i}", "", 2000 + i % 2, rng.choice([1.0, 2.0, 2.5, 3.0]), rng.randint(3, 15), 1, 1, 1)
            for i in range(n)]


def test_assess_gamma_and_ties_by_brute_force():
    from ctip.assess.consistency import gamma_with_ties

    rows = _synthetic()
    worse = better = t_total = t_tier = t_both = 0
    for a, b in combinations(rows, 2):
        if a.year != b.year:
            continue
        dx, dy = b.total - a.total, b.tier - a.tier
        if dx == 0 and dy == 0:
            t_both += 1
        elif dx == 0:
            t_total += 1
        elif dy == 0:
            t_tier += 1
        elif (dx > 0) == (dy > 0):
            worse += 1
        else:
            better += 1
    g = gamma_with_ties(rows)
    assert (g["pairs_higher_total_worse_tier"], g["pairs_higher_total_better_tier"]) == (worse, better)
    assert (g["pairs_tied_total_only"], g["pairs_tied_tier_only"], g["pairs_tied_both"]) == (t_total, t_tier, t_both)
    assert g["gamma"] == pytest.approx((worse - better) / (worse + better), abs=1e-6)


def test_assess_lenient_is_the_mirror_of_harsh():
    from ctip.assess.consistency import CountryYear, lenient

    peers = [CountryYear(f"P{i}", "", 2010, 3.0, 5, 1, 1, 1) for i in range(4)]
    soft = CountryYear("Soft", "", 2010, 1.0, 6, 1, 1, 1)  # higher total, but Tier 1 where lower-total peers got 3
    flagged = lenient([*peers, soft])
    assert list(flagged) == ["Soft"] and flagged["Soft"][0]["share_peers_worse"] == 1.0
    assert out_of_line([*peers, soft]) == {}


def test_assess_both_alignments_and_sparse_years():
    from ctip.assess.consistency import audit_both

    both = audit_both()
    same, lagged = both["alignments"]["same_year"], both["alignments"]["lagged"]
    assert both["kendall_tau_b"] == same["kendall_tau_b"] and both["alignment"] == "same_year"
    assert same["sparse_years"] == [2014] and same["by_year"]["2014"]["n_rated"] == 182
    assert same["by_year"]["2014"]["kendall_tau_b"] is None
    assert "2014" not in [y for y, v in same["by_year"].items() if not v["sparse"]]
    lag_rows = load_policy_index(alignment="lagged")
    cambodia = {r.year: r for r in lag_rows if r.country == "Cambodia"}
    assert cambodia[2006].total == 10 and cambodia[2006].tier == 2.5  # 3P 2005 (p = 10) with the 2006 tier
    taus = [kendalltau([r.total for r in lag_rows if r.year == y], [r.tier for r in lag_rows if r.year == y]).statistic
            for y in (2005, 2010)]
    assert [lagged["by_year"][str(y)]["kendall_tau_b"] for y in (2005, 2010)] == pytest.approx(taus, abs=1e-6)


def test_assess_docs_figures_are_generated():
    from ctip.assess.auditdoc import BEGIN, END, consistency_markdown
    from ctip.assess.consistency import audit_both

    doc = (Path(__file__).resolve().parents[2] / "docs" / "assessment.md").read_text("utf-8")
    section = BEGIN + doc.split(BEGIN, 1)[1].split(END, 1)[0] + END
    assert section == consistency_markdown(audit_both()), "run: ctip assess consistency --update-docs docs/assessment.md"
