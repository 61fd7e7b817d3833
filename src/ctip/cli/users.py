"""`ctip users add|list|set`: accounts for `ctip serve`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ctip.cli.app import app, stderr
from ctip.cli.options import DEFAULT_URL, Db
from ctip.errors import UsageError

users_app = typer.Typer(help="Add and change the users of the case-work app.", no_args_is_help=True)
app.add_typer(users_app, name="users", rich_help_panel="Cases")

Role = Annotated[str, typer.Option("--role", help="admin, investigator, caseworker, analyst, auditor or partner.")]


@users_app.command("add", epilog="Example:  printf '%s' \"$PW\" | ctip users add amara --role caseworker "
                                 "--db sqlite:///ctip.db --password-stdin")
def add(
    name: Annotated[str, typer.Argument(help="User name (letters, digits, . _ - @).")],
    role: Role,
    db: Db = DEFAULT_URL,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")] = False,
) -> None:
    """Add a user; the password is read from standard input or asked for, and stored as an argon2 hash."""
    from ctip.cases.admin import add_user
    from ctip.cases.context import SYSTEM, Casework

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        raise UsageError("No password given.", "Pipe it in with --password-stdin (never on the command line).")
    cw = Casework.open(db)
    try:
        user = add_user(cw, SYSTEM, name, password, role)
    finally:
        cw.close()
    stderr.print(f"User {user.username} ({user.role}) added to {db}.")


@users_app.command("list", epilog="Example:  ctip users list --db sqlite:///ctip.db")
def list_(db: Db = DEFAULT_URL) -> None:
    """List users and their roles (one line each: name, role, active)."""
    from ctip.cases.admin import list_users
    from ctip.cases.context import SYSTEM, Casework

    cw = Casework.open(db)
    try:
        for u in list_users(cw, SYSTEM):
            print(f"{u['username']}\t{u['role']}\t{'active' if u['active'] else 'disabled'}")
    finally:
        cw.close()


@users_app.command("set", epilog="Example:  ctip users set amara --role investigator --db sqlite:///ctip.db")
def set_(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str | None, typer.Option("--role", help="New role.")] = None,
    disable: Annotated[bool, typer.Option("--disable", help="Disable the account (signs it out).")] = False,
    enable: Annotated[bool, typer.Option("--enable", help="Enable the account again.")] = False,
    db: Db = DEFAULT_URL,
) -> None:
    """Change a user's role, or disable / enable the account."""
    from ctip.cases.admin import update_user
    from ctip.cases.context import SYSTEM, Casework

    if disable and enable:
        raise UsageError("--disable and --enable contradict each other.", "Give one of them.")
    cw = Casework.open(db)
    try:
        user = update_user(cw, SYSTEM, name, role, False if disable else (True if enable else None))
    finally:
        cw.close()
    stderr.print(f"User {user.username}: role {user.role}{', disabled' if disable else ''}.")
