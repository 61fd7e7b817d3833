"""`TemplateClusterer`: batch template clustering of a stream of posts, with summaries.

Sketching (masking, shingling, MinHash) is the costly, independent per-post part, so it runs in
worker processes; the index itself is sequential so results depend only on input order.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from ctip.errors import WorkerError
from ctip.link.shingles import Permutations
from ctip.link.slots import slot_template
from ctip.link.templates import Sketch, TemplateIndex, sketch_texts
from ctip.records import ClusterSummary, Post, Rejected

_worker_perm: tuple[Permutations, int, int] | None = None
WORKER_CHECK_SECONDS = 0.5  # how often a wait for a chunk checks that no worker was replaced


def _init_worker(num_perm: int, seed: int, k: int, min_chars: int) -> None:
    global _worker_perm
    # A forked worker inherits the CLI's SIGTERM handler (unwind and exit 143), which let a
    # worker waiting for work outlive Pool.terminate() and hang its parent: here SIGTERM
    # simply ends the worker, and Ctrl-C is the parent's to handle.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_perm = (Permutations(num_perm, seed), k, min_chars)


def _sketch_chunk(texts: list[str]) -> list[Sketch]:
    assert _worker_perm is not None
    perm, k, min_chars = _worker_perm
    return sketch_texts(texts, perm, k, min_chars)


class TemplateClusterer:
    """Cluster posts by ad template: `fit(posts)` then `labels_` (cluster id or None per post, in order).

    threshold: exact Jaccard of masked character-5-gram sets to join a cluster (0.5 by default:
    on our synthetic set most re-posts with new slot values, reordered sentences, emoji and
    typos score 0.6–1.0, different ads sharing boilerplate sentences 0.1–0.4).
    n_jobs: processes for sketching (1 = in this process).
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, random_state: int = 0, *, n_jobs: int = 1,
                 chunk_size: int = 1000, max_summary_posts: int = 20) -> None:
        self.threshold, self.num_perm, self.random_state = threshold, num_perm, random_state
        self.n_jobs, self.chunk_size, self.max_summary_posts = n_jobs, chunk_size, max_summary_posts

    def fit(self, posts: Iterable[Post | Rejected], on_reject: Callable[[Rejected], None] | None = None,
            on_progress: Callable[[int], None] | None = None) -> TemplateClusterer:
        self.index_ = TemplateIndex(self.threshold, self.num_perm, self.random_state)
        self.post_ids_: list[str] = []
        self._langs: list[str | None] = []
        self._times: list[str | None] = []
        self._leader_text: dict[str, str] = {}
        pending: deque[list[Post]] = deque()
        chunks = self._chunks(posts, pending, on_reject)
        for sketches in self._sketched(chunks):
            batch = pending.popleft()
            ids = [p.id for p in batch]
            self.index_.add_sketches(ids, sketches)
            for post in batch:
                if self.index_.leader_of(post.id) == post.id:
                    self._leader_text[post.id] = post.text
            if on_progress:
                on_progress(len(batch))
        self.labels_ = [self.index_.cluster_of(i) for i in self.post_ids_]
        return self

    def fit_predict(self, posts: Iterable[Post | Rejected]) -> list[str | None]:
        return self.fit(posts).labels_

    def summaries(self) -> list[ClusterSummary]:
        """One summary per cluster of two or more posts, largest first (ties by id)."""
        where = {pid: i for i, pid in enumerate(self.post_ids_)}
        out = []
        for cid, members in self.index_.clusters():
            idx = [where[m] for m in members]
            stamps = sorted(t for t in (self._times[i] for i in idx) if t)
            out.append(ClusterSummary(
                cid, len(members), dict(Counter(self._langs[i] or "und" for i in idx).most_common()),
                stamps[0] if stamps else None, stamps[-1] if stamps else None,
                slot_template(self._leader_text[members[0]]), tuple(members[: self.max_summary_posts]),
            ))
        return sorted(out, key=lambda s: (-s.size, s.cluster_id))

    def _chunks(self, posts: Iterable[Post | Rejected], pending: deque[list[Post]],
                on_reject: Callable[[Rejected], None] | None) -> Iterator[list[str]]:
        it = iter(posts)
        while True:
            raw = list(islice(it, self.chunk_size))
            if not raw:
                return
            batch = []
            for item in raw:
                if isinstance(item, Rejected):
                    if on_reject:
                        on_reject(item)
                    continue
                batch.append(item)
                self.post_ids_.append(item.id)
                self._langs.append(item.lang)
                self._times.append(item.posted_at)
            pending.append(batch)
            yield [p.text for p in batch]

    def _sketched(self, chunks: Iterator[list[str]]) -> Iterator[list[Sketch]]:
        args = (self.num_perm, self.random_state, self.index_.k, self.index_.min_chars)
        if self.n_jobs <= 1:
            _init_worker(*args)
            yield from map(_sketch_chunk, chunks)
            return
        # fork: workers start instantly and inherit the imported modules. A bounded window of
        # chunks in flight keeps memory flat (Pool.imap would read the whole input ahead).
        with mp.get_context("fork").Pool(self.n_jobs, initializer=_init_worker, initargs=args) as pool:
            workers = _worker_pids(pool)
            window: deque = deque()
            for texts in chunks:
                window.append(pool.apply_async(_sketch_chunk, (texts,)))
                if len(window) >= 3 * self.n_jobs:
                    yield _collect(window.popleft(), pool, workers)
            while window:
                yield _collect(window.popleft(), pool, workers)


def _worker_pids(pool) -> frozenset[int]:
    return frozenset(p.pid for p in getattr(pool, "_pool", ()))


def _collect(result, pool, workers: frozenset[int]) -> list[Sketch]:
    """A chunk's sketches, or `WorkerError` once a worker is gone.

    multiprocessing.Pool quietly replaces a worker that was killed (out of memory, kill -9) and
    the chunk it held is never answered: without this check the run would wait for ever.
    """
    while True:
        try:
            return result.get(timeout=WORKER_CHECK_SECONDS)
        except mp.TimeoutError:
            if _worker_pids(pool) != workers or any(p.exitcode is not None for p in pool._pool):
                raise WorkerError.stopped("clustering") from None
