"""`ctip ingest`: screen posts and store them, with their results, in the workspace."""

from __future__ import annotations

from contextlib import closing

from ctip.cli._common import RejectReporter, chunks, progress, rejected_at, show_progress
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
    NoOcr,
    Quiet,
    Region,
    TextColumn,
    Workers,
)
from ctip.errors import CtipError, InputError
from ctip.pipeline import default_workers

COMMIT_EVERY = 500


@app.command(rich_help_panel="Detect",
             epilog="Example:  ctip ingest posts.jsonl telegram/result.json --db sqlite:///ctip.db")
def ingest(
    inputs: Inputs, db: Db = DEFAULT_URL, fmt: InputFormat = "auto", text_column: TextColumn = "text",
    id_column: IdColumn = "id", region: Region = None, workers: Workers = 0, model: ModelPath = None,
    quiet: Quiet = False, ignore: Ignore = None, no_ocr: NoOcr = False,
) -> int:
    """Screen posts and store posts, results and identifiers in the workspace database.

    Safe to repeat: posts already stored with the same text are left as they are. --ignore FILE
    adds identifiers never to link on to the workspace (kept for later runs and reports). Work is
    committed every few hundred posts, so an interrupted run keeps what it had stored. Posts
    stored earlier with another model (or other indicator data) are screened again, so every
    stored score is what `ctip screen` gives now.
    """
    from ctip.cli.screen import Tally
    from ctip.store.workspace import Workspace  # SQLAlchemy/Alembic load only when needed

    screener = make_screener(model, region, ocr=not no_ocr)
    reporter = RejectReporter()
    tally = Tally()
    ignored = frozenset()
    if ignore is not None:
        from ctip.link.ignore import read_ignore_file

        ignored = read_ignore_file(ignore, screener.region)
    version = screener.version
    with Workspace(db) as ws:
        if ignore is not None:
            ws.add_ignored(ignored, str(ignore))
        run = ws.start_run(list(inputs))
        n = changed = rescreened = 0
        stopped: CtipError | None = None
        stream = screened(inputs, fmt, text_column, id_column, screener, workers, reporter)
        # closing(): a failed write stops the workers at once, not when the generator is collected
        with closing(stream), progress(show_progress(quiet)) as bar:
            task = bar.add_task("Ingesting", total=None)
            try:
                for batch in chunks(stream, COMMIT_EVERY):
                    stored, refused = ws.add_checked(batch, version)
                    changed += stored
                    for screening, reason in refused:
                        reporter(rejected_at(screening.post.origin or screening.post.id, reason))
                    left_out = {id(screening) for screening, _ in refused}
                    for s in batch:
                        if id(s) not in left_out:
                            tally.add(s.risk_level, s.needs_review)
                    n += len(batch) - len(refused)
                    bar.advance(task, len(batch))
            except InputError as exc:  # an input that cannot be read: keep and link what came before it
                stopped = exc
            stale = 0 if stopped else ws.count_stale(version)
            if stale:
                from ctip.store.rescreen import rescreen_stale

                task = bar.add_task("Re-screening stored posts (new model)", total=stale)
                rescreened = rescreen_stale(ws, screener, workers=workers or default_workers(),
                                            on_progress=lambda k: bar.advance(task, k))
        from ctip.link.workspace import update_links

        update_links(ws)
        ws.finish_run(run, n, reporter.count)
        total = ws.count_posts()
    if stopped is not None:
        if n:
            stderr.print(f"{n} posts read before the error were stored; the workspace now holds {total} posts.",
                         markup=False)
        raise stopped
    if not quiet:
        stderr.print(tally.line(n, None), markup=False, soft_wrap=True)
        stderr.print(f"{n} posts read, {changed} new or changed; the workspace {db} now holds {total} posts.")
        if rescreened:
            stderr.print(f"{rescreened} posts stored earlier were screened again with the current model.")
        reporter.summary(n, "posts")
    return reporter.exit_code()
