"""Reading inputs and running the screening pipeline, shared by `screen`, `ingest` and `eval`."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ctip.cli._common import RejectReporter
from ctip.detect.model import load_model
from ctip.errors import UsageError
from ctip.ingest import FORMATS, read_posts
from ctip.limits import limits
from ctip.ocr import OcrReader, OcrSettings
from ctip.pipeline import Screener, default_workers, screen_stream
from ctip.records import Rejected, Screening


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"Unknown input format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.")
    return fmt


def make_screener(model_path: Path | None, region: str | None, *, ocr: bool = False) -> Screener:
    """The screener for a command; with `ocr`, posts' pictures are read (cache: CTIP_OCR_CACHE)."""
    if region is not None and (len(region) != 2 or not region.isalpha()):
        raise UsageError(f"--region {region!r} is not a two-letter country code.", "Example: --region KH")
    reader = OcrReader(OcrSettings(time_limit=limits().ocr_seconds)) if ocr else None
    return Screener(load_model(model_path), region=region.upper() if region else None, ocr=reader)


def screened(
    inputs: Sequence[str], fmt: str, text_column: str, id_column: str, screener: Screener, workers: int,
    reporter: RejectReporter, finish: Callable[[Screening], Any] | None = None,
) -> Iterator[Any]:
    """Screenings (or `finish` of each) in input order; rejected records go to `reporter`."""
    items = read_posts(inputs, check_format(fmt), text_column=text_column, id_column=id_column, defer_jsonl=True)
    n_workers = workers if workers > 0 else default_workers()
    if n_workers > 1:
        # The forked workers inherit this process's heap; gc.freeze() keeps their garbage
        # collector off those objects, which would otherwise copy every page of it into each.
        gc.freeze()
    for result in screen_stream(items, screener, workers=n_workers, finish=finish):
        if isinstance(result, Rejected):
            reporter(result)
        else:
            yield result
