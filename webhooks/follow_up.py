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
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tips.config import Settings
from tips.models import Conversation, utcnow
from tips.outbound import Consent, consent_of, forget_contact, remember_contact

log = logging.getLogger(__name__)
PHONE_NUMBER = re.compile(r"\+[1-9]\d{6,14}")  # E.164, as Twilio gives From for an SMS
NO_CONSENT = Consent(None, None, None)


class ConsentWatch:
    """Watches one SMS turn the bot answers: keeps the number if the turn gave the yes.

    The relay calls `before` in the transaction that stores the message and `after` in the one
    that stores the replies, so watching costs no transaction of its own. STOP, HELP, START
    and a repeated MessageSid are not bot turns and are not watched.
    """

    def __init__(self, settings: Settings, address: str) -> None:
        self.settings, self.address = settings, address
        self.consent, self.started = NO_CONSENT, utcnow()

    def before(self, session: Session, conversation: Conversation) -> None:
        """Note the answer the conversation's tip holds before the bot's turn."""
        self.consent, self.started = consent_of(session, conversation), utcnow()

    def after(self, session: Session, conversation: Conversation) -> None:
        """After the turn: keep the number on a new yes, forget it on a no."""
        if not PHONE_NUMBER.fullmatch(self.address) or conversation.stopped:
            return
        after = consent_of(session, conversation)
        if after.answer is False:
            forget_contact(session, conversation.id)
        elif said_yes(self.consent, after, self.started):
            keep_for = timedelta(days=self.settings.contact_days)
            keys = self.settings.keyring
            if remember_contact(session, conversation.id, self.address, keys, utcnow(), keep_for):
                log.info("follow-up contact kept for conversation %s", conversation.id)


def said_yes(before: Consent, after: Consent, started: datetime) -> bool:
    """Whether this turn gave the yes: on the same tip, or on a tip the turn itself filed.

    A tip joined by its reference may carry someone else's yes, given from another number.
    """
    if after.answer is not True or (before.answer is True and before.tip_id == after.tip_id):
        return False
    filed_now = after.tip_created is not None and after.tip_created >= started
    return after.tip_id == before.tip_id or filed_now
