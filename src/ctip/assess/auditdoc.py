"""The consistency figures as a Markdown section, written into docs/assessment.md by a command.

    ctip assess consistency --update-docs docs/assessment.md

replaces the text between the two marker lines below, so the published figures are always the
ones the code computes (a test compares them).
"""

from __future__ import annotations

from pathlib import Path

from ctip.errors import UsageError

BEGIN = "<!-- ctip assess consistency: begin (generated; do not edit by hand) -->"
END = "<!-- ctip assess consistency: end -->"


def _num(x: float | None, places: int = 4) -> str:
    return "–" if x is None else f"{x:.{places}f}".replace("-", "−")


def consistency_markdown(both: dict) -> str:
    same, lagged = both["alignments"]["same_year"], both["alignments"]["lagged"]
    lines = [
        BEGIN,
        "",
        "| figure | same year | lagged (3P year t, report t+1) | meaning |",
        "|---|---|---|---|",
        f"| `n_country_years` | **{same['n_country_years']}** | {lagged['n_country_years']} | rated country-years "
        f"with a 3P total ({same['n_countries']} / {lagged['n_countries']} countries) |",
        f"| `kendall_tau_b` (pooled) | **{_num(same['kendall_tau_b'])}** ({_num(same['kendall_tau_b'], 6)}) | "
        f"{_num(lagged['kendall_tau_b'])} | 3P total vs tier, all years pooled (`scipy.stats.kendalltau`) |",
        f"| `kendall_tau_b_stratified` | {_num(same['kendall_tau_b_stratified'])} | "
        f"{_num(lagged['kendall_tau_b_stratified'])} | per-year tau-b, weighted by country-years (sparse years out) |",
        f"| per-year tau-b range | {_range(same)} | {_range(lagged)} | lowest and highest yearly tau-b |",
        f"| `gamma` | {_num(same['gamma'])} | {_num(lagged['gamma'])} | Goodman–Kruskal gamma over same-year pairs |",
        f"| tied pairs (total / tier / both) | {_ties(same)} | {_ties(lagged)} | left out of gamma, counted |",
        f"| `discordant_share` | **{same['discordant_share']:.4f}** ({same['n_pairs_discordant']:,} of "
        f"{same['n_pairs_compared']:,} pairs) | {lagged['discordant_share']:.4f} ({lagged['n_pairs_discordant']:,} of "
        f"{lagged['n_pairs_compared']:,} pairs) | same-year pairs with different totals and tiers where the higher "
        "total got the worse tier |",
        f"| harsher than peers (`n_country_years_out_of_line`) | **{same['n_country_years_out_of_line']}** | "
        f"{lagged['n_country_years_out_of_line']} | tier worse than the median of peers with an equal or higher total |",
        f"| more lenient than peers (`n_country_years_lenient`) | {same['n_country_years_lenient']} | "
        f"{lagged['n_country_years_lenient']} | tier better than the median of peers with an equal or lower total |",
        f"| sparse report years | {_years(same['sparse_years'])} | {_years(lagged['sparse_years'])} | fewer than "
        "30 rated country-years with a 3P score: reported, not summarised |",
        "",
        "Per year (same year / lagged): n, tau-b",
        "",
        "| report year | n (same) | tau-b (same) | n (lagged) | tau-b (lagged) |",
        "|---|---|---|---|---|",
    ]
    for year in sorted(set(same["by_year"]) | set(lagged["by_year"])):
        a, b = same["by_year"].get(year, {}), lagged["by_year"].get(year, {})
        lines.append(f"| {year} | {a.get('n', 0)}{' (sparse)' if a.get('sparse') else ''} | "
                     f"{_num(a.get('kendall_tau_b'))} | {b.get('n', 0)}{' (sparse)' if b.get('sparse') else ''} | "
                     f"{_num(b.get('kendall_tau_b'))} |")
    lines += ["", "Tier counts by 3P total (`by_total`, same year):", "",
              "| 3P total | Tier 1 | Tier 2 | Watch List | Tier 3 |", "|---|---|---|---|---|"]
    for total, counts in same["by_total"].items():
        lines.append(f"| {total} | " + " | ".join(str(v) for v in counts.values()) + " |")
    lines += ["", END]
    return "\n".join(lines)


def _range(a: dict) -> str:
    r = a["tau_by_year_range"]
    return f"{_num(r[0], 2)} to {_num(r[1], 2)}" if r else "–"


def _ties(a: dict) -> str:
    return f"{a['pairs_tied_total_only']:,} / {a['pairs_tied_tier_only']:,} / {a['pairs_tied_both']:,}"


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years)) or "none"


def update_doc(path: Path, both: dict) -> bool:
    """Replace the generated section of `path`; True when the file changed."""
    text = Path(path).read_text("utf-8")
    if BEGIN not in text or END not in text:
        raise UsageError(f"{path} has no generated consistency section.",
                         f"Add the two marker lines:\n{BEGIN}\n{END}")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = head + consistency_markdown(both) + tail
    if new != text:
        Path(path).write_text(new, "utf-8")
    return new != text
