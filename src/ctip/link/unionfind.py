"""Union-find, and `NetworkIndex`: networks kept up to date as posts arrive one by one."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence


class UnionFind:
    """Disjoint sets over 0..n-1 (grows on demand), union by size, path halving."""

    def __init__(self, n: int = 0) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def add(self) -> int:
        self.parent.append(len(self.parent))
        self.size.append(1)
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra


def network_id_for(smallest_post_id: str) -> str:
    """Stable id of a network: `n` + 10 hex digits of the BLAKE2b hash of its smallest post id."""
    return "n" + hashlib.blake2b(smallest_post_id.encode("utf-8"), digest_size=5).hexdigest()


class NetworkIndex:
    """Posts joined by shared link keys, maintained incrementally (for the workspace).

    `blocked` keys (hotlines, hubs, placeholders found by a batch run) never link. A network id
    follows the smallest post id of its network, so a merge changes the id of the merged networks:
    `add` returns every id that appeared or disappeared.
    """

    def __init__(self, blocked: Iterable[str] = ()) -> None:
        self.blocked = frozenset(blocked)
        self._uf = UnionFind()
        self._node: dict[str, int] = {}  # "p\0<post id>" or a link key → union-find node
        self._posts: dict[int, list[str]] = {}  # root → its post ids (only roots are kept)
        self._least: dict[int, str] = {}  # root → smallest post id, so ids cost O(1)

    def add(self, post_id: str, keys: Sequence[str]) -> list[str]:
        """Add one post with its link keys; returns the network ids that changed (sorted)."""
        node = f"p\0{post_id}"
        if node in self._node:
            raise ValueError(f"post {post_id!r} was already added")
        roots = {self._uf.find(self._node[k]) for k in keys if k in self._node and k not in self.blocked}
        before = {self._id(r) for r in roots} - {None}
        root = self._new(node)
        self._posts[root] = [post_id]
        self._least[root] = post_id
        for key in keys:
            if key in self.blocked:
                continue
            key_node = self._node.get(key)
            root = self._merge(root, self._new(key) if key_node is None else key_node)
        after = self._id(root)
        changed = before ^ ({after} if after else set())
        return sorted(x for x in changed if x)

    def network_of(self, post_id: str) -> str | None:
        node = self._node.get(f"p\0{post_id}")
        return None if node is None else self._id(self._uf.find(node))

    def members(self, network_id: str) -> list[str]:
        for root, posts in self._posts.items():
            if len(posts) > 1 and network_id_for(self._least[root]) == network_id:
                return sorted(posts)
        return []

    def _new(self, name: str) -> int:
        node = self._uf.add()
        self._node[name] = node
        return node

    def _merge(self, a: int, b: int) -> int:
        ra, rb = self._uf.find(a), self._uf.find(b)
        if ra == rb:
            return ra
        root = self._uf.union(ra, rb)
        other = rb if root == ra else ra
        moved = self._posts.pop(other, [])
        if moved:
            self._posts.setdefault(root, []).extend(moved)
            least = self._least.pop(other)
            self._least[root] = min(least, self._least.get(root, least))
        return root

    def _id(self, root: int) -> str | None:
        posts = self._posts.get(root)
        return network_id_for(self._least[root]) if posts and len(posts) > 1 else None
