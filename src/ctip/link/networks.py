"""Recruiter networks: posts joined, directly or through other posts, by shared link keys.

Hub rule (why: one agency number or job-board contact printed in many unrelated operations'
ads would otherwise merge them all into one "network"):

    A key is a *hub* when the posts carrying it fall into more than `hub_max` separate groups
    of at least `hub_min_group` posts, where groups are the networks formed by every other
    non-hub key. Only keys in more than `hub_max` posts can be hubs. Candidates are decided
    from the rarest up and re-checked until nothing changes: a candidate that turns out not
    to be a hub links its posts, which may reunite the groups of another candidate.

Groups of one post do not count: a recruiter whose posts each carry their number plus a
throw-away handle is one operation, not a hub. Template-cluster keys (`cluster:<id>`, with
`--by identifiers,clusters`) pass the same test, so a generic template shared by many
operations does not link them either. The result does not depend on input order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ctip.link.unionfind import UnionFind, network_id_for


@dataclass(slots=True)
class Linkage:
    """Result of `NetworkLinker.fit`: network per post, and the bipartite post–key graph."""

    post_ids: list[str]
    network_ids: list[str | None]
    keys: list[str]  # key index → key
    edge_post: np.ndarray  # one row per (post, key) edge, hubs included
    edge_key: np.ndarray
    hubs: dict[str, dict[str, int]] = field(default_factory=dict)  # key → {"posts", "groups"}

    def linking_edges(self) -> tuple[np.ndarray, np.ndarray]:
        """Edges through non-hub keys only (the ones that made the networks)."""
        hub = np.zeros(len(self.keys), dtype=bool)
        hub[[i for i, k in enumerate(self.keys) if k in self.hubs]] = True
        keep = ~hub[self.edge_key] if len(self.edge_key) else np.zeros(0, dtype=bool)
        return self.edge_post[keep], self.edge_key[keep]


class NetworkLinker:
    """Batch linking with hub detection; see the module docstring for the hub rule."""

    def __init__(self, hub_max: int = 10, hub_min_group: int = 2) -> None:
        if hub_max < 1 or hub_min_group < 1:
            raise ValueError("hub_max and hub_min_group must be at least 1")
        self.hub_max, self.hub_min_group = hub_max, hub_min_group

    def fit(self, post_ids: Sequence[str], keys: Sequence[Sequence[str]]) -> Linkage:
        """`keys[i]` are the link keys of post `post_ids[i]` (blocked keys already removed)."""
        names, edge_post, edge_key = _intern(keys)
        n = len(post_ids)
        df = np.bincount(edge_key, minlength=len(names)) if len(names) else np.zeros(0, dtype=np.int64)
        frequent = df > self.hub_max
        comp = _components(n, len(names), edge_post, edge_key, ~frequent[edge_key] if len(edge_key) else None)
        uf = UnionFind(int(comp.max()) + 1 if n else 0)
        uf.size = np.bincount(comp, minlength=len(uf.parent)).tolist()
        hubs = self._decide(uf, comp, names, df, frequent, edge_post, edge_key)
        return Linkage(list(post_ids), _network_ids(post_ids, comp, uf), names, edge_post, edge_key, hubs)

    def _decide(self, uf: UnionFind, comp: np.ndarray, names: list[str], df: np.ndarray, frequent: np.ndarray,
                edge_post: np.ndarray, edge_key: np.ndarray) -> dict[str, dict[str, int]]:
        cand = np.flatnonzero(frequent)
        mask = frequent[edge_key]
        order = np.argsort(edge_key[mask], kind="stable")
        ek, ep = edge_key[mask][order], edge_post[mask][order]
        bounds = np.searchsorted(ek, cand), np.searchsorted(ek, cand, side="right")
        comps_of = {int(k): comp[ep[s:e]] for k, s, e in zip(cand, *bounds, strict=True)}
        undecided = sorted(comps_of, key=lambda k: (int(df[k]), names[k]))
        groups: dict[int, int] = {}
        changed = True
        while changed and undecided:
            changed, still = False, []
            for k in undecided:
                roots = {uf.find(int(c)) for c in comps_of[k]}
                groups[k] = sum(1 for r in roots if uf.size[r] >= self.hub_min_group)
                if groups[k] <= self.hub_max:
                    first = roots.pop()
                    for r in roots:
                        uf.union(first, r)
                    changed = True
                else:
                    still.append(k)
            undecided = still
        return {names[k]: {"posts": int(df[k]), "groups": groups[k]} for k in undecided}


def _intern(keys: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    index: dict[str, int] = {}
    posts: list[int] = []
    ids: list[int] = []
    for p, post_keys in enumerate(keys):
        for key in post_keys:
            posts.append(p)
            ids.append(index.setdefault(key, len(index)))
    return list(index), np.asarray(posts, dtype=np.int64), np.asarray(ids, dtype=np.int64)


def _components(n_posts: int, n_keys: int, edge_post: np.ndarray, edge_key: np.ndarray,
                keep: np.ndarray | None) -> np.ndarray:
    """Component label per post, joining posts through the kept edges."""
    if n_posts == 0:
        return np.zeros(0, dtype=np.int64)
    rows = edge_post if keep is None else edge_post[keep]
    cols = (edge_key if keep is None else edge_key[keep]) + n_posts
    size = n_posts + n_keys
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    # Relabel so posts come first and labels are dense over posts only.
    _, dense = np.unique(labels[:n_posts], return_inverse=True)
    return dense.astype(np.int64)


def _network_ids(post_ids: Sequence[str], comp: np.ndarray, uf: UnionFind) -> list[str | None]:
    roots = [uf.find(int(c)) for c in comp]
    least: dict[int, str] = {}
    for post_id, root in zip(post_ids, roots, strict=True):
        if root not in least or post_id < least[root]:
            least[root] = post_id
    ids = {root: network_id_for(pid) for root, pid in least.items() if uf.size[root] > 1}
    return [ids.get(root) for root in roots]
