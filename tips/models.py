"""The tables: conversations, messages, tips, assessments, pages, staff, case work and audit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

URGENCY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "none": 4}
OPEN_STATUSES = ("open", "claimed")  # a tip in these takes new messages; resolved ones do not
UNTRIAGED_RANK = 1  # an untriaged tip sits with the high ones until it is assessed
ESCALATED_RANK = -1  # an escalated tip sits above every other open tip, critical ones too


def utcnow() -> datetime:
    """Naive UTC now: SQLite keeps no time zone, so every timestamp is UTC without one."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base for every Lantern table."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Conversation(Base):
    """One sender on one channel, known only by a keyed pseudonym."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "sender"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    sender: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    stopped: Mapped[bool] = mapped_column(default=False)
    tip_id: Mapped[int | None] = mapped_column(ForeignKey("tips.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_inbound_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    tip: Mapped[Tip | None] = relationship(foreign_keys=[tip_id])


class Message(Base):
    """A message in or out; inbound ones are committed before anything else happens."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    tip_id: Mapped[int | None] = mapped_column(ForeignKey("tips.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    body: Mapped[str] = mapped_column(Text)
    # A keyed hash of the provider's id (Twilio's MessageSid), never the id itself: enough to
    # know a retry, not to look the message up at Twilio. Purged with the body.
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Outbound only: the staff member who wrote it, and how its delivery went
    # ("pending", "sent", "failed", "blocked"; None for a bot reply shown in the response).
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    delivery: Mapped[str | None] = mapped_column(String(16), index=True)
    delivery_error: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(default=0)

    media: Mapped[list[Media]] = relationship(order_by="Media.position", viewonly=True)


class Tip(Base):
    """A report: its answers, its transcript (messages) and the latest assessment's verdict."""

    __tablename__ = "tips"
    __table_args__ = (
        Index("ix_tips_queue_order", "queue", "status", "urgency_rank", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(8), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="open")
    complete: Mapped[bool] = mapped_column(default=False)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    revision: Mapped[int] = mapped_column(default=1)
    assessed_revision: Mapped[int] = mapped_column(default=0)
    urgency: Mapped[str | None] = mapped_column(String(16))
    urgency_rank: Mapped[int] = mapped_column(default=UNTRIAGED_RANK)
    category: Mapped[str | None] = mapped_column(String(32))
    queue: Mapped[str | None] = mapped_column(String(48), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    triaged_at: Mapped[datetime | None]
    escalated: Mapped[bool] = mapped_column(default=False)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    claimed_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(32))
    region: Mapped[str | None] = mapped_column(String(48), index=True)
    legal_hold: Mapped[bool] = mapped_column(default=False)  # exempt from retention purges
    purged_at: Mapped[datetime | None]  # content removed by retention; the skeleton stays

    claimant: Mapped[StaffUser | None] = relationship(foreign_keys=[claimed_by])
    messages: Mapped[list[Message]] = relationship(order_by="Message.id", viewonly=True)
    assessments: Mapped[list[Assessment]] = relationship(
        order_by="Assessment.id", back_populates="tip"
    )


class Assessment(Base):
    """One run of the rubric on one revision of a tip, with the indicators that fired."""

    __tablename__ = "assessments"
    __table_args__ = (UniqueConstraint("tip_id", "revision", "rubric_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), index=True)
    revision: Mapped[int]
    rubric_version: Mapped[str] = mapped_column(String(16))
    urgency: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    queue: Mapped[str] = mapped_column(String(48))
    immediate_danger: Mapped[bool]
    minor_involved: Mapped[bool | None]
    language: Mapped[str] = mapped_column(String(8))
    indicators: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    tip: Mapped[Tip] = relationship(back_populates="assessments")


class Page(Base):
    """A page sent to on-call staff about a tip; one per tip and escalation level.

    A tip from the same source as one paged minutes before is not paged alone: its page is
    collapsed into that one, and goes out (sent_at) with the one page that says how many.
    """

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("tip_id", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"))
    level: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    collapsed_into: Mapped[int | None] = mapped_column(ForeignKey("pages.id"), index=True)


class StaffUser(Base):
    """A hotline staff account; its password is kept only as a hash (its API tokens: ApiToken)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="advocate")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    totp_secret: Mapped[str | None] = mapped_column(String(255))  # Fernet-encrypted
    totp_last_step: Mapped[int | None]  # the 30-second step of the last code used: no replay
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    # Set by an admin's reset: the next sign-in must choose a new password before any page.
    must_change_password: Mapped[bool] = mapped_column(default=False)

    queues: Mapped[list[StaffQueue]] = relationship(
        order_by="StaffQueue.queue", cascade="all, delete-orphan"
    )


class StaffSession(Base):
    """A signed-in browser: the cookie holds a random id, this row only its SHA-256.

    Ending a session sets revoked_at, so a copied cookie stops working at once.
    """

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_active_at: Mapped[datetime] = mapped_column(default=utcnow)  # last thing a person did
    address_class: Mapped[str | None] = mapped_column(String(16))  # "local", "private", "public"
    user_agent: Mapped[str] = mapped_column(String(64), default="")  # "Firefox on Windows"
    revoked_at: Mapped[datetime | None]
    # Which tips each list view last showed, as digests (tips.sightings): the live refresh
    # writes an audit event when that changes, not on every poll.
    shown: Mapped[dict[str, Any] | None]


class ApiToken(Base):
    """A staff member's bearer token for the JSON API: only its SHA-256 is kept.

    Scopes ("read", or "read act") say which routes it opens; it stops working at expires_at,
    or at once when revoked_at is set.
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    label: Mapped[str] = mapped_column(String(64), default="")  # what it is for, e.g. "case tool"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(32))  # space-separated, e.g. "read act"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]  # moved at most once a minute
    revoked_at: Mapped[datetime | None]
    shown: Mapped[dict[str, Any] | None]  # as StaffSession.shown, for the API's lists

    owner: Mapped[StaffUser] = relationship()


class StaffQueue(Base):
    """A queue an advocate is assigned to work; supervisors and admins see every queue."""

    __tablename__ = "staff_queues"
    __table_args__ = (UniqueConstraint("staff_id", "queue"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    queue: Mapped[str] = mapped_column(String(48))


class Note(Base):
    """A staff member's note on a tip; never shown to the tipster."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[StaffUser] = relationship()


class Override(Base):
    """A staff change of a tip's urgency or queue, with the reason: a label triage can learn from."""

    __tablename__ = "overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    field: Mapped[str] = mapped_column(String(16))  # "urgency" or "queue"
    old: Mapped[str | None] = mapped_column(String(48))
    new: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[StaffUser] = relationship()


class AuditEvent(Base):
    """Who did what to which tip, and when; never holds a tipster identifier."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    tip_id: Mapped[int | None] = mapped_column(ForeignKey("tips.id"), index=True)
    detail: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    shown: Mapped[list[AuditTip]] = relationship(cascade="all, delete-orphan")


class AuditTip(Base):
    """A tip a list view or API answer showed, by id only: who saw which tips, and when."""

    __tablename__ = "audit_tips"

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), primary_key=True, index=True)


class TipEntity(Base):
    """A keyed hash of something that identifies a situation (a phone number, a plate, a place).

    Tips that share one are related; the store never holds a searchable list of the values.
    """

    __tablename__ = "tip_entities"
    __table_args__ = (UniqueConstraint("tip_id", "kind", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(64), index=True)


class Media(Base):
    """A photo or file sent with a message; its address is kept encrypted and opened via the app."""

    __tablename__ = "media"
    __table_args__ = (UniqueConstraint("message_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    position: Mapped[int]
    content_type: Mapped[str] = mapped_column(String(64))
    url_encrypted: Mapped[str] = mapped_column(Text)  # Fernet
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Contact(Base):
    """A way back to a tipster who said yes to follow-up: their address, encrypted, until it expires.

    Decrypted only in memory at send time; deleted on STOP, on expiry and by retention.
    """

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), unique=True)
    address_encrypted: Mapped[str] = mapped_column(Text)  # Fernet
    expires_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Referral(Base):
    """A referral packet exported for law enforcement or a service provider, and why it was allowed."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    recipient: Mapped[str] = mapped_column(String(32))  # e.g. "law_enforcement", "service_provider"
    legal_basis: Mapped[str] = mapped_column(String(32))  # e.g. "minor", "imminent_harm", "consent"
    format: Mapped[str] = mapped_column(String(8))  # "pdf" or "json"
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the packet as exported
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[StaffUser] = relationship()
