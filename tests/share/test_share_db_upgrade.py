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


def test_db_upgrade_adds_the_partner_table(ctip, db_url: str) -> None:
    assert ctip("db", "upgrade", "--db", db_url).code == 0
    rev, before = _sharing_revision()
    engine = create_engine(db_url)
    with engine.begin() as conn:  # back to the revision before it, as an older ctip left the workspace
        head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.execute(text("DROP TABLE partner_identifiers"))
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": before})
    assert "partner_identifiers" not in inspect(engine).get_table_names()
    if head != rev:
        pytest.skip(f"migrations after {rev} exist: undoing only {rev} would not be a workspace an older ctip left")
    r = ctip("db", "upgrade", "--db", db_url)
    assert r.code == 0 and f"revision {rev}" in r.err
    assert "partner_identifiers" in inspect(engine).get_table_names()
    engine.dispose()


def test_db_upgrade_adds_the_taxii_ledger(ctip, db_url: str) -> None:
    assert ctip("db", "upgrade", "--db", db_url).code == 0
    rev, before = _sharing_revision("taxii_objects")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.execute(text("DROP TABLE taxii_objects"))
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": before})
    if head != rev:
        pytest.skip(f"migrations after {rev} exist: undoing only {rev} would not be a workspace an older ctip left")
    r = ctip("db", "upgrade", "--db", db_url)
    assert r.code == 0 and f"revision {rev}" in r.err
    assert "taxii_objects" in inspect(engine).get_table_names()
    engine.dispose()
