import pytest
from sqlalchemy import func, select

from ctip.records import Entity, IndicatorHit, Post, Screening, Span
from ctip.store import schema as t
from ctip.store.workspace import Workspace


def screening(pid: str, text: str, score: float = 0.8, entities=()) -> Screening:
    hits = (IndicatorHit("R1", "Pay out of line with role", 2.0, (Span(0, 4, text[:4]),), "R"),)
    return Screening(Post(id=pid, text=text, url="https://x.example/" + pid, extra={"k": pid}), "en", score,
                     "high", True, hits, tuple(entities))


def count(ws: Workspace, table) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_add_and_read_back_round_trip(db_url):
    tg = Entity("telegram", "job_hr", "@Job_HR", 5, 12)
    with Workspace(db_url) as ws:
        assert ws.add_screenings([screening("a", "text @Job_HR a", entities=[tg]), screening("b", "other", 0.2)], "m1") == 2
        stored = ws.stored_posts()
    assert [p.screening.post.id for p in stored] == ["a", "b"]  # ranked by risk
    a = stored[0].screening
    assert a.post.extra == {"k": "a"} and a.post.url == "https://x.example/a"
    assert a.indicators[0].spans[0] == Span(0, 4, "text")
    assert a.entities == (tg,)


def test_reingest_is_idempotent_and_changed_text_replaces(db_url):
    tg = Entity("telegram", "job_hr", "@job_hr", 0, 7)
    with Workspace(db_url) as ws:
        ws.add_screenings([screening("a", "@job_hr one", entities=[tg])], "m1")
        assert ws.add_screenings([screening("a", "@job_hr one", entities=[tg])], "m1") == 0
        assert count(ws, t.posts) == 1 and count(ws, t.mentions) == 1 and count(ws, t.indicator_hits) == 1
        assert ws.add_screenings([screening("a", "@job_hr two", entities=[tg])], "m1") == 1
        assert ws.stored_posts()[0].screening.post.text == "@job_hr two"
        assert count(ws, t.posts) == 1 and count(ws, t.identifiers) == 1


def test_shared_identifier_is_one_row_with_two_mentions(db_url):
    tg = Entity("telegram", "job_hr", "@job_hr", 0, 7)
    with Workspace(db_url) as ws:
        ws.add_screenings([screening("a", "@job_hr a", entities=[tg]), screening("b", "@job_hr b", entities=[tg])], "m1")
        assert count(ws, t.identifiers) == 1 and count(ws, t.mentions) == 2


def test_failed_batch_leaves_earlier_batches_intact(sqlite_url, monkeypatch):
    from ctip.errors import StoreError

    with Workspace(sqlite_url) as ws:
        ws.add_screenings([screening("a", "first")], "m1")

        def broken(*args, **kwargs):
            raise RuntimeError("disk gone")

        monkeypatch.setattr(ws, "_add_mentions", broken)
        with pytest.raises(RuntimeError):
            ws.add_screenings([screening("b", "second")], "m1")
        assert [p.screening.post.id for p in ws.stored_posts()] == ["a"]
    assert StoreError.exit_code == 2


def test_workspace_reopens_existing_database(sqlite_url):
    with Workspace(sqlite_url) as ws:
        ws.add_screenings([screening("a", "first")], "m1")
    with Workspace(sqlite_url) as ws:  # migrations run again: nothing is lost
        assert ws.count_posts() == 1


def test_bad_url_is_a_usage_error():
    from ctip.errors import UsageError

    with pytest.raises(UsageError):
        Workspace("nosuchdb://x")


def test_migrations_build_exactly_the_declared_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with Workspace(db_url) as ws, ws.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), t.metadata)
    assert diffs == []
