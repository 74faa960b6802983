"""Health, readiness and Prometheus metrics, free of tipster identifiers."""

from __future__ import annotations

from flask import Flask

from monitoring import health, metrics, timings


def init_app(app: Flask, *, with_metrics: bool) -> None:
    """Health on every app; readiness and metrics only where the public cannot reach."""
    app.register_blueprint(health.public)
    timings.time_requests(app)
    if with_metrics:
        app.register_blueprint(health.private)
        app.register_blueprint(metrics.bp)
        timings.count_task_failures()  # the worker runs this app
