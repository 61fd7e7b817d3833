"""Option types shared by several commands (one definition, one help text)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Inputs = Annotated[
    list[str],
    typer.Argument(help="Input files or folders (JSONL, CSV, Parquet, Telegram result.json, HTML, WARC, text), "
                  "or - for stdin."),
]
Out = Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")]
InputFormat = Annotated[
    str, typer.Option("--format", "-f", help="Input format: auto, jsonl, csv, parquet, telegram, html, warc or text.")
]
TextColumn = Annotated[str, typer.Option("--text-column", help="CSV column holding the post text.")]
IdColumn = Annotated[str, typer.Option("--id-column", help="CSV column holding the post id.")]
Region = Annotated[
    str | None,
    typer.Option("--region", help="Country for local phone numbers (e.g. KH, TH); default: implied by each post."),
]
Workers = Annotated[int, typer.Option("--workers", "-j", help="Worker processes (default: one per core, plus one).")]
NoOcr = Annotated[
    bool, typer.Option("--no-ocr", help="Do not read the text in pictures (image files, photos, <img> of pages).")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
DEFAULT_URL = "sqlite:///ctip.db"  # same default as ctip.store.workspace.DEFAULT_URL
Db = Annotated[str, typer.Option("--db", help="Workspace database URL (default: sqlite:///ctip.db).")]
ModelPath = Annotated[Path | None, typer.Option("--model", help="A model file from `ctip train` (default: built-in).")]
Ignore = Annotated[
    Path | None,
    typer.Option("--ignore", help="Identifiers never to link on, one per line (see docs/linking.md)."),
]

Engine = Annotated[str, typer.Option("--engine", help="local (default: a process pool here) or dask (a Dask cluster; the same "
                                     "output).")]
Scheduler = Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler, e.g. "
                                               "tcp://10.0.0.5:8786 (default: a local cluster for this run).")]
