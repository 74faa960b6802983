"""The whole system as separate processes: Redis, Rasa, actions, Celery workers, web apps."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import requests

from commands.services import answers, model_path
from tests.support.services import Process, free_port, start_redis, wait_for
from tips.config import ROOT
from tips.migrate import upgrade

BIN = Path(sys.executable).parent


@dataclass
class System:
    """Addresses, environment and processes of a running Lantern."""

    env: dict[str, str]
    web_url: str
    database_url: str
    redis_url: str
    logs: Path
    processes: dict[str, Process] = field(default_factory=dict)

    def log_text(self) -> str:
        """Everything every process has logged so far."""
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.logs.glob("*.log")))


def _env(tmp: Path, redis_url: str, ports: dict[str, int]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANTERN_", "RASA_"))}
    env.update({
        "LANTERN_ENV": "test",
        "LANTERN_SECRET_KEY": "e2e-secret-" + "s" * 32,
        "LANTERN_PSEUDONYM_KEY": "e2e-pseudonym-" + "p" * 32,
        "LANTERN_INTERNAL_TOKEN": "e2e-internal-" + "i" * 32,
        "LANTERN_PUBLIC_BASE_URL": f"http://127.0.0.1:{ports['web']}",
        "LANTERN_INTERNAL_URL": f"http://127.0.0.1:{ports['internal']}",
        "LANTERN_NOTIFIER": "console",
        "TWILIO_AUTH_TOKEN": "e2e-twilio-token",
        "DATABASE_URL": f"sqlite:///{tmp / 'lantern.db'}",
        "REDIS_URL": redis_url,
        "RASA_URL": f"http://127.0.0.1:{ports['rasa']}",
        "RASA_TIMEOUT": "8",
        "RASA_ACTION_ENDPOINT": f"http://127.0.0.1:{ports['actions']}/webhook",
        "PYTHONUNBUFFERED": "1",
        # Every web-chat tab of a test run comes from 127.0.0.1, where in production each
        # visitor has an address of their own: the per-address and new-session ceilings are set
        # far above what one run sends, so no scripted conversation is refused by them. The
        # ceilings themselves are tested with their own low values (tests/webhooks).
        "LANTERN_WEBCHAT_PER_ADDRESS_PER_MINUTE": "100000",
        "LANTERN_WEBCHAT_PER_ADDRESS_PER_HOUR": "1000000",
        "LANTERN_WEBCHAT_SESSIONS_PER_ADDRESS_PER_HOUR": "100000",
        "LANTERN_WEBCHAT_SESSIONS_PER_MINUTE": "10000",
        # For the same reason critical web-chat tips are not collapsed into one page by
        # address: each scripted tab stands for a different person (collapse is tested in
        # tests/webhooks/test_page_collapse.py).
        "LANTERN_PAGE_COLLAPSE_SECONDS": "0",
    })  # fmt: skip
    if "LANTERN_BURST_HOLD" in os.environ:  # a benchmark may measure the edge without it
        env["LANTERN_BURST_HOLD"] = os.environ["LANTERN_BURST_HOLD"]
    return env


def _commands(ports: dict[str, int]) -> dict[str, list[str]]:
    gunicorn = [str(BIN / "gunicorn"), "--workers", "2", "--timeout", "60", "--bind"]
    celery = [
        str(BIN / "celery"),
        "-A",
        "worker",
        "worker",
        "--loglevel",
        "INFO",
        "--concurrency",
        "1",
    ]
    return {
        "actions": [str(BIN / "lantern"), "actions", "--port", str(ports["actions"])],
        "rasa": [str(BIN / "lantern"), "rasa"],
        "internal": [*gunicorn, f"127.0.0.1:{ports['internal']}", "app:create_internal_app()"],
        "web": [*gunicorn, f"127.0.0.1:{ports['web']}", "app:create_app()"],
        "worker": [*celery, "--hostname", "main@%h", "--queues", "lantern.urgent,lantern"],
        "urgent": [*celery, "--hostname", "urgent@%h", "--queues", "lantern.urgent"],
    }


def _rasa_ready(url: str) -> bool:
    try:
        return requests.get(url + "/", timeout=2).text.startswith("Hello from Rasa")
    except requests.RequestException:
        return False


@contextmanager
def running_system(tmp: Path) -> Iterator[System]:
    """Start every part on free loopback ports; stop them all afterwards."""
    if not model_path().exists():
        raise RuntimeError("no trained model: run `make train` first")
    redis_process, redis_url = start_redis(tmp)
    ports = {name: free_port() for name in ("web", "internal", "rasa", "actions")}
    env = _env(tmp, redis_url, ports)
    upgrade(env["DATABASE_URL"])
    system = System(env, f"http://127.0.0.1:{ports['web']}", env["DATABASE_URL"], redis_url, tmp)
    system.processes["redis"] = redis_process  # so a test can kill it and start it again
    try:
        for name, argv in _commands(ports).items():
            system.processes[name] = Process(name, argv, env, tmp / f"{name}.log", ROOT).start()
        for name in ("web", "internal", "actions"):
            wait_for(lambda n=name: answers("127.0.0.1", ports[n]), 60, name)
        wait_for(lambda: _rasa_ready(env["RASA_URL"]), 240, "rasa")
        yield system
    finally:
        for process in reversed(system.processes.values()):  # Redis last
            process.stop()
