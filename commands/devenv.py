"""`lantern init-env`: a .env for local runs, with fresh random secrets."""

from __future__ import annotations

import argparse
import os
import secrets

from tips.config import ROOT
from tips.crypto import new_data_key

TEMPLATE = """\
# Local settings for `make run`; never commit this file.
LANTERN_ENV=development
LANTERN_SECRET_KEY={secret}
LANTERN_DATA_KEYS={data}
LANTERN_PSEUDONYM_KEY={pseudonym}
LANTERN_INTERNAL_TOKEN={internal}
TWILIO_AUTH_TOKEN={twilio}
LANTERN_NOTIFIER=console
"""


def load_dotenv() -> None:
    """Read .env (KEY=VALUE lines) into the environment without overriding what is set."""
    path = ROOT / ".env"
    if not path.exists():
        return
    for line in path.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and not key.lstrip().startswith("#"):
            os.environ.setdefault(key.strip(), value.strip())


def env_text() -> str:
    """A .env with fresh secrets: the session key and the data key are separate keys."""
    values = {k: secrets.token_hex(32) for k in ("secret", "pseudonym", "internal", "twilio")}
    return TEMPLATE.format(data=new_data_key(), **values)


def _init_env(args: argparse.Namespace) -> int:
    target = ROOT / ".env"
    if target.exists() and not args.force:
        print(".env exists; keeping it")
        return 0
    target.write_text(env_text())
    target.chmod(0o600)
    print("wrote .env with new random secrets")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the init-env sub-command."""
    cmd = sub.add_parser("init-env", help="write a .env with random secrets for local runs")
    cmd.add_argument("--force", action="store_true", help="replace an existing .env")
    cmd.set_defaults(run=_init_env)
