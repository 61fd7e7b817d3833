"""The workspace's template clusters and recruiter networks, kept up to date after ingests.

Clusters are incremental: each stored post keeps its MinHash sketch, so adding posts only
sketches the new ones; the index is rebuilt from stored sketches in the order posts were
first stored, which keeps earlier cluster ids stable. Networks are recomputed from the stored
identifiers (no text is re-read or re-extracted), because the hub rule looks at all posts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from ctip.link.keys import default_blocked
from ctip.link.run import LinkRun, link_posts
from ctip.link.templates import Sketch, TemplateIndex
from ctip.records import Post
from ctip.store.workspace import StoredPost, Workspace

__all__ = ["index_sketch", "network_run", "sketch_bytes", "update_clusters", "update_links"]


def _with_entities(p: StoredPost) -> Post:
    s = p.screening
    extra = dict(s.post.extra, entities=[e.to_dict() for e in s.entities])
    return dataclasses.replace(s.post, lang=s.lang, extra=extra)


def network_run(posts: Sequence[StoredPost], ignored: frozenset[str] = frozenset()) -> LinkRun:
    """Networks of stored posts; built-in hotlines and the workspace's ignored identifiers never link."""
    return link_posts((_with_entities(p) for p in posts), by=("identifiers",), blocked=default_blocked() | ignored,
                      snippet_chars=120)


def update_clusters(ws: Workspace) -> int:
    """Sketch the posts that have none yet and give every post its template cluster id."""
    index = TemplateIndex()
    old_ids, old_sketches, new_posts = ws.sketch_state()
    index.add_sketches(old_ids, [index_sketch(b) for b in old_sketches])
    new_sketches = index.sketch([text for _, text in new_posts]) if new_posts else []
    index.add_sketches([pid for pid, _ in new_posts], new_sketches)
    sketches = {pid: sketch_bytes(sk) for (pid, _), sk in zip(new_posts, new_sketches, strict=True)}
    ws.save_clusters({pid: index.cluster_of(pid) for pid in [*old_ids, *sketches]}, sketches)
    return len(new_posts)


def update_links(ws: Workspace) -> None:
    """Bring template clusters and networks up to date after new posts were stored."""
    update_clusters(ws)
    run = network_run(ws.stored_posts(), ws.ignored())
    ids = dict(zip(run.linkage.post_ids, run.linkage.network_ids, strict=True))
    ws.set_assignments("networks", "network_id", ids)


def sketch_bytes(sk: Sketch) -> bytes:
    """Shingle hashes (for the exact check) and MinHash signature, packed for the database."""
    hashes = np.asarray(sk.hashes, dtype=np.uint32)
    return np.uint32(len(hashes)).tobytes() + hashes.tobytes() + np.asarray(sk.signature, dtype=np.uint64).tobytes()


def index_sketch(data: bytes) -> Sketch:
    n = int(np.frombuffer(data[:4], dtype=np.uint32)[0])
    hashes = np.frombuffer(data[4 : 4 + 4 * n], dtype=np.uint32)
    # Stored as uint64, computed as uint32: back to uint32, or the LSH band keys (bytes of the
    # signature) would differ from a fresh sketch's and a rebuilt index would cluster differently.
    return Sketch(hashes, np.frombuffer(data[4 + 4 * n :], dtype=np.uint64).astype(np.uint32))
