"""`ctip db init` / `ctip db rotate-key`: create or upgrade the workspace schema; manage the data key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db

db_app = typer.Typer(help="Create or upgrade the workspace database and its data key.", no_args_is_help=True)
app.add_typer(db_app, name="db", rich_help_panel="Cases")

KeyFile = Annotated[Path | None, typer.Option("--key-file", help="Data key file (default: CTIP_DATA_KEY, "
                                              "CTIP_KEY_FILE, or <database>.key beside a SQLite database).")]


@db_app.command("init", epilog="Example:  ctip db init --db sqlite:///ctip.db")
def init(db: Db = DEFAULT_URL, key_file: KeyFile = None) -> None:
    """Create or upgrade the schema (Alembic) and make sure a data key for personal fields exists."""
    import os

    from ctip.cases.crypto import ENV_KEY, ENV_KEY_FILE, create_key_file, default_key_path, load_keyring
    from ctip.cases.errors import KeyMissing
    from ctip.store.workspace import Workspace

    Workspace(db).close()
    stderr.print(f"The workspace {db} is ready (schema up to date).")
    if os.environ.get(ENV_KEY):
        load_keyring(db)
        stderr.print(f"Personal fields are encrypted with the key in {ENV_KEY}.")
        return
    path = key_file or (Path(os.environ[ENV_KEY_FILE]) if os.environ.get(ENV_KEY_FILE) else default_key_path(db))
    if path is None:
        raise KeyMissing("No place for the data key: this database is not a SQLite file.",
                         f"Set {ENV_KEY} (e.g. from your secret store) or give --key-file PATH.")
    if path.exists():
        ring = load_keyring(db, path)
        stderr.print(f"Data key found: {path} (key id {ring.key_id}).")
        return
    create_key_file(path)
    stderr.print(f"Created the data key {path} (mode 0600, key id {load_keyring(db, path).key_id}). "
                 "Back it up apart from the database: without it, personal fields cannot be read.")


@db_app.command("upgrade", epilog="Example:  ctip db upgrade --db postgresql+psycopg://ctip@dbhost/ctip")
def upgrade(db: Db = DEFAULT_URL) -> None:
    """Bring the schema to the newest revision (Alembic); nothing else changes."""
    from sqlalchemy import text

    from ctip.store.workspace import Workspace

    with Workspace(db) as ws, ws.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    stderr.print(f"The workspace {db} is at schema revision {revision} (the newest).")


@db_app.command("rotate-key", epilog="Example:  ctip db rotate-key --db sqlite:///ctip.db")
def rotate_key(db: Db = DEFAULT_URL, key_file: KeyFile = None) -> None:
    """Re-encrypt every person's fields with the newest key (the first line of the key file)."""
    from ctip.cases.context import SYSTEM, Casework
    from ctip.cases.rotation import rotate

    cw = Casework.open(db, key_file, need_key=True)
    try:
        n = rotate(cw, SYSTEM)
    finally:
        cw.close()
    stderr.print(f"{n} person records re-encrypted with key {cw.key().key_id}. Older keys can now be removed "
                 "from the key file.")
