"""Browser uploads of a batch of posts: read, screen and store exactly like `ctip ingest`."""

from __future__ import annotations

import tempfile
import threading
from itertools import islice
from pathlib import Path
from typing import Any

from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError
from ctip.cases.evidence import safe_filename
from ctip.cases.permissions import Actor
from ctip.errors import CtipError
from ctip.records import Rejected

__all__ = ["MAX_UPLOAD", "ingest_upload"]

MAX_UPLOAD = 50 * 1024 * 1024
BATCH = 500
_SCREENER: Any = None
_SCREENER_LOCK = threading.Lock()
_INGEST_LOCK = threading.Lock()  # one upload at a time: clustering and linking rewrite shared tables


def _screener() -> Any:
    global _SCREENER
    with _SCREENER_LOCK:
        if _SCREENER is None:
            from ctip.pipeline import Screener

            _SCREENER = Screener()
        return _SCREENER


def ingest_upload(cw: Casework, actor: Actor, filename: str, content: bytes, fmt: str = "auto") -> dict[str, Any]:
    """Screen and store the posts of one uploaded file; rejected records are listed, not fatal."""
    from ctip.ingest import read_posts
    from ctip.link.workspace import update_links
    from ctip.store.workspace import Workspace

    with cw.read() as conn:
        cw.require(conn, actor, "posts.upload")
    if not content:
        raise CaseworkError("The file is empty.", "Choose the file again.")
    if len(content) > MAX_UPLOAD:
        raise CaseworkError(f"The file is larger than {MAX_UPLOAD // (1024 * 1024)} MB.",
                            "Split it, or use `ctip ingest` on the server for large batches.")
    name = safe_filename(filename)
    screener = _screener()
    version = screener.version  # the model's content hash, as `ctip ingest` records it
    rejected: list[str] = []
    n = changed = 0
    with tempfile.TemporaryDirectory(prefix="ctip-upload-") as tmp, _INGEST_LOCK:
        path = Path(tmp) / name
        path.write_bytes(content)
        ws = Workspace(cw.url)
        try:
            run = ws.start_run([f"upload:{name}"])
            try:
                items = read_posts([str(path)], fmt)
                while chunk := list(islice(items, BATCH)):
                    posts = [p for p in chunk if not isinstance(p, Rejected)]
                    rejected += [str(r).replace(str(path), name) for r in chunk if isinstance(r, Rejected)]
                    changed += ws.add_screenings(screener.screen_batch(posts), version)
                    n += len(posts)
            except CtipError as exc:
                raise CaseworkError(exc.message.replace(str(path), name), exc.hint) from exc
            update_links(ws)
            ws.finish_run(run, n, len(rejected))
        finally:
            ws.close()
    with cw.tx() as tx:
        tx.record(actor.username, "upload", "posts", None, file=name, read=n, changed=changed, rejected=len(rejected))
    return {"file": name, "posts_read": n, "new_or_changed": changed, "rejected": rejected}
