"""`ctip audit verify`: check the hash chain of the audit log."""

from __future__ import annotations

import typer
from rich.text import Text

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.errors import EXIT_FAILURE, EXIT_OK

audit_app = typer.Typer(help="Check the audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit", rich_help_panel="Cases")


@audit_app.command("verify", epilog="Example:  ctip audit verify --db sqlite:///ctip.db")
def verify(db: Db = DEFAULT_URL) -> int:
    """Exit 0 when every entry is intact and in order; 1 naming the first altered, removed or moved entry."""
    from ctip.cases import audit
    from ctip.store.workspace import Workspace

    with Workspace(db) as ws, ws.engine.connect() as conn:
        n, head, problem = audit.verify(conn)
    if problem is not None:
        stderr.print(Text.assemble((f"Audit log broken at entry {problem.seq}:", "red"),
                                   f" {problem.message}. The {n} entries before it are intact."), soft_wrap=True)
        return EXIT_FAILURE
    stderr.print(f"Audit log intact: {n} entries; head hash {head}. "
                 "Note the head hash somewhere else to detect later truncation.", soft_wrap=True)
    return EXIT_OK
