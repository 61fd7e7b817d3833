"""Writers for screening results: JSONL (the contract) and CSV (for spreadsheets)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

import orjson

CSV_COLUMNS = ("id", "lang", "risk_score", "risk_level", "needs_review", "indicator_ids", "indicators",
               "entities", "text")


def jsonl_line(record: dict[str, Any]) -> str:
    """One compact JSON line (UTF-8 text, not \\u escapes) ending in a newline."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):  # integers beyond 64 bits, non-string keys
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_jsonl(stream: IO[str], records: Iterable[dict[str, Any]]) -> int:
    n = 0
    for record in records:
        stream.write(jsonl_line(record))
        n += 1
    return n


def csv_row(record: dict[str, Any], text: str) -> list[str]:
    """Flatten one screening for a spreadsheet; lists become readable `;`-joined cells.

    Every cell is defused, not only the text: ids, languages and identifiers come from the
    input too, and a spreadsheet runs any cell that starts like a formula.
    """
    indicators = record["indicators"]
    cells = [
        record["id"],
        record["lang"],
        f"{record['risk_score']:.4f}",
        record["risk_level"],
        "yes" if record["needs_review"] else "no",
        " ".join(h["id"] for h in indicators),
        "; ".join(f"{h['id']} {h['name']}: " + " | ".join(s["text"] for s in h["spans"]) for h in indicators),
        "; ".join(f"{e['type']}={e['value']}" for e in record["entities"]),
        text,
    ]
    return [_defuse_formula(str(cell)) for cell in cells]


def _defuse_formula(cell: str) -> str:
    # Spreadsheet apps run cells starting with = + - @ as formulas (CSV injection).
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def csv_writer(stream: IO[str]) -> Any:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    return writer
