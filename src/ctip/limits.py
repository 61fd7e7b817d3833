"""Resource limits: how much ctip reads, keeps and waits for, so hostile inputs end cleanly.

Each limit has a default that real data stays far below and can be changed with an
environment variable (documented in docs/limits.md). A record over a limit is rejected with
`FILE:LINE: reason` naming the variable to raise; the rest of the input is read as usual.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from ctip.errors import UsageError

__all__ = ["Limits", "limits"]

_MB = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits in force; `limits()` reads them from the environment."""

    record_bytes: int = 16 * _MB  # one JSONL line, CSV record, text post, HTML page or WARC page
    document_bytes: int = 256 * _MB  # a whole Telegram export (read at once to keep line numbers)
    post_chars: int = 200_000  # the text of one post, after reading (screening time grows faster than length)
    fifo_wait_seconds: float = 60.0  # how long to wait for a program to start writing to a named pipe
    db_lock_seconds: float = 120.0  # how long to wait for another ingest to release the workspace
    yaml_aliases: int = 1_000  # YAML aliases (*name) in one rules or evidence file
    ocr_seconds: float = 60.0  # reading the text of one picture (a hostile image can make Tesseract crawl)
    dask_partition_posts: int = 20_000  # posts per Dask task in cluster/link --engine dask (memory per task)


# environment variable → (field, unit multiplier)
_VARIABLES = {
    "CTIP_MAX_RECORD_MB": ("record_bytes", _MB),
    "CTIP_MAX_DOCUMENT_MB": ("document_bytes", _MB),
    "CTIP_MAX_POST_CHARS": ("post_chars", 1),
    "CTIP_FIFO_WAIT_SECONDS": ("fifo_wait_seconds", 1),
    "CTIP_DB_LOCK_SECONDS": ("db_lock_seconds", 1),
    "CTIP_MAX_YAML_ALIASES": ("yaml_aliases", 1),
    "CTIP_OCR_SECONDS": ("ocr_seconds", 1),
    "CTIP_DASK_PARTITION_POSTS": ("dask_partition_posts", 1),
}
VARIABLE_OF = {field: variable for variable, (field, _) in _VARIABLES.items()}


def limits() -> Limits:
    """The limits, with any `CTIP_MAX_*` / `CTIP_*_SECONDS` environment variables applied."""
    types = {f.name: f.type for f in fields(Limits)}
    values: dict[str, float | int] = {}
    for variable, (field, unit) in _VARIABLES.items():
        raw = os.environ.get(variable)
        if raw is None or not raw.strip():
            continue
        try:
            number = float(raw)
        except ValueError:
            number = -1.0
        if not number > 0:
            raise UsageError(f"{variable}={raw!r} is not a positive number.", f"Example: {variable}=64")
        values[field] = int(number * unit) if types[field] in (int, "int") else number * unit
    return Limits(**values)  # type: ignore[arg-type]
