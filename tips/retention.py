"""Retention: purge the content of tips the rules in tips/retention.yml say are due.

A purge removes what a tipster or staff wrote about the situation (message bodies and the
hashes of their provider ids, media, answers, note text, override reasons, the assessment's
evidence quotes, related-tip entities, the follow-up contact) and keeps a skeleton: reference,
queue, urgency, dates and outcome, with `purged_at` set. Claimed tips and tips on legal hold
are never purged; an open tip only by a rule that names its queue (spam is never worked, so it
is never resolved either).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from tips.models import (
    Assessment,
    Contact,
    Conversation,
    Media,
    Message,
    Note,
    Override,
    StaffUser,
    Tip,
    TipEntity,
    utcnow,
)
from tips.staff import audit

ACTOR = "retention"  # the audit actor of the periodic purge
STATUSES = ("open", "claimed", "resolved")
NEVER = ("claimed",)  # someone is working the tip


class RetentionError(ValueError):
    """A retention file that cannot be applied safely."""


@dataclass(frozen=True)
class Rule:
    """Purge tips in these queues, statuses and outcomes once `days` passed since their last change."""

    name: str
    days: int
    queues: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("resolved",)
    outcomes: tuple[str, ...] = ()


def _names(raw: Any, key: str) -> tuple[str, ...]:
    values = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
    if values is None or not all(isinstance(v, str) and v for v in values):
        raise RetentionError(f"{key} must be a name or a list of names")
    return tuple(values)


def _rule(raw: Any) -> Rule:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise RetentionError("each rule needs a name")
    days = raw.get("days")
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise RetentionError(f"rule {raw['name']!r}: days must be a whole number of at least 1")
    queues = _names(raw["queue"], "queue") if "queue" in raw else ()
    statuses = _names(raw.get("status", "resolved"), "status")
    if set(statuses) - set(STATUSES) or set(statuses) & set(NEVER):
        raise RetentionError(f"rule {raw['name']!r}: status must be open or resolved")
    if "open" in statuses and not queues:
        raise RetentionError(f"rule {raw['name']!r}: open tips are purged only in named queues")
    outcomes = _names(raw["outcome"], "outcome") if "outcome" in raw else ()
    return Rule(raw["name"], days, queues, statuses, outcomes)


def load_rules(path: str | Path) -> list[Rule]:
    """The rules of a retention file, checked; RetentionError names the first problem."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RetentionError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RetentionError("the retention file needs a list of rules")
    return [_rule(raw) for raw in data["rules"]]


def _candidates(session: Session, rule: Rule, now: datetime, taken: set[int]) -> list[Tip]:
    query = select(Tip).where(
        Tip.purged_at.is_(None),
        Tip.legal_hold.is_(False),
        Tip.status.in_(rule.statuses),
        Tip.updated_at < now - timedelta(days=rule.days),
    )
    if rule.queues:
        query = query.where(Tip.queue.in_(rule.queues))
    if rule.outcomes:
        query = query.where(Tip.outcome.in_(rule.outcomes))
    return [tip for tip in session.scalars(query.order_by(Tip.id)) if tip.id not in taken]


def due(session: Session, rules: Sequence[Rule], now: datetime) -> list[tuple[Tip, Rule]]:
    """Each tip due for purging with the first rule that makes it due."""
    found: list[tuple[Tip, Rule]] = []
    taken: set[int] = set()
    for rule in rules:
        for tip in _candidates(session, rule, now, taken):
            taken.add(tip.id)
            found.append((tip, rule))
    return found


def purge(session: Session, tip: Tip, now: datetime, actor: str, reason: str) -> None:
    """Remove the tip's content, keep its skeleton, and audit the purge."""
    messages = select(Message.id).where(Message.tip_id == tip.id)
    conversations = select(Conversation.id).where(Conversation.tip_id == tip.id)
    session.execute(delete(Media).where(Media.message_id.in_(messages)))
    # The provider's message ids go too (kept hashed, but a hash still names the message).
    session.execute(
        update(Message).where(Message.tip_id == tip.id).values(body="", external_id=None)
    )
    session.execute(delete(Contact).where(Contact.conversation_id.in_(conversations)))
    session.execute(delete(TipEntity).where(TipEntity.tip_id == tip.id))
    session.execute(update(Note).where(Note.tip_id == tip.id).values(body=""))
    session.execute(update(Override).where(Override.tip_id == tip.id).values(reason=""))
    session.execute(update(Assessment).where(Assessment.tip_id == tip.id).values(indicators=[]))
    tip.answers, tip.purged_at = {}, now
    audit(session, actor=actor, action="purge", tip_id=tip.id, detail=reason[:200])


def apply(session: Session, rules: Sequence[Rule], now: datetime | None = None) -> dict[str, int]:
    """Purge every tip that is due; one audit record per tip and one for the run."""
    now = now or utcnow()
    purged = 0
    for tip, rule in due(session, rules, now):
        purge(session, tip, now, ACTOR, f"rule={rule.name}")
        purged += 1
    audit(session, actor=ACTOR, action="retention_run", detail=f"purged={purged}")
    return {"purged": purged}


def set_legal_hold(session: Session, tip: Tip, user: StaffUser, hold: bool) -> None:
    """Set or clear the tip's legal hold, which exempts it from purges; audited."""
    tip.legal_hold = hold
    audit(session, actor=user.name, action="legal_hold" if hold else "legal_hold_cleared",
          tip_id=tip.id)  # fmt: skip
