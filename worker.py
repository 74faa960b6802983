"""Entry point for Celery: `celery -A worker worker` and `celery -A worker beat`."""

import sys
from typing import Any

from celery.signals import setup_logging, worker_init

from app import create_internal_app
from monitoring import logs
from triage.preflight import problems

celery = create_internal_app().extensions["celery"]
# SMS held in Redis while the database was down (webhooks/outage.py) are filed by this drain.
celery.conf.beat_schedule = {
    **celery.conf.beat_schedule,
    "drain_outage_queue": {
        "task": "webhooks.outage.drain_outage_queue",
        "schedule": max(1.0, celery.runtime.settings.outage_drain_seconds),
    },
}


@setup_logging.connect
def use_lantern_logging(loglevel: Any = None, **_kwargs: Any) -> None:
    """Celery logs through Lantern's handler: JSON in production, scrubbed always."""
    role = "beat" if "beat" in sys.argv else "worker"
    logs.configure(role, development=celery.runtime.settings.development, level=loglevel)


@worker_init.connect
def refuse_unsafe_settings(**_kwargs: Any) -> None:
    """In production a worker will not start on settings that could lose a tip."""
    settings = celery.runtime.settings
    found = [] if settings.development else problems(settings)
    if found:
        raise SystemExit("; ".join(found))
