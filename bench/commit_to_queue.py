"""From a committed tip to its queue entry through the real worker, at 20 tips a second.

Tips are filed through the internal API (POST /internal/tips with the internal token), as the
action server files them: the tip is committed, then assess_tip is queued. The Celery workers
run as in the Procfile (`worker` with two processes on both queues, `urgent` with one on the
emergency lane). A tip has entered its queue when its row has `queue` and `triaged_at` set.
The peer is a task round trip through the same broker, queue and worker that does next to
nothing: assess_tip for a tip id that does not exist (one primary-key look-up), published
between every two tips. Both are timed to the worker's "succeeded" log line.
Run: .venv/bin/python -m bench.commit_to_queue
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

import requests
from celery import Celery
from sqlalchemy import select

from bench.common import (
    Paced,
    assessments_finished,
    conditions,
    epoch,
    file_tip,
    labelled_texts,
    lantern_system,
    ms,
    percentile,
)
from tests.support.services import wait_for
from tests.support.system import System
from tips.db import make_engine, make_sessions
from tips.models import Tip
from triage.queueing import DEFAULT_QUEUE


def queued(system: System, ids: list[int]) -> dict[int, tuple[float, float]]:
    """Tips that have entered a queue: id -> (created_at, triaged_at) in epoch seconds."""
    sessions = make_sessions(make_engine(system.database_url))
    with sessions() as session:
        rows = session.execute(
            select(Tip.id, Tip.created_at, Tip.triaged_at).where(
                Tip.id.in_(ids), Tip.queue.is_not(None), Tip.triaged_at.is_not(None)
            )
        ).all()
    return {row.id: (epoch(row.created_at), epoch(row.triaged_at)) for row in rows}


def line(name: str, values: list[float]) -> str:
    """One row of the table."""
    cells = [ms(percentile(values, p)) for p in (0.5, 0.95, 0.99, 1.0)]
    return f"{name:44} {len(values):>5} " + " ".join(f"{c:>8}" for c in cells)


def main() -> None:
    """File tips and publish peer tasks at the rate, wait for both, print the percentiles."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=20, help="tips per second")
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    print(conditions())
    texts = labelled_texts(critical=False)
    committed: dict[int, float] = {}
    published: dict[int, float] = {}
    lock = threading.Lock()
    local = threading.local()
    with (
        tempfile.TemporaryDirectory() as tmp,
        lantern_system(Path(tmp), procfile_workers=True) as system,
    ):
        producer = Celery(broker=system.redis_url, set_as_current=False)
        producer.conf.update(task_serializer="json", broker_connection_retry_on_startup=True)
        worker_log = Path(tmp) / "worker.log"
        wait_for(lambda: "ready." in worker_log.read_text(), 60, "celery worker")

        def one(n: int) -> None:
            if not hasattr(local, "http"):
                local.http = requests.Session()
            tip_id, answered = file_tip(local.http, system, texts[n % len(texts)])
            producer.send_task("triage.tasks.assess_tip", args=(-(n + 1),), queue=DEFAULT_QUEUE)
            sent = time.time()
            with lock:
                committed[tip_id] = answered
                published[-(n + 1)] = sent

        Paced(args.rate, 2).run(one)  # warm up, then start afresh
        time.sleep(2)
        committed.clear()
        published.clear()
        count = Paced(args.rate, args.seconds).run(one)
        ids = sorted(committed)
        wait_for(lambda: len(queued(system, ids)) == len(ids), 120, "every tip triaged")
        wait_for(
            lambda: published.keys() <= assessments_finished(system.log_text()).keys(),
            60,
            "every peer task",
        )
        rows = queued(system, ids)
        finished = assessments_finished(system.log_text())
    print(f"{count} tips at {args.rate:.0f}/s for {args.seconds:.0f} s, and as many peer tasks")
    print("workers as in the Procfile: worker (2 processes), urgent (1); SQLite; one Redis")
    print(f"{'':44} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}")
    tip_log = [finished[i] - committed[i] for i in ids]
    peer_log = [finished[i] - published[i] for i in published]
    print(line("tip: commit answered -> worker done (log)", tip_log))
    print(
        line("tip: commit answered -> triaged_at (SQL)", [rows[i][1] - committed[i] for i in ids])
    )
    print(line("tip: created_at -> triaged_at (SQL)", [t - c for c, t in rows.values()]))
    print(line("peer: no-op task published -> done (log)", peer_log))
    tip_p99, peer_p99 = percentile(tip_log, 0.99), percentile(peer_log, 0.99)
    print(f"ratio of p99 (tip / peer task): {tip_p99 / peer_p99:.2f}")


if __name__ == "__main__":
    main()
