"""The Typer app object and the wrapper that turns errors into exit codes."""

from __future__ import annotations

import logging
import os
import sys

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
    try:
        result = app(args=argv, standalone_mode=False)
    except CtipError as exc:
        stderr.print(Text.assemble(("Error:", "red"), " ", visible(exc.message)), soft_wrap=True)
        if exc.hint:
            stderr.print(visible(exc.hint), soft_wrap=True)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        stderr.print("Aborted.")
        return EXIT_FAILURE
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
    return result if isinstance(result, int) else 0
