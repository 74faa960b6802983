"""The Celery app: late acks, one task at a time per process, and a lane for emergencies."""

from __future__ import annotations

from celery import Celery

from tips.runtime import Runtime

DEFAULT_QUEUE = "lantern"
URGENT_QUEUE = "lantern.urgent"
SWEEP_EVERY_SECONDS = 60.0
PURGE_EVERY_SECONDS = 3600.0  # retention works in days; once an hour is plenty


class LanternCelery(Celery):
    """A Celery app that carries the runtime its tasks load tips through."""

    runtime: Runtime


def make_celery(runtime: Runtime) -> LanternCelery:
    """Build the Celery app for a runtime and make it the default for shared tasks."""
    settings = runtime.settings
    app = LanternCelery("lantern", set_as_current=True)
    app.runtime = runtime
    app.conf.update(
        broker_url=settings.celery_broker,
        broker_connection_retry_on_startup=True,
        # A task a dead worker held goes back on the queue once the visibility timeout passes;
        # look for such tasks often enough that this takes about that long, not ten times it.
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout,
            "unacked_restore_interval": max(1, min(10, settings.visibility_timeout // 2)),
            "unacked_restore_throttle": 1,
        },
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        task_default_queue=DEFAULT_QUEUE,
        task_serializer="json",
        accept_content=["json"],
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.5},
        timezone="UTC",
        imports=["triage.tasks", "triage.delivery", "triage.housekeeping"],
        beat_schedule={
            "sweep": {"task": "triage.tasks.sweep", "schedule": SWEEP_EVERY_SECONDS},
            "sweep_deliveries": {
                "task": "triage.delivery.sweep_deliveries",
                "schedule": SWEEP_EVERY_SECONDS,
            },
            "apply_retention": {
                "task": "triage.housekeeping.apply_retention",
                "schedule": PURGE_EVERY_SECONDS,
            },
        },
    )
    app.set_default()
    return app
