"""`ctip export stix|misp|deidentified|check-k|stats` and `ctip import stix`: share with partners."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.errors import EXIT_FAILURE, EXIT_OK, UsageError

export_app = typer.Typer(help="Share with partners: STIX 2.1, MISP, de-identified statistics.", no_args_is_help=True)
import_app = typer.Typer(help="Merge a partner's STIX 2.1 bundle.", no_args_is_help=True)
app.add_typer(export_app, name="export", rich_help_panel="Sharing")
app.add_typer(import_app, name="import", rich_help_panel="Sharing")

Output = Annotated[Path, typer.Option("-o", "--output", help="Output file.")]
MinLevel = Annotated[str, typer.Option("--min-level", help="Share posts at this risk level or above: low, medium, high.")]
Tlp = Annotated[str, typer.Option("--tlp", help="TLP 2.0 marking: clear, green, amber, amber+strict, red.")]
Reveal = Annotated[bool, typer.Option("--reveal", help="Identifiers in clear instead of pseudonyms (needs --user "
                                      "with a permitted role; audited).")]
User = Annotated[str | None, typer.Option("--user", help="Your user name (for --reveal).")]
PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read your password from standard input.")]
ShareKey = Annotated[Path | None, typer.Option("--share-key-file", help="Sharing key file (default: CTIP_SHARE_KEY, "
                                               "CTIP_SHARE_KEY_FILE, or <database>.share-key beside SQLite).")]
Producer = Annotated[str, typer.Option("--producer", help="Your organisation's name in the export.")]


def _revealer(db: str, user: str | None, password_stdin: bool):  # noqa: ANN202 - Actor, imported lazily
    from ctip.cases.accounts import check_password
    from ctip.store.workspace import Workspace

    if not user:
        raise UsageError("--reveal needs --user NAME.", "Only a user whose role may reveal identifiers can use it.")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True)
    else:
        raise UsageError("No password given.", "Pipe it in with --password-stdin (never on the command line).")
    with Workspace(db) as ws, ws.engine.connect() as conn:
        actor = check_password(conn, user, password)
    if actor is None:
        raise UsageError("Wrong user name or password, or the account is disabled.", "Nothing was exported.")
    return actor


def _export(fmt: str, db: str, output: Path, min_level: str, tlp: str, reveal: bool, user: str | None,
            password_stdin: bool, share_key_file: Path | None, producer: str) -> None:
    from ctip.cli._common import atomic_output, refuse_overwrite
    from ctip.share.service import export_content

    refuse_overwrite([output], db=db)
    actor = _revealer(db, user, password_stdin) if reveal else None
    result = export_content(fmt, db, min_level=min_level, tlp=tlp, reveal_by=actor, share_key_file=share_key_file,
                            producer=producer, output=str(output))
    if fmt == "stix":
        # stix2's own pretty printing orders properties by a slow search (~0.3 s per object here)
        text = json.dumps(json.loads(result.document.serialize()), indent=2, ensure_ascii=False)
    else:
        text = result.document.to_json(indent=2)
    with atomic_output(output) as out:
        out.write(text + "\n")
    c = result.content
    how = f"pseudonymised (sharing key {result.key_id})" if result.pseudonymised else "IN CLEAR (recorded in the audit log)"
    stderr.print(f"{output}: {len(c.identifiers)} identifiers from {len(c.posts)} posts at risk level "
                 f"{c.min_level} or above, {len(c.networks)} networks; values {how}; TLP:{tlp.upper()}.",
                 soft_wrap=True)


@export_app.command("stix", epilog="Example:  ctip export stix --db sqlite:///ctip.db --tlp amber -o bundle.json")
def stix(output: Output, db: Db = DEFAULT_URL, min_level: MinLevel = "medium", tlp: Tlp = "amber+strict",
         reveal: Reveal = False, user: User = None, password_stdin: PasswordStdin = False,
         share_key_file: ShareKey = None, producer: Producer = "ctip workspace") -> None:
    """A STIX 2.1 bundle of recruitment contacts, networks and sightings, values pseudonymised with the sharing key."""
    _export("stix", db, output, min_level, tlp, reveal, user, password_stdin, share_key_file, producer)


@export_app.command("misp", epilog="Example:  ctip export misp --db sqlite:///ctip.db -o event.json")
def misp(output: Output, db: Db = DEFAULT_URL, min_level: MinLevel = "medium", tlp: Tlp = "amber+strict",
         reveal: Reveal = False, user: User = None, password_stdin: PasswordStdin = False,
         share_key_file: ShareKey = None, producer: Producer = "ctip workspace") -> None:
    """The same content as one MISP event (PyMISP objects), pseudonymised and TLP-tagged."""
    _export("misp", db, output, min_level, tlp, reveal, user, password_stdin, share_key_file, producer)


@import_app.command("stix", epilog="Example:  ctip import stix partner-bundle.json --db sqlite:///ctip.db")
def import_stix(
    bundle: Annotated[Path, typer.Argument(help="A STIX 2.1 bundle (JSON) from a partner.")],
    db: Db = DEFAULT_URL,
    share_key_file: ShareKey = None,
) -> int:
    """Merge a partner's identifiers (kept as pseudonyms) and report which match this workspace's."""
    from ctip.share.service import import_stix as run

    r = run(db, bundle, share_key_file=share_key_file)
    stderr.print(f"{bundle}: {r.objects} objects, {r.identifiers} identifiers; {r.added} added, "
                 f"{r.already_known} already imported; {r.matched_local} match identifiers in this workspace.",
                 soft_wrap=True)
    if r.other_key:
        stderr.print(f"{r.other_key} identifiers were pseudonymised with a different sharing key and cannot match "
                     "yours: agree on one key with this partner.", soft_wrap=True)
    return EXIT_OK


@export_app.command("deidentified", epilog="Example:  ctip export deidentified --db sqlite:///ctip.db --k 11 "
                                          "-o victims.csv")
def deidentified(
    output: Output,
    db: Db = DEFAULT_URL,
    k: Annotated[int, typer.Option("--k", min=2, help="Every row's combination of values is shared by at least k rows.")] = 11,
    max_suppressed: Annotated[float, typer.Option("--max-suppressed", min=0.0, max=1.0,
                                                  help="Share of rows that may be removed before values are "
                                                  "generalised further.")] = 0.1,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Data key file (to read victims' fields).")] = None,
) -> None:
    """One CTDC-style row per victim, generalised and suppressed to k-anonymity (no names, contacts or dates)."""
    from ctip.cli._common import atomic_output, refuse_overwrite
    from ctip.share.deidentified import to_csv
    from ctip.share.service import export_deidentified

    refuse_overwrite([output], db=db)
    result = export_deidentified(db, k=k, max_suppressed=max_suppressed, key_file=key_file, output=str(output))
    with atomic_output(output) as out:
        out.write(to_csv(result))
    generalised = [f"{c}: {lv}" for c, lv in result.levels.items() if lv not in ("as recorded", "country", "year",
                                                                                  "CTDC age bands")]
    stderr.print(f"{output}: {len(result.rows)} of {result.total} victims, k = {result.k}; "
                 f"{result.suppressed} rows suppressed (in groups smaller than {result.k}).", soft_wrap=True)
    stderr.print("Generalised: " + ("; ".join(generalised) if generalised else "nothing") + ".", soft_wrap=True)


@export_app.command("check-k", epilog="Example:  ctip export check-k victims.csv --k 11")
def check_k(
    file: Annotated[Path, typer.Argument(help="A CSV file, e.g. from `ctip export deidentified`.")],
    k: Annotated[int, typer.Option("--k", min=1, help="Smallest allowed group.")] = 11,
    columns: Annotated[str | None, typer.Option("--columns", help="Comma-separated columns to group by "
                                                "(default: all).")] = None,
) -> int:
    """Exit 0 when every row's combination of values is shared by at least k rows; 1 naming the lines that are not."""
    from ctip.share.deidentified import check_k_file

    wanted = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    r = check_k_file(file, k, wanted)
    if r.small_group_rows:
        lines = ", ".join(str(n) for n in r.small_group_rows[:20]) + (" …" if len(r.small_group_rows) > 20 else "")
        stderr.print(f"[red]{file}: not {k}-anonymous:[/red] {len(r.small_group_rows)} of {r.rows} rows are in groups "
                     f"smaller than {k} (lines {lines}). Generalise or suppress them before publishing.",
                     soft_wrap=True)
        return EXIT_FAILURE
    stderr.print(f"{file}: {k}-anonymous: {r.rows} rows in {r.groups} groups, the smallest has {r.smallest} rows.",
                 soft_wrap=True)
    return EXIT_OK


@export_app.command("stats", epilog="Examples:  ctip export stats --db sqlite:///ctip.db --by gender,ageBroad -o "
                                    "table.csv\n\n  ctip export stats victims.csv --by citizenship -o table.csv "
                                    "--report suppressed.csv")
def stats(
    by: Annotated[str, typer.Option("--by", help="Comma-separated columns to count by (one to three), e.g. "
                                    "gender,ageBroad.")],
    output: Output,
    file: Annotated[Path | None, typer.Argument(help="De-identified rows (e.g. from `ctip export deidentified`); "
                                                "without it, the victims in --db are counted.")] = None,
    db: Db = DEFAULT_URL,
    threshold: Annotated[int, typer.Option("--threshold", min=2, help="Counts from 1 to this minus one are "
                                           "hidden.")] = 10,
    report: Annotated[Path | None, typer.Option("--report", help="Also write which cells were hidden and why "
                                                "(CSV, no counts).")] = None,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Data key file (to read victims' fields).")] = None,
) -> int:
    """Counts by the chosen columns with every total; counts under 10 hidden ("<10"), and more cells ("*") so
    no hidden count can be worked out from the totals."""
    from ctip.cli._common import atomic_output, refuse_overwrite
    from ctip.share.aggregate import TOTAL, suppress, tabulate
    from ctip.share.deidentified import COLUMNS, read_csv
    from ctip.share.service import victim_stats

    columns = [c.strip() for c in by.split(",") if c.strip()]
    if not 1 <= len(columns) <= 3 or len(set(columns)) != len(columns):
        raise UsageError(f"--by {by!r} names {len(columns)} columns.", "Give one to three different columns, "
                         "e.g. --by gender,ageBroad.")
    refuse_overwrite([output, report], inputs=[file], db=db if file is None else None)
    if file is None:
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown:
            raise UsageError(f"Unknown column(s) {', '.join(unknown)}.", f"Use some of: {', '.join(COLUMNS)}.")
        table = victim_stats(db, columns, threshold=threshold, key_file=key_file, output=str(output))
        source = "victims"
    else:
        _, keyed = read_csv(file, columns)
        if any(TOTAL in values for _, values in keyed):
            line = next(n for n, values in keyed if TOTAL in values)
            raise UsageError(f"{file}:{line}: a value is {TOTAL!r}, the name of the totals.", "Rename that value.")
        table = suppress(tabulate([values for _, values in keyed], columns, threshold))
        source = "rows"
    name = file or db
    if table.exposed:
        stderr.print(f"[red]{name}: {len(table.exposed)} hidden counts could still be worked out from the "
                     "totals; nothing was written.[/red] Count by fewer or coarser columns.", soft_wrap=True)
        return EXIT_FAILURE
    with atomic_output(output) as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow([*columns, "count"])
        w.writerows([*key, table.shown(key)] for key in table.keys())
    primary = sum(1 for r in table.hidden.values() if r == "primary")
    secondary = len(table.hidden) - primary
    if report is not None:
        with atomic_output(report) as out:
            w = csv.writer(out, lineterminator="\n")
            w.writerow([*columns, "hidden_because"])
            w.writerows([*key, f"under {threshold}" if table.hidden[key] == "primary" else "protects a hidden count"]
                        for key in table.keys() if key in table.hidden)
    total = table.counts[tuple(TOTAL for _ in columns)]
    stderr.print(f"{output}: {len(table.counts)} counts from {total} {source} by {', '.join(columns)}; "
                 f"{primary} under {threshold} hidden (\"<{threshold}\"), {secondary} more hidden (\"*\") so they "
                 "cannot be worked out from the totals.", soft_wrap=True)
    return EXIT_OK
