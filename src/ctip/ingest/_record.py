"""Build a `Post` from one flat record (a JSONL object or a CSV row), or say why it is rejected."""

from __future__ import annotations

import json
from typing import Any

from ctip.ingest.images import record_images
from ctip.records import Post, Rejected

OPTIONAL_FIELDS = ("lang", "url", "author", "posted_at", "source")
_MAX_QUOTED = 80
MAX_DEPTH = 64  # nesting of lists and objects in extra fields; real exports stay far below
_MISSING: Any = object()


def quote(value: str) -> str:
    """A value for a message: in double quotes, escaped, and cut if very long."""
    if len(value) > _MAX_QUOTED:
        value = value[:_MAX_QUOTED] + "…"
    return json.dumps(value, ensure_ascii=False)


def lone_surrogate_reason(escape: str) -> str:
    """Why a record whose JSON has a `\\ud800`-style escape with no partner is rejected."""
    return f"a \\u escape makes a lone surrogate ({escape}), which is not valid text; fix or drop that escape"


def json_error_reason(exc: json.JSONDecodeError) -> str:
    """`bad JSON: <what> at column N` (the decoder's own messages sometimes end in "at")."""
    where = "column" if exc.msg.endswith(" at") else "at column"
    return f"bad JSON: {exc.msg} {where} {exc.colno}"


def post_from_record(
    record: dict[str, Any], file: str, line: int, *, id_key: str = "id", text_key: str = "text",
    base: str | None = None,
) -> Post | Rejected:
    """A `Post` from `record`; fields other than id, text and OPTIONAL_FIELDS go to `extra`.

    `image` / `images` name pictures relative to `base`, the input file's folder (None: stdin).

    `record` is consumed: the known fields are popped and what remains becomes `extra`
    (popping is the cheap way to split it, and JSONL reading is the hot path).
    """
    pop = record.pop
    post_id = pop(id_key, _MISSING)
    if type(post_id) is not str:
        # Whole numbers are common ids in exports; anything else is a mistake worth reporting.
        if type(post_id) is not int:
            return Rejected(file, line, _bad_id_reason(id_key, post_id))
        post_id = str(post_id)
    elif not post_id or post_id.isspace():
        return Rejected(file, line, f'empty "{id_key}"')
    text = pop(text_key, _MISSING)
    if type(text) is not str:
        reason = f'missing "{text_key}"' if text is _MISSING else f'"{text_key}" must be a string'
        return Rejected(file, line, reason)
    optional = (
        pop("lang", None),
        pop("url", None),
        pop("author", None),
        pop("posted_at", None),
        pop("source", None),
    )
    for value in optional:
        if value is not None and type(value) is not str:
            checked = _check_optional(optional)
            if isinstance(checked, str):
                return Rejected(file, line, checked)
            optional = checked
            break
    images: tuple[str, ...] = ()
    if "image" in record or "images" in record:
        found = record_images((pop("image", None), pop("images", None)), base)
        if isinstance(found, str):
            return Rejected(file, line, found)
        images = found
    if record and not shallow(record):
        return Rejected(file, line, f"a field is nested more than {MAX_DEPTH} levels deep; flatten it or drop it")
    lang, url, author, posted_at, source = optional
    # Empty strings mean "not given" (CSV has no null).
    return Post(
        post_id,
        text,
        lang or None,
        url or None,
        author or None,
        posted_at or None,
        source or None,
        record,
        f"{file}:{line}",
        images,
    )


def checked_length(item: Post, max_chars: int) -> Post | Rejected:
    """`item`, or a Rejected record when its text is longer than `max_chars` (CTIP_MAX_POST_CHARS)."""
    if not max_chars or len(item.text) <= max_chars:
        return item
    file, _, line = item.origin.rpartition(":")
    reason = (f"the text is {len(item.text):,} characters long; the limit is {max_chars:,} "
              "(raise CTIP_MAX_POST_CHARS to screen it; long texts take much longer)")
    return Rejected(file, int(line) if line.isdigit() else 0, reason)


def shallow(value: Any, limit: int = 0) -> bool:
    """Whether lists and objects inside `value` nest at most MAX_DEPTH levels (checked without recursion).

    Deeper values would break writing the post out again (JSON, the database, worker pipes)."""
    limit = limit or MAX_DEPTH
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if type(item) is dict:
            stack.extend((v, depth + 1) for v in item.values() if type(v) in (dict, list))
        elif type(item) is list:
            stack.extend((v, depth + 1) for v in item if type(v) in (dict, list))
    return True


def _check_optional(values: tuple[Any, ...]) -> tuple[Any, ...] | str:
    """Numbers become strings (unix times, numeric author ids); other non-strings are a reason."""
    out = []
    for name, value in zip(OPTIONAL_FIELDS, values, strict=True):
        if value is not None and type(value) is not str:
            if type(value) not in (int, float):
                return f'"{name}" must be a string'
            value = str(value)
        out.append(value)
    return tuple(out)


def _bad_id_reason(id_key: str, value: Any) -> str:
    if value is _MISSING or value is None:
        return f'missing "{id_key}"'
    return f'"{id_key}" must be a string or a whole number'
