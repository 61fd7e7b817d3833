"""`ctip screen`: score posts for trafficking-recruitment risk and say why."""

from __future__ import annotations

from contextlib import closing
from itertools import islice
from typing import Annotated

import typer

from ctip.cli._common import RejectReporter, atomic_output, progress, refuse_overwrite, show_progress
from ctip.cli._screening import make_screener, screened
from ctip.cli.app import app
from ctip.cli.options import (
    IdColumn,
    InputFormat,
    Inputs,
    ModelPath,
    NoOcr,
    Out,
    Quiet,
    Region,
    TextColumn,
    Workers,
)
from ctip.errors import UsageError
from ctip.output import csv_row, csv_writer, jsonl_line
from ctip.records import Screening

WRITE_CHUNK = 256
OutputFormat = Annotated[
    str | None, typer.Option("--output-format", "--to", help="jsonl (default) or csv; csv is implied by -o *.csv.")
]


def _output_format(out: object, requested: str | None) -> str:
    fmt = requested or ("csv" if str(out or "").lower().endswith(".csv") else "jsonl")
    if fmt not in ("jsonl", "csv"):
        raise UsageError(f"Unknown output format {fmt!r}.", "Use --output-format jsonl or csv.")
    return fmt


def _jsonl(s: Screening) -> str:
    return jsonl_line(s.to_dict())


def _csv_cells(s: Screening) -> list[str]:
    return csv_row(s.to_dict(), s.post.text)


@app.command(
    rich_help_panel="Detect",
    epilog="Example:  ctip screen posts.jsonl -o screened.jsonl   |   ctip screen export/result.json -o risky.csv",
)
def screen(
    inputs: Inputs, output: Out = None, fmt: InputFormat = "auto", text_column: TextColumn = "text",
    id_column: IdColumn = "id", region: Region = None, workers: Workers = 0, output_format: OutputFormat = None,
    model: ModelPath = None, no_ocr: NoOcr = False, quiet: Quiet = False,
) -> int:
    """Screen posts for trafficking-recruitment risk.

    Writes one result per input record, in input order: risk_score (0-1), risk_level, needs_review,
    the indicators that fired (with the text that made them fire) and the contact identifiers found.
    Records that cannot be read are listed on stderr as FILE:LINE: reason (exit status 3).
    """
    out_fmt = _output_format(output, output_format)
    refuse_overwrite([output], inputs)
    screener = make_screener(model, region, ocr=not no_ocr)
    reporter = RejectReporter()
    n = 0
    finish = _csv_cells if out_fmt == "csv" else _jsonl
    with atomic_output(output) as stream, progress(show_progress(quiet)) as bar:
        task = bar.add_task("Screening", total=None)
        write = csv_writer(stream).writerows if out_fmt == "csv" else stream.writelines
        results = screened(inputs, fmt, text_column, id_column, screener, workers, reporter, finish)
        with closing(results):  # a failed write (full disk) stops the workers at once
            while chunk := list(islice(results, WRITE_CHUNK)):  # one write per chunk, not per line
                write(chunk)
                n += len(chunk)
                bar.advance(task, len(chunk))
    if not quiet:
        reporter.summary(n, "posts")
    return reporter.exit_code()
