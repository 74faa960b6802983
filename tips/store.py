"""Tips, their assessments and the queues they sit in."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tips.crypto import new_reference
from tips.inbox import conversation_for
from tips.models import (
    ESCALATED_RANK,
    OPEN_STATUSES,
    URGENCY_RANK,
    Assessment,
    Conversation,
    Message,
    Page,
    Tip,
    TipEntity,
    utcnow,
)
from tips.staff import audit


def merge_answers(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """New answers replace old ones, except that a skipped (None) answer keeps what was said."""
    merged = dict(old)
    merged.update({k: v for k, v in new.items() if v is not None or k not in merged})
    return merged


# Yes to "in danger now" or "under 18" must never be lost to a later no or skip.
URGENT_FLAGS = ("immediate_danger", "minor_involved")


def fill_gaps(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Answers for a tip that already has its own: only gaps are filled; a yes to danger or
    to someone under 18 is kept from either side."""
    merged = dict(old)
    merged.update({k: v for k, v in new.items() if merged.get(k) is None})
    for flag in URGENT_FLAGS:
        if old.get(flag) is True or new.get(flag) is True:
            merged[flag] = True
    return merged


def _adopt(session: Session, conversation: Conversation, tip: Tip) -> None:
    """Make the tip the conversation's, with its messages not yet part of any tip."""
    conversation.tip_id = tip.id
    session.execute(
        update(Message)
        .where(Message.conversation_id == conversation.id, Message.tip_id.is_(None))
        .values(tip_id=tip.id)
    )


def _create_tip(session: Session, conversation: Conversation) -> Tip:
    for _ in range(5):
        try:
            with session.begin_nested():
                tip = Tip(
                    reference=new_reference(),
                    channel=conversation.channel,
                    language=conversation.language,
                )
                session.add(tip)
            break
        except IntegrityError:  # a reference collision: draw again
            continue
    else:
        raise RuntimeError("could not draw an unused tip reference")
    _adopt(session, conversation, tip)
    return tip


def _current_tip(session: Session, conversation: Conversation) -> Tip | None:
    """The tip the conversation's messages go to now, read by id (the `tip` relationship can
    lag behind a `tip_id` changed earlier in the same session)."""
    return session.get(Tip, conversation.tip_id) if conversation.tip_id else None


def open_tip_for(session: Session, conversation: Conversation) -> tuple[Tip, bool]:
    """The conversation's open tip, or a new one holding its transcript; (tip, created)."""
    tip = _current_tip(session, conversation)
    if tip is not None and tip.status in OPEN_STATUSES:
        return tip, False
    return _create_tip(session, conversation), True


def start_next_tip(session: Session, conversation: Conversation) -> None:
    """The tipster began another tip: what the conversation says next belongs to that one.

    The earlier tip keeps its transcript; the messages that follow wait, with no tip, for the
    next filing (or the quiet-conversation sweep) to give them one.
    """
    conversation.tip_id = None


def _second_tip(session: Session, conversation: Conversation) -> tuple[Tip, bool]:
    """The first filing of a second tip: a tip of its own; (tip, created).

    After `start_next_tip` the conversation has no tip, or one the edge opened for danger since
    (it holds no answers yet), which is this tip's. Still holding the first tip, with its
    answers, means the move was never recorded: a new tip, as before it was.
    """
    tip = _current_tip(session, conversation)
    if tip is not None and tip.status in OPEN_STATUSES and not tip.answers:
        return tip, False
    return _create_tip(session, conversation), True


def submit(
    session: Session,
    *,
    channel: str,
    sender: str,
    language: str,
    answers: Mapping[str, Any],
    complete: bool,
    linked: bool = False,
    new: bool = False,
) -> tuple[Tip, bool]:
    """Create or update the sender's open tip with the bot's answers; (tip, created).

    `new`: a second tip in the same conversation, so a tip of its own. `linked`: the
    conversation was joined to an earlier tip by its reference, whose answers stand.
    """
    conversation = conversation_for(session, channel, sender)
    conversation.language = language
    tip, created = (_second_tip if new else open_tip_for)(session, conversation)
    if linked and not created:
        revise(tip, answers, complete, merge=fill_gaps)
    else:
        tip.language = language
        revise(tip, answers, complete)
    return tip, created


def revise(
    tip: Tip,
    answers: Mapping[str, Any] | None = None,
    complete: bool = False,
    merge: Callable[[Mapping[str, Any], Mapping[str, Any]], dict[str, Any]] = merge_answers,
) -> None:
    """Record new content on a tip so that triage runs again."""
    if answers:
        tip.answers = merge(tip.answers or {}, answers)
    tip.complete = tip.complete or complete
    tip.revision += 1


def link(session: Session, conversation: Conversation, tip: Tip) -> None:
    """Join a conversation to a tip named by its reference: what it sends next adds to that tip.

    The conversation's messages not yet part of any tip (the one carrying the reference among
    them) join it too, and so does a partial tip it filed before naming the reference.
    """
    current = _current_tip(session, conversation)
    if current is not None and current.id != tip.id and _unclaimed_partial(current):
        _merge_into(session, current, tip)
    if conversation.tip_id != tip.id:
        detail = f"a {conversation.channel} conversation joined by the tip's reference"
        audit(session, actor="tipster", action="joined_by_reference", tip_id=tip.id, detail=detail)
    _adopt(session, conversation, tip)
    latest = session.scalar(
        select(Message)
        .where(Message.conversation_id == conversation.id, Message.direction == "in")
        .order_by(Message.id.desc())
    )
    if latest is not None:
        latest.tip_id = tip.id
    revise(tip)


def _unclaimed_partial(tip: Tip) -> bool:
    """An unfinished tip nobody has claimed yet: filed for danger mid-form, or by the sweep.

    A complete tip is a tip of its own; a claimed one is in someone's hands: both stay apart.
    """
    return tip.status == "open" and not tip.complete


def _merge_into(session: Session, partial: Tip, tip: Tip) -> None:
    """A partial tip filed before the tipster named an earlier tip's reference: one tip.

    Its messages move over, its answers fill the earlier tip's gaps (a yes to danger or to a
    minor is kept), and it is closed as a duplicate, with an audit event naming the tip.
    """
    session.execute(update(Message).where(Message.tip_id == partial.id).values(tip_id=tip.id))
    revise(tip, partial.answers, partial.complete, merge=fill_gaps)
    partial.status, partial.outcome, partial.resolved_at = "resolved", "duplicate", utcnow()
    detail = f"merged into {tip.reference}: the tipster named it"
    audit(session, actor="tipster", action="merge", tip_id=partial.id, detail=detail)


def by_reference(session: Session, reference: str) -> Tip | None:
    """The tip with this reference."""
    return session.scalar(select(Tip).where(Tip.reference == reference))


def inbound_texts(session: Session, tip_id: int) -> list[str]:
    """What the tipster wrote for this tip, oldest first."""
    rows = session.scalars(
        select(Message.body)
        .where(Message.tip_id == tip_id, Message.direction == "in")
        .order_by(Message.id)
    )
    return list(rows)


def save_assessment(session: Session, tip: Tip, revision: int, result: Mapping[str, Any]) -> bool:
    """Store the rubric's result for a tip revision once; False if it was already stored."""
    try:
        with session.begin_nested():
            session.add(
                Assessment(
                    tip_id=tip.id,
                    revision=revision,
                    rubric_version=result["rubric_version"],
                    urgency=result["urgency"],
                    category=result["category"],
                    queue=result["queue"],
                    immediate_danger=bool(result["immediate_danger"]),
                    minor_involved=result["minor_involved"],
                    language=result["language"],
                    indicators=list(result["indicators"]),
                )
            )
    except IntegrityError:
        return False
    if revision >= tip.assessed_revision:
        tip.assessed_revision = revision
        tip.urgency = result["urgency"]
        tip.urgency_rank = ESCALATED_RANK if tip.escalated else URGENCY_RANK[result["urgency"]]
        tip.category = result["category"]
        tip.queue = result["queue"]
        tip.region = result.get("region")
        tip.triaged_at = utcnow()
    return True


def latest_assessment(session: Session, tip_id: int) -> Assessment | None:
    """The newest assessment of a tip."""
    return session.scalar(
        select(Assessment).where(Assessment.tip_id == tip_id).order_by(Assessment.id.desc())
    )


def queue_tips(session: Session, queue: str | None = None, limit: int = 200) -> Sequence[Tip]:
    """Open tips, most urgent first, then oldest first; untriaged tips count as high."""
    query = select(Tip).where(Tip.status.in_(OPEN_STATUSES))
    if queue:
        query = query.where(Tip.queue == queue)
    return session.scalars(
        query.order_by(Tip.urgency_rank, Tip.created_at, Tip.id).limit(limit)
    ).all()


def queue_counts(session: Session) -> dict[str, int]:
    """How many open tips each queue holds."""
    rows = session.execute(
        select(Tip.queue, func.count()).where(Tip.status.in_(OPEN_STATUSES)).group_by(Tip.queue)
    )
    return {queue or "untriaged": count for queue, count in rows}


def stale_tip_ids(session: Session, before: datetime) -> list[int]:
    """Tips whose newest revision has not been assessed since `before`: triage to send again."""
    rows = session.scalars(
        select(Tip.id).where(Tip.assessed_revision < Tip.revision, Tip.updated_at < before)
    )
    return list(rows)


def quiet_conversation_ids(session: Session, before: datetime) -> list[int]:
    """Conversations with no tip whose last message came before `before`, holding messages
    that no tip has taken yet (after "another tip", the earlier ones belong to the first)."""
    untaken = select(Message.conversation_id).where(
        Message.direction == "in", Message.tip_id.is_(None)
    )
    rows = session.scalars(
        select(Conversation.id).where(
            Conversation.tip_id.is_(None),
            Conversation.last_inbound_at < before,
            Conversation.id.in_(untaken),
        )
    )
    return list(rows)


def unsent_page(session: Session, tip_id: int, level: int = 0) -> Page | None:
    """The page owed for a tip at a level, made on first call; None once it has been sent."""
    try:
        with session.begin_nested():
            page = Page(tip_id=tip_id, level=level)
            session.add(page)
    except IntegrityError:
        page = session.scalars(select(Page).where(Page.tip_id == tip_id, Page.level == level)).one()
    return page if page.sent_at is None else None


def page_went_out(session: Session, tip_id: int) -> bool:
    """Whether any page about the tip has been sent to on-call staff."""
    sent = select(Page.id).where(Page.tip_id == tip_id, Page.sent_at.is_not(None)).limit(1)
    return session.scalar(sent) is not None


def _handled() -> ColumnElement[bool]:
    """A page that went out, or that waits to go out with the page it was collapsed into."""
    return or_(Page.sent_at.is_not(None), Page.collapsed_into.is_not(None))


def unpaged_critical_tip_ids(session: Session) -> list[int]:
    """Open critical tips whose first page has not gone out (nor waits in a collapsed one)."""
    sent = select(Page.tip_id).where(Page.level == 0, _handled())
    rows = session.scalars(
        select(Tip.id).where(
            Tip.urgency == "critical", Tip.status.in_(OPEN_STATUSES), Tip.id.not_in(sent)
        )
    )
    return list(rows)


def escalations_due(
    session: Session, now: datetime, targets: Mapping[str, int], max_level: int
) -> list[tuple[int, int]]:
    """(tip id, level) of pages owed for unclaimed tips waiting past their target.

    Level n is owed once a tip has waited n targets since it came in; each level is paged once
    (a tip found critical late is overdue already, so its first page may be a high level).
    """
    tips = session.execute(
        select(Tip.id, Tip.urgency, Tip.created_at).where(
            Tip.status == "open", Tip.urgency.in_(list(targets))
        )
    ).all()
    paged = set(session.execute(select(Page.tip_id, Page.level).where(_handled())))
    due = []
    for tip_id, urgency, created_at in tips:
        waited = (now - created_at).total_seconds() / 60
        level = min(max_level, int(waited // max(targets[str(urgency)], 1)))
        if level >= 1 and (tip_id, level) not in paged:
            due.append((tip_id, level))
    return due


def replace_entities(session: Session, tip_id: int, found: set[tuple[str, str]]) -> None:
    """Store a tip's entities as (kind, keyed digest) pairs, replacing what was there."""
    session.execute(delete(TipEntity).where(TipEntity.tip_id == tip_id))
    session.add_all(TipEntity(tip_id=tip_id, kind=kind, digest=digest) for kind, digest in found)


def tips_sharing_entities(session: Session, tip_id: int) -> list[int]:
    """Other tips that name the same phone number, plate, address, business, link or handle."""
    mine = select(TipEntity.digest).where(TipEntity.tip_id == tip_id)
    rows = session.scalars(
        select(TipEntity.tip_id)
        .where(TipEntity.digest.in_(mine), TipEntity.tip_id != tip_id)
        .distinct()
    )
    return sorted(rows)
