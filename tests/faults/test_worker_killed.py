"""Kill -9 a worker holding a tip: every tip is still triaged, once, when a worker returns."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import redis
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.support.services import wait_for
from tests.support.worker import start_worker
from tips.config import Settings
from tips.db import transaction
from tips.inbox import Inbound, record_inbound
from tips.models import Assessment, Tip

TOKEN = {"Authorization": "Bearer " + "i" * 40}
VISIBILITY_TIMEOUT = 4
TIPS = 20


def file_tips(client: FlaskClient, sessions: sessionmaker[Session]) -> list[int]:
    ids = []
    for n in range(TIPS):
        sender = f"{n:02d}" * 16
        with transaction(sessions) as s:
            record_inbound(s, Inbound("sms", sender, f"my boss took my passport, tip {n}", None))
        filed = client.post("/internal/tips", headers=TOKEN, json={"sender_id": sender})
        ids.append(int(filed.get_json()["tip_id"]))
    return ids


def all_triaged(sessions: sessionmaker[Session], ids: list[int]) -> bool:
    with sessions() as s:
        done = s.scalar(
            select(func.count()).where(Tip.id.in_(ids), Tip.assessed_revision == Tip.revision)
        )
    return done == len(ids)


def test_tips_held_by_a_killed_worker_are_triaged_once_after_restart(
    settings: Settings,
    internal_client: FlaskClient,
    sessions: sessionmaker[Session],
    redis_client: redis.Redis,
    tmp_path: Path,
) -> None:
    env = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)}
    first = start_worker(settings, tmp_path / "first.log", **env)
    assert first.popen is not None
    children = subprocess.run(
        ["pgrep", "-P", str(first.popen.pid)], capture_output=True, text=True, check=True
    ).stdout.split()
    for child in children:  # freeze the pool: a task handed to it stays in flight
        subprocess.run(["kill", "-STOP", child], check=True)
    ids = file_tips(internal_client, sessions)
    wait_for(lambda: redis_client.hlen("unacked") >= 1, 20, "a task in flight")
    first.stop(signal.SIGKILL)
    for child in children:
        subprocess.run(["kill", "-KILL", child], check=False)
    in_flight = redis_client.hlen("unacked")
    assert in_flight >= 1
    second = start_worker(settings, tmp_path / "second.log", **env)
    try:  # within twice the visibility timeout of a worker being back
        wait_for(lambda: all_triaged(sessions, ids), 2 * VISIBILITY_TIMEOUT, "all tips")
    finally:
        second.stop()
    with sessions() as s:
        per_tip = s.execute(
            select(Assessment.tip_id, func.count()).group_by(Assessment.tip_id)
        ).all()
    assert sorted(per_tip) == [(tip_id, 1) for tip_id in sorted(ids)]
