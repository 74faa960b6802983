"""Sending staff replies by SMS, and the sweep that finishes what was left undone.

Tasks take message ids only; the tipster's number is decrypted in memory at send time and never
leaves the task: not in the Celery message, the result or the log.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from celery import Task, shared_task
from kombu.exceptions import OperationalError as BrokerError

from tips import outbound
from tips.crypto import DecryptionError, message_id_digest
from tips.db import transaction
from tips.models import utcnow
from triage.notify import SendError, make_notifier
from triage.tasks import RETRY

log = logging.getLogger(__name__)
RESEND_AFTER = timedelta(minutes=2)  # a pending reply this old lost its task (broker down)
STUCK_AFTER = timedelta(minutes=30)  # a send this old was interrupted by a dead worker


def enqueue_delivery(message_id: int) -> None:
    """Send a committed reply; if the broker is down the sweep sends it later."""
    try:
        deliver_reply.delay(message_id)
    except BrokerError as exc:
        log.error("reply %s not queued (%s); the sweep will", message_id, type(exc).__name__)


@shared_task(bind=True, name="triage.delivery.deliver_reply", **RETRY)
def deliver_reply(self: Task, message_id: int) -> dict[str, Any]:
    """Text one staff reply to a tipster who consented and has not opted out; safe to run twice."""
    runtime = self.app.runtime
    settings = runtime.settings
    try:
        with transaction(runtime.sessions) as session:
            outgoing = outbound.start_delivery(session, message_id, settings.keyring, utcnow())
    except DecryptionError:
        with transaction(runtime.sessions) as session:
            outbound.finish_delivery(session, message_id, "failed", 0, "undecryptable")
        return {"message_id": message_id, "delivery": "failed"}
    if isinstance(outgoing, str):
        return {"message_id": message_id, "delivery": outgoing}
    try:
        sent = make_notifier(settings).send_sms(outgoing.address, outgoing.body)
    except SendError as exc:
        return _record_failure(runtime.sessions, message_id, exc)
    # Twilio's id of the text would look up the tipster's number there: only its keyed hash.
    provider_id = message_id_digest(settings.pseudonym_key, sent.sid) if sent.sid else None
    with transaction(runtime.sessions) as session:
        outbound.finish_delivery(session, message_id, "sent", sent.attempts, None, provider_id)
    return {"message_id": message_id, "delivery": "sent", "attempts": sent.attempts}


def _record_failure(sessions: Any, message_id: int, exc: SendError) -> dict[str, Any]:
    delivery = "blocked" if exc.opted_out else "failed"
    with transaction(sessions) as session:
        outbound.finish_delivery(session, message_id, delivery, exc.attempts, exc.code)
        if exc.opted_out:
            outbound.block_sender(session, message_id)
    log.warning("reply %s %s: error %s", message_id, delivery, exc.code)
    return {"message_id": message_id, "delivery": delivery, "error": exc.code}


@shared_task(bind=True, name="triage.delivery.sweep_deliveries", **RETRY)
def sweep_deliveries(self: Task) -> dict[str, int]:
    """Resend replies whose task was lost, fail interrupted sends, delete expired contacts."""
    runtime = self.app.runtime
    now = utcnow()
    with transaction(runtime.sessions) as session:
        pending = outbound.pending_delivery_ids(session, now - RESEND_AFTER)
        stuck = outbound.abandon_stuck_sends(session, now - STUCK_AFTER)
        expired = outbound.delete_expired_contacts(session, now)
    for message_id in pending:
        enqueue_delivery(message_id)
    return {"resent": len(pending), "interrupted": stuck, "contacts_deleted": expired}
