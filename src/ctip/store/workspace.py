"""Workspace: the only module that runs SQL. SQLite by default, PostgreSQL by URL.

Writes happen in batches, each in its own transaction, so an interrupted ingest keeps
every batch already committed. Adding a post again with the same text and model version
changes nothing (idempotent); with new text it replaces the old results.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from ctip.errors import StoreError, UsageError
from ctip.records import Entity, IndicatorHit, Post, Screening, Span
from ctip.store import schema as t

DEFAULT_URL = "sqlite:///ctip.db"


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(post: Post) -> str:
    return hashlib.sha256(post.text.encode("utf-8", "surrogatepass")).hexdigest()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers (report, web) do not block an ingest
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError) as exc:
        raise UsageError(f"Cannot use database URL {url!r}: {exc}",
                         "Examples: sqlite:///ctip.db  or  postgresql+psycopg://user@host/dbname") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic)."""
    cfg = Config()
    with resources.as_file(resources.files("ctip.store").joinpath("migrations")) as path:
        cfg.set_main_option("script_location", str(path))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A post with its stored screening, as read back for reports and the web app."""

    screening: Screening
    cluster_id: str | None
    network_id: str | None


class Workspace:
    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.engine = open_engine(url)
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise StoreError(f"Cannot open the workspace {url}: {exc.orig}",
                             "Check the path/URL and that you may write there.") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def add_screenings(self, batch: Sequence[Screening], model_version: str) -> int:
        """Store one batch in one transaction; returns how many posts were new or changed."""
        if not batch:
            return 0
        try:
            with self.engine.begin() as conn:
                changed = self._changed(conn, batch, model_version)
                if changed:
                    self._replace(conn, changed, model_version)
                return len(changed)
        except SQLAlchemyError as exc:
            raise StoreError(f"Writing to the workspace failed: {exc}", "Nothing from this batch was stored.") from exc

    def _changed(self, conn: Connection, batch: Sequence[Screening], model_version: str) -> list[Screening]:
        latest = {s.post.id: s for s in batch}  # a repeated id inside one batch: last one wins
        rows = conn.execute(
            select(t.posts.c.id, t.posts.c.content_sha256, t.screenings.c.model_version)
            .join(t.screenings, t.screenings.c.post_id == t.posts.c.id, isouter=True)
            .where(t.posts.c.id.in_(list(latest)))
        ).all()
        same = {r.id for r in rows if r.model_version == model_version and r.content_sha256 == content_hash(latest[r.id].post)}
        return [s for pid, s in latest.items() if pid not in same]

    def _replace(self, conn: Connection, batch: Sequence[Screening], model_version: str) -> None:
        ids = [s.post.id for s in batch]
        for table in (t.mentions, t.indicator_hits, t.screenings, t.clusters, t.networks):
            _delete_for_posts(conn, table, ids)
        conn.execute(delete(t.posts).where(t.posts.c.id.in_(ids)))
        stamp = now()
        conn.execute(t.posts.insert(), [_post_row(s.post, stamp) for s in batch])
        conn.execute(t.screenings.insert(), [_screening_row(s, model_version, stamp) for s in batch])
        hit_rows = [_hit_row(s.post.id, h) for s in batch for h in s.indicators]
        if hit_rows:
            conn.execute(t.indicator_hits.insert(), hit_rows)
        self._add_mentions(conn, batch)

    def _add_mentions(self, conn: Connection, batch: Sequence[Screening]) -> None:
        if not any(s.entities for s in batch):
            return
        from ctip.extract import link_key

        wanted = {(e.type, e.value): link_key(e) for s in batch for e in s.entities}
        known = self._identifier_ids(conn, list(wanted))
        missing = [{"type": k[0], "value": k[1], "link_key": lk} for k, lk in wanted.items() if k not in known]
        if missing:
            conn.execute(t.identifiers.insert(), missing)
            known = self._identifier_ids(conn, list(wanted))
        rows = {}
        for s in batch:
            for e in s.entities:
                key = (s.post.id, known[(e.type, e.value)], e.start)
                rows[key] = {"post_id": key[0], "identifier_id": key[1], "start": e.start, "end": e.end, "raw": e.raw}
        conn.execute(t.mentions.insert(), list(rows.values()))

    @staticmethod
    def _identifier_ids(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        values = sorted({v for _, v in keys})
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            for r in conn.execute(select(t.identifiers.c.id, t.identifiers.c.type, t.identifiers.c.value)
                                  .where(t.identifiers.c.value.in_(chunk))):
                out[(r.type, r.value)] = r.id
        return out

    def set_assignments(self, table_name: str, column: str, assignments: dict[str, str | None]) -> None:
        """Store cluster or network ids per post (replacing earlier ones for those posts)."""
        table = t.metadata.tables[table_name]
        with self.engine.begin() as conn:
            ids = list(assignments)
            _delete_for_posts(conn, table, ids)
            if ids:
                conn.execute(table.insert(), [{"post_id": k, column: v} for k, v in assignments.items()])

    def sketch_state(self) -> tuple[list[str], list[bytes], list[tuple[str, str]]]:
        """Stored sketches in first-stored order, and the posts that have no sketch yet."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.posts.c.id, t.posts.c.text, t.clusters.c.signature)
                .join(t.clusters, t.clusters.c.post_id == t.posts.c.id, isouter=True)
                .order_by(t.posts.c.ingested_at, t.posts.c.id)).all()
        old = [(r.id, r.signature) for r in rows if r.signature is not None]
        new = [(r.id, r.text) for r in rows if r.signature is None]
        return [i for i, _ in old], [b for _, b in old], new

    def save_clusters(self, cluster_ids: dict[str, str | None], sketches: dict[str, bytes]) -> None:
        """Write cluster ids for all given posts; store sketches for the posts that bring one."""
        with self.engine.begin() as conn:
            current = {r.post_id: (r.cluster_id, r.signature) for r in conn.execute(select(t.clusters))}
            changed = [pid for pid, cid in cluster_ids.items() if pid in sketches or current.get(pid, (None,))[0] != cid]
            _delete_for_posts(conn, t.clusters, changed)
            rows = [{"post_id": pid, "cluster_id": cluster_ids[pid],
                     "signature": sketches.get(pid, current.get(pid, (None, None))[1])} for pid in changed]
            if rows:
                conn.execute(t.clusters.insert(), rows)

    def start_run(self, inputs: Sequence[str]) -> int:
        with self.engine.begin() as conn:
            return int(conn.execute(t.ingest_runs.insert().values(started_at=now(), inputs=list(inputs))).inserted_primary_key[0])

    def finish_run(self, run_id: int, n_posts: int, n_rejected: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.ingest_runs.update().where(t.ingest_runs.c.id == run_id)
                         .values(finished_at=now(), n_posts=n_posts, n_rejected=n_rejected))

    def add_ignored(self, keys: Iterable[str], source: str) -> int:
        """Remember link keys never to link on (from an --ignore file); returns how many were new."""
        with self.engine.begin() as conn:
            known = {r.link_key for r in conn.execute(select(t.ignored_identifiers.c.link_key))}
            rows = [{"link_key": k, "source": source, "added_at": now()} for k in sorted(set(keys) - known)]
            if rows:
                conn.execute(t.ignored_identifiers.insert(), rows)
            return len(rows)

    def ignored(self) -> frozenset[str]:
        with self.engine.connect() as conn:
            return frozenset(r.link_key for r in conn.execute(select(t.ignored_identifiers.c.link_key)))

    # -- reading ---------------------------------------------------------------------------
    def count_posts(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.posts)).scalar_one())

    def iter_posts(self) -> Iterator[Post]:
        with self.engine.connect() as conn:
            for r in conn.execute(select(t.posts).order_by(t.posts.c.id)):
                yield _row_post(r)

    def stored_posts(self) -> list[StoredPost]:
        """Every post with its screening, highest risk first."""
        with self.engine.connect() as conn:
            hits = _group(conn.execute(select(t.indicator_hits).order_by(t.indicator_hits.c.indicator_id)),
                          lambda r: r.post_id, _row_hit)
            ents = _group(conn.execute(
                select(t.mentions, t.identifiers.c.type, t.identifiers.c.value)
                .join(t.identifiers, t.identifiers.c.id == t.mentions.c.identifier_id)
                .order_by(t.mentions.c.post_id, t.mentions.c.start)), lambda r: r.post_id,
                lambda r: Entity(r.type, r.value, r.raw, r.start, r.end))
            sc = t.screenings.c
            q = (select(t.posts, sc.lang.label("screened_lang"), sc.risk_score, sc.risk_level, sc.needs_review,
                        t.clusters.c.cluster_id, t.networks.c.network_id)
                 .join(t.screenings, t.screenings.c.post_id == t.posts.c.id)
                 .join(t.clusters, t.clusters.c.post_id == t.posts.c.id, isouter=True)
                 .join(t.networks, t.networks.c.post_id == t.posts.c.id, isouter=True)
                 .order_by(t.screenings.c.risk_score.desc(), t.posts.c.id))
            out = []
            for r in conn.execute(q):
                s = Screening(_row_post(r), r.screened_lang, r.risk_score, r.risk_level, r.needs_review,
                              tuple(hits.get(r.id, ())), tuple(ents.get(r.id, ())))
                out.append(StoredPost(s, r.cluster_id, r.network_id))
            return out


def _delete_for_posts(conn: Connection, table: Any, post_ids: Sequence[str], chunk: int = 500) -> None:
    """Delete a table's rows for these posts, in chunks (databases limit bound parameters)."""
    for i in range(0, len(post_ids), chunk):
        conn.execute(delete(table).where(table.c.post_id.in_(post_ids[i : i + chunk])))


def _group(rows: Iterable[Any], key: Any, make: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for r in rows:
        out.setdefault(key(r), []).append(make(r))
    return out


def _post_row(p: Post, stamp: str) -> dict[str, Any]:
    return {"id": p.id, "text": p.text, "lang": p.lang, "url": p.url, "author": p.author, "posted_at": p.posted_at,
            "source": p.source, "extra": p.extra, "content_sha256": content_hash(p), "ingested_at": stamp}


def _row_post(r: Any) -> Post:
    return Post(id=r.id, text=r.text, lang=r.lang, url=r.url, author=r.author, posted_at=r.posted_at,
                source=r.source, extra=dict(r.extra or {}))


def _screening_row(s: Screening, model_version: str, stamp: str) -> dict[str, Any]:
    return {"post_id": s.post.id, "lang": s.lang, "risk_score": s.risk_score, "risk_level": s.risk_level,
            "needs_review": s.needs_review, "model_version": model_version, "screened_at": stamp}


def _hit_row(post_id: str, h: IndicatorHit) -> dict[str, Any]:
    return {"post_id": post_id, "indicator_id": h.id, "name": h.name, "family": h.family or h.id[:1],
            "weight": h.weight, "spans": [s.to_dict() for s in h.spans], "detail": h.detail or None}


def _row_hit(r: Any) -> IndicatorHit:
    spans = tuple(Span(s["start"], s["end"], s["text"]) for s in r.spans)
    return IndicatorHit(r.indicator_id, r.name, r.weight, spans, r.family, r.detail or "")
