"""Screening on a Dask cluster, with output identical to the local engine.

The same batches as ctip.pipeline (same size, same order) are screened by the same function
(`_run_batch`) on Dask workers; results are taken back in submission order and duplicate ids
are resolved here, in the caller, exactly as the local engine does. The screener is sent to
the workers once (scattered, broadcast). Without --scheduler a local cluster of worker
processes is started for the run and stopped after it.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from ctip.errors import UsageError, WorkerError
from ctip.pipeline import (
    BATCH_SIZE,
    BATCHES_IN_FLIGHT,
    Finish,
    Item,
    Screener,
    _batches,
    _run_batch,
    in_order,
)

__all__ = ["ENGINES", "check_engine", "dask_client", "dask_screen_stream"]

ENGINES = ("local", "dask")


def check_engine(engine: str, scheduler: str | None) -> str:
    if engine not in ENGINES:
        raise UsageError(f"Unknown engine {engine!r}.", f"Use one of: {', '.join(ENGINES)}.")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask.", "Add --engine dask, or drop --scheduler.")
    return engine


def _client(scheduler: str | None, workers: int) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - installed with ctip
        raise UsageError("The Dask engine needs dask[distributed].", "pip install 'dask[distributed]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"Cannot reach the Dask scheduler at {scheduler}: {exc}",
                             "Check the address (e.g. tcp://10.0.0.5:8786) and that `dask scheduler` runs.") from None
    import logging
    import os
    import warnings

    # Dask's log lines are not for analysts: INFO, warnings about a busy machine ("event loop was
    # unresponsive") and the connection errors of workers stopped at the end of the run. A task that
    # fails still raises here (WorkerError). The environment variable reaches the worker processes too.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    # Another Dask cluster on this machine holds port 8787: the scheduler's status page moves, and says so.
    warnings.filterwarnings("ignore", message=r"Port \d+ is already in use", category=UserWarning)
    # No dashboard: it would open an HTTP port nobody asked for.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           scheduler_kwargs={"dashboard": False}, host="127.0.0.1")
    return Client(cluster)


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A Dask client: of the running scheduler at `scheduler`, else of a local cluster started (and stopped) here."""
    client = _client(scheduler, workers)
    try:
        yield client
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and scheduler is None:
            cluster.close()


def _run(screener: Screener, finish: Finish, batch: Any) -> Any:
    return _run_batch(screener, finish, batch)


def dask_screen_stream(items: Iterable[Item], screener: Screener, *, workers: int = 2, finish: Finish = None,
                       scheduler: str | None = None) -> Iterator[Any]:
    """Like ctip.pipeline.screen_stream, on Dask: the same results in the same order."""
    client = _client(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        [remote] = client.scatter([screener], broadcast=True)
        task = partial(_run, finish=finish)
        pending: deque[Any] = deque()

        def results(future: Any) -> list[Any]:
            try:
                return future.result()
            except Exception as exc:  # a worker died or the cluster went away
                if isinstance(exc, UsageError):
                    raise
                raise WorkerError(f"A Dask worker failed: {type(exc).__name__}: {exc}",
                                  "Check the cluster's workers, or run with --engine local.") from None

        def batches_out() -> Iterator[list[Any]]:
            for batch in _batches(items, BATCH_SIZE):
                pending.append(client.submit(task, remote, batch=batch, pure=False))
                if len(pending) >= n_workers * BATCHES_IN_FLIGHT:
                    yield results(pending.popleft())
            while pending:
                yield results(pending.popleft())

        yield from in_order(batches_out())
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and scheduler is None:
            cluster.close()
