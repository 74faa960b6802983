"""What staff do to a tip: claim, release, note, override, escalate, reply and resolve.

Each operation checks the tip's state and who may do it, changes it, and appends an audit
event; the caller commits. Audit details name fields and choices only, never tip or note text,
so the log stays free of anything a tipster wrote.

Who may act is decided here only, so the tip page and the API cannot drift apart: an advocate
acts on a tip only while holding its claim (supervisors and admins may step in), and only a
supervisor or admin lowers a critical tip. Such refusals raise NotAllowed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from tips.models import (
    ESCALATED_RANK,
    URGENCY_RANK,
    AuditEvent,
    Conversation,
    Message,
    Note,
    Override,
    StaffUser,
    Tip,
    utcnow,
)
from tips.staff import audit, may_see_queue, sees_all_queues
from tips.store import OPEN_STATUSES, tips_sharing_entities

UNTRIAGED = "untriaged"  # the queue name of a tip triage has not routed yet
OUTCOMES = {
    "referred_law_enforcement": "Referred to law enforcement",
    "referred_service_provider": "Referred to a service provider",
    "no_action": "No action",
    "duplicate": "Duplicate",
    "not_trafficking": "Not trafficking",
}
OVERRIDE_FIELDS = ("urgency", "queue")
QUEUE_NAME = re.compile(r"[a-z0-9_-]{1,48}")
MAX_NOTE = 5000
MAX_REASON = 1000
MAX_REPLY = 1600  # ten SMS segments: long enough to help, short enough to read on a phone


class CaseError(ValueError):
    """An action that the tip's state or the staff member's role does not allow."""


class NotAllowed(CaseError):
    """An action the staff member's role or claim does not allow (the faces answer 403)."""


def queue_of(tip: Tip) -> str:
    """The queue a tip sits in, "untriaged" before triage routes it."""
    return tip.queue or UNTRIAGED


def may_work(user: StaffUser, tip: Tip) -> bool:
    """Whether the account may open and act on this tip (by the queue it sits in)."""
    return may_see_queue(user, queue_of(tip))


def _require_open(tip: Tip) -> None:
    if tip.status not in OPEN_STATUSES:
        raise CaseError(f"This tip is {tip.status}; reopen it before working on it.")


def _require_holder(tip: Tip, user: StaffUser) -> None:
    # An advocate acts on a tip only while holding it; supervisors may step in.
    if tip.claimed_by != user.id and not sees_all_queues(user):
        raise NotAllowed("Claim this tip first.")


def _require_supervisor_to_lower(tip: Tip, user: StaffUser, field: str, new: str) -> None:
    # A critical tip pages on-call staff until someone claims it; lowering it stops the pages.
    lowers = field == "urgency" and tip.urgency == "critical" and new != "critical"
    if lowers and not sees_all_queues(user):
        raise NotAllowed("Only a supervisor can lower a critical tip.")


def _text(value: str, limit: int, what: str) -> str:
    text = value.strip()
    if not text:
        raise CaseError(f"The {what} is empty.")
    if len(text) > limit:
        raise CaseError(f"The {what} is longer than {limit} characters.")
    return text


def claim(session: Session, tip: Tip, user: StaffUser) -> None:
    """Take the tip: it is yours to work, and the escalation pages for it stop.

    One conditional UPDATE, so of two people claiming at the same moment only one succeeds.
    """
    _require_open(tip)
    taken = session.execute(
        update(Tip)
        .where(
            Tip.id == tip.id,
            Tip.status.in_(OPEN_STATUSES),
            or_(Tip.claimed_by.is_(None), Tip.claimed_by == user.id),
        )
        .values(claimed_by=user.id, claimed_at=utcnow(), status="claimed")
        .execution_options(synchronize_session="fetch")
    )
    if cast(CursorResult[Any], taken).rowcount != 1:
        session.refresh(tip)
        holder = tip.claimant.name if tip.claimant else "someone else"
        raise CaseError(f"{holder} has already claimed this tip.")
    session.refresh(tip)
    audit(session, actor=user.name, action="claim", tip_id=tip.id)


def release(session: Session, tip: Tip, user: StaffUser) -> None:
    """Give the tip back to its queue; supervisors may release anyone's claim."""
    _require_open(tip)
    if tip.claimed_by is None:
        raise CaseError("Nobody has claimed this tip.")
    _require_holder(tip, user)
    tip.claimed_by, tip.claimed_at, tip.status = None, None, "open"
    audit(session, actor=user.name, action="release", tip_id=tip.id)


def reassign(session: Session, tip: Tip, user: StaffUser, to: StaffUser) -> None:
    """A supervisor hands the tip to a colleague who works its queue."""
    _require_open(tip)
    if not sees_all_queues(user):
        raise NotAllowed("Only supervisors and admins reassign tips.")
    if not to.active or not may_work(to, tip):
        raise CaseError(f"{to.name} does not work the {queue_of(tip)} queue.")
    tip.claimed_by, tip.claimed_at, tip.status = to.id, utcnow(), "claimed"
    audit(session, actor=user.name, action="reassign", tip_id=tip.id, detail=f"to={to.name}")


def colleagues(session: Session, tip: Tip) -> list[StaffUser]:
    """Active accounts that may work this tip: who a supervisor can hand it to."""
    users = session.scalars(select(StaffUser).where(StaffUser.active).order_by(StaffUser.name))
    return [u for u in users if may_work(u, tip)]


def add_note(session: Session, tip: Tip, user: StaffUser, body: str) -> Note:
    """A note for colleagues, allowed on closed tips too."""
    note = Note(tip_id=tip.id, staff_id=user.id, body=_text(body, MAX_NOTE, "note"))
    session.add(note)
    audit(session, actor=user.name, action="note", tip_id=tip.id)
    return note


def _checked_value(field: str, value: str) -> str:
    if field == "urgency" and value in URGENCY_RANK:
        return value
    if field == "queue" and QUEUE_NAME.fullmatch(value) and value != UNTRIAGED:
        return value
    raise CaseError(f"{value!r} is not a {field} staff can choose.")


def override(
    session: Session, tip: Tip, user: StaffUser, field: str, value: str, reason: str
) -> Override:
    """Change the tip's urgency or queue, keeping the old value and the reason as a label.

    The holder or a supervisor may; only a supervisor lowers a critical tip. The tip takes the
    new value at once; moved out of its holder's queues, it goes back to being unclaimed.
    Triage assesses each new revision of a tip (when the tipster writes again) and may then set
    urgency and queue again; the override row stays, so the evaluation of the rubric can
    compare its verdicts with what staff decided.
    """
    _require_open(tip)
    _require_holder(tip, user)
    if field not in OVERRIDE_FIELDS:
        raise CaseError("Only urgency or queue can be changed.")
    new = _checked_value(field, value)
    _require_supervisor_to_lower(tip, user, field, new)
    why = _text(reason, MAX_REASON, "reason")
    old = tip.urgency if field == "urgency" else tip.queue
    if old == new:
        raise CaseError(f"The {field} is {new} already.")
    if field == "urgency":
        tip.urgency = new
        tip.urgency_rank = ESCALATED_RANK if tip.escalated else URGENCY_RANK[new]
    else:
        tip.queue = new
        _release_if_out_of_reach(session, tip, user)
    row = Override(tip_id=tip.id, staff_id=user.id, field=field, old=old, new=new, reason=why)
    session.add(row)
    audit(
        session, actor=user.name, action="override", tip_id=tip.id, detail=f"{field} {old}->{new}"
    )
    return row


def _release_if_out_of_reach(session: Session, tip: Tip, user: StaffUser) -> None:
    # Held by someone who no longer works its queue, nobody would work the tip and no page
    # would go out for it: it goes back to its new queue unclaimed.
    holder = tip.claimant
    if holder is not None and not may_work(holder, tip):
        tip.claimed_by, tip.claimed_at, tip.status = None, None, "open"
        audit(session, actor=user.name, action="release", tip_id=tip.id,
              detail=f"moved out of {holder.name}'s queues")  # fmt: skip


def escalate(session: Session, tip: Tip, user: StaffUser) -> None:
    """Mark the tip escalated: it sits above every other open tip, critical ones too.

    Escalation changes neither urgency nor queue; it is a flag the holder or a supervisor
    raises when a tip needs a senior look now, and it stays until the tip is resolved.
    """
    _require_open(tip)
    _require_holder(tip, user)
    if tip.escalated:
        raise CaseError("This tip is escalated already.")
    tip.escalated, tip.urgency_rank = True, ESCALATED_RANK
    audit(session, actor=user.name, action="escalate", tip_id=tip.id)


def resolve(session: Session, tip: Tip, user: StaffUser, outcome: str) -> None:
    """Close the tip with one of the fixed outcomes."""
    _require_open(tip)
    if outcome not in OUTCOMES:
        raise CaseError("Choose one of the listed outcomes.")
    _require_holder(tip, user)
    tip.status, tip.outcome, tip.resolved_at = "resolved", outcome, utcnow()
    audit(session, actor=user.name, action="resolve", tip_id=tip.id, detail=f"outcome={outcome}")


def _reply_conversation(session: Session, tip: Tip) -> Conversation | None:
    """The conversation that filed the tip: the one its first message came from.

    A conversation that joined later by the tip's reference can add to the tip but never
    receives what staff write: whoever learned a reference over a shoulder reads nothing.
    """
    first = session.scalar(
        select(Message)
        .where(Message.tip_id == tip.id, Message.direction == "in")
        .order_by(Message.id)
        .limit(1)
    )
    return session.get(Conversation, first.conversation_id) if first else None


def reply(session: Session, tip: Tip, user: StaffUser, body: str) -> Message:
    """Store a staff reply as an outbound message of the tip's conversation.

    The web chat shows outbound messages when it next polls. Over SMS the reply is pending until
    the delivery task, sent after commit, texts it: only where the tipster consented to follow-up
    and has not texted STOP.
    """
    _require_open(tip)
    _require_holder(tip, user)
    text = _text(body, MAX_REPLY, "reply")
    conversation = _reply_conversation(session, tip)
    if conversation is None:
        raise CaseError("This tip has no conversation to reply in.")
    if conversation.stopped:
        raise CaseError("The tipster opted out (STOP); Lantern cannot write to them.")
    message = Message(
        conversation_id=conversation.id,
        tip_id=tip.id,
        direction="out",
        body=text,
        staff_id=user.id,
        # An SMS reply waits for the delivery task; web chat shows it when the tab polls.
        delivery="pending" if conversation.channel == "sms" else None,
    )
    session.add(message)
    audit(session, actor=user.name, action="reply", tip_id=tip.id)
    return message


def notes(session: Session, tip: Tip) -> Sequence[Note]:
    """The tip's notes, oldest first."""
    return session.scalars(select(Note).where(Note.tip_id == tip.id).order_by(Note.id)).all()


def overrides(session: Session, tip: Tip) -> Sequence[Override]:
    """The tip's overrides, oldest first."""
    return session.scalars(
        select(Override).where(Override.tip_id == tip.id).order_by(Override.id)
    ).all()


def joins(session: Session, tip: Tip) -> Sequence[AuditEvent]:
    """When other conversations joined the tip by its reference, oldest first."""
    return session.scalars(
        select(AuditEvent)
        .where(AuditEvent.tip_id == tip.id, AuditEvent.action == "joined_by_reference")
        .order_by(AuditEvent.id)
    ).all()


def related_tips(session: Session, tip: Tip) -> Sequence[Tip]:
    """Other tips from the same sender, or naming the same phone, plate, place, link or handle."""
    conversations = (
        select(Message.conversation_id)
        .where(Message.tip_id == tip.id)
        .union(select(Conversation.id).where(Conversation.tip_id == tip.id))
    )
    ids = (
        select(Message.tip_id)
        .where(Message.conversation_id.in_(conversations))
        .union(select(Conversation.tip_id).where(Conversation.id.in_(conversations)))
    )
    shared = tips_sharing_entities(session, tip.id)
    return session.scalars(
        select(Tip)
        .where(or_(Tip.id.in_(ids), Tip.id.in_(shared)), Tip.id != tip.id)
        .order_by(Tip.id)
    ).all()
