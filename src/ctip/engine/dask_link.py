"""`ctip cluster|link --engine dask`: template clustering and linking on Dask, output identical to local.

Clustering (`TemplateIndex`) is incremental leader clustering: a post joins the most similar
earlier cluster whose representative shares an LSH band with it. So a post can only ever join
a cluster inside its *band component* — the connected component of the graph that joins posts
sharing any band key (verbatim copies share all of them). Replaying the same sequential index
on each component alone, in input order, therefore gives exactly the global result: the
candidates, their order (representatives are numbered in arrival order) and the exact-Jaccard
verification are the same. The Dask run:

1. partitions of posts (in input order) are sent to the workers, which sketch them
   (masking, shingles, MinHash: the costly part) and keep the sketches;
2. band keys are shuffled by key hash to reducers, which join the posts sharing a key and
   return only a spanning forest (post → smallest post of its local component);
3. the caller merges those forests with one global connected-components pass (union-find);
4. components are packed into groups; each group's sketches are gathered from the
   partitions (three numpy arrays per piece rather than two small arrays per post) and the
   sequential index replays it on a worker, in input order; the partitions' sketches are
   freed as soon as every replay has its piece;
5. the caller assembles labels (cluster ids are hashes of each cluster's first post, so they
   do not depend on where a cluster was computed) and, when asked, the summaries.

Linking: each partition extracts its posts' link keys on the workers (the costly part:
entity extraction when the input carries no `entities`), the caller concatenates them in input
order and runs the same global steps as the local engine (site furniture, hub detection and
union-find over identifier keys, communities), so the result is the same by construction.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from ctip.records import ClusterSummary, Post, Rejected

__all__ = ["DaskClustering", "dask_cluster", "dask_link_posts"]

PARTITION = 20_000  # posts per partition: a few seconds of sketching, a few MB over the network
NUM_PERM, ROWS_PER_BAND = 128, 5  # TemplateIndex's defaults: the band layout replayed here


@dataclass(slots=True)
class _Sketches:
    """Sketches of many posts in three arrays (pickled as three buffers, not as thousands of small objects):
    post i's shingle hashes are `hashes[offsets[i]:offsets[i + 1]]`, its MinHash signature `signatures[i]`."""

    hashes: np.ndarray  # uint32, all posts' hashes one after the other
    offsets: np.ndarray  # int64, len(posts) + 1
    signatures: np.ndarray  # uint32, (len(posts), NUM_PERM)

    @classmethod
    def of(cls, sketches: list[Any]) -> _Sketches:
        sizes = np.fromiter((len(sk.hashes) for sk in sketches), dtype=np.int64, count=len(sketches))
        hashes = np.concatenate([sk.hashes for sk in sketches]) if sketches else np.zeros(0, np.uint32)
        signatures = np.stack([sk.signature for sk in sketches]) if sketches else np.zeros((0, NUM_PERM), np.uint32)
        return cls(hashes.astype(np.uint32, copy=False), np.concatenate([[0], np.cumsum(sizes)]), signatures)

    def take(self, rows: np.ndarray) -> _Sketches:
        starts, ends = self.offsets[rows], self.offsets[rows + 1]
        sizes = ends - starts
        flat = np.repeat(starts - np.concatenate([[0], np.cumsum(sizes)[:-1]]), sizes) + np.arange(sizes.sum())
        return _Sketches(self.hashes[flat], np.concatenate([[0], np.cumsum(sizes)]), self.signatures[rows])

    def sketches(self) -> list[Any]:
        from ctip.link.templates import Sketch

        bounds = self.offsets.tolist()
        return [Sketch(self.hashes[a:b], sig) for a, b, sig in zip(bounds[:-1], bounds[1:], self.signatures, strict=True)]


@dataclass(slots=True)
class _Part:
    """What a worker keeps of one partition for the summaries (texts only when they are asked for)."""

    start: int  # global index of its first post
    ids: list[str]
    langs: list[str | None]
    times: list[str | None]
    texts: list[str] | None


@dataclass(slots=True)
class _Sketched:
    """One partition just sketched: what stays for the summaries, and the sketches (released after the split)."""

    part: _Part
    sketches: _Sketches


@dataclass(slots=True)
class DaskClustering:
    """Same fields as a fitted TemplateClusterer that the CLI uses."""

    post_ids_: list[str]
    labels_: list[str | None]
    clusters: list[tuple[str, list[int]]]  # (cluster_id, member indices in arrival order), size >= 2
    _parts: list[Any]
    _client: Any
    max_summary_posts: int = 20

    def summaries(self) -> list[ClusterSummary]:
        """One summary per cluster of two or more posts, largest first (ties by id), as TemplateClusterer."""
        from ctip.link.slots import slot_template

        need = sorted({i for _, members in self.clusters for i in members})
        info = _fetch(self._client, self._parts, need)
        out = []
        for cid, members in self.clusters:
            stamps = sorted(t for t in (info[i][1] for i in members) if t)
            langs = Counter(info[i][0] or "und" for i in members)
            out.append(ClusterSummary(cid, len(members), dict(langs.most_common()), stamps[0] if stamps else None,
                                      stamps[-1] if stamps else None, slot_template(info[members[0]][2]),
                                      tuple(self.post_ids_[i] for i in members[: self.max_summary_posts])))
        return sorted(out, key=lambda s: (-s.size, s.cluster_id))


# ---- worker side (module-level functions: Dask pickles them by reference) -------------------

def _with_languages(posts: list[Post]) -> list[Post]:
    """What ctip.cli._screening.with_languages does, without importing the screening stack on the workers."""
    import dataclasses

    from ctip.text.langid import detect_language

    return [dataclasses.replace(p, lang=detect_language(p.text)) if type(p) is Post and p.lang is None else p
            for p in posts]


@dataclass(slots=True)
class _Box:
    """Any value, sent between the caller and the workers as one pickle. Dask serialises a plain list or
    tuple element by element (one header and frame each): for 20,000 small tuples that cost more than
    the work itself (seen with py-spy on the 1,000,000-post benchmark)."""

    value: Any


@dataclass(slots=True)
class _Parsed:
    """One partition read on a worker: its posts (kept there) and what the caller needs to check ids."""

    posts: list[Post]
    # In input order: (id, origin) of each post (origin None: not checked for duplicates, as read_posts
    # does for anything but a plain Post), or a Rejected record.
    events: list[tuple[str, str | None] | Rejected]


def _parse_part(box: _Box) -> _Parsed:
    """JSONL lines (and pages) are parsed here, on the worker: the caller only splits the input into lines."""
    from ctip.ingest import LineBatch

    posts: list[Post] = []
    events: list[tuple[str, str | None] | Rejected] = []
    for item in box.value:
        for record in item.records() if isinstance(item, LineBatch) else (item,):
            if isinstance(record, Rejected):
                events.append(record)
            else:
                posts.append(record)
                events.append((record.id, record.origin if type(record) is Post else None))
    return _Parsed(posts, events)


def _events(parsed: _Parsed) -> _Box:
    return _Box(parsed.events)


def _kept(parsed: _Parsed, drop: frozenset[int]) -> list[Post]:
    """The partition's posts without those the caller found to be duplicates of earlier ones."""
    return [p for i, p in enumerate(parsed.posts) if i not in drop] if drop else parsed.posts


def _sketch_part(parsed: _Parsed, drop: frozenset[int], start: int, seed: int, keep_texts: bool) -> _Sketched:
    from ctip.link.shingles import Permutations
    from ctip.link.templates import sketch_texts

    posts = _with_languages(_kept(parsed, drop))
    texts = [p.text for p in posts]
    sketches = _Sketches.of(sketch_texts(texts, Permutations(NUM_PERM, seed)))
    return _Sketched(_Part(start, [p.id for p in posts], [p.lang for p in posts], [p.posted_at for p in posts],
                           texts if keep_texts else None), sketches)


def _band_keys(sketched: _Sketched, n_reduce: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(key, global post index) of every band of every post with a sketch, split by key over reducers."""
    sk = sketched.sketches
    rows = np.flatnonzero(np.diff(sk.offsets) > 0)
    n_bands = NUM_PERM // ROWS_PER_BAND
    if not len(rows):
        empty = (np.zeros(0, np.uint64), np.zeros(0, np.int64))
        return [empty] * n_reduce
    sigs = sk.signatures[rows].astype(np.uint64)
    bands = sigs[:, : n_bands * ROWS_PER_BAND].reshape(len(rows), n_bands, ROWS_PER_BAND)
    # A 64-bit hash of (band number, band values). Two different bands that collide only join two
    # components that the replay then keeps apart: collisions cost time, never correctness.
    with np.errstate(over="ignore"):
        key = np.arange(n_bands, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15)
        for r in range(ROWS_PER_BAND):
            key = (key ^ bands[:, :, r]) * np.uint64(0x100000001B3) + np.uint64(r + 1)
            key ^= key >> np.uint64(29)
    keys = key.ravel()
    posts = np.repeat(rows.astype(np.int64) + sketched.part.start, n_bands)
    dest = (keys % np.uint64(n_reduce)).astype(np.int64)
    return [(keys[dest == j], posts[dest == j]) for j in range(n_reduce)]


def _forest(pieces: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Posts sharing a key, joined: (post, smallest post of its component here) for every post met."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    keys = np.concatenate([k for k, _ in pieces]) if pieces else np.zeros(0, np.uint64)
    posts = np.concatenate([p for _, p in pieces]) if pieces else np.zeros(0, np.int64)
    if not len(keys):
        return posts, posts
    order = np.lexsort((posts, keys))
    keys, posts = keys[order], posts[order]
    same = keys[1:] == keys[:-1]
    nodes, local = np.unique(posts, return_inverse=True)
    a, b = local[:-1][same], local[1:][same]
    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(len(nodes), len(nodes)))
    _, comp = connected_components(graph, directed=False)
    smallest = np.full(comp.max() + 1 if len(comp) else 0, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(smallest, comp, nodes)
    keep = smallest[comp] != nodes
    return nodes[keep], smallest[comp][keep]


def _split(sketched: _Sketched, group_of: np.ndarray, n_groups: int) -> list[_Box]:
    """The partition's posts in multi-post components, by group: boxed (global indices, ids, sketches)."""
    part = sketched.part
    out = []
    for g in range(n_groups):
        rows = np.flatnonzero(group_of == g)
        out.append(_Box((rows + part.start, [part.ids[i] for i in rows.tolist()], sketched.sketches.take(rows))))
    return out


def _replay(threshold: float, seed: int, *boxes: _Box) -> _Box:
    """The sequential TemplateIndex over one group's posts in input order: boxed (labels, clusters)."""
    from ctip.link.templates import TemplateIndex

    pieces = [box.value for box in boxes]
    idx = np.concatenate([p[0] for p in pieces]).tolist()
    ids = [x for p in pieces for x in p[1]]
    sks = [s for p in pieces for s in p[2].sketches()]
    if any(a > b for a, b in zip(idx, idx[1:], strict=False)):  # partitions come in order; this is a safeguard
        order = sorted(range(len(idx)), key=idx.__getitem__)
        idx, ids, sks = [idx[o] for o in order], [ids[o] for o in order], [sks[o] for o in order]
    index = TemplateIndex(threshold, NUM_PERM, seed)
    index.add_sketches(ids, sks)
    del sks
    where = dict(zip(ids, idx, strict=True))
    labels = [(where[pid], cid) for pid in ids if (cid := index.cluster_of(pid)) is not None]
    clusters = [(cid, [where[m] for m in members]) for cid, members in index.clusters()]
    return _Box((labels, clusters))


def _info_at(part: _Part, wanted: list[int]) -> _Box:
    if part.texts is None:
        raise ValueError("the texts were not kept: call dask_cluster(..., summaries=True) for summaries")
    return _Box([(g, part.langs[g - part.start], part.times[g - part.start], part.texts[g - part.start])
                 for g in wanted])


def _collect_part(parsed: _Parsed, drop: frozenset[int], blocked: frozenset[str], region: str | None,
                  snippet_chars: int) -> Any:
    from ctip.link.run import _collect, _Collected

    seen = _Collected()
    for _ in _collect(_with_languages(_kept(parsed, drop)), seen, blocked, region, snippet_chars, None, None):
        pass
    return seen


# ---- caller side ----------------------------------------------------------------------------

def _scatter(client: Any, items: Iterable[Any], on_reject: Callable[[Rejected], None] | None,
             on_progress: Callable[[int], None] | None, size: int,
             jobs: tuple[Callable[[Any, frozenset[int], int], Any], ...] = ()
             ) -> tuple[list[str], list[int], list[list[Any]]]:
    """Send the input to the workers in partitions of about `size` posts, and submit `jobs(parsed, drop,
    start)` on each; the caller keeps only the ids, in order.

    `items` come from read_posts(..., defer_jsonl=True): JSONL lines travel as bytes and are parsed on
    the workers. Each partition's ids come back (small) and are checked here, in input order, against
    every id seen before — as read_posts does locally — so a duplicate is rejected at the same place,
    with the same message, and left out of the jobs (`drop`: its index in the partition). A bounded
    window of partitions is in flight, so input waiting on the workers stays bounded however big the
    file; what stays on them is each partition's result (link keys, or sketches for clustering)."""
    from collections import deque

    from ctip.ingest import LineBatch, SeenIds

    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = 2 * n_workers + 1
    seen = SeenIds()
    ids: list[str] = []
    sizes: list[int] = []
    submitted: list[list[Any]] = [[] for _ in jobs]
    parsing: deque[tuple[Any, Any]] = deque()
    running: deque[Any] = deque()

    def finish_oldest() -> None:
        parsed, events = parsing.popleft()
        drop: list[int] = []
        kept = index = 0
        for event in _results([events])[0].value:
            if isinstance(event, Rejected):
                if on_reject:
                    on_reject(event)
                continue
            post_id, origin = event
            duplicate = seen.check(post_id, origin) if origin is not None else None
            if duplicate is not None:
                if on_reject:
                    on_reject(duplicate)
                drop.append(index)
            else:
                ids.append(post_id)
                kept += 1
            index += 1
        for job, out in zip(jobs, submitted, strict=True):
            out.append(job(parsed, frozenset(drop), sum(sizes)))
            running.append(out[-1])
        sizes.append(kept)
        if on_progress:
            on_progress(kept)
        while len(running) > window * max(1, len(jobs)):
            _wait(running.popleft())

    def send(batch: list[Any]) -> None:
        [future] = client.scatter([_Box(batch)], hash=False)
        parsed = client.submit(_parse_part, future, pure=False)
        parsing.append((parsed, client.submit(_events, parsed, pure=False)))
        while parsing and (len(parsing) > window or parsing[0][1].done()):
            finish_oldest()

    batch: list[Any] = []
    count = 0
    for item in items:
        batch.append(item)
        count += len(item.lines) if isinstance(item, LineBatch) else 1
        if count >= size:
            send(batch)
            batch, count = [], 0
    if batch:
        send(batch)
    while parsing:
        finish_oldest()
    return ids, sizes, submitted


def _wait(future: Any) -> None:
    from distributed import wait

    wait(future)
    if future.status == "error":
        _results([future])


def _results(futures: list[Any]) -> list[Any]:
    from ctip.errors import WorkerError

    try:
        return [f.result() for f in futures]
    except Exception as exc:  # a worker died or the cluster went away
        raise WorkerError(f"A Dask worker failed: {type(exc).__name__}: {exc}",
                          "Check the cluster's workers, or run with --engine local.") from None


def _fetch(client: Any, parts: list[Any], wanted: list[int]) -> dict[int, tuple[str | None, str | None, str]]:
    """(lang, posted_at, text) of the posts at global indices `wanted`, from the partitions holding them."""
    starts = _results([client.submit(operator.attrgetter("start"), p) for p in parts])
    by_part: list[list[int]] = [[] for _ in parts]
    bounds = np.asarray(starts[1:], dtype=np.int64)
    for g in wanted:
        by_part[int(np.searchsorted(bounds, g, side="right"))].append(g)
    jobs = [client.submit(_info_at, part, w) for part, w in zip(parts, by_part, strict=True) if w]
    return {g: (lang, t, text) for rows in _results(jobs) for g, lang, t, text in rows.value}


def dask_cluster(client: Any, items: Iterable[Any], *, threshold: float = 0.5, random_state: int = 0,
                 on_reject: Callable[[Rejected], None] | None = None,
                 on_progress: Callable[[int], None] | None = None, partition: int = PARTITION,
                 summaries: bool = True) -> DaskClustering:
    """Template clusters of `items` on the Dask cluster of `client`: the same labels as TemplateClusterer.

    summaries: keep the texts on the workers so that `summaries()` can be called (a cluster's template is
    made from its first post's text); without, the workers drop the texts once sketched."""
    ids, sizes, [sketched] = _scatter(client, items, on_reject, on_progress, partition,
                                      (partial(_submit_sketch, client, random_state, summaries),))
    return _cluster_sketched(client, ids, sketched, sizes, threshold, random_state)


def _submit_sketch(client: Any, seed: int, keep_texts: bool, parsed: Any, drop: frozenset[int], start: int) -> Any:
    return client.submit(_sketch_part, parsed, drop, start, seed, keep_texts, pure=False)


def _cluster_sketched(client: Any, ids: list[str], sketched: list[Any], sizes: list[int], threshold: float,
                      random_state: int) -> DaskClustering:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    starts = np.cumsum([0, *sizes])
    n = len(ids)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    n_reduce = max(1, min(2 * n_workers, len(sketched)))
    # What the summaries need stays on the workers (the same objects: no copy); the sketches go once
    # the split below has used them.
    parts = [client.submit(operator.attrgetter("part"), sk, pure=False) for sk in sketched]
    keyed = [client.submit(_band_keys, sk, n_reduce, pure=False) for sk in sketched]
    forests = [client.submit(_forest, [client.submit(operator.getitem, k, j, pure=False) for k in keyed],
                             pure=False) for j in range(n_reduce)]
    edges = _results(forests)
    del keyed, forests
    a = np.concatenate([e[0] for e in edges]) if edges else np.zeros(0, np.int64)
    b = np.concatenate([e[1] for e in edges]) if edges else np.zeros(0, np.int64)
    _, comp = connected_components(coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(n, n)), directed=False)
    group_of = _groups(comp, n_groups=max(1, 2 * n_workers))
    n_groups = int(group_of.max()) + 1 if (group_of >= 0).any() else 0
    labels: list[str | None] = [None] * n
    clusters: list[tuple[str, list[int]]] = []
    if n_groups:
        split = [client.submit(_split, sk, group_of[int(s):int(e)], n_groups, pure=False)
                 for sk, s, e in zip(sketched, starts[:-1], starts[1:], strict=True)]
        replays = [client.submit(_replay, threshold, random_state,
                                 *[client.submit(operator.getitem, sp, g, pure=False) for sp in split], pure=False)
                   for g in range(n_groups)]
        # Only the replays hold the pieces now: the workers free each partition's sketches (and its
        # split) as soon as every replay has its piece.
        sketched.clear()
        del split
        for box in _results(replays):
            group_labels, group_clusters = box.value
            for i, cid in group_labels:
                labels[i] = cid
            clusters.extend(group_clusters)
    clusters.sort(key=lambda c: c[1][0])  # creation order, as TemplateIndex.clusters() lists them
    return DaskClustering(ids, labels, clusters, parts, client)


def _groups(comp: np.ndarray, n_groups: int) -> np.ndarray:
    """Group per post (-1: alone in its component), components packed into `n_groups` of similar size."""
    sizes = np.bincount(comp)
    multi = np.flatnonzero(sizes > 1)
    component_group = np.full(len(sizes), -1, dtype=np.int64)
    load = np.zeros(n_groups, dtype=np.int64)
    for c in multi[np.argsort(-sizes[multi], kind="stable")].tolist():  # biggest first, to the lightest group
        g = int(np.argmin(load))
        component_group[c] = g
        load[g] += sizes[c]
    return component_group[comp]


def dask_link_posts(client: Any, items: Iterable[Any], *, by: tuple[str, ...] = ("identifiers",),
                    hub_max: int = 10, threshold: float = 0.5, random_state: int = 0, blocked: frozenset[str] = frozenset(), region: str | None = None,
                    snippet_chars: int = 0, on_reject: Callable[[Rejected], None] | None = None,
                    on_progress: Callable[[int], None] | None = None, partition: int = PARTITION) -> Any:
    """`ctip.link.run.link_posts` with the per-post work (and clustering) on Dask: the same LinkRun."""
    from ctip.link.run import _Collected, link_collected

    def collect(parsed: Any, drop: frozenset[int], start: int) -> Any:
        return client.submit(_collect_part, parsed, drop, blocked, region, snippet_chars, pure=False)

    jobs = (collect, partial(_submit_sketch, client, random_state, False)) if "clusters" in by else (collect,)
    ids, sizes, submitted = _scatter(client, items, on_reject, on_progress, partition, jobs)
    collected = _results(submitted[0])
    seen = _Collected()
    for part in collected:
        seen.ids += part.ids
        seen.keys += part.keys
        seen.langs += part.langs
        seen.times += part.times
        seen.snippets += part.snippets
        seen.sites += part.sites
        seen.blocked.update(part.blocked)
    labels = None
    if "clusters" in by:
        labels = _cluster_sketched(client, ids, submitted[1], sizes, threshold, random_state).labels_
        submitted.clear()
    return link_collected(seen, labels, by=by, hub_max=hub_max, random_state=random_state)
