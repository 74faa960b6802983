"""A real Celery worker process for tests, on the test database and the private Redis."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.services import Process, wait_for
from tips.config import ROOT, Settings


def start_worker(settings: Settings, log: Path, **env: str) -> Process:
    """Start `celery -A worker worker` with the test settings and wait until it is ready."""
    environment = dict(os.environ)
    environment.update({
        "LANTERN_ENV": "test", "LANTERN_SECRET_KEY": settings.secret_key,
        "LANTERN_PSEUDONYM_KEY": settings.pseudonym_key,
        "LANTERN_INTERNAL_TOKEN": settings.internal_token,
        "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url,
        "LANTERN_NOTIFIER": "console", **env,
    })  # fmt: skip
    argv = [str(Path(sys.executable).parent / "celery"), "-A", "worker", "worker",
            "--queues", "lantern.urgent,lantern", "--concurrency", "1", "--loglevel", "INFO"]  # fmt: skip
    process = Process("worker", argv, environment, log, ROOT).start()
    wait_for(lambda: "ready." in log.read_text(), 60, "celery worker")
    return process


@pytest.fixture
def worker(settings: Settings, tmp_path: Path) -> Iterator[Process]:
    """A real Celery worker, stopped after the test."""
    process = start_worker(settings, tmp_path / "worker.log")
    yield process
    process.stop()
