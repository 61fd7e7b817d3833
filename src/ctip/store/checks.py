"""What a post must satisfy to be stored, the same on SQLite and PostgreSQL.

PostgreSQL refuses NUL characters in text and values longer than a column, and one such value
would fail the whole batch; SQLite accepts both. Checking here, per post, keeps the two
databases alike and lets one odd record be rejected (FILE:LINE) while the rest is stored.
"""

from __future__ import annotations

from typing import Any

from ctip.records import Post

__all__ = ["MAX_IDENTIFIER", "clean_text", "clean_value", "storable_problem"]

NUL = "\x00"
REPLACEMENT = "\ufffd"  # one character for one: offsets of highlighted spans stay right
# Column sizes (store/schema.py); url, author and text have no limit.
_FIELD_LIMITS = (("id", 512), ("lang", 16), ("posted_at", 64), ("source", 64))
MAX_IDENTIFIER = 512  # longer identifiers (a huge URL) are kept in the text but not linked


def clean_text(value: str) -> str:
    """`value` with NUL characters replaced by U+FFFD (PostgreSQL cannot store NUL)."""
    return value.replace(NUL, REPLACEMENT) if NUL in value else value


def clean_value(value: Any) -> Any:
    """`clean_text` applied to every string inside a JSON-like value (keys included)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_value(v) for v in value]
    return value


def storable_problem(post: Post) -> str | None:
    """Why `post` cannot be stored (a field longer than its column), or None. Never quotes the text."""
    if NUL in post.id:
        return "the id contains a NUL character (\\u0000); ids must be plain text"
    for field, limit in _FIELD_LIMITS:
        value = getattr(post, field)
        if value is not None and len(value) > limit:
            return (f'"{field}" is {len(value):,} characters long; the workspace keeps at most {limit}. '
                    f"Shorten it in the input (ctip screen reads it as it is)")
    return None
