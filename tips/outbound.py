"""Ways back to a tipster: media they sent, follow-up contacts, and the delivery of staff replies.

Addresses (a media URL, a phone number) are stored only Fernet-encrypted under the data keys
(Settings.keyring) and opened only in memory by the part that must use them. Nothing here logs
or returns an address in clear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.orm import Session

from tips.crypto import Keys, decrypt, encrypt
from tips.models import Contact, Conversation, Media, Message, Tip

CONTACT_PURPOSE = "contact"
MEDIA_PURPOSE = "media"
SENDING = "sending"  # claimed by one delivery run, so a second run does not send it again


@dataclass(frozen=True)
class MediaItem:
    """One attachment as Twilio describes it: where to fetch it and what it says it is."""

    url: str
    content_type: str


def record_media(session: Session, message_id: int, items: Sequence[MediaItem], keys: Keys) -> None:
    """Keep a message's attachments, each URL sealed under the newest data key."""
    for position, item in enumerate(items):
        session.add(
            Media(
                message_id=message_id,
                position=position,
                content_type=item.content_type[:64],
                url_encrypted=encrypt(keys, MEDIA_PURPOSE, item.url),
            )
        )


def media_url(keys: Keys, media: Media) -> str:
    """The attachment's address, for the server to fetch it; never shown to anyone."""
    return decrypt(keys, MEDIA_PURPOSE, media.url_encrypted)


@dataclass(frozen=True)
class Consent:
    """A conversation's tip and its answer to "can we text you back" at one moment."""

    tip_id: int | None
    answer: bool | None  # True only for an explicit yes
    tip_created: datetime | None


def consent_of(session: Session, conversation: Conversation) -> Consent:
    """The follow-up answer the conversation's tip holds now."""
    tip = session.get(Tip, conversation.tip_id) if conversation.tip_id else None
    if tip is None:
        return Consent(None, None, None)
    answer = (tip.answers or {}).get("followup_consent")
    return Consent(tip.id, answer if isinstance(answer, bool) else None, tip.created_at)


def live_contact(session: Session, conversation_id: int, now: datetime) -> Contact | None:
    """The conversation's follow-up contact if it has one that has not expired."""
    return session.scalar(
        select(Contact).where(Contact.conversation_id == conversation_id, Contact.expires_at > now)
    )


def remember_contact(
    session: Session,
    conversation_id: int,
    address: str,
    keys: Keys,
    now: datetime,
    keep_for: timedelta,
) -> bool:
    """Keep the address, encrypted, until now + keep_for; False if a live one is kept already.

    Consent given once is not stretched by later messages: the expiry runs from the yes.
    """
    if live_contact(session, conversation_id, now) is not None:
        return False
    forget_contact(session, conversation_id)  # an expired one the sweep has not reached yet
    session.add(
        Contact(
            conversation_id=conversation_id,
            address_encrypted=encrypt(keys, CONTACT_PURPOSE, address),
            expires_at=now + keep_for,
        )
    )
    session.flush()
    return True


def forget_contact(session: Session, conversation_id: int) -> None:
    """Delete the conversation's follow-up contact, if any (STOP, consent withdrawn)."""
    session.execute(delete(Contact).where(Contact.conversation_id == conversation_id))


def delete_expired_contacts(session: Session, now: datetime) -> int:
    """Delete every contact past its expiry; how many went."""
    result = session.execute(delete(Contact).where(Contact.expires_at <= now))
    return int(cast(CursorResult[Any], result).rowcount or 0)


@dataclass(frozen=True)
class Outgoing:
    """A staff reply ready to send: the address lives only in this object, in memory."""

    message_id: int
    address: str = field(repr=False)
    body: str = field(repr=False)


def _settle(session: Session, message: Message, delivery: str, error: str | None) -> str:
    message.delivery, message.delivery_error = delivery, error
    return delivery


def start_delivery(session: Session, message_id: int, keys: Keys, now: datetime) -> Outgoing | str:
    """Claim a pending SMS reply for sending, or say why it is not sent (its delivery state).

    Only an SMS conversation that is not stopped and has an unexpired contact is written to.
    """
    message = session.get(Message, message_id)
    if message is None or message.direction != "out":
        return "missing"
    if message.delivery != "pending":
        return message.delivery or "none"
    conversation = session.get_one(Conversation, message.conversation_id)
    if conversation.channel != "sms":
        return "pending"  # web chat: the open tab collects it when it polls
    if conversation.stopped:
        return _settle(session, message, "blocked", "stopped")
    contact = live_contact(session, conversation.id, now)
    if contact is None:
        return _settle(session, message, "blocked", "no_contact")
    claimed = session.execute(
        update(Message)
        .where(Message.id == message_id, Message.delivery == "pending")
        .values(delivery=SENDING)
    )
    if cast(CursorResult[Any], claimed).rowcount != 1:
        return SENDING
    address = decrypt(keys, CONTACT_PURPOSE, contact.address_encrypted)
    return Outgoing(message_id, address, message.body)


def finish_delivery(
    session: Session,
    message_id: int,
    delivery: str,
    attempts: int,
    error: str | None = None,
    external_id: str | None = None,
) -> None:
    """Record how a send went: sent (with the provider's id), failed or blocked (with a code)."""
    message = session.get_one(Message, message_id)
    message.attempts += attempts
    if external_id:
        message.external_id = external_id[:64]
    _settle(session, message, delivery, error)


def block_sender(session: Session, message_id: int) -> None:
    """The carrier says the recipient opted out (Twilio 21610): stop the conversation for good."""
    message = session.get_one(Message, message_id)
    conversation = session.get_one(Conversation, message.conversation_id)
    conversation.stopped = True
    forget_contact(session, conversation.id)


def pending_delivery_ids(session: Session, created_before: datetime) -> list[int]:
    """SMS replies still waiting to be sent that were written before a time: the sweep's work."""
    rows = session.scalars(
        select(Message.id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            Message.delivery == "pending",
            Conversation.channel == "sms",
            Message.created_at < created_before,
        )
        .order_by(Message.id)
    )
    return list(rows)


def abandon_stuck_sends(session: Session, created_before: datetime) -> int:
    """Replies whose send was interrupted (the worker died mid-send) fail, not hang forever.

    They are not sent again: Twilio may have taken the first attempt.
    """
    result = session.execute(
        update(Message)
        .where(Message.delivery == SENDING, Message.created_at < created_before)
        .values(delivery="failed", delivery_error="interrupted")
    )
    return int(cast(CursorResult[Any], result).rowcount or 0)
