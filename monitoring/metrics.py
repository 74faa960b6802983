"""`/metrics` in Prometheus text format, counted from SQL and Redis at scrape time."""

from __future__ import annotations

from collections.abc import Iterable

import redis
from flask import Blueprint, Response, current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitoring.timings import BUCKETS, failure_counts, latency_samples
from tips.models import Assessment, Message, Page, Tip
from tips.store import OPEN_STATUSES
from triage.queueing import DEFAULT_QUEUE, URGENT_QUEUE

bp = Blueprint("metrics", __name__)


def _family(name: str, kind: str, about: str, samples: Iterable[tuple[str, float]]) -> str:
    lines = [f"# HELP {name} {about}", f"# TYPE {name} {kind}"]
    lines += [f"{name}{labels} {value:g}" for labels, value in samples]
    return "\n".join(lines)


def _labels(**pairs: object) -> str:
    inner = ",".join(f'{k}="{str(v).replace(chr(34), "")}"' for k, v in pairs.items())
    return "{" + inner + "}"


def _counts(session: Session) -> list[str]:
    messages = session.execute(select(Message.direction, func.count()).group_by(Message.direction))
    open_tips = session.execute(
        select(Tip.queue, Tip.urgency, func.count())
        .where(Tip.status.in_(OPEN_STATUSES))
        .group_by(Tip.queue, Tip.urgency)
    )
    outcomes = session.execute(
        select(Assessment.urgency, func.count()).group_by(Assessment.urgency)
    )
    pages = session.scalar(select(func.count()).where(Page.sent_at.is_not(None))) or 0
    untriaged = session.scalar(
        select(func.count()).where(Tip.assessed_revision < Tip.revision)
    )  # fmt: skip
    return [
        _family("lantern_messages_total", "counter", "Messages stored, by direction.",
                ((_labels(direction=d), n) for d, n in messages)),
        _family("lantern_open_tips", "gauge", "Open tips by queue and urgency.",
                ((_labels(queue=q or "untriaged", urgency=u or "untriaged"), n)
                 for q, u, n in open_tips)),
        _family("lantern_assessments_total", "counter", "Triage outcomes, by urgency.",
                ((_labels(urgency=u), n) for u, n in outcomes)),
        _family("lantern_pages_sent_total", "counter", "Pages sent to on-call staff.",
                [("", pages)]),
        _family("lantern_tips_awaiting_triage", "gauge", "Tips whose newest revision is unassessed.",
                [("", untriaged or 0)]),
    ]  # fmt: skip


def _from_redis() -> list[str]:
    client = current_app.extensions["lantern"].redis
    try:
        depths = [(q, client.llen(q)) for q in (URGENT_QUEUE, DEFAULT_QUEUE)]
        latencies = latency_samples(client)
        failures = failure_counts(client)
    except redis.RedisError:
        depths, latencies, failures = [], {}, {}
    return [
        _family("lantern_task_queue_length", "gauge", "Tasks waiting for a worker.",
                ((_labels(queue=q), n) for q, n in depths)),
        _family("lantern_request_seconds", "histogram", "Request duration by route.",
                _histogram(latencies)),
        _family("lantern_task_failures_total", "counter", "Failed task runs by task.",
                ((_labels(task=t), n) for t, n in sorted(failures.items()))),
    ]  # fmt: skip


def _histogram(routes: dict[str, dict[str, float]]) -> list[tuple[str, float]]:
    samples: list[tuple[str, float]] = []
    for route, parts in sorted(routes.items()):
        for bound in BUCKETS:
            samples.append(
                (f"_bucket{_labels(route=route, le=f'{bound:g}')}", parts.get(f"le={bound:g}", 0))
            )
        samples.append((f"_bucket{_labels(route=route, le='+Inf')}", parts.get("count", 0)))
        samples.append((f"_sum{_labels(route=route)}", parts.get("sum", 0)))
        samples.append((f"_count{_labels(route=route)}", parts.get("count", 0)))
    return samples  # fmt: skip


@bp.get("/metrics")
def scrape() -> Response:
    """Every metric, counted now."""
    with current_app.extensions["lantern"].sessions() as session:
        families = _counts(session)
    body = "\n".join([*families, *_from_redis()]) + "\n"
    return Response(body, mimetype="text/plain; version=0.0.4")
