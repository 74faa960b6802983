"""Follow-up consent over SMS: the number is kept, encrypted, only from the turn the tipster says yes.

The bot stores the answer to "can we text you back" with the tip (through the internal API,
while it answers the turn). Only the edge knows the number, and only during the request, so
the edge compares the answer before and after the bot's turn and keeps the number when it
became yes. A later no deletes the contact, as STOP does; START resumes the conversation but
does not bring a deleted contact back, since the yes is not given again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.db import transaction
from tips.models import Conversation, utcnow
from tips.outbound import Consent, consent_of, forget_contact, remember_contact
from tips.runtime import Runtime

log = logging.getLogger(__name__)
PHONE_NUMBER = re.compile(r"\+[1-9]\d{6,14}")  # E.164, as Twilio gives From for an SMS
NO_CONSENT = Consent(None, None, None)


def _conversation(session: Session, sender: str) -> Conversation | None:
    return session.scalar(
        select(Conversation).where(Conversation.channel == "sms", Conversation.sender == sender)
    )


@contextmanager
def watching_consent(runtime: Runtime, sender: str, address: str) -> Iterator[None]:
    """Around the bot's turn: read the follow-up answer before it, keep or forget the number after.

    Only a turn the bot answers can change the answer, so STOP, HELP, START and a repeated
    MessageSid skip both reads.
    """
    before, started = consent_before(runtime, sender)
    yield
    keep_contact(runtime, sender, address, before, started)


def consent_before(runtime: Runtime, sender: str) -> tuple[Consent, datetime]:
    """The sender's follow-up answer before this turn, and when the turn began."""
    started = utcnow()
    with runtime.sessions() as session:
        conversation = _conversation(session, sender)
        return (consent_of(session, conversation) if conversation else NO_CONSENT), started


def said_yes(before: Consent, after: Consent, started: datetime) -> bool:
    """Whether this turn gave the yes: on the same tip, or on a tip the turn itself filed.

    A tip joined by its reference may carry someone else's yes, given from another number.
    """
    if after.answer is not True or (before.answer is True and before.tip_id == after.tip_id):
        return False
    filed_now = after.tip_created is not None and after.tip_created >= started
    return after.tip_id == before.tip_id or filed_now


def keep_contact(
    runtime: Runtime, sender: str, address: str, before: Consent, started: datetime
) -> None:
    """After the bot's turn: keep the number if the tipster just said yes; forget it on a no."""
    if not PHONE_NUMBER.fullmatch(address):
        return
    settings = runtime.settings
    with transaction(runtime.sessions) as session:
        conversation = _conversation(session, sender)
        if conversation is None or conversation.stopped:
            return
        after = consent_of(session, conversation)
        if after.answer is False:
            forget_contact(session, conversation.id)
        elif said_yes(before, after, started):
            keep_for = timedelta(days=settings.contact_days)
            secret = settings.secret_key
            if remember_contact(session, conversation.id, address, secret, utcnow(), keep_for):
                log.info("follow-up contact kept for conversation %s", conversation.id)
