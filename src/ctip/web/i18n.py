"""Page text in English and Khmer, from data/web/i18n.yaml (one entry per key, a text per language)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

import yaml

__all__ = ["LANGUAGES", "translator"]

LANGUAGES = {"en": "English", "km": "ខ្មែរ"}


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("ctip.data").joinpath("web/i18n.yaml").read_text(encoding="utf-8")
    return {str(k): {str(lang): str(v) for lang, v in entry.items()} for k, entry in yaml.safe_load(text).items()}


def translator(lang: str) -> Callable[[str], str]:
    """`t(key)` in `lang`, falling back to English, then to the key itself (a missing entry shows)."""
    table = _table()

    def t(key: str) -> str:
        entry = table.get(key)
        if entry is None:
            return key
        return entry.get(lang) or entry.get("en") or key

    return t
