"""`lantern staff add|totp|queues|token|password|signout NAME`: accounts, second factors, queues,
API tokens (issue, list, revoke), password resets and ending an account's sessions."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy.orm import Session, sessionmaker

from tips import sessions, tokens
from tips.config import Settings
from tips.crypto import Keyring
from tips.db import make_engine, make_sessions, transaction
from tips.models import StaffUser, utcnow
from tips.staff import (
    ROLES,
    StaffError,
    add,
    assign_queues,
    audit,
    by_name,
    enrol_totp,
    password_problem,
    set_password,
)

NO_KEY = "neither LANTERN_DATA_KEYS nor LANTERN_SECRET_KEY is set, so no second factor was enrolled"
ACTOR = "command line"  # the audit actor of changes made with this command


def _sessions() -> sessionmaker[Session]:
    return make_sessions(make_engine(Settings().database_url))


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12+ characters): ")
    if first != getpass.getpass("Again: "):
        raise StaffError("the passwords differ")
    return first


def _show_uri(uri: str) -> None:
    print("Add this to the staff member's authenticator app now; it is not shown again:")
    print(uri)


def _keyring() -> Keyring:
    """The data keys TOTP secrets are sealed with (empty when no key is set)."""
    return Settings().check_keys().keyring


def _add(args: argparse.Namespace) -> int:
    key = _keyring()
    try:
        password = _read_password(args.password_stdin)
        with transaction(_sessions()) as session:
            user = add(session, args.name, password, args.role)
            uri = enrol_totp(user, key) if key else None
    except StaffError as exc:
        print(f"lantern staff add: {exc}", file=sys.stderr)
        return 2
    print(f"Staff member {args.name} ({args.role}) created.")
    if uri:
        _show_uri(uri)
    else:
        print(
            f"lantern staff add: {NO_KEY}; run `lantern staff totp {args.name}`.", file=sys.stderr
        )
    return 0


def _totp(args: argparse.Namespace) -> int:
    key = _keyring()
    if not key:
        print(f"lantern staff totp: {NO_KEY}.", file=sys.stderr)
        return 2
    with transaction(_sessions()) as session:
        user = _member(session, args.name, "totp")
        if user is None:
            return 2
        _show_uri(enrol_totp(user, key))
    return 0


def _queues(args: argparse.Namespace) -> int:
    with transaction(_sessions()) as session:
        user = _member(session, args.name, "queues")
        if user is None:
            return 2
        assign_queues(session, user, args.queues)
    print(f"{args.name} works: {', '.join(sorted(args.queues)) or 'no queues'}.")
    return 0


def _member(session: Session, name: str, command: str) -> StaffUser | None:
    """The named account, or None after saying on stderr that there is none."""
    user = by_name(session, name)
    if user is None:
        print(f"lantern staff {command}: no staff member {name!r}", file=sys.stderr)
    return user


def _token(args: argparse.Namespace) -> int:
    """Issue a token (alone on stdout, this once), or list or revoke the account's tokens."""
    try:
        with transaction(_sessions()) as session:
            user = _member(session, args.name, "token")
            if user is None:
                return 2
            if args.list:
                out, said = _token_lines(session, user), ""
            elif args.revoke:
                out, said = [], _revoke_token(session, user, args.revoke)
            else:
                out, said = _issue_token(session, user, args)
    except tokens.TokenError as exc:
        print(f"lantern staff token: {exc}", file=sys.stderr)
        return 2
    for line in out:
        print(line)
    if said:
        print(said, file=sys.stderr)
    return 0


def _issue_token(
    session: Session, user: StaffUser, args: argparse.Namespace
) -> tuple[list[str], str]:
    record, token = tokens.issue(session, user, args.label, (args.scope,), args.days)
    session.flush()
    audit(session, actor=ACTOR, action="issue_token",
          detail=f"name={user.name} token={record.id} scopes={record.scopes} days={args.days}")  # fmt: skip
    return [token], (
        f"Token {record.id} of {user.name} ({record.scopes.replace(' ', ' and ')}), expires "
        f"{record.expires_at:%Y-%m-%d %H:%M} UTC. Keep it now: it is not shown again."
    )


def _token_lines(session: Session, user: StaffUser) -> list[str]:
    at, when = utcnow(), "%Y-%m-%d %H:%M"
    lines = ["id\tstate\tscopes\tcreated (UTC)\texpires (UTC)\tlast used (UTC)\tname"]
    for t in tokens.of_account(session, user.id):
        used = f"{t.last_used_at:{when}}" if t.last_used_at else "never"
        lines.append(f"{t.id}\t{tokens.state(t, at)}\t{t.scopes.replace(' ', ',')}\t"
                     f"{t.created_at:{when}}\t{t.expires_at:{when}}\t{used}\t{t.label}")  # fmt: skip
    return lines


def _revoke_token(session: Session, user: StaffUser, which: str) -> str:
    at = utcnow()
    if which == "all":
        revoked = tokens.revoke_all(session, user.id, at)
    else:
        record = tokens.owned(session, user.id, int(which)) if which.isdigit() else None
        if record is None:
            raise tokens.TokenError(f"{user.name} has no token {which!r} (give an id or 'all')")
        revoked = int(tokens.revoke(record, at))
    audit(session, actor=ACTOR, action="revoke_token",
          detail=f"name={user.name} token={which} revoked={revoked}")  # fmt: skip
    return f"Revoked {revoked} token(s) of {user.name}; they no longer work."


def _password(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args.password_stdin)
        with transaction(_sessions()) as session:
            user = _member(session, args.name, "password")
            if user is None:
                return 2
            problem = password_problem(user.name, password)
            if problem:
                raise StaffError(problem)
            set_password(user, password, must_change=True)
            ended = sessions.end_all(session, user.id, utcnow())
            audit(session, actor=ACTOR, action="reset_password", detail=f"name={user.name}")
            audit(session, actor=ACTOR, action="end_sessions",
                  detail=f"name={user.name} ended={ended} reason=reset")  # fmt: skip
    except StaffError as exc:
        print(f"lantern staff password: {exc}", file=sys.stderr)
        return 2
    print(f"Password of {args.name} reset; {ended} open session(s) ended.")
    print(f"{args.name} must choose a new one at the next sign-in.")
    return 0


def _signout(args: argparse.Namespace) -> int:
    with transaction(_sessions()) as session:
        user = _member(session, args.name, "signout")
        if user is None:
            return 2
        ended = sessions.end_all(session, user.id, utcnow())
        audit(session, actor=ACTOR, action="end_sessions",
              detail=f"name={user.name} ended={ended} reason=admin")  # fmt: skip
    print(f"Ended {ended} open session(s) of {args.name}.")
    return 0


def _register_token(staff: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    token = staff.add_parser(
        "token", help="issue an API token (printed once), or list or revoke an account's tokens"
    )
    token.add_argument("name")
    token.add_argument("--scope", choices=tokens.SCOPES, default="read",
                       help="read: the GET routes (default); act: read and the case actions")  # fmt: skip
    token.add_argument("--days", type=int, default=tokens.DEFAULT_DAYS,
                       help=f"days until it expires, 1 to {tokens.MAX_DAYS} (default 90)")  # fmt: skip
    token.add_argument("--label", default="", help="what the token is for, e.g. 'case tool'")
    job = token.add_mutually_exclusive_group()
    job.add_argument("--list", action="store_true", help="list the account's tokens")
    job.add_argument("--revoke", metavar="ID", help="revoke one token by id, or 'all'")
    token.set_defaults(run=_token)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the staff sub-commands."""
    staff = sub.add_parser("staff", help="hotline staff accounts").add_subparsers(
        dest="staff_command", required=True
    )
    add_cmd = staff.add_parser("add", help="create a staff account and its second factor")
    add_cmd.add_argument("name")
    add_cmd.add_argument("--role", choices=ROLES, default="advocate")
    add_cmd.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    add_cmd.set_defaults(run=_add)
    totp = staff.add_parser("totp", help="enrol a new authenticator (the old one stops working)")
    totp.add_argument("name")
    totp.set_defaults(run=_totp)
    queues = staff.add_parser("queues", help="set the queues an advocate works")
    queues.add_argument("name")
    queues.add_argument("queues", nargs="*", help="queue names; none removes every assignment")
    queues.set_defaults(run=_queues)
    _register_token(staff)
    password = staff.add_parser(
        "password", help="set a one-time password, to be changed at the next sign-in"
    )
    password.add_argument("name")
    password.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    password.set_defaults(run=_password)
    signout = staff.add_parser("signout", help="end every open session of an account")
    signout.add_argument("name")
    signout.set_defaults(run=_signout)
