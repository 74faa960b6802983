"""Request latencies and task failures, counted in Redis so every process adds to one figure.

Only route names and task names are recorded: never a path, a reference or a sender.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import redis
from celery.signals import task_failure
from flask import Flask, Response, g, request

log = logging.getLogger(__name__)

LATENCY_KEY = "lantern:metrics:latency"
FAILURES_KEY = "lantern:metrics:task_failures"
BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)  # seconds; +Inf is the count


def observe(client: redis.Redis, route: str, seconds: float) -> None:
    """Add one request's duration to its route's histogram: one round trip, three counters."""
    bucket = next((f"{b:g}" for b in BUCKETS if seconds <= b), "+Inf")
    pipe = client.pipeline(transaction=False)
    pipe.hincrby(LATENCY_KEY, f"{route}|le={bucket}", 1)  # only the bucket it falls in
    pipe.hincrby(LATENCY_KEY, f"{route}|count", 1)
    pipe.hincrbyfloat(LATENCY_KEY, f"{route}|sum", seconds)
    pipe.execute()


def latency_samples(client: redis.Redis) -> dict[str, dict[str, float]]:
    """Each route's cumulative buckets ("le=<bound>"), count and sum."""
    routes: dict[str, dict[str, float]] = {}
    for raw, value in client.hgetall(LATENCY_KEY).items():
        route, _, part = _text(raw).partition("|")
        routes.setdefault(route, {})[part] = float(value)
    for parts in routes.values():
        running = 0.0
        for bound in BUCKETS:
            running += parts.get(f"le={bound:g}", 0.0)
            parts[f"le={bound:g}"] = running
    return routes


def failure_counts(client: redis.Redis) -> dict[str, int]:
    """Failed task runs by task name."""
    return {_text(k): int(v) for k, v in client.hgetall(FAILURES_KEY).items()}


def _text(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def time_requests(app: Flask) -> None:
    """Record every request's duration under its route's name."""

    @app.before_request
    def _start() -> None:
        g.lantern_started = time.perf_counter()

    @app.after_request
    def _stop(response: Response) -> Response:
        started = g.pop("lantern_started", None)
        if started is not None:
            elapsed = time.perf_counter() - started
            route = request.endpoint or "unmatched"
            # Counted once the response is on its way, so the count never delays an answer.
            response.call_on_close(lambda: _record(app, route, elapsed))
        return response


def _record(app: Flask, route: str, seconds: float) -> None:
    try:
        observe(app.extensions["lantern"].redis, route, seconds)
    except redis.RedisError:
        log.debug("latency not recorded: Redis unavailable")


def _failed(sender: Any = None, **_kwargs: Any) -> None:
    runtime = getattr(getattr(sender, "app", None), "runtime", None)
    if runtime is None:
        return
    try:
        runtime.redis.hincrby(FAILURES_KEY, getattr(sender, "name", "unknown"), 1)
    except redis.RedisError:
        log.warning("task failure not counted: Redis unavailable")


def count_task_failures() -> None:
    """Count failed task runs (a retry is not a failure) in their app's Redis, by task name."""
    task_failure.connect(_failed, weak=False, dispatch_uid="lantern-task-failures")
