"""Text in, replies out: the one path every channel's inbound message takes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

import redis
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from languages.detect import detect as detect_language
from tips.crypto import references_in
from tips.db import transaction
from tips.inbox import Inbound, record_inbound, record_replies, replies_to, set_stopped
from tips.models import OPEN_STATUSES, Conversation, Message
from tips.outbound import forget_contact, record_media
from tips.runtime import Runtime
from tips.store import by_reference, link, open_tip_for, revise
from triage.indicators import detect_danger
from triage.tasks import enqueue_assessment
from webhooks import bursts, keywords, limits
from webhooks.rasa_client import RasaUnavailable, forward_to_rasa
from webhooks.replies import Reply, text

log = logging.getLogger(__name__)
ANSWERED_LANGUAGES = ("en", "es")  # the bot and the edge reply in these
BOT_TEXT_LIMIT = 5000  # the whole message is stored; the bot reads at most this much


@dataclass(frozen=True)
class Received:
    """What the edge learnt when it stored an inbound message."""

    message_id: int
    conversation_id: int
    tip_id: int | None
    stopped: bool
    language: str  # the conversation's language: the last one clearly detected
    detected: str  # this message's language, "und" when too short to tell
    keyword: str | None  # "stop", "help" or "start" when the message is one
    danger: bool  # the text says someone is in danger now


@cache
def _http() -> requests.Session:
    return requests.Session()


class TurnWatch(Protocol):
    """Sees a turn the bot answers: in the transaction that stores the message, then the replies."""

    def before(self, session: Session, conversation: Conversation) -> None: ...

    def after(self, session: Session, conversation: Conversation) -> None: ...


def relay(
    runtime: Runtime,
    inbound: Inbound,
    page_language: str | None = None,
    watch: TurnWatch | None = None,
    answered: list[Reply] | None = None,
) -> list[Reply]:
    """Store the message, answer it (keywords, bot or fallback), store and return the replies.

    page_language is the web-chat page's language, used when the message's own is unclear.
    watch sees a turn the bot answers (not a keyword, not a repeat) before and after it.
    answered: the replies it already got (a message held while the database was down,
    webhooks/outage.py); they are stored as its answer and nothing is asked again.
    """
    detected = detect_language(inbound.body)
    with transaction(runtime.sessions) as session:
        message, duplicate = record_inbound(session, inbound)
        if duplicate:
            log.info("repeated message %s answered from the record", message.id)
            return [Reply(body) for body in replies_to(session, message)]
        record_media(session, message.id, inbound.media, runtime.settings.keyring)
        conversation = session.get_one(Conversation, message.conversation_id)
        word = keywords.keyword(inbound.body)
        if watch is not None and word is None:
            watch.before(session, conversation)
        if detected in ANSWERED_LANGUAGES:
            conversation.language = detected
        elif page_language in ANSWERED_LANGUAGES:
            conversation.language = page_language
        received = Received(
            message.id,
            conversation.id,
            _join_by_reference(runtime, session, conversation, message) or message.tip_id,
            conversation.stopped,
            conversation.language,
            detected,
            word,
            detect_danger(inbound.body) is not None,
        )
        if answered is None and received.keyword is not None:
            # STOP, HELP and START never wait for the bot: one transaction stores it all.
            answered = answer(runtime, inbound, received)
        if answered is not None:
            settled = _settle_in(session, received, answered)
    if answered is None:
        replies = answer(runtime, inbound, received, page_language)
        with transaction(runtime.sessions) as session:
            settled = _settle_in(session, received, replies)
            if watch is not None:
                watch.after(session, session.get_one(Conversation, received.conversation_id))
    replies, tip_id = settled
    if tip_id is not None:
        enqueue_assessment(tip_id, urgent=received.danger)
    return replies


def _join_by_reference(
    runtime: Runtime, session: Session, conversation: Conversation, message: Message
) -> int | None:
    """A message carrying a known tip's reference adds to that tip, whatever the bot makes of it.

    Its own tip's reference costs nothing; any other counts as a try against the ceilings of
    `limits.reference_try_allowed`, known or not, so references cannot be found by guessing.
    Joining lets a conversation add to a tip, never read it: staff replies go only to the
    conversation that filed the tip (tips/casework.py).
    """
    for reference in references_in(message.body):
        tip = by_reference(session, reference)
        if tip is not None and conversation.tip_id == tip.id:
            return tip.id
        if not limits.reference_try_allowed(runtime, conversation.sender):
            return None
        if tip is not None and tip.status in OPEN_STATUSES:
            link(session, conversation, tip)
            return tip.id
    return None


def answer(
    runtime: Runtime, inbound: Inbound, received: Received, page_language: str | None = None
) -> list[Reply]:
    """The replies to a stored message: a keyword answer, nothing after STOP, or the bot's."""
    word = received.keyword
    language = keywords.answer_language(inbound.body, received.language)
    if word == "stop":
        forget_session(runtime, inbound.sender)
        return [Reply(text(runtime.settings, "stop", language))]
    if word in ("help", "start"):
        return [Reply(text(runtime.settings, word, language))]
    if received.stopped:
        return []  # opted out: store what they send, say nothing until START
    if not limits.within_limit(runtime, inbound.sender):
        return [Reply(text(runtime.settings, _busy_reply(received), received.language))]
    if not inbound.media:
        return _ask_bot(runtime, inbound, received, page_language)
    thanks = [Reply(text(runtime.settings, _media_thanks(inbound), received.language))]
    if not inbound.body.strip():
        return thanks  # a photo alone: thanked at the edge; the bot has no words to read
    return thanks + _ask_bot(runtime, inbound, received, page_language)


def _media_thanks(inbound: Inbound) -> str:
    """The edge's thanks for what came with a message: a photo, or some other file."""
    kinds = {item.content_type.split("/")[0] for item in inbound.media}
    return "photo" if kinds == {"image"} else "file"


def _busy_reply(received: Received) -> str:
    """Over the limit the bot is not asked; danger still gets the emergency line first."""
    return "emergency" if received.danger else "busy"


def _ask_bot(
    runtime: Runtime, inbound: Inbound, received: Received, page_language: str | None
) -> list[Reply]:
    settings = runtime.settings
    words = bursts.gather(runtime, inbound.sender, received.message_id, inbound.body)
    if words is None:
        return []  # a newer message of the same burst answers for all of them
    if words != inbound.body:
        burst = detect_danger(words) is not None
        received = replace(received, danger=burst, detected=detect_language(words))
    # The bot reads danger from the edge's check (the triage's patterns, every language).
    metadata = {
        "channel": inbound.channel,
        "language": received.detected,
        "danger": received.danger,
    }
    if page_language:
        metadata["page_language"] = page_language
    try:
        replies = forward_to_rasa(
            _http(),
            settings.rasa_url,
            inbound.sender,
            words[:BOT_TEXT_LIMIT],
            metadata,
            settings.rasa_timeout,
        )
    except RasaUnavailable as exc:
        log.warning("bot unavailable (%s): fallback sent for message %s", exc, received.message_id)
        return [Reply(text(settings, "fallback", received.language))]
    if received.danger and not any(settings.emergency_number in r.text for r in replies):
        replies.insert(0, Reply(text(settings, "emergency", received.language)))
    return replies


def _settle_in(
    session: Session, received: Received, replies: list[Reply]
) -> tuple[list[Reply], int | None]:
    """Store the replies and opt-out state; the replies with ids, and the tip to triage."""
    message = session.get_one(Message, received.message_id)
    record_replies(session, message, [r.text for r in replies])
    session.flush()
    ids = session.scalars(
        select(Message.id).where(Message.reply_to_id == message.id).order_by(Message.id)
    ).all()
    if received.keyword in ("stop", "start"):
        set_stopped(session, received.conversation_id, received.keyword == "stop")
    if received.keyword == "stop":
        forget_contact(session, received.conversation_id)  # START does not bring it back
    tip_id = _tip_to_triage(session, received)
    return [replace(r, id=i) for r, i in zip(replies, ids, strict=True)], tip_id


def _tip_to_triage(session: Session, received: Received) -> int | None:
    """The tip this message adds to (or, for danger, starts), revised so triage runs again."""
    conversation = session.get_one(Conversation, received.conversation_id)
    if received.tip_id is None and not received.danger:
        return None
    if received.tip_id is None and conversation.tip_id is not None:
        return None  # the bot filed the tip while answering; that filing queued triage
    tip, _ = open_tip_for(session, conversation)
    revise(tip)
    return tip.id


def forget_session(runtime: Runtime, sender: str) -> None:
    """Delete the bot's state for a sender (their messages stay with the tip)."""
    prefix = runtime.settings.rasa_key_prefix
    try:
        runtime.redis.delete(f"{prefix}:tracker:{sender}", f"{prefix}:lock:{sender}")
    except redis.RedisError as exc:
        log.error("could not delete the bot's session state: %s", type(exc).__name__)
