"""HTML and PDF reports for an assessment result and for the consistency audit.

Pages are self-contained (inline CSS and SVG, no scripts or remote resources) and bilingual
(English / Khmer labels from data/assess/labels.v1.yaml). PDFs are the same HTML through
WeasyPrint, which needs the Noto fonts (Khmer included) installed by `make sysdeps`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import jinja2
import yaml
from markupsafe import Markup, escape

from ctip.assess import svg
from ctip.assess.consistency import CountryYear, country_series, out_of_line

TIER_KEYS = {1.0: "tier_1", 2.0: "tier_2", 2.5: "tier_2wl", 3.0: "tier_3"}
LABELS_FILE = "labels.v1.yaml"
TEXTS_FILE = "texts.v1.yaml"
LANGS = ("en", "km")


@cache
def labels() -> dict[str, dict[str, str]]:
    text = resources.files("ctip.data").joinpath("assess", LABELS_FILE).read_text("utf-8")
    return yaml.safe_load(text)["labels"]


@cache
def texts() -> dict:
    """Body text (English and a Khmer draft marked for native review) from data/assess/texts.v1.yaml."""
    return yaml.safe_load(resources.files("ctip.data").joinpath("assess", TEXTS_FILE).read_text("utf-8"))


def _say(lang: str):
    """`say(key, **values)`: the sentence in the report language; in Khmer, the English follows in small type."""
    data = texts()["texts"]

    def say(key: str, **values) -> Markup:
        entry = data[key]

        def fill(language: str) -> str:  # a value given as {en:, km:} is taken in the sentence's language
            return entry[language].format(**{k: v[language] if isinstance(v, dict) else v for k, v in values.items()})

        main = escape(fill(lang))
        if lang == "en":
            return Markup(main)
        return Markup(f'<span lang="km" class="kmtext">{main}</span> <span class="en-under">{escape(fill("en"))}</span>')

    return say


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ctip.report", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x: "–" if x is None else f"{x:.0%}"
    env.filters["num"] = lambda x: "–" if x is None else f"{x:.2f}"
    env.globals["tier_key"] = lambda code: TIER_KEYS[float(code)]
    return env


def assessment_html(result: dict, *, for_pdf: bool = False, lang: str = "en") -> str:
    if lang not in LANGS:
        raise ValueError(f"report language must be one of {', '.join(LANGS)}, not {lang!r}")
    sens = result["sensitivity"]
    t = texts()["texts"]
    charts = {
        "sensitivity": svg.probability_bars(sens.get("share_of_grid_points", sens["probability"]),
                                            t["share_chart"]["en"]),
        "sensitivity_before": svg.probability_bars(sens["probability_before_clock"], t["share_chart_before"]["en"]),
    }
    claims = sorted(result["claims"], key=lambda c: (not c["bears_on_rating"], c["id"]))
    texts_ = {k: v["text"] for part in ("minimum_standards", "criteria", "conditions")
              for k, v in result[part].items() if isinstance(v, dict)}
    km = texts()["rules_km"]
    return _env().get_template("assess.html").render(
        r=result, L=labels(), charts=charts, claims=claims, texts=texts_, for_pdf=for_pdf, lang=lang,
        say=_say(lang), rule_km=km, steps_km=texts()["steps_km"], review=texts()["review"],
        texts_answer=lambda yes: texts()["texts"]["answer_yes" if yes else "answer_no"],
    )


def consistency_html(audit: dict, rows: Sequence[CountryYear], country: str) -> str:
    series = country_series(rows, country)
    name = series[0].country if series else country
    flagged = {e["year"]: e for e in out_of_line(rows).get(name, [])}
    soft = {e["year"]: e for e in audit.get("lenient", {}).get(name, [])}
    peers = _peer_medians(rows, series)
    short = {1.0: "T1", 2.0: "T2", 2.5: "WL", 3.0: "T3"}
    marks: dict[str, list[str]] = {}
    for r in series:
        marks.setdefault(str(r.total), []).append(f"{r.year} {short[r.tier]}")
    charts = {
        "by_total": svg.stacked_shares(audit["by_total"], "Tier shares by 3P total (all rated country-years)",
                                       "3P total", {k: ", ".join(v) for k, v in marks.items()},
                                       f"{name} (year, tier)"),
        "country": svg.country_timeline([(r.year, r.tier, r.total, r.year in flagged) for r in series], name, peers),
        "tau": svg.line_chart([(int(y), v["kendall_tau_b"]) for y, v in audit["by_year"].items()
                               if v["kendall_tau_b"] is not None], "Kendall tau-b (3P total vs tier) by year",
                              -1.0, 0.0),
    }
    return _env().get_template("assess_consistency.html").render(
        a=audit, L=labels(), charts=charts, country=name, series=series, flagged=flagged, soft=soft
    )


def _peer_medians(rows: Sequence[CountryYear], series: Sequence[CountryYear]) -> dict[int, float]:
    import statistics

    out = {}
    for r in series:
        peers = [p.tier for p in rows if p.year == r.year and p.country != r.country and p.total >= r.total]
        if peers:
            out[r.year] = float(statistics.median(peers))
    return out


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: loading WeasyPrint takes about a second

    return HTML(string=html).write_pdf()
