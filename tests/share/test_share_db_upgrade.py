"""`ctip db upgrade` migrates a workspace (here: one from before the sharing table existed)."""

from __future__ import annotations

from importlib import resources

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text


def _sharing_revision(table: str = "partner_identifiers") -> tuple[str, str]:
    """(the revision that adds `table`, the one before it), wherever the chain puts it."""
    with resources.as_file(resources.files("ctip.store").joinpath("migrations")) as path:
        cfg = Config()
        cfg.set_main_option("script_location", str(path))
        for rev in ScriptDirectory.from_config(cfg).walk_revisions():
            if table in rev.module.upgrade.__code__.co_consts:
                return rev.revision, str(rev.down_revision)
    raise AssertionError(f"no migration adds {table}")


def _downgrade(engine, revision: str) -> None:
    """Back to `revision` with the migrations' own downgrade steps: the workspace an older ctip left."""
    from alembic import command

    with resources.as_file(resources.files("ctip.store").joinpath("migrations")) as path, engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(path))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@pytest.mark.parametrize("table", ["partner_identifiers", "taxii_objects"])
def test_db_upgrade_adds_the_sharing_tables(ctip, db_url: str, table: str) -> None:
    assert ctip("db", "upgrade", "--db", db_url).code == 0
    rev, before = _sharing_revision(table)
    engine = create_engine(db_url)
    _downgrade(engine, before)
    assert table not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == before
    r = ctip("db", "upgrade", "--db", db_url)
    assert r.code == 0 and "(the newest)" in r.err and rev <= r.err.split("revision ")[-1][:4]
    assert table in inspect(engine).get_table_names()
    engine.dispose()
