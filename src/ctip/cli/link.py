"""`ctip link`: recruiter networks — posts joined through shared identifiers (and templates)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
from ctip.cli._screening import check_format, check_region, with_languages
from ctip.cli._terminal import visible
from ctip.cli.app import app, stderr
from ctip.cli.options import (
    Engine,
    IdColumn,
    Ignore,
    InputFormat,
    Inputs,
    Out,
    Quiet,
    Region,
    Scheduler,
    TextColumn,
    Workers,
)
from ctip.errors import UsageError
from ctip.limits import limits
from ctip.output import jsonl_line
from ctip.output.parquet import LINK_LAYOUT
from ctip.runtime import usable_cores

GraphFile = Annotated[Path | None, typer.Option("--graph", help="Also write the graph: FILE.json or FILE.graphml.")]
By = Annotated[str, typer.Option("--by", help="What links posts: identifiers, clusters or identifiers,clusters.")]
HubMax = Annotated[int, typer.Option("--hub-max", help="An identifier in more than N separate groups is a hub.")]
Hotlines = Annotated[Path | None, typer.Option("--hotlines", help="Numbers never to link on (default: built-in).")]
SummaryFile = Annotated[Path | None, typer.Option("--summary", help="Also write one JSON line per network here.")]


@app.command(rich_help_panel="Link", epilog="Example:  ctip link screened.jsonl -o networks.jsonl --graph net.json --by identifiers,clusters")
def link(
    inputs: Inputs, output: Out = None, graph: GraphFile = None, by: By = "identifiers", hub_max: HubMax = 10,
    hotlines: Hotlines = None, summary: SummaryFile = None, region: Region = None, fmt: InputFormat = "auto",
    text_column: TextColumn = "text", id_column: IdColumn = "id", workers: Workers = 0, quiet: Quiet = False,
    ignore: Ignore = None, engine: Engine = "local", scheduler: Scheduler = None,
) -> int:
    """Recruiter networks: one line per post, {id, network_id, community_id}; unlinked posts get null.

    Hotlines, placeholders, identifiers listed in --ignore FILE, site furniture (a job board's own
    contacts on many of its pages) and hubs (identifiers shared by more than --hub-max separate
    groups) never link; hubs and furniture are listed on stderr. See docs/linking.md.
    """

    from ctip.engine import check_engine
    from ctip.ingest import read_posts
    from ctip.link.keys import default_blocked, read_blocklist
    from ctip.link.run import link_posts

    check_engine(engine, scheduler)
    table_output(output)
    jsonl_output(summary)
    parts = _check(by, hub_max, region, graph)
    refuse_overwrite([output, summary, graph], [*inputs, *([hotlines] if hotlines else [])])
    blocked = read_blocklist(hotlines) if hotlines else default_blocked()
    if ignore is not None:
        from ctip.link.ignore import read_ignore_file

        blocked |= read_ignore_file(ignore, check_region(region))
    # The Dask engine parses JSONL on its workers and checks duplicate ids itself (dask_link._scatter).
    items = read_posts(inputs, check_format(fmt), text_column=text_column, id_column=id_column,
                       defer_jsonl=engine == "dask")
    reporter = RejectReporter()
    n_jobs = workers if workers > 0 else min(usable_cores(), 8)
    common = {"by": parts, "hub_max": hub_max, "blocked": blocked, "region": region.upper() if region else None,
              "snippet_chars": 200 if graph else 0, "on_reject": reporter}
    with progress(show_progress(quiet)) as bar:
        task = bar.add_task("Linking", total=None)
        if engine == "dask":
            from ctip.engine import dask_client
            from ctip.engine.dask_link import dask_link_posts

            with dask_client(scheduler, max(1, n_jobs - 1)) as client:
                run = dask_link_posts(client, items, on_progress=lambda n: bar.advance(task, n),
                                      partition=limits().dask_partition_posts, **common)
        else:
            run = link_posts(with_languages(items), n_jobs=n_jobs, on_progress=lambda n: bar.advance(task, n),
                             **common)
    _write(run, output, summary, graph)
    lk = run.linkage
    _report_hubs(lk.hubs)
    _report_furniture(run.furniture)
    if not quiet:
        stderr.print(f"{len(lk.post_ids)} posts, {len({n for n in lk.network_ids if n})} networks, {len(lk.hubs)} hubs.")
        reporter.summary(len(lk.post_ids), "posts")
    return reporter.exit_code()


def _check(by: str, hub_max: int, region: str | None, graph: Path | None) -> tuple[str, ...]:
    from ctip.link.graph import graph_format
    from ctip.link.run import BY_CHOICES

    parts = tuple(p.strip() for p in by.split(",") if p.strip())
    if not parts or any(p not in BY_CHOICES for p in parts):
        raise UsageError(f"--by {by!r} is not valid.", "Use identifiers, clusters or identifiers,clusters.")
    if hub_max < 1:
        raise UsageError("--hub-max must be at least 1.")
    check_region(region)
    if graph is not None and not graph_format(graph):
        raise UsageError(f"--graph {graph}: the name must end in .json or .graphml.")
    return parts


def _write(run, output: Path | None, summary: Path | None, graph: Path | None) -> None:
    from ctip.link.graph import graph_format, graph_json, write_graph

    lk = run.linkage
    rows = zip(lk.post_ids, lk.network_ids, run.structure.community_ids, strict=True)
    write_records(output, ({"id": pid, "network_id": nid, "community_id": cid} for pid, nid, cid in rows),
                  LINK_LAYOUT)
    if summary is not None:
        with atomic_output(summary) as stream:
            stream.writelines(jsonl_line(s.to_dict()) for s in run.summaries())
    if graph is not None:
        with atomic_output(graph, sensitive=True) as stream:
            write_graph(graph_json(run), stream, graph_format(graph))


def _report_hubs(hubs: dict[str, dict[str, int]], limit: int = 20) -> None:
    """Hubs change the result, so they are reported even with --quiet (the first `limit`, biggest first)."""
    ranked = sorted(hubs.items(), key=lambda kv: (-kv[1]["groups"], kv[0]))
    for key, info in ranked[:limit]:
        stderr.print(visible(f"hub, not linked: {key} ({info['posts']} posts in {info['groups']} separate groups)"),
                     markup=False, soft_wrap=True)
    if len(ranked) > limit:
        stderr.print(f"… and {len(ranked) - limit} more hubs (all are listed in the --graph output).")


def _report_furniture(found: dict[tuple[str, str], dict[str, int]], limit: int = 20) -> None:
    """Site furniture changes the result too, so it is reported even with --quiet."""
    ranked = sorted(found.items(), key=lambda kv: (kv[0][0], -kv[1]["pages"], kv[0][1]))
    for (site, key), info in ranked[:limit]:
        stderr.print(f"site furniture, not linked: {key} (on {info['pages']} of {info['of']} pages of {site}, "
                     f"next to {info['groups']} separate contacts)", markup=False, soft_wrap=True)
    if len(ranked) > limit:
        stderr.print(f"… and {len(ranked) - limit} more site-furniture identifiers.")
