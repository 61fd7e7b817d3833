"""Evidence: files and WARC captures attached to a case or a post, kept with their SHA-256,
capture time, capturing user and source. Every access is a custody event; `verify_all`
re-hashes everything (Berkeley Protocol: authenticity and chain of custody)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, NotFound
from ctip.cases.permissions import Actor
from ctip.store import schema as t
from ctip.store.workspace import now

__all__ = ["ALLOWED_TYPES", "MAX_BYTES", "VerifyResult", "add_evidence", "custody", "open_evidence",
           "safe_filename", "sniff_type", "verify_all"]

MAX_BYTES = 25 * 1024 * 1024
ALLOWED_TYPES = ("application/warc", "application/pdf", "image/png", "image/jpeg", "text/html", "text/plain",
                 "application/json", "text/csv", "application/gzip")


def safe_filename(name: str) -> str:
    """Only the last path part, without control characters; never empty, hidden or a path."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C")
    base = base.strip().lstrip(".") or "evidence"
    return base[:200]


def sniff_type(content: bytes, filename: str) -> str:
    """The media type from the bytes themselves; the name's extension only breaks ties among text types."""
    head = content[:512]
    if head.startswith(b"WARC/"):
        return "application/warc"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x1f\x8b"):
        return "application/gzip"  # e.g. a .warc.gz capture
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseworkError(f"{filename}: this kind of file is not accepted as evidence.",
                            "Upload WARC, PDF, PNG, JPEG, HTML, JSON, CSV or plain text.") from exc
    low = filename.lower()
    stripped = head.lstrip().lower()
    if low.endswith((".html", ".htm")) or stripped.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    if low.endswith(".json") or low.endswith(".jsonl"):
        return "application/json"
    if low.endswith(".csv"):
        return "text/csv"
    return "text/plain"


def add_evidence(cw: Casework, actor: Actor, content: bytes, filename: str, *, case_id: int | None = None,
                 post_id: str | None = None, source: str | None = None) -> dict[str, Any]:
    if case_id is None and post_id is None:
        raise CaseworkError("Evidence must belong to a case or a post.", "Give case_id or post_id.")
    if not content:
        raise CaseworkError("The file is empty.", "Choose the file again.")
    if len(content) > MAX_BYTES:
        raise CaseworkError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.",
                            "Split the capture or keep it outside ctip and attach its hash in a note.")
    name = safe_filename(filename)
    media = sniff_type(content, name)
    digest = hashlib.sha256(content).hexdigest()
    stamp = now()
    with cw.tx() as tx:
        if case_id is not None:
            cw.require(tx.conn, actor, "evidence.create", case_id)
        else:
            cw.require(tx.conn, actor, "evidence.create")
        if post_id is not None and tx.conn.execute(select(t.posts.c.id).where(t.posts.c.id == post_id)).first() is None:
            raise NotFound(f"There is no post {post_id!r}.", "Check the post id.")
        eid = int(tx.conn.execute(t.evidence.insert().values(
            case_id=case_id, post_id=post_id, filename=name, media_type=media, size=len(content), sha256=digest,
            source=(source or None), captured_at=stamp, captured_by=actor.id, content=content)).inserted_primary_key[0])
        tx.conn.execute(t.custody_events.insert().values(evidence_id=eid, at=stamp, actor=actor.username,
                                                         action="collected", sha256_check="pass"))
        tx.record(actor.username, "create", "evidence", eid, case_id=case_id, post_id=post_id, sha256=digest)
    return {"id": eid, "case_id": case_id, "post_id": post_id, "filename": name, "media_type": media,
            "size": len(content), "sha256": digest, "source": source, "captured_at": stamp,
            "captured_by": actor.username}


def _evidence_row(cw: Casework, actor: Actor, conn: Any, evidence_id: int) -> Any:
    r = conn.execute(select(t.evidence).where(t.evidence.c.id == evidence_id)).one_or_none()
    if r is None:
        raise NotFound(f"There is no evidence {evidence_id}.", "Check the id on the case page.")
    if r.case_id is not None:
        cw.require(conn, actor, "evidence.read", r.case_id)
    else:
        cw.require(conn, actor, "evidence.read")
    return r


def open_evidence(cw: Casework, actor: Actor, evidence_id: int, purpose: str = "accessed") -> tuple[dict[str, Any], bytes]:
    """Metadata and bytes of one item; re-hashed on the way out and logged as a custody event."""
    with cw.tx() as tx:
        r = _evidence_row(cw, actor, tx.conn, evidence_id)
        check = "pass" if hashlib.sha256(r.content).hexdigest() == r.sha256 else "fail"
        tx.conn.execute(t.custody_events.insert().values(evidence_id=r.id, at=now(), actor=actor.username,
                                                         action=purpose, sha256_check=check))
        tx.record(actor.username, purpose, "evidence", r.id, sha256_check=check)
    meta = {"id": r.id, "case_id": r.case_id, "post_id": r.post_id, "filename": r.filename,
            "media_type": r.media_type, "size": r.size, "sha256": r.sha256, "source": r.source,
            "captured_at": r.captured_at, "sha256_check": check}
    return meta, bytes(r.content)


def custody(cw: Casework, actor: Actor, evidence_id: int) -> list[dict[str, Any]]:
    with cw.tx() as tx:
        _evidence_row(cw, actor, tx.conn, evidence_id)
        rows = [{"at": c.at, "actor": c.actor, "action": c.action, "sha256_check": c.sha256_check}
                for c in tx.conn.execute(select(t.custody_events).where(t.custody_events.c.evidence_id == evidence_id)
                                         .order_by(t.custody_events.c.id))]
        tx.record(actor.username, "read_custody", "evidence", evidence_id)
    return rows


@dataclass(frozen=True, slots=True)
class VerifyResult:
    checked: int
    failed: list[dict[str, Any]]


def verify_all(cw: Casework, actor: Actor) -> VerifyResult:
    """Re-hash every item; each check is a custody event (pass or fail)."""
    failed: list[dict[str, Any]] = []
    checked = 0
    with cw.read() as conn:
        ids = list(conn.execute(select(t.evidence.c.id).order_by(t.evidence.c.id)).scalars())
    for eid in ids:
        with cw.tx() as tx:
            r = tx.conn.execute(select(t.evidence).where(t.evidence.c.id == eid)).one_or_none()
            if r is None:
                continue
            ok = hashlib.sha256(r.content).hexdigest() == r.sha256
            tx.conn.execute(t.custody_events.insert().values(evidence_id=eid, at=now(), actor=actor.username,
                                                             action="verified", sha256_check="pass" if ok else "fail"))
            tx.record(actor.username, "verify", "evidence", eid, sha256_check="pass" if ok else "fail")
        checked += 1
        if not ok:
            failed.append({"id": eid, "filename": r.filename, "case_id": r.case_id, "sha256": r.sha256})
    return VerifyResult(checked, failed)
