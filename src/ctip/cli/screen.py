"""`ctip screen`: score posts for trafficking-recruitment risk and say why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import closing
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from ctip.cli._common import RejectReporter, atomic_output, progress, refuse_overwrite, show_progress
from ctip.cli._screening import make_screener, screened
from ctip.cli.app import app, stderr
from ctip.cli.options import (
    Engine,
    IdColumn,
    InputFormat,
    Inputs,
    ModelPath,
    NoOcr,
    Out,
    Quiet,
    Region,
    Scheduler,
    TextColumn,
    Workers,
)
from ctip.errors import UsageError
from ctip.output import carried_columns, csv_row, csv_writer, jsonl_bytes, write_lines
from ctip.records import Screening

WRITE_CHUNK = 256
OutputFormat = Annotated[
    str | None, typer.Option("--output-format", "--to",
                               help="jsonl (default), csv or parquet; implied by -o *.csv or *.parquet.")
]
NoText = Annotated[bool, typer.Option("--no-text", help="Leave the post text out of the output (JSONL).")]
# What an output file name may end in without --output-format (anything else is likely a mistake: x.xlsx).
OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl", ".json": "jsonl", ".csv": "csv",
                   ".parquet": "parquet", ".pq": "parquet"}


def output_format(out: Path | None, requested: str | None) -> str:
    """jsonl, csv or parquet: as requested, else from the output file's extension; anything else is a usage error."""
    if requested is not None:
        if requested not in ("jsonl", "csv", "parquet"):
            raise UsageError(f"Unknown output format {requested!r}.", "Use --output-format jsonl, csv or parquet.")
        return requested
    suffix = Path(str(out)).suffix.lower() if out is not None and str(out) != "-" else ""
    if suffix and suffix not in OUTPUT_SUFFIXES:
        raise UsageError(f"ctip cannot write {suffix} files ({out}).",
                         "Name the output .jsonl, .csv (a CSV opens in Excel and LibreOffice) or .parquet.")
    return OUTPUT_SUFFIXES.get(suffix, "jsonl")


def record_of(s: Screening, with_text: bool) -> dict[str, Any]:
    """The output record of one screening: the contract fields, carried input fields and the text."""
    record = s.to_dict()
    if with_text:
        record["text"] = s.post.text
    return record


class Tally:
    """Counts of what was screened, for the closing summary (what `ingest` prints too)."""

    def __init__(self) -> None:
        self.levels: Counter[str] = Counter()
        self.review = 0

    def wrap(self, finish: Callable[[Screening], Any]) -> Callable[[Screening], tuple[Any, str, bool]]:
        """`finish` plus what the tally needs; a partial of module functions, so spawn can pickle it."""
        return partial(_counted, finish)

    def add(self, level: str, review: bool) -> None:
        self.levels[level] += 1
        self.review += review

    def line(self, n: int, output: Path | None) -> str:
        where = f" Written to {Path(output).resolve()}." if output is not None and str(output) != "-" else ""
        return (f"{n} posts screened: {self.review} need review ({self.levels['high']} high, "
                f"{self.levels['medium']} medium, {self.levels['low']} low risk).{where}")


@app.command(
    rich_help_panel="Detect",
    epilog="Example:  ctip screen posts.jsonl -o screened.jsonl   |   ctip screen export/result.json -o risky.csv",
)
def screen(
    inputs: Inputs, output: Out = None, fmt: InputFormat = "auto", text_column: TextColumn = "text",
    id_column: IdColumn = "id", region: Region = None, workers: Workers = 0, output_format_: OutputFormat = None,
    model: ModelPath = None, no_ocr: NoOcr = False, quiet: Quiet = False, no_text: NoText = False,
    engine: Engine = "local", scheduler: Scheduler = None,
) -> int:
    """Screen posts for trafficking-recruitment risk.

    Writes one result per input record, in input order: risk_score (0-1), risk_level, needs_review,
    the indicators that fired (with the text that made them fire), the contact identifiers found,
    and the post itself (text, url, author, posted_at, channel, …) so that `ctip cluster` and
    `ctip link` can read the output. Records that cannot be read are listed on stderr as
    FILE:LINE: reason (exit status 3).
    """
    from ctip.engine import check_engine

    check_engine(engine, scheduler)
    out_fmt = output_format(output, output_format_)
    refuse_overwrite([output], inputs)
    screener = make_screener(model, region, ocr=not no_ocr)
    reporter = RejectReporter()
    tally = Tally()
    n = 0
    if out_fmt == "csv":
        finish: Callable[[Screening], Any] = _csv_record
    elif out_fmt == "parquet":
        from ctip.output.parquet import pyarrow

        pyarrow()  # a missing pyarrow is said before any work
        finish = _dict_no_text if no_text else _dict_with_text
    else:
        finish = _jsonl_no_text if no_text else _jsonl_with_text
    with atomic_output(output, sensitive=True, binary=out_fmt == "parquet") as stream, \
            progress(show_progress(quiet)) as bar:
        task = bar.add_task("Screening", total=None)
        results = screened(inputs, fmt, text_column, id_column, screener, workers, reporter, tally.wrap(finish),
                           engine, scheduler)
        write: Callable[[list[Any]], None] | None = None
        sink = _parquet_sink(stream) if out_fmt == "parquet" else None
        with closing(results):  # a failed write (full disk) stops the workers at once
            while chunk := list(islice(results, WRITE_CHUNK)):  # one write per chunk, not per line
                for _, level, review in chunk:
                    tally.add(level, review)
                if out_fmt == "csv":
                    if write is None:
                        carried = carried_columns(record for record, _ in (c[0] for c in chunk))
                        write = csv_writer(stream, carried).writerows
                    write([csv_row(record, text, carried) for record, text in (c[0] for c in chunk)])
                elif sink is not None:
                    sink.write(c[0] for c in chunk)
                else:
                    write_lines(stream, [c[0] for c in chunk])
                n += len(chunk)
                bar.advance(task, len(chunk))
        if out_fmt == "csv" and write is None:
            csv_writer(stream, carried_columns([]))
        if sink is not None:
            sink.close()
    if not quiet:
        stderr.print(tally.line(n, output), markup=False, soft_wrap=True)
        reporter.summary(n, "posts")
    return reporter.exit_code()


def _counted(finish: Callable[[Screening], Any], s: Screening) -> tuple[Any, str, bool]:
    return finish(s), s.risk_level, s.needs_review


def _jsonl_with_text(s: Screening) -> bytes | str:
    return jsonl_bytes(record_of(s, True))  # bytes travel back from a worker and to the file as they are


def _jsonl_no_text(s: Screening) -> bytes | str:
    return jsonl_bytes(record_of(s, False))


def _dict_with_text(s: Screening) -> dict[str, Any]:
    return record_of(s, True)


def _dict_no_text(s: Screening) -> dict[str, Any]:
    return record_of(s, False)


def _parquet_sink(stream: Any) -> Any:
    from ctip.output.parquet import SCREEN_LAYOUT, ParquetSink

    return ParquetSink(stream, SCREEN_LAYOUT)


def _csv_record(s: Screening) -> tuple[dict[str, Any], str]:
    return s.to_dict(), s.post.text
