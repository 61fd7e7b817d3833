"""Re-screen stored posts whose scores came from another model or other cue tables.

A workspace records, with each score, the content hash of the model and cue tables that made
it (`Screener.version`). After either changes, stored scores would no longer match what
`ctip screen` says of the same posts; this brings them up to date.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, islice

from ctip.pipeline import Screener, screen_stream
from ctip.records import Screening
from ctip.store.workspace import Workspace

__all__ = ["rescreen_stale"]

COMMIT_EVERY = 500


def rescreen_stale(ws: Workspace, screener: Screener, *, workers: int = 1,
                   on_progress: Callable[[int], None] | None = None) -> int:
    """Screen again every stored post not screened by `screener`'s model; returns how many."""
    posts = chain.from_iterable(ws.iter_stale_posts(screener.version))
    results = (r for r in screen_stream(posts, screener, workers=workers) if isinstance(r, Screening))
    n = 0
    while batch := list(islice(results, COMMIT_EVERY)):
        ws.add_screenings(batch, screener.version)
        n += len(batch)
        if on_progress:
            on_progress(len(batch))
    return n
