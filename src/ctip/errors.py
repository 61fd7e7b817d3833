"""The ctip error tree. The library raises these; the CLI maps them to exit codes.

    CtipError                      exit 1 unless a subclass says otherwise
    ├─ UsageError                  bad option or argument → exit 2
    ├─ InputError(file, reason)    a whole input cannot be read → exit 2
    ├─ RuleError(file, line)       a bad rule / evidence / config file → exit 2
    ├─ StoreError                  the workspace database failed → exit 2
    └─ WorkerError                 a worker process died → exit 2

Every error says what to do; none means a bug in ctip (that is "Internal error", exit 1).
Errors keep their arguments when pickled, so they can cross process boundaries.

Single bad records are not errors: readers yield `records.Rejected` and the batch goes on
(exit 3 at the end).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class CtipError(Exception):
    exit_code = EXIT_FAILURE

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def __reduce__(self) -> tuple[type, tuple]:
        return (type(self), (self.message, self.hint))


class UsageError(CtipError):
    exit_code = EXIT_USAGE


class InputError(CtipError):
    """A whole input (file, folder, stdin) cannot be read."""

    exit_code = EXIT_USAGE

    def __init__(self, file: str, reason: str, hint: str = "") -> None:
        super().__init__(f"{file}: {reason}", hint)
        self.file = file
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple]:
        return (type(self), (self.file, self.reason, self.hint))


class RuleError(CtipError):
    """A rules, evidence or configuration file is malformed."""

    exit_code = EXIT_USAGE

    def __init__(self, file: str, line: int | None, reason: str, hint: str = "") -> None:
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {reason}", hint)
        self.file = file
        self.line = line
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple]:
        return (type(self), (self.file, self.line, self.reason, self.hint))


class StoreError(CtipError):
    """The workspace database cannot be opened or written (locked, full disk, read-only)."""

    exit_code = EXIT_USAGE


class WorkerError(CtipError):
    """A worker process died (killed, out of memory): the run cannot finish as asked."""

    exit_code = EXIT_USAGE

    @classmethod
    def stopped(cls, kind: str) -> WorkerError:
        """The error for a `kind` ("screening", "clustering") worker found dead."""
        return cls(f"A {kind} worker process stopped unexpectedly (killed, or out of memory).",
                   "Run again with fewer workers (e.g. -j 1), or split the input into smaller files.")
