"""Plain helpers for the ingest tests (a unique module name, so it cannot clash with other test folders)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ctip.ingest import read_posts
from ctip.records import Post, Rejected

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

# (target URI, WARC-Date, HTTP status line, Content-Type, body)
WarcPage = tuple[str, str, str, str, bytes]

DEFAULT_PAGES: list[WarcPage] = [
    (
        "https://jobs.example.org/post/1",
        "2024-05-01T10:00:00Z",
        "200 OK",
        "text/html; charset=utf-8",
        b"<html><head><title>t</title></head><body><p>Work in Sihanoukville, 1500 USD</p>"
        b"<script>track()</script></body></html>",
    ),
    ("https://jobs.example.org/logo.png", "2024-05-01T10:00:01Z", "200 OK", "image/png", b"\x89PNG\r\n"),
    ("https://jobs.example.org/missing", "2024-05-01T10:00:02Z", "404 Not Found", "text/html", b"<p>404</p>"),
    (
        "https://jobs.example.org/post/2",
        "2024-05-01T10:00:03Z",
        "200 OK",
        "text/html; charset=windows-1252",
        "<p>Caf\xe9 staff wanted</p>".encode("cp1252"),
    ),
]


def write_warc(path: Path, pages: Sequence[WarcPage] = DEFAULT_PAGES, *, gzip: bool = True) -> Path:
    """Write a WARC of `response` records (one per page) with warcio, plus one `request` record."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        request = writer.create_warc_record(
            pages[0][0],
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "jobs.example.org")], is_http_request=True
            ),
        )
        writer.write_record(request)
        for uri, date, status, content_type, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
    return path


def read_all(paths: Sequence[str | Path], fmt: str = "auto", **options: str) -> list[Post | Rejected]:
    return list(read_posts(paths, fmt, **options))


def posts_of(items: list[Post | Rejected]) -> list[Post]:
    return [item for item in items if isinstance(item, Post)]


def rejects_of(items: list[Post | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]
