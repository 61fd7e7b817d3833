"""`ctip report`: write the workspace report as one self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ctip.cli._common import atomic_output, refuse_overwrite
from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.errors import UsageError


@app.command(rich_help_panel="Detect", epilog="Example:  ctip report --db sqlite:///ctip.db -o report.html")
def report(
    db: Db = DEFAULT_URL,
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path("report.html"),
    title: Annotated[str, typer.Option("--title", help="Title at the top of the page.")] = "ctip screening report",
) -> None:
    """Posts ranked by risk with the indicator spans highlighted, filters, charts, templates and networks."""
    from ctip.report.html import render_report
    from ctip.store.workspace import Workspace, now

    refuse_overwrite([output], db=db)
    _check_exists(db)
    with Workspace(db) as ws:
        posts = ws.stored_posts()
        if not posts:
            raise UsageError(f"The workspace {db} holds no posts yet.", "Add some first: ctip ingest posts.jsonl")
        from ctip.report.extras import report_extras

        html = render_report(posts, report_extras(posts, ws.ignored()), title=title, generated_at=now())
    with atomic_output(output, sensitive=True) as stream:
        stream.write(html)
    stderr.print(f"Report with {len(posts)} posts written to {output.resolve()}")


def _check_exists(url: str) -> None:
    """A report reads a workspace: a SQLite file that is not there is a typo, not a new workspace."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # Workspace explains bad URLs
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    if not Path(parsed.database).exists():
        raise UsageError(f"There is no workspace at {url} ({Path(parsed.database).resolve()} does not exist).",
                         "Check the --db path, or create the workspace first: ctip ingest posts.jsonl --db " + url)
