"""The outage queue: SMS that arrive while the database is down wait in Redis until it is back.

The edge answers such a message at once (the fallback, or its keyword's answer) and adds it to
a Redis stream, once per MessageSid however often Twilio retries it. A message that says
someone is in danger pages on-call straight away: a page needs no database. The drain
(`drain_outage_queue`, run by beat) files what waits through the relay, as any message is
filed, oldest first and once each, and triage goes on from there.

An entry holds what the normal path keeps: the sender's pseudonym (never the number), the
text, the media and the MessageSid's keyed digest, Fernet-encrypted, so the append-only file
holds no tip text or media address in clear. Redis must run with appendonly yes and appendfsync
always, so that an entry is on disk before the tipster is told "we got your message"
(docs/deploy.md).
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import redis
from celery import Task, shared_task
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy import or_, update
from sqlalchemy.exc import OperationalError

from languages.detect import detect as detect_language
from tips.config import Settings
from tips.crypto import decrypt, encrypt
from tips.db import transaction
from tips.inbox import Inbound, find_by_external_id
from tips.models import Message, Tip, utcnow
from tips.outbound import MediaItem
from tips.runtime import Runtime
from triage.indicators import detect_danger
from triage.queueing import URGENT_QUEUE
from triage.tasks import page_held_message
from webhooks import keywords
from webhooks.relay import ANSWERED_LANGUAGES, forget_session, relay
from webhooks.replies import Reply, text

log = logging.getLogger(__name__)
STREAM = "lantern:outage:sms"  # a stream: entries keep the order they arrived in
SEEN = "lantern:outage:seen"  # then the MessageSid's keyed digest: the entry that holds it
UNREADABLE = "lantern:outage:unreadable"  # entries the drain could not open, for an operator
DRAIN_LOCK = "lantern:outage:draining"
PURPOSE = "outage"
SEEN_SECONDS = 7 * 24 * 3600  # a Twilio retry this late is still told apart (by SQL once filed)
LOCK_SECONDS = 300
BATCH = 100

# Adds an entry unless its MessageSid was held already: one script, so two retries of the same
# message racing each other still make one entry.
_HOLD = """
local found = redis.call('GET', KEYS[1])
if found then return {0, found} end
local id = redis.call('XADD', KEYS[2], '*', 'payload', ARGV[1])
redis.call('SET', KEYS[1], id, 'EX', ARGV[2])
return {1, id}
"""
_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True)
class Held:
    """A message waiting for the database, with the replies it was already sent."""

    inbound: Inbound
    replies: tuple[str, ...]
    received_at: datetime


def handle_of(digest: str) -> str:
    """A name for a held message in pages and logs: the start of its MessageSid's digest.

    Sixteen hex digits: the log scrubber leaves runs that long alone, where a shorter one,
    mostly digits, could be masked as a phone number.
    """
    return digest[:16]


def hold(runtime: Runtime, inbound: Inbound) -> list[str]:
    """Keep a message the database could not take, once per MessageSid; the replies it gets.

    Raises redis.RedisError when Redis cannot keep it either.
    """
    if not inbound.external_id:
        raise ValueError("a held message needs its MessageSid digest")
    replies = _replies(runtime, inbound)
    payload = encode(runtime.settings, Held(inbound, tuple(replies), utcnow()))
    script = runtime.redis.register_script(_HOLD)
    keys = [f"{SEEN}:{inbound.external_id}", STREAM]
    added, entry = script(keys=keys, args=[payload, SEEN_SECONDS])
    handle = handle_of(inbound.external_id)
    if not added:
        log.info("held message %s repeated: kept once (entry %s)", handle, _text(entry))
        return replies
    log.warning("message %s held in the outage queue (entry %s)", handle, _text(entry))
    danger = detect_danger(inbound.body)
    if danger is not None:
        _page(handle, danger.name)
    return replies


def fallback(settings: Settings, body: str) -> list[str]:
    """The safe reply when nothing could keep the message: the fallback with the emergency line."""
    return [text(settings, "fallback", _language(body))]


def _replies(runtime: Runtime, inbound: Inbound) -> list[str]:
    """What a held message is told now: its keyword's answer (STOP also ends the bot's session),
    else the fallback, which names the emergency number."""
    word = keywords.keyword(inbound.body)
    if word is None:
        return fallback(runtime.settings, inbound.body)
    if word == "stop":
        forget_session(runtime, inbound.sender)
    language = keywords.answer_language(inbound.body, _language(inbound.body))
    return [text(runtime.settings, word, language)]


def _language(body: str) -> str:
    detected = detect_language(body)
    return detected if detected in ANSWERED_LANGUAGES else "en"


def _page(handle: str, reason: str) -> None:
    try:
        page_held_message.apply_async((handle, [reason]), queue=URGENT_QUEUE)
    except BrokerError as exc:
        log.error("held message %s not paged (%s): triage pages once it is filed",
                  handle, type(exc).__name__)  # fmt: skip


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def encode(settings: Settings, held: Held) -> str:
    """An entry's payload: the held message as JSON, sealed under the newest data key."""
    inbound = held.inbound
    document = {
        "channel": inbound.channel,
        "sender": inbound.sender,
        "body": inbound.body,
        "digest": inbound.external_id,
        "media": [[item.url, item.content_type] for item in inbound.media],
        "replies": list(held.replies),
        "received_at": held.received_at.isoformat(),
    }
    return encrypt(settings.keyring, PURPOSE, json.dumps(document))


def decode(settings: Settings, payload: str) -> Held:
    """The held message in an entry's payload; ValueError if it cannot be opened or read."""
    document = json.loads(decrypt(settings.keyring, PURPOSE, payload))
    fields = ("channel", "sender", "body", "digest", "received_at")
    if not isinstance(document, dict) or not all(isinstance(document.get(f), str) for f in fields):
        raise ValueError("a held entry lacks a field")
    media = tuple(MediaItem(str(url), str(kind)) for url, kind in document.get("media", []))
    inbound = Inbound(
        document["channel"], document["sender"], document["body"], document["digest"], media
    )
    replies = tuple(str(reply) for reply in document.get("replies", []))
    return Held(inbound, replies, datetime.fromisoformat(document["received_at"]))


def drain(runtime: Runtime, batch: int = BATCH) -> dict[str, int]:
    """File held messages, oldest first, each once; stop at the first the database refuses.

    One drain at a time (a lock in Redis), so the messages are filed in the order they came.
    """
    client = runtime.redis
    token = secrets.token_hex(8)
    summary = {"filed": 0, "repeats": 0, "unreadable": 0, "waiting": 0, "busy": 0}
    if not client.set(DRAIN_LOCK, token, nx=True, ex=LOCK_SECONDS):
        return summary | {"waiting": client.xlen(STREAM), "busy": 1}
    try:
        entries = cast(list[tuple[bytes, dict[bytes, bytes]]], client.xrange(STREAM, count=batch))
        for entry, fields in entries:
            outcome = _drain_one(runtime, entry, fields)
            if outcome is None:
                break  # the database is still down: the rest waits, in order
            summary[outcome] += 1
    finally:
        client.register_script(_UNLOCK)(keys=[DRAIN_LOCK], args=[token])
    summary["waiting"] = client.xlen(STREAM)
    return summary


def _drain_one(runtime: Runtime, entry: bytes, fields: dict[bytes, bytes]) -> str | None:
    """File one entry and remove it; the outcome, or None if the database refused it."""
    try:
        held = decode(runtime.settings, fields.get(b"payload", b"").decode())
    except (ValueError, TypeError) as exc:  # the key changed, or the entry is not ours
        with runtime.redis.pipeline(transaction=True) as pipe:
            aside: dict[Any, Any] = {**fields, b"entry": entry}
            pipe.xadd(UNREADABLE, aside)
            pipe.xdel(STREAM, entry)
            pipe.execute()
        log.error("held entry %s unreadable (%s): set aside in %s",
                  _text(entry), type(exc).__name__, UNREADABLE)  # fmt: skip
        return "unreadable"
    try:
        outcome = file_held(runtime, held)
    except OperationalError as exc:
        log.warning("outage queue waits: the database is still down (%s)", type(exc.orig).__name__)
        return None
    runtime.redis.xdel(STREAM, entry)
    return outcome


def file_held(runtime: Runtime, held: Held) -> str:
    """Store a held message through the relay, with the replies it got: 'filed' or 'repeats'.

    The relay triages it as it triages any message: danger opens a tip, sent to the urgent
    queue, and triage pages on-call about it by its reference.
    """
    digest = held.inbound.external_id or ""
    with transaction(runtime.sessions) as session:
        if find_by_external_id(session, digest) is not None:
            return "repeats"  # filed already: by an earlier drain, or a retry once the database was back
    relay(runtime, held.inbound, answered=[Reply(body) for body in held.replies])
    with transaction(runtime.sessions) as session:
        message = find_by_external_id(session, digest)
        assert message is not None, "the relay has just stored it"
        # When it came, not when it was filed: what staff read is the time the tipster wrote.
        session.execute(
            update(Message)
            .where(or_(Message.id == message.id, Message.reply_to_id == message.id))
            .values(created_at=held.received_at)
        )
        tip = session.get(Tip, message.tip_id) if message.tip_id else None
        reference = tip.reference if tip is not None else "none yet"
    log.info("held message %s filed (tip %s)", handle_of(digest), reference)
    return "filed"


@shared_task(bind=True, name="webhooks.outage.drain_outage_queue", acks_late=True)
def drain_outage_queue(self: Task) -> dict[str, Any]:
    """File what waits in the outage queue; beat runs it every LANTERN_OUTAGE_DRAIN_SECONDS."""
    try:
        summary = drain(self.app.runtime)
    except redis.RedisError as exc:
        log.warning("outage queue not drained: Redis unavailable (%s)", type(exc).__name__)
        return {"drained": False}
    if summary["filed"] + summary["repeats"] + summary["unreadable"] >= BATCH:
        self.apply_async()  # more wait behind this batch: go on now, not at the next beat
    return summary
