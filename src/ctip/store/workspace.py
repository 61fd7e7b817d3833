"""Workspace: the only module that runs SQL. SQLite by default, PostgreSQL by URL.

Writes happen in batches, each in its own transaction, so an interrupted ingest keeps
every batch already committed. Adding a post again with the same text and model version
changes nothing (idempotent); with new text it replaces the old results.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from ctip.errors import StoreError, UsageError
from ctip.limits import limits
from ctip.records import Entity, IndicatorHit, Post, ScoreParts, Screening, Span
from ctip.store import schema as t
from ctip.store.checks import MAX_IDENTIFIER, clean_text, clean_value, storable_problem

DEFAULT_URL = "sqlite:///ctip.db"
T = TypeVar("T")


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(post: Post) -> str:
    content = post.text if post.ocr_text is None else f"{post.text}\x00ocr\x00{post.ocr_text}"
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


# A post's pictures and the text read from them are kept in its `extra` column under these keys
# (no schema change); they come back out as `Post.images` / `Post.ocr_text`.
_OCR_KEYS = ("images", "ocr_text")


def _extra_with_ocr(p: Post) -> dict[str, Any]:
    if not p.images and p.ocr_text is None:
        return p.extra
    return {**p.extra, "images": list(p.images), "ocr_text": p.ocr_text}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Transactions are begun by _sqlite_begin below, not by the driver (which cannot do IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers (report, web) do not block an ingest
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock when it begins (IMMEDIATE), so it waits for another ingest
    # (busy timeout) instead of failing when its read turns into a write half-way.
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


_WRITE = "ctip_write"
_MIGRATION_LOCK = 0x63746970  # "ctip": one migration at a time on a PostgreSQL server


def open_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True, hide_parameters=True)  # post text never goes into messages
        if engine.dialect.name == "sqlite":
            engine = create_engine(url, future=True, hide_parameters=True,
                                   connect_args={"timeout": limits().db_lock_seconds})
    except (ArgumentError, ImportError) as exc:
        raise UsageError(f"Cannot use database URL {url!r}: {exc}",
                         "Examples: sqlite:///ctip.db  or  postgresql+psycopg://user@host/dbname") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic)."""
    with engine.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
        migrate_in(conn)


def migrate_in(conn: Connection) -> None:
    """Migrate inside an open write transaction, one process at a time (parallel first ingests)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
    cfg = Config()
    with resources.as_file(resources.files("ctip.store").joinpath("migrations")) as path:
        cfg.set_main_option("script_location", str(path))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


_RACES = 5  # a unique-key conflict that persists after this many tries is not a race


def _is_retryable(exc: DBAPIError, attempt: int) -> bool:
    """Lock waits, deadlocks and races between concurrent ingests: trying again succeeds."""
    message = str(exc.orig).lower()
    if isinstance(exc, IntegrityError):
        # Another ingest stored the same row first; the retry sees it. NOT NULL and the like are not races.
        return attempt < _RACES and ("unique" in message or "duplicate key" in message)
    return any(word in message for word in ("locked", "deadlock", "could not serialize", "lock timeout", "busy"))


def describe(exc: BaseException) -> str:
    """What went wrong in the database, in one line and without the SQL or its values (post text)."""
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    return f"{type(orig).__name__}: {first}" if first else type(orig).__name__


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
            self._retrying(migrate_in)
        except StoreError:
            self.engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(f"Cannot open the workspace {_shown(url)}: {describe(exc)}",
                             "Check the path or URL, that the file is a ctip workspace, and that you may "
                             "write there.") from None

    def _retrying(self, write: Callable[[Connection], T]) -> T:
        """Run `write` in one transaction; when another ingest holds a lock or raced us, try again.

        Gives up after CTIP_DB_LOCK_SECONDS with a StoreError saying what to do.
        """
        deadline = time.monotonic() + limits().db_lock_seconds
        pause = 0.05
        for attempt in itertools.count(1):
            try:
                with self.engine.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
                    return write(conn)
            except DBAPIError as exc:
                if not _is_retryable(exc, attempt):
                    raise
                if time.monotonic() + pause > deadline:
                    raise StoreError(
                        f"The workspace {_shown(self.url)} stayed busy ({describe(exc)}).",
                        "Another ctip command is writing to it: wait for it to finish and run again "
                        "(or raise CTIP_DB_LOCK_SECONDS). What was stored before is kept.") from None
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def add_screenings(self, batch: Sequence[Screening], model_version: str) -> int:
        """Store one batch in one transaction; returns how many posts were new or changed."""
        try:
            return self._write_batch(batch, model_version)
        except SQLAlchemyError as exc:
            raise StoreError(f"Writing to the workspace failed ({describe(exc)}).",
                             "Nothing from this batch was stored; what was stored before is kept.") from None

    def add_checked(self, batch: Sequence[Screening], model_version: str) -> tuple[int, list[tuple[Screening, str]]]:
        """Store what can be stored: returns how many posts were new or changed, and each post
        refused with the reason (a field too long, or a value the database would not take).

        One odd post never costs the batch: when the database refuses the batch as a whole,
        its posts are written one by one and only those it refuses are left out.
        """
        refused = [(s, why) for s in batch if (why := storable_problem(s.post))]
        bad = {id(s) for s, _ in refused}
        good = [s for s in batch if id(s) not in bad]
        try:
            return self._write_batch(good, model_version), refused
        except OperationalError as exc:  # the connection, the disk or a lock: not about one post
            raise StoreError(f"Writing to the workspace failed ({describe(exc)}).",
                             "Nothing from this batch was stored; what was stored before is kept.") from None
        except DBAPIError:
            pass
        changed = 0
        for s in good:
            try:
                changed += self._write_batch([s], model_version)
            except OperationalError as exc:
                raise StoreError(f"Writing to the workspace failed ({describe(exc)}).",
                                 "What was stored before is kept.") from None
            except DBAPIError as exc:
                refused.append((s, f"the database refused this post ({describe(exc)})"))
        return changed, refused

    def _write_batch(self, batch: Sequence[Screening], model_version: str) -> int:
        if not batch:
            return 0
        batch = sorted(batch, key=lambda s: s.post.id)  # one lock order for all writers: no deadlocks

        def write(conn: Connection) -> int:
            changed = self._changed(conn, batch, model_version)
            if changed:
                self._replace(conn, changed, model_version)
            return len(changed)

        return self._retrying(write)

    def _changed(self, conn: Connection, batch: Sequence[Screening], model_version: str) -> list[Screening]:
        latest = {s.post.id: s for s in batch}  # a repeated id inside one batch: last one wins
        stored = self._stored_state(conn, list(latest))
        return [s for pid, s in latest.items() if stored.get(pid) != (content_hash(s.post), model_version)]

    @staticmethod
    def _stored_state(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """Per stored post: (content hash, model version of its screening)."""
        rows = conn.execute(
            select(t.posts.c.id, t.posts.c.content_sha256, t.screenings.c.model_version)
            .join(t.screenings, t.screenings.c.post_id == t.posts.c.id, isouter=True)
            .where(t.posts.c.id.in_(ids))
        ).all()
        return {r.id: (r.content_sha256, r.model_version) for r in rows}

    def _replace(self, conn: Connection, batch: Sequence[Screening], model_version: str) -> None:
        """New posts are inserted; stored ones are updated in place, so what refers to a post
        (labels, cases, evidence) keeps referring to it when its text or its model changes."""
        ids = [s.post.id for s in batch]
        stored = self._stored_state(conn, ids)
        stamp = now()
        edited = [s.post.id for s in batch if s.post.id in stored and stored[s.post.id][0] != content_hash(s.post)]
        for table in (t.mentions, t.indicator_hits, t.screenings):
            _delete_for_posts(conn, table, ids)
        for table in (t.clusters, t.networks):  # only new text needs a new sketch and new links
            _delete_for_posts(conn, table, edited)
        fresh = [_post_row(s.post, stamp) for s in batch if s.post.id not in stored]
        if fresh:
            conn.execute(t.posts.insert(), fresh)
        for s in batch:
            if s.post.id in edited:
                row = _post_row(s.post, stamp)
                conn.execute(t.posts.update().where(t.posts.c.id == s.post.id).values(
                    {k: v for k, v in row.items() if k not in ("id", "ingested_at")}))
        conn.execute(t.screenings.insert(), [_screening_row(s, model_version, stamp) for s in batch])
        hit_rows = [_hit_row(s.post.id, h) for s in batch for h in s.indicators]
        if hit_rows:
            conn.execute(t.indicator_hits.insert(), hit_rows)
        self._add_mentions(conn, batch)

    def _add_mentions(self, conn: Connection, batch: Sequence[Screening]) -> None:
        if not any(s.entities for s in batch):
            return
        from ctip.extract import link_key

        wanted = {(e.type, clean_text(e.value)): clean_text(link_key(e)) for s in batch for e in s.entities
                  if _linkable(e)}
        known = self._identifier_ids(conn, list(wanted))
        missing = [{"type": k[0], "value": k[1], "link_key": lk} for k, lk in sorted(wanted.items()) if k not in known]
        if missing:
            # Another ingest may add the same identifier at the same moment: keep whichever came first.
            conn.execute(_insert(conn)(t.identifiers).on_conflict_do_nothing(index_elements=["type", "value"]),
                         missing)
            known = self._identifier_ids(conn, list(wanted))
        rows = {}
        for s in batch:
            for e in s.entities:
                if not _linkable(e):
                    continue
                key = (s.post.id, known[(e.type, clean_text(e.value))], e.start)
                rows[key] = {"post_id": key[0], "identifier_id": key[1], "start": e.start, "end": e.end,
                             "raw": clean_text(e.raw)}
        if rows:
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
        rows = [{"post_id": k, column: assignments[k]} for k in sorted(assignments)]

        def write(conn: Connection) -> None:
            _delete_for_posts(conn, table, [r["post_id"] for r in rows])
            if rows:
                _upsert(conn, table, rows)

        self._retrying(write)

    def sketch_state(self) -> tuple[list[str], list[bytes], list[tuple[str, str]]]:
        """Stored sketches in the order they entered the index, and the posts that have no sketch
        yet (by id: the same posts always come in the same order, whatever their timestamps)."""
        c = t.clusters.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.posts.c.id, t.posts.c.text, c.signature, c.seq)
                .join(t.clusters, c.post_id == t.posts.c.id, isouter=True)
                .order_by(c.seq.is_not(None), c.seq, t.posts.c.ingested_at, t.posts.c.id)).all()
        old = [(r.id, r.signature) for r in rows if r.signature is not None]
        new = sorted((r.id, r.text) for r in rows if r.signature is None)
        return [i for i, _ in old], [b for _, b in old], new

    def save_clusters(self, cluster_ids: dict[str, str | None], sketches: dict[str, bytes]) -> None:
        """Write cluster ids for all given posts; store sketches for the posts that bring one."""
        def write(conn: Connection) -> None:
            current = {r.post_id: (r.cluster_id, r.signature, r.seq) for r in conn.execute(select(t.clusters))}
            # New sketches enter the index after all stored ones, in the order given.
            start = 1 + max((seq for _, _, seq in current.values() if seq is not None), default=len(current))
            order = {pid: start + i for i, pid in enumerate(sketches)}
            changed = sorted(pid for pid, cid in cluster_ids.items()
                             if pid in sketches or current.get(pid, (None,))[0] != cid)
            rows = [{"post_id": pid, "cluster_id": cluster_ids[pid],
                     "signature": sketches.get(pid, current.get(pid, (None, None, None))[1]),
                     "seq": order.get(pid, current.get(pid, (None, None, None))[2])} for pid in changed]
            if rows:
                _upsert(conn, t.clusters, rows)

        self._retrying(write)

    def start_run(self, inputs: Sequence[str]) -> int:
        row = {"started_at": now(), "inputs": [clean_text(i) for i in inputs]}
        return self._retrying(lambda conn: int(conn.execute(t.ingest_runs.insert().values(**row)).inserted_primary_key[0]))

    def finish_run(self, run_id: int, n_posts: int, n_rejected: int) -> None:
        self._retrying(lambda conn: conn.execute(
            t.ingest_runs.update().where(t.ingest_runs.c.id == run_id)
            .values(finished_at=now(), n_posts=n_posts, n_rejected=n_rejected)))

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

    def count_stale(self, model_version: str) -> int:
        """Stored posts screened by another model (or other cue tables) than `model_version`."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.screenings)
                                    .where(t.screenings.c.model_version != model_version)).scalar_one())

    def iter_stale_posts(self, model_version: str, chunk: int = 500) -> Iterator[list[Post]]:
        """Stored posts screened by another model, in chunks, to be screened again."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(t.posts).join(t.screenings, t.screenings.c.post_id == t.posts.c.id)
                    .where(t.screenings.c.model_version != model_version, t.posts.c.id > last)
                    .order_by(t.posts.c.id).limit(chunk)).all()
            if not rows:
                return
            last = rows[-1].id
            yield [_row_post(r) for r in rows]

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
                        sc.score_base, sc.score_wording, sc.frame, t.clusters.c.cluster_id, t.networks.c.network_id)
                 .join(t.screenings, t.screenings.c.post_id == t.posts.c.id)
                 .join(t.clusters, t.clusters.c.post_id == t.posts.c.id, isouter=True)
                 .join(t.networks, t.networks.c.post_id == t.posts.c.id, isouter=True)
                 .order_by(t.screenings.c.risk_score.desc(), t.posts.c.id))
            out = []
            for r in conn.execute(q):
                post_hits = tuple(hits.get(r.id, ()))
                s = Screening(_row_post(r), r.screened_lang, r.risk_score, r.risk_level, r.needs_review,
                              post_hits, tuple(ents.get(r.id, ())), _row_parts(r, post_hits), r.frame)
                out.append(StoredPost(s, r.cluster_id, r.network_id))
            return out


def _insert(conn: Connection) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL both do)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _upsert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows keyed by post_id, replacing what another ingest may have written meanwhile."""
    statement = _insert(conn)(table)
    columns = {c: statement.excluded[c] for c in rows[0] if c != "post_id"}
    conn.execute(statement.on_conflict_do_update(index_elements=["post_id"], set_=columns), rows)


def _shown(url: str) -> str:
    """A database URL for messages, without its password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _delete_for_posts(conn: Connection, table: Any, post_ids: Sequence[str], chunk: int = 500) -> None:
    """Delete a table's rows for these posts, in chunks (databases limit bound parameters)."""
    for i in range(0, len(post_ids), chunk):
        conn.execute(delete(table).where(table.c.post_id.in_(post_ids[i : i + chunk])))


def _group(rows: Iterable[Any], key: Any, make: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for r in rows:
        out.setdefault(key(r), []).append(make(r))
    return out


def _linkable(e: Entity) -> bool:
    return len(e.value) <= MAX_IDENTIFIER and len(e.type) <= 32


def _post_row(p: Post, stamp: str) -> dict[str, Any]:
    # The hash is of the text as read, so a re-run with the same file finds it unchanged.
    return {"id": p.id, "text": clean_text(p.text), "lang": p.lang and clean_text(p.lang),
            "url": p.url and clean_text(p.url), "author": p.author and clean_text(p.author),
            "posted_at": p.posted_at and clean_text(p.posted_at), "source": p.source and clean_text(p.source),
            "extra": clean_value(_extra_with_ocr(p)), "content_sha256": content_hash(p), "ingested_at": stamp}


def _row_post(r: Any) -> Post:
    extra = dict(r.extra or {})
    images, ocr_text = (extra.pop(k, None) for k in _OCR_KEYS)
    return Post(id=r.id, text=r.text, lang=r.lang, url=r.url, author=r.author, posted_at=r.posted_at,
                source=r.source, extra=extra, images=tuple(images or ()),
                ocr_text=ocr_text if isinstance(ocr_text, str) else None)


def _screening_row(s: Screening, model_version: str, stamp: str) -> dict[str, Any]:
    parts = s.score_parts
    return {"post_id": s.post.id, "lang": s.lang, "risk_score": s.risk_score, "risk_level": s.risk_level,
            "needs_review": s.needs_review, "model_version": model_version, "screened_at": stamp,
            "score_base": parts.base if parts else None, "score_wording": parts.wording if parts else None,
            "frame": s.frame}


def _row_parts(r: Any, hits: Sequence[IndicatorHit]) -> ScoreParts | None:
    if r.score_base is None or r.score_wording is None:
        return None  # screened before score parts were stored
    return ScoreParts(r.score_base, {h.id: h.weight for h in hits}, r.score_wording)


def _hit_row(post_id: str, h: IndicatorHit) -> dict[str, Any]:
    return {"post_id": post_id, "indicator_id": h.id, "name": h.name, "family": h.family or h.id[:1],
            "weight": h.weight, "spans": clean_value([s.to_dict() for s in h.spans]),
            "detail": clean_text(h.detail) if h.detail else None}


def _row_hit(r: Any) -> IndicatorHit:
    spans = tuple(Span(s["start"], s["end"], s["text"], s.get("source", "text")) for s in r.spans)
    return IndicatorHit(r.indicator_id, r.name, r.weight, spans, r.family, r.detail or "")
