"""Where the work runs: the local process pool (ctip.pipeline) or a Dask cluster."""

from ctip.engine.dask_engine import ENGINES, check_engine, dask_client, dask_screen_stream

__all__ = ["ENGINES", "check_engine", "dask_client", "dask_screen_stream"]
