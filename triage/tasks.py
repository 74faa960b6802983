"""Thin Celery tasks: load by id, assess, store, page. Safe to run twice."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import redis
from celery import Task, shared_task
from celery.signals import worker_init
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy import update
from sqlalchemy.exc import OperationalError as DatabaseError
from sqlalchemy.orm import Session

from tips.crypto import keyed_hash
from tips.db import transaction
from tips.models import Conversation, Page, Tip, utcnow
from tips.pages import collapsed_into, collapsed_leaders_due, tip_sender
from tips.runtime import Runtime
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
from triage.notify import PageNotice, SendError, make_notifier
from triage.preflight import model_problems, routes_problems
from triage.queueing import DEFAULT_QUEUE, URGENT_QUEUE
from triage.rubric import assess
from triage.sources import source_of

log = logging.getLogger(__name__)
RETRY = {"autoretry_for": (DatabaseError,), "retry_backoff": True, "max_retries": 8}
STALE_AFTER = timedelta(seconds=30)
MAX_ESCALATION = 3
LEAD_KEY = "lantern:page:lead"  # then the level and the source: the page that speaks for it
HELD_PAGE_KEY = "lantern:outage:paged"  # then a held message's handle: it has been paged
HELD_PAGE_SECONDS = 7 * 24 * 3600
HELD_REASON = "database down, tip filed when it is back"


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
    """Page on-call staff about a tip once per escalation level.

    The first critical tip from a source pages at once; more from the same source within the
    collapse window wait for one page that says how many (`page_collapsed`), not one each.
    """
    runtime = self.app.runtime
    with transaction(runtime.sessions) as session:
        page = unsent_page(session, tip_id, level)
        tip = session.get(Tip, tip_id)
        if page is None or tip is None or page.collapsed_into is not None:
            return {"tip_id": tip_id, "sent": False}
        leader = _leader(runtime, session, page)
        if leader != page.id:
            page.collapsed_into = leader
            log.info("page for tip %s collapsed into page %s: same source", tip_id, leader)
            return {"tip_id": tip_id, "sent": False, "collapsed_into": leader}
        assessment = latest_assessment(session, tip_id)
        reasons = tuple(i["name"] for i in assessment.indicators) if assessment else ()
        notice = PageNotice(
            tip.reference, tip.urgency or "critical", tip.queue or "emergency", reasons, level
        )
    make_notifier(runtime.settings).page(notice)
    with transaction(runtime.sessions) as session:
        session.get_one(Page, page.id).sent_at = utcnow()
    return {"tip_id": tip_id, "sent": True, "level": level}


def _leader(runtime: Runtime, session: Session, page: Page) -> int:
    """The page that speaks for this page's source and level in the current window.

    The first page in takes the window (SET NX with its expiry); Redis unreachable, or the
    window off, and every page speaks for itself: more pages, never a missing one.
    """
    window = runtime.settings.page_collapse_seconds
    found = tip_sender(session, page.tip_id)
    if window <= 0 or found is None:
        return page.id
    key = f"{LEAD_KEY}:{page.level}:{source_of(runtime, *found)}"
    try:
        with runtime.redis.pipeline(transaction=True) as pipe:
            pipe.set(key, page.id, nx=True, ex=window)
            pipe.get(key)
            _, held = pipe.execute()
        leader = session.get(Page, int(held)) if held else None
        if leader is None or leader.collapsed_into is not None:
            # The window names a page this database does not hold: this one takes it.
            runtime.redis.set(key, page.id, ex=window)
            return page.id
    except (redis.RedisError, ValueError) as exc:
        log.warning("page not grouped by source (%s): sent alone", type(exc).__name__)
        return page.id
    return leader.id


@shared_task(bind=True, name="triage.tasks.page_collapsed", **RETRY)
def page_collapsed(self: Task, leader_id: int) -> dict[str, Any]:
    """One page for the tips collapsed into a page, saying how many; safe to run twice."""
    runtime = self.app.runtime
    with transaction(runtime.sessions) as session:
        leader = session.get(Page, leader_id)
        waiting = collapsed_into(session, leader_id)
        if leader is None or not waiting:
            return {"page_id": leader_id, "sent": False}
        tip = session.get_one(Tip, leader.tip_id)
        notice = PageNotice(
            tip.reference, tip.urgency or "critical", tip.queue or "emergency", (), leader.level,
            also=tuple(reference for _, reference in waiting),
        )  # fmt: skip
    make_notifier(runtime.settings).page(notice)
    ids = [page_id for page_id, _ in waiting]
    with transaction(runtime.sessions) as session:
        session.execute(update(Page).where(Page.id.in_(ids)).values(sent_at=utcnow()))
    return {"page_id": leader_id, "sent": True, "tips": len(ids)}


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
        window = timedelta(seconds=max(0, runtime.settings.page_collapse_seconds))
        collapsed = collapsed_leaders_due(session, now - window)
    for tip_id in stale + quiet:
        enqueue_assessment(tip_id)
    for tip_id in unpaged:
        page_on_call.apply_async((tip_id,), queue=URGENT_QUEUE)
    for tip_id, level in escalations:
        page_on_call.apply_async((tip_id, level), queue=URGENT_QUEUE)
    for leader_id in collapsed:
        page_collapsed.apply_async((leader_id,), queue=URGENT_QUEUE)
    return {
        "reassessed": len(stale),
        "quiet": len(quiet),
        "paged": len(unpaged),
        "escalated": len(escalations),
        "collapsed": len(collapsed),
    }


@shared_task(
    bind=True,
    name="triage.tasks.page_held_message",
    autoretry_for=(SendError,),
    retry_backoff=True,
    max_retries=8,
)
def page_held_message(self: Task, handle: str, reasons: list[str]) -> dict[str, Any]:
    """Page on-call about a danger message held in the outage queue (webhooks/outage.py).

    The database is down, so there is no tip and no reference yet: the page names the held
    message's handle instead, and needs nothing but the notifier. Once the drain files the
    message, triage pages again about the tip, by its reference. Paged once per handle
    (Redis unreachable: it may page twice, never not at all).
    """
    runtime = self.app.runtime
    key = f"{HELD_PAGE_KEY}:{handle}"
    try:
        if runtime.redis.exists(key):
            return {"handle": handle, "sent": False}
    except redis.RedisError as exc:
        log.warning("held page not checked (%s): sent anyway", type(exc).__name__)
    notice = PageNotice(f"HELD-{handle}", "critical", "emergency", (*reasons, HELD_REASON))
    make_notifier(runtime.settings).page(notice)
    try:
        runtime.redis.set(key, 1, ex=HELD_PAGE_SECONDS)
    except redis.RedisError as exc:
        log.warning("held page not marked as sent (%s)", type(exc).__name__)
    return {"handle": handle, "sent": True}
