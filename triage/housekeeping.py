"""Periodic housekeeping: purge the content of tips the retention rules say are due."""

from __future__ import annotations

import logging

from celery import Task, shared_task

from tips import retention
from tips.db import transaction

log = logging.getLogger(__name__)


@shared_task(bind=True, name="triage.housekeeping.apply_retention", acks_late=True)
def apply_retention(self: Task) -> dict[str, int]:
    """Load the retention rules, purge what is due, and leave one audit record for the run."""
    runtime = self.app.runtime
    rules = retention.load_rules(runtime.settings.retention_file)
    with transaction(runtime.sessions) as session:
        summary = retention.apply(session, rules)
    log.info("retention: purged %s tips", summary["purged"])
    return summary
