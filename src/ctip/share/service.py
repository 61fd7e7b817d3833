"""Export and import as the CLI runs them: open the workspace, check who may reveal values,
build, and record every export and import in the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ctip.cases.audit import audited
from ctip.cases.permissions import Actor, load_policy
from ctip.share.content import ShareContent, SharedIdentifier, read_content
from ctip.share.pseudonym import Pseudonymiser, load_share_key
from ctip.share.stix_import import ImportResult, merge, read_bundle
from ctip.share.tlp import check_tlp
from ctip.store.workspace import Workspace

__all__ = ["REVEAL_PERMISSION", "ExportResult", "export_content", "export_deidentified", "import_stix",
           "victim_stats"]

REVEAL_PERMISSION = "share.reveal"


@dataclass(frozen=True, slots=True)
class ExportResult:
    document: Any  # stix2 Bundle or MISPEvent
    content: ShareContent
    pseudonymised: bool
    key_id: str | None


def export_content(fmt: str, url: str, *, min_level: str, tlp: str, reveal_by: Actor | None = None,
                   share_key_file: Path | None = None, producer: str = "ctip workspace",
                   output: str = "") -> ExportResult:
    """Build a STIX bundle (`fmt` "stix") or MISP event ("misp"); audited, and revealed only for a permitted actor."""
    tlp = check_tlp(tlp)
    if reveal_by is not None:
        load_policy().check(reveal_by, REVEAL_PERMISSION)
    pseudo: Pseudonymiser | None = None if reveal_by is not None else load_share_key(url, share_key_file)
    with Workspace(url) as ws:
        with ws.engine.connect() as conn:
            content = read_content(conn, min_level)

        def value_of(ident: SharedIdentifier) -> str:
            return ident.value if pseudo is None else pseudo(ident.link_key)

        key_id = pseudo.key_id if pseudo else None
        if fmt == "stix":
            from ctip.share.stix import build_bundle

            doc: Any = build_bundle(content, value_of, pseudonymised=pseudo is not None, key_id=key_id, tlp=tlp,
                                    producer=producer, id_key=pseudo.key if pseudo else None)
        else:
            from ctip.share.misp import build_event

            doc = build_event(content, value_of, pseudonymised=pseudo is not None, key_id=key_id, tlp=tlp,
                              producer=producer)
        with audited(ws.engine) as tx:
            actor = reveal_by.username if reveal_by else "system"
            tx.record(actor, "reveal_export" if reveal_by else "export", "share", fmt, None,
                      format=fmt, tlp=tlp, min_level=min_level, identifiers=len(content.identifiers),
                      posts=len(content.posts), pseudonymised=pseudo is not None, key_id=key_id, output=output)
    return ExportResult(doc, content, pseudo is not None, key_id)


def import_stix(url: str, path: Path, *, share_key_file: Path | None = None) -> ImportResult:
    """Merge a partner's bundle: read and check it whole, then write it in one audited transaction."""
    pseudo = load_share_key(url, share_key_file)
    n_objects, items = read_bundle(path, pseudo)
    with Workspace(url) as ws, audited(ws.engine) as tx:
        added, known, matched, other_key = merge(tx.conn, items, pseudo)
        tx.record("system", "import", "share", "stix", None, file=path.name, objects=n_objects,
                  identifiers=len(items), added=added, matched_local=matched)
    return ImportResult(n_objects, len(items), added, known, matched, other_key)


def export_deidentified(url: str, *, k: int = 11, max_suppressed: float = 0.1, key_file: Path | None = None,
                        output: str = "") -> Any:
    """The k-anonymous victim table (a KResult); reading victims' fields needs the data key. Audited."""
    from ctip.cases.context import Casework
    from ctip.share.deidentified import deidentify, read_victims

    cw = Casework.open(url, key_file, need_key=True)
    try:
        with cw.read() as conn:
            records = read_victims(conn, cw.key())
        result = deidentify(records, k, max_suppressed)
        with cw.tx() as tx:
            tx.record("system", "export", "share", "deidentified", None, k=k, victims=result.total,
                      rows=len(result.rows), suppressed=result.suppressed, levels=result.levels, output=output)
    finally:
        cw.close()
    return result


def victim_stats(url: str, by: list[str], *, threshold: int = 10, key_file: Path | None = None,
                 output: str = "") -> Any:
    """Counts of the victims in case work by CTDC columns at their finest level (age bands, countries,
    years), with small counts suppressed (an aggregate.Table). Needs the data key; audited."""
    from ctip.cases.context import Casework
    from ctip.share.aggregate import suppress, tabulate
    from ctip.share.deidentified import COLUMNS, columns, read_victims

    finest = [c.ladder[0][1] for c in columns()]
    idx = [COLUMNS.index(c) for c in by]
    cw = Casework.open(url, key_file, need_key=True)
    try:
        with cw.read() as conn:
            records = read_victims(conn, cw.key())
        rows = [tuple(finest[i](rec[i]) for i in idx) for rec in records]
        table = suppress(tabulate(rows, by, threshold))
        with cw.tx() as tx:
            tx.record("system", "export", "share", "stats", None, by=by, threshold=threshold, victims=len(rows),
                      hidden=len(table.hidden), output=output)
    finally:
        cw.close()
    return table
