"""Thin Celery tasks: load by id, assess, store, page. Safe to run twice."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_init
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.exc import OperationalError as DatabaseError

from tips.crypto import keyed_hash
from tips.db import transaction
from tips.models import Conversation, Page, Tip, utcnow
from tips.store import (
    escalations_due,
    inbound_texts,
    latest_assessment,
    open_tip_for,
    quiet_conversation_ids,
    replace_entities,
    save_assessment,
    stale_tip_ids,
    unpaged_critical_tip_ids,
    unsent_page,
)
from triage.entities import extract
from triage.notify import PageNotice, make_notifier
from triage.preflight import model_problems, routes_problems
from triage.queueing import DEFAULT_QUEUE, URGENT_QUEUE
from triage.rubric import assess

log = logging.getLogger(__name__)
RETRY = {"autoretry_for": (DatabaseError,), "retry_backoff": True, "max_retries": 8}
STALE_AFTER = timedelta(seconds=30)
MAX_ESCALATION = 3


def enqueue_assessment(tip_id: int, urgent: bool = False) -> None:
    """Send a committed tip to triage; if the broker is down the sweep sends it later."""
    try:
        assess_tip.apply_async((tip_id,), queue=URGENT_QUEUE if urgent else DEFAULT_QUEUE)
    except BrokerError as exc:
        log.error("tip %s not queued (%s); the sweep will queue it", tip_id, type(exc).__name__)


@worker_init.connect
def refuse_bad_routes(**_kwargs: Any) -> None:
    """A worker does not start on a routing file it cannot follow, or without the triage
    model (which it loads here, once), in any environment."""
    found = routes_problems() + model_problems()
    if found:
        raise SystemExit("; ".join(found))


def _answer_texts(tip: Tip) -> list[str]:
    return [v for v in (tip.answers or {}).values() if isinstance(v, str)]


def entity_digests(key: str, texts: list[str]) -> set[tuple[str, str]]:
    """Phone numbers, plates, places, links and handles in the texts, as keyed digests."""
    found = {(e.kind, e.value) for text in texts for e in extract(text)}
    return {(kind, keyed_hash(key, f"{kind}:{value}", purpose="entity")) for kind, value in found}


@shared_task(bind=True, name="triage.tasks.assess_tip", **RETRY)
def assess_tip(self: Task, tip_id: int) -> dict[str, Any]:
    """Assess the newest revision of a tip, store it once, and page on-call if critical."""
    with transaction(self.app.runtime.sessions) as session:
        # Locked, so that a run on an older revision cannot overwrite a newer verdict stored
        # while it was reading (PostgreSQL; SQLite lets one writer in at a time anyway).
        tip = session.get(Tip, tip_id, with_for_update=True)
        if tip is None:
            return {"tip_id": tip_id, "status": "missing"}
        revision = tip.revision
        texts = inbound_texts(session, tip_id)
        result = assess(texts, tip.answers).to_dict()
        stored = save_assessment(session, tip, revision, result)
        if stored:
            key = self.app.runtime.settings.pseudonym_key
            replace_entities(session, tip_id, entity_digests(key, [*texts, *_answer_texts(tip)]))
    if result["urgency"] == "critical":
        page_on_call.apply_async((tip_id,), queue=URGENT_QUEUE)
    summary = {k: result[k] for k in ("urgency", "category", "queue")}
    return {"tip_id": tip_id, "revision": revision, "stored": stored, **summary}


@shared_task(bind=True, name="triage.tasks.page_on_call", **RETRY)
def page_on_call(self: Task, tip_id: int, level: int = 0) -> dict[str, Any]:
    """Page on-call staff about a tip once per escalation level."""
    runtime = self.app.runtime
    with transaction(runtime.sessions) as session:
        page = unsent_page(session, tip_id, level)
        tip = session.get(Tip, tip_id)
        if page is None or tip is None:
            return {"tip_id": tip_id, "sent": False}
        assessment = latest_assessment(session, tip_id)
        reasons = tuple(i["name"] for i in assessment.indicators) if assessment else ()
        notice = PageNotice(
            tip.reference, tip.urgency or "critical", tip.queue or "emergency", reasons, level
        )
    make_notifier(runtime.settings).page(notice)
    with transaction(runtime.sessions) as session:
        session.get_one(Page, page.id).sent_at = utcnow()
    return {"tip_id": tip_id, "sent": True, "level": level}


@shared_task(bind=True, name="triage.tasks.sweep", **RETRY)
def sweep(self: Task) -> dict[str, int]:
    """Catch what slipped: unassessed revisions, unsent pages, unclaimed tips, quiet talks."""
    runtime = self.app.runtime
    now = utcnow()
    quiet_before = now - timedelta(minutes=runtime.settings.quiet_after_minutes)
    with transaction(runtime.sessions) as session:
        stale = stale_tip_ids(session, now - STALE_AFTER)
        quiet = []
        for conversation_id in quiet_conversation_ids(session, quiet_before):
            tip, _ = open_tip_for(session, session.get_one(Conversation, conversation_id))
            quiet.append(tip.id)
        unpaged = unpaged_critical_tip_ids(session)
        escalations = escalations_due(
            session, now, runtime.settings.escalation_targets, MAX_ESCALATION
        )
    for tip_id in stale + quiet:
        enqueue_assessment(tip_id)
    for tip_id in unpaged:
        page_on_call.apply_async((tip_id,), queue=URGENT_QUEUE)
    for tip_id, level in escalations:
        page_on_call.apply_async((tip_id, level), queue=URGENT_QUEUE)
    return {
        "reassessed": len(stale),
        "quiet": len(quiet),
        "paged": len(unpaged),
        "escalated": len(escalations),
    }
