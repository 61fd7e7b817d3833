"""Readers: turn input files into `Post` records (or `Rejected` ones)."""

from ctip.ingest.html import html_visible_text
from ctip.ingest.readers import read_posts
from ctip.ingest.sniff import FORMATS, sniff_format

__all__ = ["FORMATS", "html_visible_text", "read_posts", "sniff_format"]
