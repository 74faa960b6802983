"""Conversations and their messages: the durable record of everything people send."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tips.models import OPEN_STATUSES, Conversation, Message, Tip, utcnow
from tips.outbound import MediaItem


@dataclass(frozen=True)
class Inbound:
    """An inbound message as the edge hands it over, sender already pseudonymous."""

    channel: str
    sender: str
    body: str
    external_id: str | None = None
    media: tuple[MediaItem, ...] = field(default=(), repr=False)  # photos sent with it (MMS)


def conversation_for(session: Session, channel: str, sender: str) -> Conversation:
    """The sender's conversation on a channel, created on first contact."""
    found = session.scalar(
        select(Conversation).where(Conversation.channel == channel, Conversation.sender == sender)
    )
    if found is not None:
        return found
    try:
        with session.begin_nested():
            created = Conversation(channel=channel, sender=sender)
            session.add(created)
        return created
    except IntegrityError:  # another request made it first
        return session.scalars(
            select(Conversation).where(
                Conversation.channel == channel, Conversation.sender == sender
            )
        ).one()


def find_by_external_id(session: Session, external_id: str) -> Message | None:
    """The message with this provider id (Twilio's MessageSid), if already recorded."""
    return session.scalar(select(Message).where(Message.external_id == external_id))


def _open_tip_id(session: Session, conversation: Conversation) -> int | None:
    """The conversation's tip if it is still open; after it is resolved, news starts a new one."""
    if conversation.tip_id is None:
        return None
    tip = session.get(Tip, conversation.tip_id)
    return tip.id if tip is not None and tip.status in OPEN_STATUSES else None


def record_inbound(session: Session, inbound: Inbound) -> tuple[Message, bool]:
    """Store an inbound message; returns (message, True) when its external id was seen before."""
    if inbound.external_id:
        earlier = find_by_external_id(session, inbound.external_id)
        if earlier is not None:
            return earlier, True
    conversation = conversation_for(session, inbound.channel, inbound.sender)
    message = Message(
        conversation_id=conversation.id,
        tip_id=_open_tip_id(session, conversation),
        direction="in",
        body=inbound.body,
        external_id=inbound.external_id,
    )
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:  # the same MessageSid arrived concurrently
        earlier = find_by_external_id(session, inbound.external_id or "")
        if earlier is None:
            raise
        return earlier, True
    conversation.last_inbound_at = utcnow()
    return message, False


def record_replies(session: Session, inbound: Message, replies: Sequence[str]) -> None:
    """Store the replies sent to an inbound message, so a repeat gets the same answer."""
    for body in replies:
        session.add(
            Message(
                conversation_id=inbound.conversation_id,
                tip_id=inbound.tip_id,
                direction="out",
                body=body,
                reply_to_id=inbound.id,
            )
        )


def replies_to(session: Session, inbound: Message) -> list[str]:
    """The replies already sent to an inbound message, in order."""
    rows = session.scalars(
        select(Message.body).where(Message.reply_to_id == inbound.id).order_by(Message.id)
    )
    return list(rows)


def set_stopped(session: Session, conversation_id: int, stopped: bool) -> None:
    """Mark a conversation as opted out (STOP) or back in (START)."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is not None:
        conversation.stopped = stopped
