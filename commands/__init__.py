"""The `lantern` command: triage from the shell, staff accounts, data keys, local services and a
test SMS."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from commands import devenv, keys, preflight, services, sms, staff
from monitoring import logs
from tips.config import ConfigError, Settings


def _triage(_args: argparse.Namespace) -> int:
    from triage.cli import run

    return run(sys.stdin, sys.stdout)


def _db_upgrade(_args: argparse.Namespace) -> int:
    from tips.config import Settings
    from tips.migrate import upgrade

    upgrade(Settings().database_url)
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line, one sub-command per job."""
    top = argparse.ArgumentParser(prog="lantern", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)
    sub.add_parser("triage", help="assess JSON-lines tips from stdin").set_defaults(run=_triage)
    sub.add_parser("db-upgrade", help="apply database migrations").set_defaults(run=_db_upgrade)
    staff.register(sub)
    keys.register(sub)
    sms.register(sub)
    services.register(sub)
    devenv.register(sub)
    preflight.register(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit status."""
    devenv.load_dotenv()
    logs.configure("command", development=Settings().development, level="WARNING")
    args = parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except ConfigError as exc:  # a missing or malformed setting: say which, not a traceback
        print(f"lantern {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
