"""Sharing with partners: STIX 2.1 bundles and MISP events with keyed pseudonyms and TLP 2.0
markings, STIX import, and de-identified (k-anonymous) victim statistics.

The names below load on first use (PEP 562): `ctip.cli.serve` imports `ctip.share.tlp` for
its option check, and importing the whole package there (stix2, SQLAlchemy, Alembic) made every
`ctip` command start ~0.4 s slower, `ctip screen` included.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ctip.share.content import ShareContent, read_content
    from ctip.share.pseudonym import Pseudonymiser, load_share_key
    from ctip.share.service import REVEAL_PERMISSION, ExportResult, export_content, import_stix

__all__ = ["REVEAL_PERMISSION", "ExportResult", "Pseudonymiser", "ShareContent", "export_content", "import_stix",
           "load_share_key", "read_content"]

_WHERE = {"ShareContent": "content", "read_content": "content", "Pseudonymiser": "pseudonym",
          "load_share_key": "pseudonym", "REVEAL_PERMISSION": "service", "ExportResult": "service",
          "export_content": "service", "import_stix": "service"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'ctip.share' has no attribute {name!r}")
    value = getattr(import_module(f"ctip.share.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
