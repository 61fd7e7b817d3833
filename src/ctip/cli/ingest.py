"""`ctip ingest`: screen posts and store them, with their results, in the workspace."""

from __future__ import annotations

from itertools import islice

from ctip.cli._common import RejectReporter, progress, show_progress
from ctip.cli._screening import make_screener, screened
from ctip.cli.app import app, stderr
from ctip.cli.options import (
    DEFAULT_URL,
    Db,
    IdColumn,
    Ignore,
    InputFormat,
    Inputs,
    ModelPath,
    Quiet,
    Region,
    TextColumn,
    Workers,
)
from ctip.detect.model import MODEL_VERSION

COMMIT_EVERY = 500


@app.command(rich_help_panel="Detect",
             epilog="Example:  ctip ingest posts.jsonl telegram/result.json --db sqlite:///ctip.db")
def ingest(
    inputs: Inputs, db: Db = DEFAULT_URL, fmt: InputFormat = "auto", text_column: TextColumn = "text",
    id_column: IdColumn = "id", region: Region = None, workers: Workers = 0, model: ModelPath = None,
    quiet: Quiet = False, ignore: Ignore = None,
) -> int:
    """Screen posts and store posts, results and identifiers in the workspace database.

    Safe to repeat: posts already stored with the same text are left as they are. --ignore FILE
    adds identifiers never to link on to the workspace (kept for later runs and reports). Work is
    committed every few hundred posts, so an interrupted run keeps what it had stored.
    """
    from ctip.cli.screen import Tally
    from ctip.store.workspace import Workspace  # SQLAlchemy/Alembic load only when needed

    screener = make_screener(model, region)
    reporter = RejectReporter()
    tally = Tally()
    ignored = frozenset()
    if ignore is not None:
        from ctip.link.ignore import read_ignore_file

        ignored = read_ignore_file(ignore, screener.region)
    version = str(getattr(screener.model, "metadata_", {}).get("version", MODEL_VERSION))
    with Workspace(db) as ws:
        if ignore is not None:
            ws.add_ignored(ignored, str(ignore))
        run = ws.start_run(list(inputs))
        n = changed = 0
        stream = screened(inputs, fmt, text_column, id_column, screener, workers, reporter)
        with progress(show_progress(quiet)) as bar:
            task = bar.add_task("Ingesting", total=None)
            while batch := list(islice(stream, COMMIT_EVERY)):
                for s in batch:
                    tally.add(s.risk_level, s.needs_review)
                changed += ws.add_screenings(batch, version)
                n += len(batch)
                bar.advance(task, len(batch))
        from ctip.cli._linking import update_links

        update_links(ws)
        ws.finish_run(run, n, reporter.count)
        total = ws.count_posts()
    if not quiet:
        stderr.print(tally.line(n, None), markup=False, soft_wrap=True)
        stderr.print(f"{n} posts read, {changed} new or changed; the workspace {db} now holds {total} posts.")
        reporter.summary(n, "posts")
    return reporter.exit_code()
