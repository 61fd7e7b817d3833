"""`ctip serve`: the case-work web app (pages and JSON API) on this machine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db


@app.command(rich_help_panel="Cases", epilog="Example:  ctip serve --db sqlite:///ctip.db --port 8000")
def serve(
    db: Db = DEFAULT_URL,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Data key file (see `ctip db init`).")] = None,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="Mark cookies Secure (behind HTTPS).")] = False,
) -> None:
    """Serve triage, cases and the API at http://HOST:PORT/ (Ctrl-C stops it)."""
    import uvicorn

    from ctip.web import create_app

    web = create_app(db, key_file, secure_cookies=secure_cookies)
    if web.state.casework.keyring is None:
        stderr.print(Text.assemble(("No data key found:", "yellow"), " persons cannot be added or read until you run "
                                   f"`ctip db init --db {db}` (or set CTIP_DATA_KEY)."))
    stderr.print(f"Serving {db} at http://{host}:{port}/  (Ctrl-C stops it)")
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)
