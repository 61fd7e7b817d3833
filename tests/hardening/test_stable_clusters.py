"""Item 9: the same posts give the same template clusters, however often and whenever they are ingested."""

from __future__ import annotations

import itertools

import hardening_helpers  # noqa: F401 - puts bench/ on the path for synthetic_links
import pytest
from synthetic_links import make_corpus

from ctip.link.workspace import update_clusters
from ctip.records import Post, Screening
from ctip.store import workspace
from ctip.store.workspace import Workspace

pytestmark = pytest.mark.timeout(300)


def _screenings(n: int) -> list[Screening]:
    corpus = make_corpus(n, seed=3)
    return [Screening(Post(id=r["id"], text=r["text"]), r["lang"], 0.5, "medium", True, (), ())
            for r in corpus.posts]


def _clusters(url: str) -> dict[str, str | None]:
    with Workspace(url) as ws:
        return {p.screening.post.id: p.cluster_id for p in ws.stored_posts()}


def _ingest(url: str, batch: list[Screening], monkeypatch, stamps) -> None:
    # Every batch of 500 gets its own timestamp, as a slow ingest would (stamps differ between runs).
    with Workspace(url) as ws:
        for start in range(0, len(batch), 500):
            monkeypatch.setattr(workspace, "now", lambda s=next(stamps): s)
            ws.add_screenings(batch[start:start + 500], "m1")
        update_clusters(ws)


def test_ingesting_again_changes_no_cluster_and_a_fresh_workspace_gets_the_same_ids(tmp_path, monkeypatch):
    batch = _screenings(5000)
    first_url, second_url = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    stamps = (f"2024-05-01T10:{m:02d}:{s:02d}Z" for m, s in itertools.product(range(60), range(0, 60, 7)))
    _ingest(first_url, batch, monkeypatch, stamps)
    first = _clusters(first_url)
    assert sum(c is not None for c in first.values()) > 1000  # templates were found

    _ingest(first_url, batch, monkeypatch, stamps)  # the same posts again
    assert _clusters(first_url) == first

    _ingest(second_url, list(reversed(batch)), monkeypatch, stamps)  # elsewhere, other order and times
    assert _clusters(second_url) == first


def test_clusters_stay_when_new_posts_arrive(tmp_path, monkeypatch):
    batch = _screenings(3000)
    url = f"sqlite:///{tmp_path / 'a.db'}"
    stamps = (f"2024-05-02T10:00:{s:02d}Z" for s in range(60))
    _ingest(url, batch[:2000], monkeypatch, stamps)
    before = _clusters(url)
    _ingest(url, batch[2000:], monkeypatch, stamps)
    after = _clusters(url)
    moved = [pid for pid, cid in before.items() if cid is not None and after[pid] != cid]
    assert moved == []
