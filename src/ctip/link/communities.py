"""Inside networks: Leiden communities (large networks only), key centrality and per-network summaries.

Both run once on the whole bipartite post–key graph of linked posts: Leiden communities are
connected, so they never cross networks, and PageRank ranks keys within their own component.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import igraph as ig
import leidenalg
import numpy as np

from ctip.link.networks import Linkage
from ctip.records import NetworkSummary


@dataclass(slots=True)
class Structure:
    """Community per post (None outside large networks) and PageRank per key."""

    community_ids: list[str | None]
    key_rank: dict[int, float]


def analyse(linkage: Linkage, *, community_min: int = 30, random_state: int = 0) -> Structure:
    n = len(linkage.post_ids)
    ep, ek = linkage.linking_edges()
    in_net = np.array([nid is not None for nid in linkage.network_ids], dtype=bool)
    keep = in_net[ep] if len(ep) else np.zeros(0, dtype=bool)
    ep, ek = ep[keep], ek[keep]
    graph = ig.Graph(n=n + len(linkage.keys), edges=np.column_stack([ep, ek + n]).tolist(), directed=False)
    rank = graph.pagerank(vertices=np.unique(ek + n).tolist()) if len(ek) else []
    key_rank = {int(k) - n: float(r) for k, r in zip(np.unique(ek + n), rank, strict=True)}
    return Structure(_communities(graph, linkage, community_min, random_state), key_rank)


def _communities(graph: ig.Graph, linkage: Linkage, community_min: int, seed: int) -> list[str | None]:
    sizes = Counter(nid for nid in linkage.network_ids if nid)
    large = {nid for nid, size in sizes.items() if size >= community_min}
    out: list[str | None] = [None] * len(linkage.post_ids)
    if not large:
        return out
    posts = [i for i, nid in enumerate(linkage.network_ids) if nid in large]
    keys = sorted({int(v) for p in posts for v in graph.neighbors(p)})
    sub = graph.induced_subgraph(posts + [k for k in keys])
    membership = leidenalg.find_partition(sub, leidenalg.ModularityVertexPartition, seed=seed).membership
    # Number communities per network by size (largest first), then by smallest post id.
    members: dict[tuple[str, int], list[str]] = defaultdict(list)
    for v, post in enumerate(posts):
        members[(linkage.network_ids[post], membership[v])].append(linkage.post_ids[post])
    by_net: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for (nid, c), ids in members.items():
        by_net[nid].append((-len(ids), min(ids), c))
    label = {(nid, c): f"{nid}.{i + 1}" for nid, items in by_net.items() for i, (_, _, c) in enumerate(sorted(items))}
    for v, post in enumerate(posts):
        out[post] = label[(linkage.network_ids[post], membership[v])]
    return out


def summarise(linkage: Linkage, structure: Structure, langs: Sequence[str | None],
              times: Sequence[str | None], *, top: int = 5, max_keys: int = 100) -> list[NetworkSummary]:
    """One summary per network, largest first (ties by id)."""
    posts_of: dict[str, list[int]] = defaultdict(list)
    for i, nid in enumerate(linkage.network_ids):
        if nid:
            posts_of[nid].append(i)
    ep, ek = linkage.linking_edges()
    keys_of: dict[str, Counter[int]] = defaultdict(Counter)
    for p, k in zip(ep.tolist(), ek.tolist(), strict=True):
        nid = linkage.network_ids[p]
        if nid:
            keys_of[nid][k] += 1
    out = []
    for nid, idx in posts_of.items():
        ranked = sorted(keys_of[nid].items(), key=lambda kv: (-structure.key_rank.get(kv[0], 0.0), -kv[1],
                                                                 linkage.keys[kv[0]]))
        stamps = sorted(t for t in (times[i] for i in idx) if t)
        communities = {structure.community_ids[i] for i in idx} - {None}
        out.append(NetworkSummary(
            network_id=nid, size=len(idx), n_identifiers=len(ranked),
            identifiers=[linkage.keys[k] for k, _ in ranked[:max_keys]],
            top_identifiers=[{"key": linkage.keys[k], "posts": n, "pagerank": round(structure.key_rank.get(k, 0.0), 6)}
                             for k, n in ranked[:top]],
            languages=dict(Counter(langs[i] or "und" for i in idx).most_common()),
            first_seen=stamps[0] if stamps else None, last_seen=stamps[-1] if stamps else None,
            communities=len(communities),
        ))
    return sorted(out, key=lambda s: (-s.size, s.network_id))
