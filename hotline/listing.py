"""What staff see of a tip in a list: the queries and the summary both the pages and the API use."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from tips import store
from tips.crypto import normalise_reference
from tips.models import Assessment, Tip, utcnow

UNTRIAGED = "untriaged"  # the name tips.store.queue_counts gives tips with no queue yet
ASSESSING = "assessing"  # what staff read for a tip triage has not scored yet
QUEUE_NAME = re.compile(r"[a-z0-9_-]{1,48}")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,4})?")
REGION = re.compile(r"[A-Za-z0-9_-]{1,48}")  # a region name from routes.yml, e.g. central_valley
# The queues TRIAGE.md names, most pressing first; a deployment's own queues follow by name.
QUEUE_ORDER = (
    "emergency",
    UNTRIAGED,
    "interpreter",
    "child_exploitation",
    "sex_trafficking",
    "labor_trafficking",
    "general",
    "spam",
)


def valid_queue(name: str) -> bool:
    """True for a well-formed queue name: lower-case letters, digits, '_' or '-', at most 48."""
    return QUEUE_NAME.fullmatch(name) is not None


def ordered_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Queue counts with the most pressing queues first."""

    def key(name: str) -> tuple[int, str]:
        rank = QUEUE_ORDER.index(name) if name in QUEUE_ORDER else len(QUEUE_ORDER)
        return rank, name

    return [(name, counts[name]) for name in sorted(counts, key=key)]


STATUS_FILTERS = ("open", "claimed", "resolved")


@dataclass(frozen=True)
class Filters:
    """What a queue list is narrowed to: a status, a language and a region, each optional."""

    status: str | None = None
    language: str | None = None
    region: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str]) -> Filters:
        """Read ?status=&language=&region= leniently: an unknown value means no filter."""
        status = args.get("status", "").strip()
        language = args.get("language", "").strip().lower()
        region = args.get("region", "").strip()
        return cls(
            status if status in STATUS_FILTERS else None,
            language if LANGUAGE.fullmatch(language) else None,
            region if REGION.fullmatch(region) else None,
        )

    def as_args(self) -> dict[str, str]:
        """The filters as query parameters."""
        pairs = (("status", self.status), ("language", self.language), ("region", self.region))
        return {k: v for k, v in pairs if v}

    def describe(self, queue: str | None) -> str:
        """The list these filters make of a queue, for the audit log: "queue=* status=open"."""
        return " ".join(f"{k}={v}" for k, v in {"queue": queue or "*", **self.as_args()}.items())


def _in_queues(queues: Collection[str]) -> ColumnElement[bool]:
    named = [q for q in queues if q != UNTRIAGED]
    condition = Tip.queue.in_(named)
    return or_(condition, Tip.queue.is_(None)) if UNTRIAGED in queues else condition


def open_tips(
    session: Session,
    queue: str | None = None,
    filters: Filters = Filters(),
    allowed: Collection[str] | None = None,
) -> Sequence[Tip]:
    """Tips of one queue (or all allowed), most urgent first, then oldest first.

    Open and claimed tips unless the filter asks for a status; `allowed`, when given, limits
    the list to those queues (an advocate's assignments).
    """
    statuses = (filters.status,) if filters.status else store.OPEN_STATUSES
    query = select(Tip).where(Tip.status.in_(statuses))
    if queue == UNTRIAGED:
        query = query.where(Tip.queue.is_(None))
    elif queue:
        query = query.where(Tip.queue == queue)
    if allowed is not None:
        query = query.where(_in_queues(allowed))
    if filters.language:
        query = query.where(Tip.language == filters.language)
    if filters.region:
        query = query.where(Tip.region == filters.region)
    order = (Tip.urgency_rank, Tip.created_at, Tip.id)
    return session.scalars(query.order_by(*order).limit(200)).all()


def urgency_counts(session: Session) -> dict[str, dict[str, int]]:
    """Open tips per queue and urgency ("assessing" before triage)."""
    rows = session.execute(
        select(Tip.queue, Tip.urgency, func.count())
        .where(Tip.status.in_(store.OPEN_STATUSES))
        .group_by(Tip.queue, Tip.urgency)
    )
    counts: dict[str, dict[str, int]] = {}
    for queue, urgency, count in rows:
        counts.setdefault(queue or UNTRIAGED, {})[urgency or ASSESSING] = count
    return counts


def find_tip(session: Session, reference: str) -> Tip | None:
    """The tip with this reference, however it was typed ("k7f2qm", "K7F-2QM")."""
    normalised = normalise_reference(reference)
    return store.by_reference(session, normalised) if normalised else None


def latest_assessments(session: Session, tip_ids: Iterable[int]) -> dict[int, Assessment]:
    """The newest assessment of each of these tips, in one query."""
    ids = list(tip_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(Assessment).where(Assessment.tip_id.in_(ids)).order_by(Assessment.id)
    )
    return {row.tip_id: row for row in rows}


def iso_z(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, from the naive UTC times the database keeps."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def ago(moment: datetime, now: datetime | None = None) -> str:
    """How long ago, in words a tired reader takes in at a glance: "12 min ago"."""
    seconds = max(0, int(((now or utcnow()) - moment).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    days = seconds // 86400
    return "1 day ago" if days == 1 else f"{days} days ago"


def utc(moment: datetime) -> str:
    """A timestamp as staff read it, saying plainly that it is UTC."""
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def template_helpers() -> dict[str, Any]:
    """Time formatting for the staff templates."""
    return {"ago": ago, "iso_z": iso_z, "utc": utc}


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


@dataclass(frozen=True)
class Summary:
    """One row of a queue: the tip, its verdict and its two flags."""

    tip: Tip
    assessment: Assessment | None

    @property
    def urgency_label(self) -> str:
        """The urgency word, or "assessing" while triage has not scored the tip."""
        return self.tip.urgency or ASSESSING

    @property
    def immediate_danger(self) -> bool | None:
        """From the latest assessment; before triage, what the tipster answered."""
        if self.assessment is not None:
            return self.assessment.immediate_danger
        return _flag((self.tip.answers or {}).get("immediate_danger"))

    @property
    def minor_involved(self) -> bool | None:
        """From the latest assessment; before triage, what the tipster answered."""
        if self.assessment is not None:
            return self.assessment.minor_involved
        return _flag((self.tip.answers or {}).get("minor_involved"))

    def age(self, now: datetime | None = None) -> str:
        """How long the tip has been waiting."""
        return ago(self.tip.created_at, now)

    def as_json(self) -> dict[str, Any]:
        """The fields the API returns for a tip in a list."""
        tip = self.tip
        return {
            "reference": tip.reference,
            "urgency": tip.urgency,
            "category": tip.category,
            "queue": tip.queue,
            "language": tip.language,
            "region": tip.region,
            "status": tip.status,
            "created_at": iso_z(tip.created_at),
            "immediate_danger": self.immediate_danger,
            "minor_involved": self.minor_involved,
            "escalated": tip.escalated,
            "claimed_by": tip.claimant.name if tip.claimant else None,
        }


def summaries(session: Session, tips: Sequence[Tip]) -> list[Summary]:
    """Summaries of these tips, keeping their order."""
    latest = latest_assessments(session, (tip.id for tip in tips))
    return [Summary(tip, latest.get(tip.id)) for tip in tips]
