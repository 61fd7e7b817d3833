"""The screening pipeline: normalise → language → indicators → entities → model → decision.

`Screener.screen_batch` is pure (records in, records out). `screen_stream` runs it over a
stream of posts in batches, on several processes when asked, keeping input order; rejected
records pass through untouched so the caller can report them in place.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import multiprocessing.connection
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any

from ctip.detect.cue_scan import scan
from ctip.detect.indicators import find_indicators, indicator_catalog
from ctip.detect.model import RiskModel, load_model
from ctip.detect.score import Thresholds, make_screening
from ctip.detect.wording import add_wording_reasons
from ctip.errors import CtipError, WorkerError
from ctip.extract import extract_batch
from ctip.ingest import LineBatch, SeenIds
from ctip.ocr.merge import joined_post, split_screening
from ctip.ocr.reader import OcrReader, attach_ocr
from ctip.records import Post, Rejected, Screening
from ctip.runtime import usable_cores
from ctip.text import fasttext_lid
from ctip.text.langid import detect_languages
from ctip.text.normalise import normalise_many

BATCH_SIZE = 256
# Reading a picture takes seconds, screening a post a fraction of a millisecond: a batch is cut
# after this many posts with pictures, so a folder of photos is spread over every worker instead
# of being read one after another by the worker that got the first (and only) batch.
PICTURES_PER_BATCH = 2
BATCHES_IN_FLIGHT = 4  # per worker: read ahead enough to keep workers busy, no more
WORKER_CHECK_SECONDS = 0.5  # how often a wait for a result checks that every worker is alive
GC_THRESHOLD = 20_000  # allocations between young-generation collections in workers (Python's default: 700)
# Screened once before any worker starts, so every lazily loaded table (language models,
# keyword automata, salary readers, phone metadata of the region's countries) is loaded once
# and shared by fork, instead of once per worker.
WARM_UP_TEXTS = (
    "Hiring typists, salary $1500/month, free visa. Telegram @agent_hr WhatsApp +855 12 345 678 "
    "mail hr@example.com https://example.com/jobs USDT TX9aBcDeFgHiJkLmNoPqRsTuVwXyZ123456",
    "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ ៨០០ ដុល្លារ ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨",
    "招聘打字员 月薪1万元 微信 abc123 电话 +86 138 1234 5678",
    "รับสมัครพนักงาน เงินเดือน 30,000 บาท ไลน์ @job โทร 081 234 5678",
    "Tuyển nhân viên lương 20 triệu/tháng Zalo 0912 345 678",
    "Lowongan kerja gaji Rp 8 juta per bulan WA 0812 3456 7890",
    "အလုပ်ခေါ်နေသည် လစာ ၅၀၀,၀၀၀ ကျပ် ဖုန်း ၀၉ ၁၂၃ ၄၅၆ ၇၈၉",
    "ຮັບສະໝັກພະນັກງານ ເງິນເດືອນ 5,000,000 ກີບ ໂທ 020 5555 1234",
)


class Screener:
    """Holds the loaded model and settings; call `screen_batch` on lists of posts."""

    def __init__(self, model: RiskModel | None = None, *, region: str | None = None,
                 thresholds: Thresholds = Thresholds(), ocr: OcrReader | None = None) -> None:
        self.ocr = ocr  # reads posts' images in the workers; None: images are not read (--no-ocr)
        self.model = model if model is not None else load_model()
        self.version = self.model.version  # what the workspace records next to each score
        self.region = region
        self.thresholds = thresholds
        indicator_catalog()  # load rule data once, before any fork
        fasttext_lid.warm_up()
        self.screen_batch([Post(id=f"warm-up-{i}", text=t) for i, t in enumerate(WARM_UP_TEXTS)])

    def screen_batch(self, posts: Sequence[Post]) -> list[Screening]:
        originals = posts
        posts = [joined_post(p) for p in posts]  # text read from images is screened with the post
        norms = normalise_many([p.text for p in posts])
        detected = iter(detect_languages([p.text for p in posts if not p.lang]))
        langs = [p.lang or next(detected) for p in posts]
        found = [scan(n.text) for n in norms]  # one stage at a time keeps each one's tables in cache
        hits = [find_indicators(n, lang, f) for n, lang, f in zip(norms, langs, found, strict=True)]
        parts, frames = self.model.score([n.text for n in norms], hits)
        add_wording_reasons(norms, hits, parts, frames, self.model, self.thresholds)  # W1: the model's own reason
        entities = extract_batch(norms, langs, region=self.region)
        screened = [make_screening(post, lang, post_parts, post_hits, found_entities, self.thresholds, frame)
                    for post, lang, post_hits, post_parts, found_entities, frame
                    in zip(posts, langs, hits, parts, entities, frames, strict=True)]
        return [split_screening(s, p) for s, p in zip(screened, originals, strict=True)]

    def screen_text(self, text: str, lang: str | None = None) -> Screening:
        return self.screen_batch([Post(id="text", text=text, lang=lang)])[0]

    def screen(self, posts: Iterable[str | Post], *, workers: int = 1) -> list[Screening]:
        """Screen texts or posts, in order (texts get ids "0", "1", ...)."""
        items = [p if isinstance(p, Post) else Post(id=str(i), text=p) for i, p in enumerate(posts)]
        out = []
        for result in screen_stream(items, self, workers=workers):
            if isinstance(result, Rejected):
                raise CtipError(f"Post {result.reason}", "Give each post its own id.")
            out.append(result)
        return out

    def __getstate__(self) -> dict[str, Any]:  # for `spawn` workers: tables reload lazily there
        return {"model": self.model, "version": self.version, "region": self.region, "thresholds": self.thresholds,
                "ocr": self.ocr}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


def screen(posts: Iterable[str | Post], *, model: RiskModel | None = None, region: str | None = None,
           workers: int = 1) -> list[Screening]:
    """Screen texts or posts with the shipped model (or `model`): one Screening per input, in order.

    >>> [s.risk_level for s in screen(["Typing job in Sihanoukville, $1500, free ticket, no experience"])]
    ['high']
    """
    return Screener(model, region=region).screen(posts, workers=workers)


Item = Post | Rejected | LineBatch
Batch = list[Post | Rejected] | LineBatch
Done = tuple[str, str, Any]  # post id, origin, what finish() made of its Screening
Finish = Callable[[Screening], Any] | None


def _run_batch(screener: Screener, finish: Finish, batch: Batch) -> list[Done | Rejected]:
    """Screen one batch: rejects stay in place, posts become (id, origin, result)."""
    items = list(batch.records()) if isinstance(batch, LineBatch) else batch
    if screener.ocr is not None:  # OCR here, in the worker: the slow part runs in parallel
        items = [attach_ocr(x, screener.ocr) if type(x) is Post and x.images else x for x in items]
    posts = [x for x in items if type(x) is Post]
    screened = screener.screen_batch(posts)
    done = iter(screened if finish is None else [finish(s) for s in screened])
    return [(x.id, x.origin, next(done)) if type(x) is Post else x for x in items]  # type: ignore[misc]


# A worker process's own screener, set once by the pool's initializer (never in the parent).
_worker_task: Callable[[Batch], list[Done | Rejected]] | None = None


def _start_worker(screener: Screener, finish: Finish) -> None:
    global _worker_task
    _worker_task = partial(_run_batch, screener, finish)
    # Screening makes many short-lived objects and almost no reference cycles: collect rarely.
    gc.set_threshold(GC_THRESHOLD, 50, 100)
    # The main process decides how a run ends: Ctrl-C there shuts the workers down, so a
    # worker must not print its own KeyboardInterrupt traceback; SIGTERM simply ends it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _in_worker(batch: Batch) -> list[Done | Rejected]:
    assert _worker_task is not None, "called outside a screening worker"
    return _worker_task(batch)


def start_method() -> str:
    """`fork` where the platform has it (Linux): workers share the loaded model and tables
    without copying; otherwise `spawn`, where each worker loads them once."""
    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


def _batches(items: Iterable[Item], size: int) -> Iterator[Batch]:
    """Posts and rejects in lists of up to `size` (and of up to PICTURES_PER_BATCH posts with
    pictures); a LineBatch travels on its own."""
    pending: list[Post | Rejected] = []
    pictures = 0
    for item in items:
        if isinstance(item, LineBatch):
            if pending:
                yield pending
                pending, pictures = [], 0
            yield item
            continue
        pending.append(item)
        pictures += isinstance(item, Post) and bool(item.images)
        if len(pending) >= size or pictures >= PICTURES_PER_BATCH:
            yield pending
            pending, pictures = [], 0
    if pending:
        yield pending


def default_workers() -> int:
    """One worker per usable core, plus one: while a worker waits for its next batch (read, sent
    and collected by the main process) the spare keeps the cores busy (~4% faster on 2 cores)."""
    cores = usable_cores()
    return 1 if cores == 1 else min(cores + 1, 9)



def screen_stream(items: Iterable[Item], screener: Screener, *, workers: int = 1,
                  finish: Finish = None, method: str | None = None) -> Iterator[Any]:
    """Screen a stream of posts (and pass rejects through) in input order.

    `items` may hold unparsed JSONL `LineBatch`es (read_posts(defer_jsonl=True)): the workers
    parse them, and posts whose id was already seen come out as Rejected.
    `finish`, when given, turns each Screening into what is yielded (e.g. an output line) inside
    the worker process: sending strings back is much cheaper than sending records. With the
    `spawn` start method it must be picklable (a module-level function).
    `method` picks the multiprocessing start method (default: `start_method()`); the output is
    the same whichever is used, and with one worker no process is started.
    """
    return in_order(_screened_batches(items, screener, workers, finish, method or start_method()))


def in_order(batches: Iterable[list[Done | Rejected]]) -> Iterator[Any]:
    """The items of screened batches, in order: a post whose id was already seen becomes Rejected."""
    seen = SeenIds()
    for result in batches:
        for item in result:
            if type(item) is tuple:
                duplicate = seen.check(item[0], item[1])
                yield item[2] if duplicate is None else duplicate
            else:
                yield item


def _screened_batches(items: Iterable[Item], screener: Screener, workers: int, finish: Finish,
                      method: str) -> Iterator[list[Done | Rejected]]:
    if workers <= 1:
        yield from map(partial(_run_batch, screener, finish), _batches(items, BATCH_SIZE))
        return
    yield from _pooled(_batches(items, BATCH_SIZE), workers, screener, finish, method)


def _pooled(batches: Iterator[Batch], workers: int, screener: Screener, finish: Finish,
            method: str) -> Iterator[list[Done | Rejected]]:
    """Screen batches on `workers` processes, in order, reading at most a few batches ahead.

    The input is read here, in the calling thread, never in a pool thread: an input that
    fails (an unreadable file, a reader bug) raises here after the batches before it came
    out, and a caller that stops early (a full disk, a locked database, Ctrl-C) shuts the
    pool down at once. A worker that dies (killed, out of memory) ends the run with
    `WorkerError` instead of a wait for a result that never comes.
    """
    # The screener reaches each worker once, through the initializer: with fork by
    # copy-on-write (no pickling), with spawn pickled once per worker.
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context(method), initializer=_start_worker,
                               initargs=(screener, finish))
    pending: deque[Future[list[Done | Rejected]]] = deque()
    finished = False
    try:
        try:
            for batch in batches:
                pending.append(pool.submit(_in_worker, batch))
                if len(pending) >= workers * BATCHES_IN_FLIGHT:
                    yield _result(pending.popleft(), pool)
        except Exception:
            # The input broke off: what was read before it still comes out, then the error.
            while pending:
                yield _result(pending.popleft(), pool)
            raise
        while pending:
            yield _result(pending.popleft(), pool)
        finished = True
    finally:
        _stop(pool, finished)


def _result(future: Future[list[Done | Rejected]], pool: ProcessPoolExecutor) -> list[Done | Rejected]:
    """The batch's results, or `WorkerError` as soon as a worker is found dead.

    The pool notices a dead worker itself, except when the worker died while writing a result:
    the pool's thread then waits for the rest of that message, which the other workers (holding
    the same pipe) never send. So the wait here looks at the workers itself every half second.
    """
    while True:
        try:
            return future.result(timeout=WORKER_CHECK_SECONDS)
        except FutureTimeout:
            if not _a_worker_died(pool):
                continue
        except BrokenProcessPool:
            pass
        raise WorkerError.stopped("screening")


def _a_worker_died(pool: ProcessPoolExecutor) -> bool:
    return any(p.exitcode is not None for p in _workers(pool))


def _workers(pool: ProcessPoolExecutor) -> list[mp.process.BaseProcess]:
    """The pool's worker processes (a copy: the pool's thread changes the mapping)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _stop(pool: ProcessPoolExecutor, finished: bool) -> None:
    """Shut the pool down; when the run stopped early, end the workers instead of waiting for them."""
    if finished:
        pool.shutdown(wait=True)
        return
    # Not future.cancel(): the pool marks its pending futures broken itself, and a cancelled
    # one makes its thread fail (InvalidStateError) on the way.
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        call_queue._ignore_epipe = True  # batches no worker will read: dropped quietly
    processes = _workers(pool)
    for process in processes:
        if process.is_alive():
            process.terminate()
    # Wait (briefly) for them to be gone, without reaping them: the pool's own thread does that.
    mp.connection.wait([p.sentinel for p in processes], timeout=10)
    _unblock_pipes(pool)
    pool.shutdown(wait=True)


def _unblock_pipes(pool: ProcessPoolExecutor) -> None:
    """Let the pool's thread give up on a result that a worker that is gone left half written.

    A worker ended while it wrote a result leaves half a message: the pool's thread then waits
    for the rest for ever, and shutdown() waits for that thread. Closing this process's copy of
    the pipe's writing end turns that wait into an immediate end of file, which the pool treats
    as a broken pool. The thread that feeds batches to the workers (blocked on a full pipe, gh-107219)
    is released by the pool itself: on a broken pool it closes the batch pipe's reading end. That end
    is not closed here: both closing it at once made one of them fail (a stray traceback) and could
    close a descriptor that another file had just been given.
    """
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()
