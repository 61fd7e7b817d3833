"""`ctip serve`: the case-work web app (pages and JSON API) on this machine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.share.tlp import DEFAULT_TLP, check_tlp


@app.command(rich_help_panel="Cases", epilog="Example:  ctip serve --db sqlite:///ctip.db --port 8000")
def serve(
    db: Db = DEFAULT_URL,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Data key file (see `ctip db init`).")] = None,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="Mark cookies Secure (behind HTTPS).")] = False,
    taxii_min_level: Annotated[str, typer.Option("--taxii-min-level", help="TAXII collection: share posts at this "
                                                 "risk level or above (low, medium, high).")] = "medium",
    taxii_tlp: Annotated[str, typer.Option("--taxii-tlp", help="TAXII collection: TLP 2.0 marking (clear, green, "
                                           "amber, amber+strict, red).")] = DEFAULT_TLP,
    share_key_file: Annotated[Path | None, typer.Option("--share-key-file", help="Sharing key for the TAXII "
                                                        "pseudonyms (default: CTIP_SHARE_KEY or <database>.share-key)."
                                                        )] = None,
) -> None:
    """Serve triage, cases, the API and a read-only TAXII 2.1 collection at http://HOST:PORT/ (Ctrl-C stops it)."""
    import uvicorn

    from ctip.share.taxii_feed import TaxiiSettings
    from ctip.web import create_app

    settings = TaxiiSettings(min_level=taxii_min_level.strip().lower(), tlp=check_tlp(taxii_tlp),
                              share_key_file=share_key_file)
    web = create_app(db, key_file, secure_cookies=secure_cookies, taxii=settings)
    if web.state.casework.keyring is None:
        stderr.print(Text.assemble(("No data key found:", "yellow"), " persons cannot be added or read until you run "
                                   f"`ctip db init --db {db}` (or set CTIP_DATA_KEY)."))
    stderr.print(f"Serving {db} at http://{host}:{port}/  (Ctrl-C stops it); "
                 f"TAXII 2.1 for partner accounts at http://{host}:{port}/taxii2/")
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)
