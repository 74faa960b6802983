"""Entry point for Celery: `celery -A worker worker` and `celery -A worker beat`."""

import sys
from typing import Any

from celery.signals import setup_logging, worker_init

from app import create_internal_app
from monitoring import logs
from triage.preflight import problems

celery = create_internal_app().extensions["celery"]


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
