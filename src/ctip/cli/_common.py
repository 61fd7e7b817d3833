"""Helpers shared by commands: atomic output, reject reporting, progress bars."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ctip.cli._terminal import visible
from ctip.cli.app import stderr
from ctip.errors import EXIT_OK, EXIT_PARTIAL, UsageError
from ctip.records import Rejected


@contextlib.contextmanager
def atomic_output(path: Path | None, *, binary: bool = False, sensitive: bool = False) -> Iterator[IO]:
    """Yield a stream for `path` (stdout when None); the file appears only when complete.

    A file that is replaced keeps its permissions; a new one gets the usual 0644 (less what
    the umask removes), or 0600 (only you) when `sensitive` — outputs holding post text or
    contact identifiers (docs/limits.md lists them). A folder that cannot be written, or a
    full disk, is a UsageError saying so; the temporary file never stays behind.
    """
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    path = Path(path)
    mode = "wb" if binary else "w"
    kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
    if path.exists() and not path.is_file() and not path.is_dir():
        # /dev/stdout, a named pipe, a terminal: renaming over it would replace the device itself.
        try:
            with path.open(mode, **kwargs) as stream:
                yield stream
        except OSError as exc:
            if exc.filename not in (None, str(path)):
                raise
            raise UsageError(f"Cannot write {path} ({exc.strerror}).", "Choose another -o path.") from None
        return
    if path.is_dir():
        raise UsageError(f"{path} is a folder.", "Give a file name for the output, e.g. -o results.jsonl.")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.exists():
        raise UsageError(f"The folder {directory} does not exist.", "Create it first or choose another -o path.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"Cannot write in the folder {directory} ({exc.strerror}).",
                         "Choose another -o path, in a folder you may write to.") from None
    try:
        os.chmod(fd, _mode_for(path, sensitive))
        with os.fdopen(fd, mode, **kwargs) as stream:
            yield stream
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if exc.filename not in (None, tmp, str(path)) and exc.errno not in _WRITE_ERRNOS:
            raise  # not about this output (an input, the database): let the caller say so
        raise UsageError(f"Cannot write {path} ({exc.strerror}); nothing was written.",
                         "Free some disk space or choose another -o path.") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


_WRITE_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG)


def _mode_for(path: Path, sensitive: bool) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)  # a file being replaced keeps its permissions
    except OSError:
        pass
    if sensitive:
        return 0o600
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to `size` items; when `items` fails part-way, the items before the failure
    still come out as a last list, then the error is raised (nothing read is dropped)."""
    chunk: list[Any] = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def rejected_at(origin: str, reason: str) -> Rejected:
    """A Rejected record for the post read at `origin` ("FILE:LINE")."""
    file, _, line = origin.rpartition(":")
    return Rejected(file, int(line), reason) if file and line.isdigit() else Rejected(origin, 0, reason)


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite workspace URL (None for other databases or in-memory)."""
    if not url.startswith("sqlite"):
        return None
    database = url.split("///", 1)[1].split("?", 1)[0] if "///" in url else ""
    return Path(database) if database and database != ":memory:" else None


def refuse_overwrite(outputs: Sequence[Path | str | None], inputs: Sequence[Path | str | None] = (),
                     db: str | None = None) -> None:
    """Raise UsageError when an output would replace one of the inputs or the workspace database.

    Writing the output replaces the file whole, so `-o` onto an input or onto the `.db`
    would destroy the evidence being read.
    """
    protected = [(Path(p), "one of the inputs") for p in inputs if p is not None and str(p) != "-"]
    database = sqlite_file(db) if db else None
    if database is not None:
        protected += [(Path(f"{database}{end}"), "the workspace database") for end in ("", "-wal", "-shm", "-journal")]
    for out in outputs:
        if out is None or str(out) == "-":
            continue
        for path, what in protected:
            if _same_file(Path(out), path):
                raise UsageError(f"The output {out} is {what}; writing it would destroy that file.",
                                 "Choose another output file name with -o.")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


class RejectReporter:
    """Prints each rejected record as `FILE:LINE: reason` on stderr and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, rejected: Rejected) -> None:
        self.count += 1
        print(visible(str(rejected)), file=sys.stderr)

    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.count else EXIT_OK

    def summary(self, processed: int, noun: str = "records") -> None:
        if self.count:
            stderr.print(
                f"{processed} {noun} processed, {self.count} rejected (see the lines above). "
                "Fix those records and run again; the good ones were written."
            )


def progress(enabled: bool) -> Any:
    """A progress bar on stderr (rich.progress.Progress); a silent stand-in when not `enabled`."""
    if not enabled:
        return _NoProgress()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


class _NoProgress:
    """What commands use of Progress, doing nothing (rich.progress costs ~40 ms to import)."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, **fields: Any) -> int:
        return 0

    def advance(self, task: int, advance: float = 1) -> None:
        return None


def show_progress(quiet: bool) -> bool:
    """Bars only for a person watching: not with --quiet, not when stderr is a file or pipe."""
    return not quiet and stderr.is_terminal


JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jl", ".json")


def jsonl_output(*paths: Path | None) -> None:
    """Outputs that are always JSONL must not be named .csv, .xlsx, …: say so before any work."""
    for path in paths:
        if path is None or str(path) == "-":
            continue
        suffix = Path(str(path)).suffix.lower()
        if suffix and suffix not in JSONL_SUFFIXES:
            raise UsageError(f"This command writes JSON lines, not {suffix} files ({path}).",
                             "Name the output .jsonl (e.g. -o networks.jsonl).")


def is_parquet(path: Path | None) -> bool:
    return path is not None and Path(str(path)).suffix.lower() in (".parquet", ".pq")


def table_output(*paths: Path | None) -> None:
    """Outputs that are JSON lines or, named *.parquet, Parquet: say so about any other name before any work."""
    if any(is_parquet(p) for p in paths):
        from ctip.output.parquet import pyarrow

        pyarrow()  # a missing pyarrow is said before any work
    for path in paths:
        suffix = Path(str(path)).suffix.lower() if path is not None and str(path) != "-" else ""
        if suffix and suffix not in JSONL_SUFFIXES and not is_parquet(path):
            raise UsageError(f"This command writes JSON lines or Parquet, not {suffix} files ({path}).",
                             "Name the output .jsonl or .parquet (e.g. -o results.parquet).")


def write_records(path: Path | None, records: Iterator[dict[str, Any]], layout: Any, *,
                  sensitive: bool = False) -> None:
    """`records` as JSON lines, or as Parquet (`layout`, ctip.output.parquet) when `path` ends in .parquet."""
    from ctip.output import jsonl_line

    if not is_parquet(path):
        with atomic_output(path, sensitive=sensitive) as stream:
            stream.writelines(jsonl_line(r) for r in records)
        return
    from ctip.output.parquet import ParquetSink

    with atomic_output(path, sensitive=sensitive, binary=True) as stream:
        sink = ParquetSink(stream, layout)
        for chunk in chunks(records, 10_000):
            sink.write(chunk)
        sink.close()
