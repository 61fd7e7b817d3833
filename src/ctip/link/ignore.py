"""Identifiers an analyst tells ctip never to link on (`--ignore FILE`).

Format: UTF-8 text, one identifier per line, written as it appears in posts; blank lines and
lines starting with `#` are skipped, and text after ` #` is a comment. Examples:

    # JobBoardKH's own contacts
    +855 12 555 777          # phone numbers: with the country code, or local with --region
    @jobboardkh_support      # Telegram handles, t.me links
    support@jobboard.example
    telegram:jobboardkh_support   # or a link key as `ctip link --graph` shows it (type:value)

Each line is read with the same extraction as posts, so any form ctip recognises in a post works
here. A line in which no identifier is found is an error naming FILE:LINE.
"""

from __future__ import annotations

from pathlib import Path

from ctip.errors import InputError

__all__ = ["KEY_TYPES", "read_ignore_file", "parse_ignore_lines"]

KEY_TYPES = ("tel", "phone", "whatsapp", "telegram", "telegram_id", "line", "wechat", "email", "url", "wallet_trc20",
             "wallet_erc20", "zalo", "cluster")
_HINT = "Write one phone number, handle, e-mail, link or wallet per line (see docs/linking.md)."


def parse_ignore_lines(lines: list[str], name: str, region: str | None = None) -> tuple[frozenset[str], list[str]]:
    """Link keys of the identifiers in `lines`, and `FILE:LINE: reason` for each line without one."""
    from ctip.extract import extract_entities, link_key

    keys: set[str] = set()
    problems: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, value = line.partition(":")
        if sep and kind in KEY_TYPES and value and not value.startswith("//"):
            keys.add(f"tel:{value}" if kind in ("phone", "whatsapp") else line)
            continue
        found = extract_entities(line, None, region=region)
        if not found:
            problems.append(f"{name}:{number}: no phone number, handle, e-mail, link or wallet found in {line!r}")
        keys.update(link_key(e) for e in found)
    return frozenset(keys), problems


def read_ignore_file(path: str | Path, region: str | None = None) -> frozenset[str]:
    """The link keys listed in an ignore file; raises InputError naming the first bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the ignore list ({exc.__class__.__name__})", _HINT) from exc
    keys, problems = parse_ignore_lines(lines, str(path), region)
    if problems:
        where, _, reason = problems[0].rpartition(": no ")
        more = f" (and {len(problems) - 1} more lines like it)" if len(problems) > 1 else ""
        raise InputError(where, f"no {reason}{more}", _HINT)
    return keys
