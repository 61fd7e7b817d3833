"""`ctip evidence verify`: re-hash every stored evidence item."""

from __future__ import annotations

import typer
from rich.text import Text

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.errors import EXIT_FAILURE, EXIT_OK

evidence_app = typer.Typer(help="Check stored evidence.", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence", rich_help_panel="Cases")


@evidence_app.command("verify", epilog="Example:  ctip evidence verify --db sqlite:///ctip.db")
def verify(db: Db = DEFAULT_URL) -> int:
    """Re-hash all evidence (each check is a custody event); exit 1 naming any item whose bytes changed."""
    from ctip.cases.context import SYSTEM, Casework
    from ctip.cases.evidence import verify_all

    cw = Casework.open(db)
    try:
        result = verify_all(cw, SYSTEM)
    finally:
        cw.close()
    for item in result.failed:
        stderr.print(f"evidence {item['id']} ({item['filename']}, case {item['case_id']}): "
                     f"its bytes no longer match SHA-256 {item['sha256']}", soft_wrap=True)
    if result.failed:
        stderr.print(Text.assemble((f"{len(result.failed)} of {result.checked} items failed.", "red"),
                                   " Restore them from a verified copy; the failures are recorded as custody events."))
        return EXIT_FAILURE
    stderr.print(f"All {result.checked} evidence items match their SHA-256.")
    return EXIT_OK
