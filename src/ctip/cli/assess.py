"""`ctip assess`: evidence files in, transparent tier ratings and a consistency audit out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ctip.cli._common import atomic_output, refuse_overwrite
from ctip.cli._terminal import visible
from ctip.cli.app import app, stderr
from ctip.errors import UsageError

assess_app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.add_typer(
    assess_app,
    name="assess",
    help="Rate a country-year from an evidence file under published rules; audit published tiers.",
    rich_help_panel="Assess",
)

OutFile = Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")]
HtmlFile = Annotated[Path | None, typer.Option("--html", help="Also write a self-contained HTML report here.")]
RulesFile = Annotated[Path | None, typer.Option("--rules", help="A rules file (default: the shipped tvpa.v1).")]


@assess_app.command(epilog="Example:\n  ctip assess new Cambodia 2025 -o cambodia-2025.yaml")
def new(
    country: Annotated[str, typer.Argument(help="Country name, e.g. Cambodia.")],
    year: Annotated[int, typer.Argument(help="TIP report year to assess, e.g. 2025.")],
    out: OutFile = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Start an evidence file for COUNTRY and YEAR from the template."""
    from ctip.assess.template import new_evidence_file

    if out is not None and Path(out).exists() and not force:
        raise UsageError(f"{out} already exists.", "Choose another name or add --force.")
    with atomic_output(out) as stream:
        stream.write(new_evidence_file(country, year))


@assess_app.command(epilog="Example:\n  ctip assess check cambodia-2025.yaml --history history.yaml")
def check(
    file: Annotated[Path, typer.Argument(help="Evidence file (YAML).")],
    rules_file: RulesFile = None,
    history: Annotated[Path | None, typer.Option("--history", help="Also check a history file (YAML).")] = None,
) -> None:
    """Check an evidence file (and a history file) against the schema and the rules; every problem as FILE:LINE."""
    from ctip.assess import check_file, load_evidence, load_history, load_rules
    from ctip.assess.history import history_warnings

    rules = load_rules(rules_file)
    summary = check_file(file, rules)
    typer.echo(summary)
    if history:
        past = load_history(history, rules, load_evidence(file, rules).year)
        typer.echo(f"{history}: OK ({len(past)} years)")
        for warning in history_warnings(past, rules):
            typer.echo(f"warning: {warning}")


@assess_app.command(
    epilog="Example:\n  ctip assess run examples/assess/cambodia-illustrative.yaml "
    "--history examples/assess/cambodia-history.yaml -o result.json --html report.html --pdf report.pdf"
)
def run(
    file: Annotated[Path, typer.Argument(help="Evidence file (YAML).")],
    history: Annotated[Path | None, typer.Option("--history", help="Earlier tiers and waivers (YAML).")] = None,
    out: OutFile = None,
    html: HtmlFile = None,
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Also write a PDF report here.")] = None,
    missing: Annotated[str, typer.Option("--missing", help="How missing evidence counts: not-met or unknown.")] = (
        "not-met"
    ),
    waiver: Annotated[
        bool | None, typer.Option("--waiver/--no-waiver", help="Override the file's waiver (downgrade clock).")
    ] = None,
    rules_file: RulesFile = None,
    lang: Annotated[str, typer.Option("--lang", help="Report language for --html/--pdf: en or km (Khmer draft).")] = "en",
) -> None:
    """Rate a country-year: tier, findings with evidence, 3P scores, what would change it, sensitivity."""
    from ctip.assess import assess, load_evidence, load_history, load_rules, to_dict, to_json

    if missing not in ("not-met", "unknown"):
        raise UsageError(f"--missing must be not-met or unknown, not {missing!r}.")
    if lang not in ("en", "km"):
        raise UsageError(f"--lang must be en or km, not {lang!r}.")
    refuse_overwrite([out, html, pdf], [p for p in (file, history, rules_file) if p])
    rules = load_rules(rules_file)
    dossier = load_evidence(file, rules)
    past = load_history(history, rules, dossier.year) if history else ()
    result = assess(dossier, rules, past, missing=missing, waiver=waiver)
    with atomic_output(out) as stream:
        stream.write(to_json(result))
    _write_reports(to_dict(result), html, pdf, lang)
    stderr.print(visible(f"{dossier.country} {dossier.year}: {rules.tier_label(result.decision.code)}"))


@assess_app.command(epilog="Example:\n  ctip assess consistency -o audit.json --html audit.html --country Cambodia")
def consistency(
    data: Annotated[Path | None, typer.Option("--data", help="3P index CSV (default: the shipped copy).")] = None,
    out: OutFile = None,
    html: HtmlFile = None,
    country: Annotated[str, typer.Option("--country", help="Country highlighted in the charts.")] = "Cambodia",
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Also write the audit as a PDF (A4) here.")] = None,
    update_docs: Annotated[Path | None, typer.Option(
        "--update-docs", help="Rewrite the generated figures section of this Markdown file (docs/assessment.md).")] = None,
) -> None:
    """Audit how consistently published tiers follow the 3P policy index (tau-b pooled and per year, gamma,
    harsher and more lenient ratings), under both alignments of 3P years to report years."""
    from ctip.assess.consistency import audit_both, country_series, load_policy_index
    from ctip.assess.report import consistency_html, html_to_pdf
    from ctip.assess.run import to_json

    refuse_overwrite([out, html, pdf, update_docs], [data] if data else [])
    rows = load_policy_index(data)
    if not country_series(rows, country):
        raise UsageError(f"No rated country-years for {country!r} in the data.", "Check the spelling, e.g. Cambodia.")
    result = audit_both(data)
    with atomic_output(out) as stream:
        stream.write(to_json(result))
    if html:
        with atomic_output(html) as stream:
            stream.write(consistency_html(result, rows, country))
    if pdf:
        data_pdf = html_to_pdf(consistency_html(result, rows, country))
        with atomic_output(pdf, binary=True) as stream:
            stream.write(data_pdf)
    if update_docs:
        from ctip.assess.auditdoc import update_doc

        changed = update_doc(update_docs, result)
        stderr.print(f"{update_docs}: {'figures updated' if changed else 'figures already current'}")
    stderr.print(f"kendall_tau_b {result['kendall_tau_b']}, discordant_share {result['discordant_share']}, "
                 f"n_country_years {result['n_country_years']}")


def _write_reports(result: dict, html: Path | None, pdf: Path | None, lang: str = "en") -> None:
    if not html and not pdf:
        return
    from ctip.assess.report import assessment_html, html_to_pdf

    page = assessment_html(result, lang=lang)
    if html:
        with atomic_output(html) as stream:
            stream.write(page)
    if pdf:
        data = html_to_pdf(assessment_html(result, for_pdf=True, lang=lang))
        with atomic_output(pdf, binary=True) as stream:
            stream.write(data)
