"""Glue between the workspace and the linking stage (clusters, networks)."""

from __future__ import annotations

from collections.abc import Sequence

from ctip.report.html import ReportExtras
from ctip.store.workspace import StoredPost, Workspace


def update_links(ws: Workspace) -> None:
    """Bring template clusters and networks up to date after new posts were stored."""


def report_extras(ws: Workspace, posts: Sequence[StoredPost]) -> ReportExtras:
    return ReportExtras()
