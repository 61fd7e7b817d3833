"""The triage queue (screened posts nobody has reviewed, highest risk first) and reviews.

A review is stored as a label (who, when, decision, note): confirmed and escalated posts
count as positives and dismissed ones as negatives when `ctip train --from-db` learns from them.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, Text, delete, func, select, true, type_coerce

from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, NotFound
from ctip.cases.fields import REVIEW_DECISIONS
from ctip.cases.permissions import Actor
from ctip.detect.frames import FRAME_CHOICES, UNKNOWN
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["FRAME_CHOICES", "MAX_LIMIT", "count_unreviewed", "get_post", "group_posts", "picture_path", "post_details",
           "queue", "review"]

MAX_LIMIT = 500
LABEL_OF = {"confirmed": 1, "escalated": 1, "dismissed": 0}


def _post_query() -> Any:
    sc = t.screenings.c
    return (select(t.posts.c.id, t.posts.c.text, t.posts.c.url, t.posts.c.author, t.posts.c.posted_at,
                   t.posts.c.source, t.posts.c.extra, sc.lang, sc.risk_score, sc.risk_level, sc.needs_review,
                   sc.frame,
                   t.clusters.c.cluster_id, t.networks.c.network_id, t.labels.c.decision, t.labels.c.note,
                   t.labels.c.labelled_by, t.labels.c.labelled_at)
            .join(t.screenings, sc.post_id == t.posts.c.id)
            .join(t.clusters, t.clusters.c.post_id == t.posts.c.id, isouter=True)
            .join(t.networks, t.networks.c.post_id == t.posts.c.id, isouter=True)
            .join(t.labels, t.labels.c.post_id == t.posts.c.id, isouter=True))


def _details(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    ids = [r.id for r in rows]
    hits: dict[str, list[dict[str, Any]]] = {}
    ents: dict[str, list[dict[str, Any]]] = {}
    if ids:
        ih = t.indicator_hits.c
        # spans read as text and parsed with orjson: the JSON type's json.loads was half the time
        for h in conn.execute(select(ih.post_id, ih.indicator_id, ih.name, ih.family, ih.weight, ih.detail,
                                     type_coerce(ih.spans, Text).label("spans"))
                              .where(ih.post_id.in_(ids)).order_by(ih.indicator_id)):
            spans = orjson.loads(h.spans) if isinstance(h.spans, str | bytes) else h.spans
            hits.setdefault(h.post_id, []).append({"id": h.indicator_id, "name": h.name, "family": h.family,
                                                   "weight": h.weight, "spans": list(spans),
                                                   **({"detail": h.detail} if h.detail else {})})
        for m in conn.execute(select(t.mentions, t.identifiers.c.type, t.identifiers.c.value)
                              .join(t.identifiers, t.identifiers.c.id == t.mentions.c.identifier_id)
                              .where(t.mentions.c.post_id.in_(ids)).order_by(t.mentions.c.start)):
            ents.setdefault(m.post_id, []).append({"type": m.type, "value": m.value, "raw": m.raw,
                                                  "start": m.start, "end": m.end})
    out = []
    for r in rows:
        item = {"id": r.id, "text": r.text, "lang": r.lang, "risk_score": round(float(r.risk_score), 4),
                "risk_level": r.risk_level, "needs_review": bool(r.needs_review), "frame": r.frame,
                "indicators": hits.get(r.id, []), "entities": ents.get(r.id, []),
                "cluster_id": r.cluster_id, "network_id": r.network_id,
                "url": r.url, "author": r.author, "posted_at": r.posted_at, "source": r.source}
        item.update(_pictures(r.extra))
        if r.decision is not None or r.labelled_by is not None:
            item["review"] = {"decision": r.decision, "note": r.note, "by": r.labelled_by, "at": r.labelled_at}
        out.append(item)
    return out


def _pictures(extra: Any) -> dict[str, Any]:
    """The post's pictures and the text read from them (kept in its extra fields by `ctip ingest`)."""
    if isinstance(extra, str | bytes):
        extra = orjson.loads(extra)
    if not isinstance(extra, dict):
        return {}
    out: dict[str, Any] = {}
    if isinstance(extra.get("images"), list) and extra["images"]:
        out["images"] = [str(i) for i in extra["images"]]
    if isinstance(extra.get("ocr_text"), str):
        out["ocr_text"] = extra["ocr_text"]
    if isinstance(extra.get("ocr_parts"), list):
        out["ocr_parts"] = extra["ocr_parts"]
    return out


def picture_path(cw: Casework, actor: Actor, post_id: str, index: int) -> str:
    """The file of the post's `index`-th picture, for its thumbnail (needs triage.read).

    The path comes from the stored post, never from the request, so a caller cannot make the
    server read any other file."""
    with cw.read() as conn:
        cw.require(conn, actor, "triage.read")
        extra = conn.execute(select(t.posts.c.extra).where(t.posts.c.id == post_id)).scalar_one_or_none()
    images = _pictures(extra).get("images", [])
    if not 0 <= index < len(images):
        raise NotFound(f"Post {post_id!r} has no picture {index + 1}.", "Open the post from the triage queue.")
    return images[index]


def post_details(conn: Connection, post_ids: list[str]) -> list[dict[str, Any]]:
    """Posts with screening, indicators, identifiers, cluster and network (no permission check)."""
    rows = conn.execute(_post_query().where(t.posts.c.id.in_(post_ids))
                        .order_by(t.screenings.c.risk_score.desc(), t.posts.c.id)).all() if post_ids else []
    return _details(conn, rows)


def _frame_filter(frame: str | None) -> Any:
    """SQL condition for one frame ("unknown": screened before frames), or True for all."""
    if not frame:
        return true()
    if frame not in FRAME_CHOICES:
        raise CaseworkError(f"Unknown frame {frame!r}.", f"Use one of: {', '.join(FRAME_CHOICES)}.")
    column = t.screenings.c.frame
    return column.is_(None) if frame == UNKNOWN else column == frame


def queue(cw: Casework, actor: Actor, limit: int = 50, offset: int = 0, frame: str | None = None
          ) -> list[dict[str, Any]]:
    """Unreviewed screened posts, highest risk first (ties by id, so pages are stable); `frame`
    keeps one frame (detect/frames.py, or "unknown")."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    condition = _frame_filter(frame)
    with cw.read() as conn:
        cw.require(conn, actor, "triage.read")
        rows = conn.execute(_post_query().where(t.labels.c.post_id.is_(None), condition)
                            .order_by(t.screenings.c.risk_score.desc(), t.posts.c.id)
                            .limit(limit).offset(max(0, int(offset)))).all()
        return _details(conn, rows)


def count_unreviewed(cw: Casework, actor: Actor, frame: str | None = None) -> int:
    condition = _frame_filter(frame)
    with cw.read() as conn:
        cw.require(conn, actor, "triage.read")
        return int(conn.execute(select(func.count()).select_from(
            t.screenings.join(t.labels, t.labels.c.post_id == t.screenings.c.post_id, isouter=True))
            .where(t.labels.c.post_id.is_(None), condition)).scalar_one())


def get_post(cw: Casework, actor: Actor, post_id: str) -> dict[str, Any]:
    with cw.read() as conn:
        cw.require(conn, actor, "triage.read")
        rows = conn.execute(_post_query().where(t.posts.c.id == post_id)).all()
        if not rows:
            raise NotFound(f"There is no screened post {post_id!r}.", "Check the id in the triage queue.")
        return _details(conn, rows)[0]


def group_posts(cw: Casework, actor: Actor, kind: str, group_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """Posts of one template cluster (kind 'cluster') or recruiter network (kind 'network')."""
    table, column = (t.clusters, t.clusters.c.cluster_id) if kind == "cluster" else (t.networks, t.networks.c.network_id)
    with cw.read() as conn:
        cw.require(conn, actor, "triage.read")
        ids = select(table.c.post_id).where(column == group_id)
        rows = conn.execute(_post_query().where(t.posts.c.id.in_(ids))
                            .order_by(t.screenings.c.risk_score.desc(), t.posts.c.id).limit(limit)).all()
        if not rows:
            raise NotFound(f"There is no {kind} {group_id!r}.", "Run `ctip ingest` (it clusters and links posts).")
        return _details(conn, rows)


def review(cw: Casework, actor: Actor, post_id: str, decision: str, note: str | None = None) -> dict[str, Any]:
    if decision not in REVIEW_DECISIONS:
        raise CaseworkError(f"Unknown decision {decision!r}.", f"Use one of: {', '.join(REVIEW_DECISIONS)}.")
    note = (note or "").strip() or None
    if note is not None and len(note) > 4000:
        raise CaseworkError("The note is longer than 4,000 characters.", "Shorten it.")
    with cw.tx() as tx:
        cw.require(tx.conn, actor, "triage.review")
        if tx.conn.execute(select(t.screenings.c.post_id).where(t.screenings.c.post_id == post_id)).first() is None:
            raise NotFound(f"There is no screened post {post_id!r}.", "Check the id in the triage queue.")
        stamp = now()
        tx.conn.execute(delete(t.labels).where(t.labels.c.post_id == post_id))
        tx.conn.execute(t.labels.insert().values(post_id=post_id, label=LABEL_OF[decision], category=None,
                                                 labelled_by=actor.username, labelled_at=stamp, decision=decision,
                                                 note=note))
        tx.record(actor.username, "review", "post", post_id, decision=decision)
    return {"post_id": post_id, "decision": decision, "note": note, "by": actor.username, "at": stamp}
