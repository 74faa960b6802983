"""`lantern staff add NAME` and `lantern staff token NAME`."""

from __future__ import annotations

import argparse
import getpass
import sys

from tips.config import Settings
from tips.db import make_engine, make_sessions, transaction
from tips.staff import ROLES, StaffError, add, by_name, issue_token


def _sessions():  # type: ignore[no-untyped-def]
    return make_sessions(make_engine(Settings().database_url))


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12+ characters): ")
    if first != getpass.getpass("Again: "):
        raise StaffError("the passwords differ")
    return first


def _add(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args.password_stdin)
        with transaction(_sessions()) as session:
            add(session, args.name, password, args.role)
    except StaffError as exc:
        print(f"lantern staff add: {exc}", file=sys.stderr)
        return 2
    print(f"Staff member {args.name} ({args.role}) created.")
    return 0


def _token(args: argparse.Namespace) -> int:
    with transaction(_sessions()) as session:
        user = by_name(session, args.name)
        if user is None:
            print(f"lantern staff token: no staff member {args.name!r}", file=sys.stderr)
            return 2
        print(issue_token(session, user))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the staff sub-commands."""
    staff = sub.add_parser("staff", help="hotline staff accounts").add_subparsers(
        dest="staff_command", required=True
    )
    add_cmd = staff.add_parser("add", help="create a staff account")
    add_cmd.add_argument("name")
    add_cmd.add_argument("--role", choices=ROLES, default="advocate")
    add_cmd.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    add_cmd.set_defaults(run=_add)
    token = staff.add_parser("token", help="issue a new API token (shown once)")
    token.add_argument("name")
    token.set_defaults(run=_token)
