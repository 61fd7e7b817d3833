"""Reading inputs and running the screening pipeline, shared by `screen`, `ingest` and `eval`."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ctip.cli._common import RejectReporter
from ctip.detect.model import load_model
from ctip.errors import CtipError, UsageError
from ctip.ingest import FORMATS, read_posts
from ctip.limits import limits
from ctip.ocr import OcrReader, OcrSettings
from ctip.pipeline import Screener, default_workers, screen_stream
from ctip.records import Post, Rejected, Screening


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"Unknown input format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.")
    return fmt


def check_region(region: str | None) -> str | None:
    """The region upper-cased, or a usage error when it is not a country phone numbers know (`XX`)."""
    if region is None:
        return None
    import phonenumbers

    code = region.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise UsageError(f"--region {region!r} is not a two-letter country code.", "Example: --region KH")
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise UsageError(f"--region {region!r} is not a known country code.",
                         "Use an ISO 3166 code such as KH, TH, VN, MM, LA, ID, CN or MY.")
    return code


def make_screener(model_path: Path | None, region: str | None, *, ocr: bool = False) -> Screener:
    """The screener for a command; with `ocr`, posts' pictures are read (cache: CTIP_OCR_CACHE)."""
    code = check_region(region)
    reader = OcrReader(OcrSettings(time_limit=limits().ocr_seconds)) if ocr else None
    enabled = gc.isenabled()
    gc.disable()  # loading tables makes many long-lived objects and no garbage: don't collect meanwhile
    try:
        return Screener(_model(model_path), region=code, ocr=reader)
    finally:
        if enabled:
            gc.enable()


def _model(path: Path | None) -> Any:
    """The risk model; a --model file that is not one is a usage error (exit 2), whatever is wrong with it."""
    if path is None:
        return load_model()
    try:
        return load_model(path)
    except CtipError as exc:
        raise UsageError(exc.message, exc.hint) from None
    except Exception as exc:  # a damaged archive can fail in many ways (zip, pickle, numpy)
        raise UsageError(f"{path} is not a ctip risk model ({type(exc).__name__}).",
                         "Use a file written by `ctip train`.") from None


def screened(
    inputs: Sequence[str], fmt: str, text_column: str, id_column: str, screener: Screener, workers: int,
    reporter: RejectReporter, finish: Callable[[Screening], Any] | None = None, engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Any]:
    """Screenings (or `finish` of each) in input order; rejected records go to `reporter`."""
    items = read_posts(inputs, check_format(fmt), text_column=text_column, id_column=id_column, defer_jsonl=True,
                       max_chars=limits().post_chars)
    n_workers = workers if workers > 0 else default_workers()
    if engine == "dask":
        from ctip.engine import dask_screen_stream

        stream = dask_screen_stream(items, screener, workers=max(1, n_workers - 1), finish=finish,
                                    scheduler=scheduler)
        for result in stream:
            if isinstance(result, Rejected):
                reporter(result)
            else:
                yield result
        return
    if n_workers > 1:
        # The forked workers inherit this process's heap; gc.freeze() keeps their garbage
        # collector off those objects, which would otherwise copy every page of it into each.
        gc.freeze()
    for result in screen_stream(items, screener, workers=n_workers, finish=finish):
        if isinstance(result, Rejected):
            reporter(result)
        else:
            yield result


def with_languages(items: Iterable[Any]) -> Iterator[Any]:
    """Posts without a `lang` get the language ctip detects, so summaries never say "und" for real text."""
    import dataclasses

    from ctip.text.langid import detect_language

    for item in items:
        if type(item) is Post and item.lang is None:
            item = dataclasses.replace(item, lang=detect_language(item.text))
        yield item
