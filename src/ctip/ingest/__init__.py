"""Readers: turn input files into `Post` records (or `Rejected` ones)."""

from ctip.ingest.jsonl import LineBatch
from ctip.ingest.readers import SeenIds, read_posts
from ctip.ingest.sniff import FORMATS, sniff_format


def __getattr__(name: str) -> object:
    if name == "html_visible_text":  # the HTML parser is imported only when wanted
        from ctip.ingest.html import html_visible_text

        return html_visible_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FORMATS", "LineBatch", "SeenIds", "html_visible_text", "read_posts", "sniff_format"]
