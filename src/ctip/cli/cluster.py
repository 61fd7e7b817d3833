"""`ctip cluster`: group posts that re-use one ad template (or are near-duplicates)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated, Any

import typer

from ctip.cli._common import (
    RejectReporter,
    atomic_output,
    jsonl_output,
    progress,
    refuse_overwrite,
    show_progress,
    table_output,
    write_records,
)
from ctip.cli._screening import check_format, with_languages
from ctip.cli.app import app, stderr
from ctip.cli.options import Engine, IdColumn, InputFormat, Inputs, Out, Quiet, Scheduler, TextColumn, Workers
from ctip.errors import UsageError
from ctip.limits import limits
from ctip.output import jsonl_line
from ctip.output.parquet import CLUSTER_LAYOUT
from ctip.runtime import usable_cores

SummaryFile = Annotated[Path | None, typer.Option("--summary", help="Also write one JSON line per cluster here.")]
Threshold = Annotated[float, typer.Option("--threshold", help="Similarity (0-1) needed to share a template.")]


@app.command(rich_help_panel="Link", epilog="Example:  ctip cluster screened.jsonl -o clusters.jsonl --summary templates.jsonl")
def cluster(
    inputs: Inputs, output: Out = None, summary: SummaryFile = None, threshold: Threshold = 0.5,
    fmt: InputFormat = "auto", text_column: TextColumn = "text", id_column: IdColumn = "id", workers: Workers = 0,
    quiet: Quiet = False, engine: Engine = "local", scheduler: Scheduler = None,
) -> int:
    """Template clusters: one line per post, {id, cluster_id}; a post alone gets cluster_id null.

    Robust to new phone numbers, salaries, places and names, reordered sentences, emoji and typos.
    --summary lists each cluster: size, languages, first/last seen and the template with {slots}.
    """

    from ctip.engine import check_engine
    from ctip.ingest import read_posts
    from ctip.link.clusterer import TemplateClusterer

    check_engine(engine, scheduler)
    table_output(output)
    jsonl_output(summary)
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"--threshold must be between 0 and 1, not {threshold}.")
    refuse_overwrite([output, summary], inputs)
    # The Dask engine parses JSONL on its workers and checks duplicate ids itself (dask_link._scatter).
    items = read_posts(inputs, check_format(fmt), text_column=text_column, id_column=id_column,
                       defer_jsonl=engine == "dask")
    reporter = RejectReporter()
    n_jobs = workers if workers > 0 else min(usable_cores(), 8)
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(progress(show_progress(quiet)))
        task = bar.add_task("Clustering", total=None)
        if engine == "dask":
            from ctip.engine import dask_client
            from ctip.engine.dask_link import dask_cluster

            client = stack.enter_context(dask_client(scheduler, max(1, n_jobs - 1)))
            model = dask_cluster(client, items, threshold=threshold, on_reject=reporter,
                                 on_progress=lambda n: bar.advance(task, n), partition=limits().dask_partition_posts,
                                 summaries=summary is not None)
        else:
            model = TemplateClusterer(threshold, n_jobs=n_jobs)
            model.fit(with_languages(items), on_reject=reporter, on_progress=lambda n: bar.advance(task, n))
        _write(model, output, summary)
    if not quiet:
        n_clusters = len({label for label in model.labels_ if label is not None})
        stderr.print(f"{len(model.post_ids_)} posts, {n_clusters} template clusters.")
        reporter.summary(len(model.post_ids_), "posts")
    return reporter.exit_code()


def _write(model: Any, output: Path | None, summary: Path | None) -> None:
    """Labels (and summaries) of a fitted TemplateClusterer or DaskClustering; inside the Dask client's life."""
    write_records(output, ({"id": post_id, "cluster_id": cid}
                           for post_id, cid in zip(model.post_ids_, model.labels_, strict=True)), CLUSTER_LAYOUT)
    if summary is not None:
        summaries = model.summaries()
        with atomic_output(summary, sensitive=True) as stream:
            stream.writelines(jsonl_line(s.to_dict()) for s in summaries)
