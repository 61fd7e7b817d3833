"""screen_stream: order, rejects in place, parsing in workers, duplicate ids, bounded read-ahead."""

from __future__ import annotations

import itertools
import time

import pytest

from ctip.ingest import LineBatch
from ctip.pipeline import BATCH_SIZE, BATCHES_IN_FLIGHT, Screener, screen_stream
from ctip.records import Post, Rejected


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


@pytest.mark.parametrize("workers", [1, 2])
def test_order_rejects_and_line_batches(screener, workers):
    lines = [b'{"id": "a", "text": "hello"}\n', b"\n", b"not json\n", b'{"id": "a", "text": "again"}\n',
             b'{"id": "b", "text": "free visa, salary 3000$ Telegram @x"}\n']
    items = [Post(id="p0", text="first", origin="x:1"), Rejected("x", 2, "bad"), LineBatch("f.jsonl", 10, lines)]
    out = list(screen_stream(items, screener, workers=workers, finish=lambda s: s.post.id))
    assert out[:2] == ["p0", Rejected("x", 2, "bad")]
    assert out[2] == "a" and out[5] == "b"
    assert isinstance(out[3], Rejected) and out[3].line == 12 and out[3].reason.startswith("bad JSON")
    assert out[4] == Rejected("f.jsonl", 13, 'duplicate id "a" (first seen at line 10)')


def test_reading_ahead_is_bounded(screener):
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield Post(id=str(i), text="x")

    stream = screen_stream(endless(), screener, workers=2, finish=lambda s: s.post.id)
    assert next(stream) == "0"
    time.sleep(0.5)  # let the pool's reader thread run as far as it may
    read = next(pulled)
    stream.close()  # stops the pool; must not hang
    assert read <= (2 * BATCHES_IN_FLIGHT + 3) * BATCH_SIZE


def test_freed_memory_is_kept_where_glibc_allows_it():
    import platform
    import sys

    from ctip.runtime import keep_freed_memory

    expected = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert keep_freed_memory() is expected


def test_container_cpu_quotas_cap_the_worker_count(monkeypatch):
    from ctip import pipeline, runtime

    assert runtime._quota_v2("200000 100000\n") == 2 and runtime._quota_v2("150000 100000") == 2
    assert runtime._quota_v2("max 100000") is None
    monkeypatch.setattr(runtime.os, "sched_getaffinity", lambda pid: set(range(64)))
    monkeypatch.setattr(runtime, "_cgroup_quota", lambda: 2)
    assert runtime.usable_cores() == 2 and pipeline.default_workers() == 3
    monkeypatch.setattr(runtime, "_cgroup_quota", lambda: None)
    assert runtime.usable_cores() == 64 and pipeline.default_workers() == 9
