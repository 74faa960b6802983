"""Pages that stand for others: a burst of critical tips from one source is paged once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from tips.models import Conversation, Message, Page, Tip


def tip_sender(session: Session, tip_id: int) -> tuple[str, str] | None:
    """The channel and sender of the conversation the tip's first message came from."""
    first = (
        select(Conversation.channel, Conversation.sender)
        .join(Message, Message.conversation_id == Conversation.id)
        .where(Message.tip_id == tip_id, Message.direction == "in")
        .order_by(Message.id)
        .limit(1)
    )
    filed = select(Conversation.channel, Conversation.sender).where(Conversation.tip_id == tip_id)
    row = session.execute(first).first() or session.execute(filed.order_by(Conversation.id)).first()
    return (row.channel, row.sender) if row is not None else None


def collapsed_leaders_due(session: Session, before: datetime) -> list[int]:
    """Pages made before `before` that others were collapsed into and that still owe the page
    saying how many."""
    leader = aliased(Page)
    rows = session.scalars(
        select(Page.collapsed_into)
        .join(leader, leader.id == Page.collapsed_into)
        .where(Page.sent_at.is_(None), leader.created_at < before)
        .distinct()
    )
    return sorted(row for row in rows if row is not None)


def collapsed_into(session: Session, leader_id: int) -> list[tuple[int, str]]:
    """(page id, tip reference) of the pages collapsed into a page and not yet sent."""
    rows = session.execute(
        select(Page.id, Tip.reference)
        .join(Tip, Tip.id == Page.tip_id)
        .where(Page.collapsed_into == leader_id, Page.sent_at.is_(None))
        .order_by(Page.id)
    )
    return [(row.id, row.reference) for row in rows]
