"""The Typer app object and the wrapper that turns errors into exit codes."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading

import typer
from rich.console import Console
from rich.text import Text

from ctip.cli._terminal import visible
from ctip.errors import EXIT_FAILURE, EXIT_USAGE, CtipError
from ctip.runtime import keep_freed_memory

try:  # Typer >= 0.29 vendors click; older releases depend on it
    from typer._click.exceptions import ClickException
    from typer._click.exceptions import UsageError as ClickUsageError
except ImportError:  # pragma: no cover
    from click.exceptions import ClickException
    from click.exceptions import UsageError as ClickUsageError

app = typer.Typer(
    name="ctip",
    help="Counter-trafficking in persons: screen posts, link recruiters, manage evidence, assess countries.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

# markup=False: messages carry file names and values from the inputs, never Rich markup.
stderr = Console(stderr=True, highlight=False, markup=False)


def run_app(argv: list[str] | None = None) -> int:
    """Run the CLI; never lets a traceback reach the user unless CTIP_DEBUG is set."""
    logging.basicConfig(level=os.environ.get("CTIP_LOG", "WARNING").upper(), stream=sys.stderr)
    keep_freed_memory()
    main = threading.current_thread() is threading.main_thread()  # signals can only be set there
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None
    try:
        result = app(args=argv, standalone_mode=False)
    except CtipError as exc:
        stderr.print(Text.assemble(("Error:", "red"), " ", visible(exc.message)), soft_wrap=True)
        if exc.hint:
            stderr.print(visible(exc.hint), soft_wrap=True)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:  # Ctrl-C: temporary files and workers are cleaned up on the way out
        stderr.print("Interrupted; nothing half-written was kept.")
        return EXIT_INTERRUPTED
    except OSError as exc:  # a full disk, a read-only folder, a vanished file: the machine, not ctip
        where = f"{exc.filename}: " if exc.filename else ""
        stderr.print(Text.assemble(("Error:", "red"), " ", visible(f"{where}{exc.strerror or exc}")), soft_wrap=True)
        stderr.print("Check the disk space and the permissions of the files and folders named, then run again.")
        return EXIT_USAGE
    except MemoryError:
        stderr.print(Text.assemble(("Error:", "red"), " out of memory."))
        stderr.print("Use fewer workers (-j 1), split the input, or lower the limits in docs/limits.md.")
        return EXIT_USAGE
    except Exception as exc:  # click usage errors and anything unexpected
        if isinstance(exc, ClickException):
            exc.show()
            return EXIT_USAGE if isinstance(exc, ClickUsageError) else exc.exit_code
        if os.environ.get("CTIP_DEBUG"):
            raise
        stderr.print(Text.assemble(("Internal error:", "red"), f" {type(exc).__name__}: ", visible(str(exc))),
                     soft_wrap=True)
        stderr.print("This is a bug in ctip. Re-run with CTIP_DEBUG=1 to see the details and report them.")
        return EXIT_FAILURE
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    return result if isinstance(result, int) else 0


EXIT_INTERRUPTED = 130  # the shell's code for Ctrl-C
EXIT_TERMINATED = 143  # the shell's code for SIGTERM


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: unwind like Ctrl-C (temporary output removed, workers ended), then exit 143 quietly."""
    raise SystemExit(EXIT_TERMINATED)
