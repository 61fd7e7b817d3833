"""Pick the input format of a file: by its extension first, then by its first bytes.

Content rules (also used for stdin): `WARC/` → warc; `PAR1` → parquet; `{` → telegram when the first line is
just `{` (a pretty-printed JSON document) or one JSON object holding a "messages" list, else
jsonl; `[{` (a JSON array) → jsonl, whose reader explains the fix; `<` → html; a first line with a delimiter and a `text` column → csv; anything else →
text. A folder is always html. gzip is looked through (`posts.jsonl.gz` is jsonl).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ctip.ingest._source import GZIP_MAGIC, HEAD_SIZE, bom_encoding, check_readable, gunzip_head

FORMATS = ("auto", "jsonl", "csv", "telegram", "html", "warc", "text", "parquet")

_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".jl": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".txt": "text",
    ".text": "text",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_CSV_DELIMITERS = (",", "\t", ";")
_JSON_ARRAY = re.compile(r"\[\s*(\{|\]|$)")  # not "[URGENT] hiring…", which is text


def sniff_format(path: str | Path, head: bytes | None = None) -> str:
    """The format of `path` (one of FORMATS except "auto").

    `head` is the first bytes of the content; it is read from the file when not given
    (pass it for stdin, which cannot be read twice). Raises `InputError` for a missing file.
    """
    p = Path(path)
    if head is None and p.is_dir():
        return "html"
    by_name = format_from_name(p.name)
    if by_name:
        return by_name
    if head is None:
        check_readable(p)
        with open(p, "rb") as stream:
            head = stream.read(HEAD_SIZE)
    return sniff_content(head)


def format_from_name(name: str) -> str | None:
    """The format implied by a file name's extension, or None (`.json` and unknown: look inside)."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return _EXTENSIONS.get(suffixes[-1]) if suffixes else None


def sniff_content(head: bytes) -> str:
    """The format implied by the first bytes of an input."""
    if head.startswith(GZIP_MAGIC):
        head = gunzip_head(head)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    text = _decode_head(head).lstrip()
    if text.startswith("{"):
        return "telegram" if _looks_like_json_document(text) else "jsonl"
    if _JSON_ARRAY.match(text):
        return "jsonl"  # the JSONL reader explains how to convert a JSON array
    if text.startswith("<"):
        return "html"
    if _looks_like_csv_header(text.split("\n", 1)[0]):
        return "csv"
    return "text"


def _decode_head(head: bytes) -> str:
    encoding = bom_encoding(head) or "utf-8"
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    # The head may end inside a character: ignore what cannot be decoded, it is only a sample.
    return head.decode(encoding, "ignore")


def _looks_like_json_document(text: str) -> bool:
    first_line = text.split("\n", 1)[0].strip()
    if first_line == "{":
        return True  # JSONL never has a line that is just "{"
    try:
        value = json.loads(first_line)
    except (ValueError, RecursionError):  # RecursionError: a hostile first line nested thousands deep
        return False
    return isinstance(value, dict) and isinstance(value.get("messages"), list)


def _looks_like_csv_header(line: str) -> bool:
    for delimiter in _CSV_DELIMITERS:
        cells = [cell.strip().strip('"').strip() for cell in line.split(delimiter)]
        if len(cells) > 1 and "text" in cells:
            return True
    return False
