"""Identifier extraction: phones, messaging handles, emails, URLs, wallets.

    ctip.extract(text, lang=None, *, region=None) -> list[Entity]   (this package is callable)
    extract_entities(text, lang=None, *, region=None, norm=None) -> list[Entity]
    extract_batch(norms, langs, *, region=None) -> list[list[Entity]]
    ENTITY_TYPES, link_key(entity), is_placeholder(entity), load_hotlines()

See docs/identifiers.md for the value formats and the rules behind them.
"""

import sys

from ctip._callable import CallableModule
from ctip.extract.api import extract_batch, extract_entities
from ctip.extract.kinds import ENTITY_TYPES, link_key
from ctip.extract.placeholders import is_placeholder, load_hotlines

__all__ = ["ENTITY_TYPES", "extract_batch", "extract_entities", "is_placeholder", "link_key", "load_hotlines"]

sys.modules[__name__].__class__ = CallableModule.calling("ctip.api", "extract")
