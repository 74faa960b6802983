"""`lantern check`: refuse to run in production on settings that could lose a tip."""

from __future__ import annotations

import argparse
import sys

from tips.config import Settings
from triage.preflight import problems


def _check(_args: argparse.Namespace) -> int:
    settings = Settings()
    found = problems(settings)
    if not found:  # with settings that pass, say what is allowed but unwise
        for advice in settings.advisories():
            print(f"lantern check: warning: {advice}", file=sys.stderr)
    for problem in found:
        print(f"lantern check: {problem}", file=sys.stderr)
    if not found:
        print("lantern check: settings and services are safe to run")
    return 1 if found else 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the check sub-command."""
    sub.add_parser("check", help="refuse unsafe production settings").set_defaults(run=_check)
