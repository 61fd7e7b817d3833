"""Template clusters: posts re-using one ad template (or near-duplicates) share a `cluster_id`.

`TemplateIndex` is incremental leader clustering: each new post is compared with the
*representatives* of the clusters seen so far — candidates from MinHash LSH (datasketch), then
the exact Jaccard of the two shingle sets — and joins the most similar one at or above
`threshold`, or starts a new cluster. Earlier assignments never change, so a workspace can add
posts batch by batch. Keeping only representatives in the LSH index keeps queries small even
when one template is re-posted thousands of times.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHashLSH

from ctip.link.shingles import Permutations, jaccard, shingle_hashes
from ctip.link.slots import skeleton


@dataclass(frozen=True, slots=True)
class Sketch:
    """What clustering needs of one post: distinct shingle hashes and their MinHash signature."""

    hashes: np.ndarray
    signature: np.ndarray


@dataclass(frozen=True, slots=True)
class Assignment:
    """`cluster_id` is None while the post is alone in its cluster."""

    post_id: str
    cluster_id: str | None


@dataclass(slots=True)
class _Cluster:
    cluster_id: str
    leader: str
    size: int = 1
    reps: int = 1
    members: list[str] = field(default_factory=list)


def cluster_id_for(leader_post_id: str) -> str:
    """Stable id from the first post of a cluster: `c` + 10 hex digits of its BLAKE2b hash."""
    return "c" + hashlib.blake2b(leader_post_id.encode("utf-8"), digest_size=5).hexdigest()


def sketch_texts(texts: Sequence[str], perm: Permutations, k: int = 5, min_chars: int = 12) -> list[Sketch]:
    """Sketches of many texts at once; texts whose skeleton is shorter than `min_chars` get empty hashes."""
    empty = np.zeros(0, dtype=np.uint32)
    sets = [shingle_hashes(sk, k) if len(sk) >= min_chars else empty for sk in map(skeleton, texts)]
    signatures = perm.signatures(sets)
    return [Sketch(h, s) for h, s in zip(sets, signatures, strict=True)]


class TemplateIndex:
    """Incremental template clustering; `add` returns assignments for new posts only (plus lone
    earlier posts that a new post just joined, whose cluster_id changes from None).

    threshold: exact Jaccard of shingle sets needed to join a cluster (via one representative).
    num_perm, random_state: MinHash size and seed (signatures from different seeds do not mix).
    max_reps: representatives kept per cluster; a member becomes one when its best similarity
    is below `new_rep_below`, so clusters can drift (typos, edits) without losing recall.
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, random_state: int = 0, *, k: int = 5,
                 min_chars: int = 12, max_reps: int = 8, new_rep_below: float = 0.8, max_checks: int = 4,
                 rows_per_band: int = 5) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold, self.k, self.min_chars = threshold, k, min_chars
        self.max_reps, self.new_rep_below, self.max_checks = max_reps, new_rep_below, max_checks
        self.perm = Permutations(num_perm, random_state)
        # Bands of 5 rows: two ads sharing only boilerplate (similarity ~0.3) collide in a band 6% of
        # the time (25 bands of 128), so candidate lists stay short however big the index grows;
        # pairs at 0.5-0.6 are found through one of a cluster's several representatives.
        lsh = MinHashLSH(num_perm=num_perm, params=(num_perm // rows_per_band, rows_per_band))
        # Byte ranges of the bands in a byte-swapped signature: the keys MinHashLSH stores bands under.
        self._bands = [(4 * s, 4 * e) for s, e in lsh.hashranges]
        # One table per band: band bytes → representative, or a list of them when several share the band.
        # MinHashLSH keeps a set per key (over 200 bytes even for one member, and most keys have one):
        # on 200,000 synthetic posts the index took 961 MB with its tables, 419 MB with these.
        self._tables: list[dict[bytes, int | list[int]]] = [{} for _ in self._bands]
        self._rep_sigs = np.zeros((1024, num_perm), dtype=np.uint32)
        self._rep_hashes: list[np.ndarray] = []
        self._rep_cluster: list[int] = []
        self._clusters: list[_Cluster] = []
        self._exact: dict[bytes, int] = {}  # digest of a shingle set → cluster: verbatim re-posts skip LSH
        self._of: dict[str, int] = {}

    def sketch(self, texts: Sequence[str]) -> list[Sketch]:
        return sketch_texts(texts, self.perm, self.k, self.min_chars)

    def add(self, posts: Iterable[tuple[str, str]]) -> list[Assignment]:
        """Add `(post_id, text)` pairs; see `add_sketches`."""
        items = list(posts)
        return self.add_sketches([i for i, _ in items], self.sketch([t for _, t in items]))

    def add_sketches(self, post_ids: Sequence[str], sketches: Sequence[Sketch]) -> list[Assignment]:
        out: list[Assignment] = []
        for post_id, sk in zip(post_ids, sketches, strict=True):
            out.extend(self._add_one(post_id, sk))
        return out

    def cluster_of(self, post_id: str) -> str | None:
        """The post's cluster id, or None if it is alone (or unknown)."""
        index = self._of.get(post_id)
        if index is None:
            return None
        cluster = self._clusters[index]
        return cluster.cluster_id if cluster.size > 1 else None

    def leader_of(self, post_id: str) -> str | None:
        """The first post of the post's cluster (the post itself when it founded it)."""
        index = self._of.get(post_id)
        return None if index is None else self._clusters[index].leader

    def clusters(self) -> list[tuple[str, list[str]]]:
        """(cluster_id, member post ids in arrival order) for clusters of two or more posts."""
        return [(c.cluster_id, list(c.members)) for c in self._clusters if c.size > 1]

    def __len__(self) -> int:
        return len(self._of)

    def _add_one(self, post_id: str, sk: Sketch) -> list[Assignment]:
        if post_id in self._of:
            raise ValueError(f"post {post_id!r} was already added")
        if len(sk.hashes) == 0:  # too little text to call it a template
            self._of[post_id] = self._new_cluster(post_id, None, sk)
            return [Assignment(post_id, None)]
        digest = hashlib.blake2b(sk.hashes.tobytes(), digest_size=16).digest()
        index = self._exact.get(digest)
        if index is None:
            index, score = self._best_match(sk)
            if index is None:
                index = self._new_cluster(post_id, digest, sk)
            elif score < self.new_rep_below and self._clusters[index].reps < self.max_reps:
                self._add_rep(index, sk)
                self._clusters[index].reps += 1
            self._exact.setdefault(digest, index)  # a later verbatim copy of this post skips the search
        return self._join(post_id, index)

    def _join(self, post_id: str, index: int) -> list[Assignment]:
        cluster = self._clusters[index]
        self._of[post_id] = index
        if cluster.members and cluster.members[-1] == post_id:  # the post just founded this cluster
            return [Assignment(post_id, None)]
        cluster.members.append(post_id)
        cluster.size += 1
        out = [Assignment(post_id, cluster.cluster_id)]
        if cluster.size == 2:
            out.insert(0, Assignment(cluster.leader, cluster.cluster_id))
        return out

    def _best_match(self, sk: Sketch) -> tuple[int | None, float]:
        """Most similar cluster at or above threshold, via its representatives; (None, 0) if none.

        Candidates are checked in order of estimated similarity (ties: earliest first); the first
        one clearly similar (>= new_rep_below) is taken without checking the rest.
        """
        found = self.candidates(sk.signature)
        if not found:
            return None, 0.0
        reps = np.fromiter(found, dtype=np.int64, count=len(found))
        reps.sort()
        agree = np.count_nonzero(self._rep_sigs[reps] == sk.signature, axis=1)
        order = np.argsort(-agree, kind="stable")[: self.max_checks]
        floor = (self.threshold - 0.25) * self.perm.num_perm  # ~4 standard errors below the threshold
        best, best_score = None, 0.0
        for rep, votes in zip(reps[order].tolist(), agree[order].tolist(), strict=True):
            if votes < floor:
                break
            score = jaccard(sk.hashes, self._rep_hashes[rep])
            if score >= self.threshold and score > best_score:
                best, best_score = self._rep_cluster[rep], score
                if score >= self.new_rep_below:
                    break
        return best, best_score

    def candidates(self, signature: np.ndarray) -> set[int]:
        """Representatives sharing a band with `signature` (what `MinHashLSH.query` finds), with all band
        keys cut from one byte string (the per-band numpy calls of `query` were most of the clustering time)."""
        raw = signature.byteswap().tobytes()
        found: set[int] = set()
        for table, (start, end) in zip(self._tables, self._bands, strict=True):
            hit = table.get(raw[start:end])
            if hit is None:
                continue
            if type(hit) is int:
                found.add(hit)
            else:
                found.update(hit)
        return found

    def _new_cluster(self, post_id: str, digest: bytes | None, sk: Sketch) -> int:
        index = len(self._clusters)
        self._clusters.append(_Cluster(cluster_id_for(post_id), post_id, members=[post_id]))
        if digest is not None:
            self._exact[digest] = index
            self._add_rep(index, sk)
        return index

    def _add_rep(self, index: int, sk: Sketch) -> None:
        rep = len(self._rep_hashes)
        if rep == len(self._rep_sigs):
            self._rep_sigs = np.concatenate([self._rep_sigs, np.zeros_like(self._rep_sigs)])
        self._rep_sigs[rep] = sk.signature
        self._rep_hashes.append(sk.hashes)
        self._rep_cluster.append(index)
        raw = sk.signature.byteswap().tobytes()
        for table, (start, end) in zip(self._tables, self._bands, strict=True):
            key = raw[start:end]
            hit = table.setdefault(key, rep)
            if hit != rep:
                if type(hit) is int:
                    table[key] = [hit, rep]
                else:
                    hit.append(rep)
