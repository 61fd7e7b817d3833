"""ctip: counter-trafficking in persons.

Screen online posts for trafficking recruitment, extract and link the identifiers behind
them, and make country assessments transparent. This module is the public Python API
(`docs/python.md`):

    import ctip
    results = ctip.screen(["Typing job in Sihanoukville, $1500/month, free ticket"])
    results[0].risk_score, results[0].score_parts, results[0].indicators
    ctip.extract("WhatsApp +855 12 345 678")          # -> [Entity(type="whatsapp", ...)]
    ctip.cluster(posts)                                 # post id -> template cluster id
    ctip.link(posts)                                    # recruiter networks (LinkRun)
    with ctip.Workspace("sqlite:///ctip.db") as ws: ...

Names are imported on first use, so `import ctip` (and the command line) stays fast.
"""

from __future__ import annotations

import os as _os
from importlib import import_module
from typing import TYPE_CHECKING, Any

# ctip forks worker processes. pyarrow (Parquet) loads jemalloc, whose background thread can hold a
# lock at the moment of a fork: the forked child then hangs (seen in tests). The system allocator is
# fork-safe, and jemalloc's background thread is turned off. Set before pyarrow is imported.
_os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
_os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")

from ctip.records import (
    ClusterSummary,
    Entity,
    IndicatorHit,
    NetworkSummary,
    Post,
    Rejected,
    ScoreParts,
    Screening,
    Span,
)

if TYPE_CHECKING:
    from ctip.api import cluster, extract, link  # noqa: F401  (the callable subpackages at run time)
    from ctip.detect.model import RiskModel, load_model
    from ctip.errors import CtipError
    from ctip.ingest import read_posts
    from ctip.link.run import LinkRun
    from ctip.pipeline import Screener, screen
    from ctip.store.workspace import Workspace

__version__ = "0.1.0"

_LAZY = {
    "CtipError": "ctip.errors",
    "LinkRun": "ctip.link.run",
    "RiskModel": "ctip.detect.model",
    "Screener": "ctip.pipeline",
    "Workspace": "ctip.store.workspace",
    "cluster": "ctip.api",
    "extract": "",  # the callable subpackage itself (see ctip/_callable.py)
    "link": "",
    "load_model": "ctip.detect.model",
    "read_posts": "ctip.ingest",
    "screen": "ctip.pipeline",
}

__all__ = [
    "ClusterSummary", "CtipError", "Entity", "IndicatorHit", "LinkRun", "NetworkSummary", "Post", "Rejected",
    "RiskModel", "ScoreParts", "Screener", "Screening", "Span", "Workspace", "__version__", "cluster", "extract",
    "link", "load_model", "read_posts", "screen",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = _LAZY[name]
        value = getattr(import_module(module), name) if module else import_module(f"ctip.{name}")
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'ctip' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
