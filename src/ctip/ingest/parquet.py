"""Read posts from Parquet files: one post per row, columns named like the JSONL fields.

Rows are numbered from 1 in messages (`FILE:ROW`). Files written by ctip (`-o x.parquet`) are
read back to exactly their JSONL records (JSON columns decoded, `extra` spread out again);
other Parquet files may hold any column types: dates and times become ISO text, lists and
structs become nested fields. A file that is not Parquet, or is damaged, is one rejected
record naming the file (and the row where reading stopped); the other inputs still go through.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from collections.abc import Iterator
from typing import Any

from ctip.ingest._record import post_from_record
from ctip.output.parquet import METADATA_KEY, pyarrow
from ctip.records import Post, Rejected

__all__ = ["PARQUET_MAGIC", "decoded_rows", "read_parquet"]

PARQUET_MAGIC = b"PAR1"
BATCH_ROWS = 10_000
_FIX = "Check that the file is a complete Parquet file (re-export or copy it again), or remove it from the inputs."


def read_parquet(path: str, name: str, *, id_key: str = "id", text_key: str = "text") -> Iterator[Post | Rejected]:
    """Posts from the Parquet file at `path` (`name` in messages), in row order."""
    row = 0
    broken = (OSError, ValueError, pyarrow().lib.ArrowException)  # every pyarrow error is an ArrowException
    try:
        for record in decoded_rows(path):
            row += 1
            if isinstance(record, str):
                yield Rejected(name, row, record)
            else:
                yield post_from_record(record, name, row, id_key=id_key, text_key=text_key)
    except broken as exc:
        where = "it is not a readable Parquet file" if row == 0 else "reading stopped here, the rest was not read"
        yield Rejected(name, row + 1 if row else 1, f"{where} ({type(exc).__name__}: {_short(exc)}). {_FIX}")


def decoded_rows(path: str) -> Iterator[dict[str, Any] | str]:
    """Each row as a JSON-ready dict (ctip's own layout undone), or a string saying why it cannot be."""
    pa = pyarrow()
    source = pa.parquet.ParquetFile(path)
    meta = _ctip_metadata(source.schema_arrow.metadata)
    json_cols = set(meta.get("json_columns") or ())
    optional = set(meta.get("optional") or ())
    extra = meta.get("extra_column")
    for batch in source.iter_batches(batch_size=BATCH_ROWS):
        for row in batch.to_pylist():
            yield _undo_layout(row, json_cols, optional, extra) if meta else _plain(row)


def _ctip_metadata(metadata: dict[bytes, bytes] | None) -> dict[str, Any]:
    raw = (metadata or {}).get(METADATA_KEY)
    if not raw:
        return {}
    try:
        meta = json.loads(raw)
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def _undo_layout(row: dict[str, Any], json_cols: set[str], optional: set[str],
                 extra: str | None) -> dict[str, Any] | str:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None and key in optional:
            continue
        if key == extra:
            if value is not None:
                try:
                    out.update(json.loads(value))
                except (TypeError, ValueError):
                    return f'the "{key}" column does not hold a JSON object'
            continue
        if key in json_cols and value is not None:
            try:
                value = json.loads(value)
            except (TypeError, ValueError):
                return f'the "{key}" column does not hold JSON text'
        out[key] = value
    return out


def _plain(row: dict[str, Any]) -> dict[str, Any] | str:
    """A row of any Parquet file as JSON-ready values (Parquet has types JSON lacks)."""
    try:
        return {str(k): _json_ready(v) for k, v in row.items()}
    except UnicodeDecodeError as exc:
        return f"a binary column holds bytes that are not UTF-8 text ({exc.reason})"


def _json_ready(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        # Parquet maps come out as lists of (key, value) pairs: keep them as pairs
        return [_json_ready(v) for v in value]
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytearray | memoryview) else str(value)


def _short(exc: Exception, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "…"
