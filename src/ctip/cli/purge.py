"""`ctip purge`: delete closed cases past their retention time."""

from __future__ import annotations

from typing import Annotated

import typer

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db


@app.command(rich_help_panel="Cases", epilog="Example:  ctip purge --db sqlite:///ctip.db --dry-run")
def purge(
    db: Db = DEFAULT_URL,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list what would be deleted.")] = False,
) -> None:
    """Delete closed cases (persons, consents, referrals, evidence) kept longer than their case type allows."""
    from ctip.cases.admin import purge as run_purge
    from ctip.cases.admin import retention_years
    from ctip.cases.context import SYSTEM, Casework

    cw = Casework.open(db)
    try:
        due = run_purge(cw, SYSTEM, dry_run=dry_run)
    finally:
        cw.close()
    for item in due:
        print(f"case {item['case_id']}\t{item['case_type']}\tclosed {item['closed_at']}\t"
              f"kept {item['retention_years']} years")
    verb = "would be deleted" if dry_run else "deleted"
    rules = ", ".join(f"{k} {v} y" for k, v in retention_years().items())
    stderr.print(f"{len(due)} closed case(s) {verb}. Retention after closure: {rules}.")
