"""Parquet output (`-o FILE.parquet`): the same records as the JSONL output, in columns.

Layout (docs/formats.md): scalar fields get typed columns (strings, risk_score float64,
needs_review bool); nested fields (indicators, entities, score_parts, images) are JSON text,
one value per cell; every other input field carried into the output goes, as one JSON object,
into the `extra` column. The schema is the same for every file a command writes, so files of
many runs concatenate. The file's key-value metadata (`ctip`) lists which columns are JSON
and which nulls mean "field absent", so `ctip.ingest` reads the file back to exactly the
JSONL records (tested).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from ctip.errors import UsageError

__all__ = ["CLUSTER_LAYOUT", "LINK_LAYOUT", "METADATA_KEY", "SCREEN_LAYOUT", "Layout", "ParquetSink", "pyarrow"]

METADATA_KEY = b"ctip"
EXTRA = "extra"
ROW_GROUP = 50_000  # rows buffered per row group: big enough for fast scans, small enough for memory


def pyarrow() -> Any:
    """The pyarrow module, or a UsageError saying how to install it."""
    try:
        import pyarrow as pa
        import pyarrow.parquet  # noqa: F401  (the submodule must be loaded)
    except ImportError:
        raise UsageError("Parquet needs the pyarrow package.", "pip install 'ctip[scale]'") from None
    return pa


@dataclass(frozen=True, slots=True)
class Layout:
    """Columns of one kind of output: typed scalars, JSON-text fields, and which nulls mean absent."""

    typed: tuple[tuple[str, str], ...]  # (name, "string" | "float64" | "bool_"): pyarrow type functions
    json: tuple[str, ...] = ()
    optional: frozenset[str] = field(default_factory=frozenset)  # null → the field is left out when read
    extra: bool = False  # other fields go, as one JSON object, into `extra`

    def names(self) -> list[str]:
        return [n for n, _ in self.typed] + list(self.json) + ([EXTRA] if self.extra else [])

    def metadata(self) -> dict[str, Any]:
        return {"version": 1, "json_columns": list(self.json), "optional": sorted(self.optional),
                "extra_column": EXTRA if self.extra else None}


_S = "string"
SCREEN_LAYOUT = Layout(
    typed=(("id", _S), ("lang", _S), ("risk_score", "float64"), ("risk_level", _S), ("needs_review", "bool_"),
           ("frame", _S), ("url", _S), ("author", _S), ("posted_at", _S), ("source", _S), ("text", _S), ("ocr_text", _S)),
    json=("indicators", "entities", "score_parts", "images"),
    optional=frozenset(("url", "author", "posted_at", "source", "text", "ocr_text", "score_parts", "images")),
    extra=True,
)
CLUSTER_LAYOUT = Layout(typed=(("id", _S), ("cluster_id", _S)))
LINK_LAYOUT = Layout(typed=(("id", _S), ("network_id", _S), ("community_id", _S)))


def _dumps(value: Any) -> str:
    from ctip.output import jsonl_line

    return jsonl_line(value).rstrip("\n")


class ParquetSink:
    """Write records (dicts as in the JSONL output) to one Parquet file, in row groups of ROW_GROUP."""

    def __init__(self, stream: IO[bytes], layout: Layout) -> None:
        pa = pyarrow()
        self._pa, self.layout = pa, layout
        fields = [pa.field(n, getattr(pa, t)()) for n, t in layout.typed]
        fields += [pa.field(n, pa.string()) for n in layout.json]
        if layout.extra:
            fields.append(pa.field(EXTRA, pa.string()))
        self.schema = pa.schema(fields, metadata={METADATA_KEY: json.dumps(layout.metadata())})
        self._writer = pa.parquet.ParquetWriter(stream, self.schema, compression="zstd")
        self._columns: dict[str, list[Any]] = {n: [] for n in layout.names()}
        self._typed = [n for n, _ in layout.typed]
        self._known = frozenset(self._typed) | frozenset(layout.json)

    def write(self, records: Iterable[Mapping[str, Any]]) -> None:
        cols = self._columns
        for record in records:
            for name in self._typed:
                cols[name].append(record.get(name))
            for name in self.layout.json:
                value = record.get(name)
                cols[name].append(None if value is None and name in self.layout.optional else _dumps(value))
            if self.layout.extra:
                rest = {k: v for k, v in record.items() if k not in self._known}
                cols[EXTRA].append(_dumps(rest) if rest else None)
            if len(cols[self._typed[0]]) >= ROW_GROUP:
                self._flush()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if not self._columns[self._typed[0]]:
            return
        table = self._pa.table(self._columns, schema=self.schema)
        self._writer.write_table(table)
        for values in self._columns.values():
            values.clear()
