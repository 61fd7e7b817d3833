"""Triage reviews as training and evaluation data (`ctip train/eval --from-db`)."""

from __future__ import annotations

from sqlalchemy import select

from ctip.records import Post
from ctip.store import schema as t
from ctip.store.workspace import Workspace

__all__ = ["reviewed_posts"]


def reviewed_posts(url: str) -> list[Post]:
    """Every reviewed post with `label` (confirmed/escalated 1, dismissed 0) and `category` (the decision)."""
    with Workspace(url) as ws, ws.engine.connect() as conn:
        rows = conn.execute(select(t.posts.c.id, t.posts.c.text, t.screenings.c.lang, t.labels.c.label,
                                   t.labels.c.decision, t.labels.c.category)
                            .join(t.labels, t.labels.c.post_id == t.posts.c.id)
                            .join(t.screenings, t.screenings.c.post_id == t.posts.c.id, isouter=True)
                            .order_by(t.posts.c.id)).all()
    return [Post(id=r.id, text=r.text, lang=r.lang,
                 extra={"label": int(r.label), "category": r.category or r.decision or "reviewed"},
                 origin=f"{url}#labels/{r.id}") for r in rows]
