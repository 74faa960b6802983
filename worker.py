"""Entry point for Celery: `celery -A worker worker` and `celery -A worker beat`."""

from typing import Any

from celery.signals import worker_init

from app import create_internal_app
from triage.preflight import problems

celery = create_internal_app().extensions["celery"]


@worker_init.connect
def refuse_unsafe_settings(**_kwargs: Any) -> None:
    """In production a worker will not start on settings that could lose a tip."""
    settings = celery.runtime.settings
    found = [] if settings.development else problems(settings)
    if found:
        raise SystemExit("; ".join(found))
