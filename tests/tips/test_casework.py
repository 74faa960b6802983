"""Case work and staff access rules on SQLite and, when reachable, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import casework, staff
from tips.crypto import DecryptionError, decrypt, encrypt
from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, record_inbound, set_stopped
from tips.models import AuditEvent, Message, Override, StaffUser, Tip, utcnow
from tips.store import queue_tips, save_assessment, submit

KEY = "k" * 40
PASSWORD = "correct horse battery staple"


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def verdict(urgency: str, queue: str) -> dict[str, object]:
    return {
        "rubric_version": "1.0.0", "urgency": urgency, "category": "labor_trafficking",
        "queue": queue, "immediate_danger": False, "minor_involved": None, "language": "en",
        "indicators": [],
    }  # fmt: skip


def file_tip(
    s: Session, sender: str = "a" * 32, urgency: str = "high", queue: str = "labor_trafficking"
) -> Tip:
    record_inbound(s, Inbound("sms", sender, "they took our passports", None))
    tip, _ = submit(s, channel="sms", sender=sender, language="en", answers={}, complete=True)
    s.flush()
    save_assessment(s, tip, tip.revision, verdict(urgency, queue))
    return tip


def people(s: Session) -> tuple[StaffUser, StaffUser, StaffUser]:
    ana = staff.add(s, "ana", PASSWORD, "advocate", secret_key=KEY)
    bo = staff.add(s, "bo", PASSWORD, "advocate", secret_key=KEY)
    sue = staff.add(s, "sue", PASSWORD, "supervisor", secret_key=KEY)
    s.flush()
    return ana, bo, sue


def actions(s: Session) -> list[tuple[str, str, str]]:
    rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id))
    return [(e.actor, e.action, e.detail) for e in rows]


def test_claim_release_and_a_second_claimant(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, bo, sue = people(s)
        tip = file_tip(s)
        casework.claim(s, tip, ana)
        assert (tip.status, tip.claimed_by) == ("claimed", ana.id) and tip.claimed_at
        with pytest.raises(casework.CaseError, match="ana has already claimed"):
            casework.claim(s, tip, bo)
        with pytest.raises(casework.CaseError, match="Claim this tip first"):
            casework.release(s, tip, bo)
        casework.release(s, tip, sue)  # supervisors may release anyone's claim
        assert (tip.status, tip.claimed_by, tip.claimed_at) == ("open", None, None)
        assert [a for _, a, _ in actions(s)] == ["claim", "release"]


def test_override_keeps_the_old_value_and_reason_and_moves_the_tip(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        ana, _, _ = people(s)
        tip = file_tip(s)
        casework.claim(s, tip, ana)  # an advocate overrides only a tip they hold
        with pytest.raises(casework.CaseError, match="reason"):
            casework.override(s, tip, ana, "urgency", "critical", "   ")
        with pytest.raises(casework.CaseError):
            casework.override(s, tip, ana, "urgency", "urgent!", "because")
        with pytest.raises(casework.CaseError):
            casework.override(s, tip, ana, "category", "both", "because")
        casework.override(s, tip, ana, "urgency", "critical", "the boss has a gun")
        casework.override(s, tip, ana, "queue", "emergency", "danger now")
        assert (tip.urgency, tip.urgency_rank, tip.queue) == ("critical", 0, "emergency")
        rows = s.scalars(select(Override).order_by(Override.id)).all()
        assert [(r.field, r.old, r.new, r.reason) for r in rows] == [
            ("urgency", "high", "critical", "the boss has a gun"),
            ("queue", "labor_trafficking", "emergency", "danger now"),
        ]
        assert actions(s)[-1] == ("ana", "override", "queue labor_trafficking->emergency")
        assert "gun" not in " ".join(d for *_, d in actions(s))


def test_escalated_tip_tops_the_queue_even_after_a_new_assessment(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        ana, _, _ = people(s)
        critical = file_tip(s, "c" * 32, "critical")
        medium = file_tip(s, "m" * 32, "medium")
        casework.claim(s, medium, ana)
        casework.escalate(s, medium, ana)
        with pytest.raises(casework.CaseError, match="already"):
            casework.escalate(s, medium, ana)
        save_assessment(s, medium, medium.revision + 1, verdict("low", "labor_trafficking"))
        s.flush()
        assert [t.id for t in queue_tips(s, "labor_trafficking")] == [medium.id, critical.id]
        assert medium.urgency == "low" and medium.escalated


def test_resolve_needs_an_outcome_and_the_claim(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, bo, sue = people(s)
        tip = file_tip(s)
        casework.claim(s, tip, ana)
        with pytest.raises(casework.CaseError, match="outcomes"):
            casework.resolve(s, tip, ana, "gone fishing")
        with pytest.raises(casework.CaseError, match="Claim"):
            casework.resolve(s, tip, bo, "duplicate")
        casework.resolve(s, tip, ana, "referred_law_enforcement")
        assert (tip.status, tip.outcome) == ("resolved", "referred_law_enforcement")
        assert tip.resolved_at is not None
        with pytest.raises(casework.CaseError, match="resolved"):
            casework.claim(s, tip, sue)
        casework.add_note(s, tip, sue, "police case 2291")  # notes stay open after resolving
        assert [n.body for n in casework.notes(s, tip)] == ["police case 2291"]
        assert actions(s)[-2] == ("ana", "resolve", "outcome=referred_law_enforcement")


def test_reply_is_an_outbound_message_of_the_conversation(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, _, _ = people(s)
        tip = file_tip(s)
        with pytest.raises(casework.CaseError, match="Claim"):
            casework.reply(s, tip, ana, "Are you safe?")
        casework.claim(s, tip, ana)
        message = casework.reply(s, tip, ana, "  Are you safe?  ")
        s.flush()
        inbound = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert (message.direction, message.body, message.tip_id) == ("out", "Are you safe?", tip.id)
        assert message.conversation_id == inbound.conversation_id
        set_stopped(s, inbound.conversation_id, True)
        with pytest.raises(casework.CaseError, match="STOP"):
            casework.reply(s, tip, ana, "hello?")


def test_related_tips_come_from_the_same_conversation(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, _, _ = people(s)
        first = file_tip(s, "r" * 32)
        casework.claim(s, first, ana)
        casework.resolve(s, first, ana, "no_action")
        second = file_tip(s, "r" * 32)  # the same sender writes again: a new tip
        other = file_tip(s, "o" * 32)
        assert second.id != first.id
        assert [t.id for t in casework.related_tips(s, second)] == [first.id]
        assert casework.related_tips(s, other) == []


def test_advocates_work_only_their_queues(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, _, sue = people(s)
        staff.assign_queues(s, ana, ["labor_trafficking", "untriaged"])
        s.flush()
        staff.assign_queues(s, ana, ["labor_trafficking"])
        labor, emergency = file_tip(s, "l" * 32), file_tip(s, "e" * 32, "critical", "emergency")
    with store() as s:
        ana = staff.by_name(s, "ana")
        assert ana is not None and staff.assigned_queues(ana) == {"labor_trafficking"}
        assert casework.may_work(ana, s.get(Tip, labor.id))  # type: ignore[arg-type]
        assert not casework.may_work(ana, s.get(Tip, emergency.id))  # type: ignore[arg-type]
        assert staff.may_see_queue(sue, "anything")


def test_failures_slow_their_own_source_and_a_sign_in_ends_the_run(
    store: sessionmaker[Session],
) -> None:
    now = utcnow()
    there, here = staff.source_of(KEY, "203.0.113.9"), staff.source_of(KEY, "198.51.100.4")
    with transaction(store) as s:
        ana, _, _ = people(s)
        for _ in range(4):
            assert staff.authenticate(s, "ana", "wrong password!", now, there) is None
        assert not staff.check_code(s, ana, "000000", KEY, there, now)  # the fifth: a wrong code
        assert staff.paused(s, ana, there, now)
        assert staff.authenticate(s, "ana", PASSWORD, now, there) is None  # waits, right or not
        assert staff.authenticate(s, "ana", PASSWORD, now, here) is not None  # others do not
        later = now + timedelta(minutes=16)
        assert not staff.paused(s, ana, there, later)
        assert staff.authenticate(s, "ana", PASSWORD, later, there) is not None


def test_totp_secret_is_stored_encrypted_and_checks_codes(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        ana, _, _ = people(s)
        secret = staff.totp_secret(ana, KEY)
        assert secret and ana.totp_secret and secret not in ana.totp_secret
        assert staff.totp_secret(ana, "another key entirely, forty chars long!!") is None
        assert staff.verify_code(ana, pyotp.TOTP(secret).now(), KEY)
        assert not staff.verify_code(ana, "12345", KEY)
        uri = staff.enrol_totp(ana, KEY)
        assert uri.startswith("otpauth://totp/") and "issuer=Lantern" in uri
        assert staff.totp_secret(ana, KEY) != secret


def test_encryption_is_keyed_and_purpose_bound() -> None:
    sealed = encrypt(KEY, "totp", "JBSWY3DPEHPK3PXP")
    assert decrypt(KEY, "totp", sealed) == "JBSWY3DPEHPK3PXP"
    for key, purpose in ((KEY, "phone"), ("x" * 40, "totp")):
        with pytest.raises(DecryptionError):
            decrypt(key, purpose, sealed)


def test_of_two_simultaneous_claims_one_wins(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        people(s)
        tip_id = file_tip(s).id
    with store() as first, store() as second:
        ana, bo = staff.by_name(first, "ana"), staff.by_name(second, "bo")
        tip_a, tip_b = first.get(Tip, tip_id), second.get(Tip, tip_id)
        assert ana and bo and tip_a and tip_b  # both read it unclaimed
        casework.claim(first, tip_a, ana)
        first.commit()
        with pytest.raises(casework.CaseError, match="ana has already claimed"):
            casework.claim(second, tip_b, bo)
    with store() as s:
        assert s.get(Tip, tip_id).claimed_by == ana.id  # type: ignore[union-attr]


def test_a_code_works_once(store: sessionmaker[Session]) -> None:
    now = utcnow()
    with transaction(store) as s:
        ana, _, _ = people(s)
        totp = pyotp.TOTP(staff.totp_secret(ana, KEY) or "")
        code = totp.at(now)
        assert staff.verify_code(ana, code, KEY, now)
        assert not staff.verify_code(ana, code, KEY, now + timedelta(seconds=20))
        assert staff.verify_code(ana, totp.at(now + timedelta(seconds=30)), KEY, now)
        assert not staff.verify_code(ana, totp.at(now - timedelta(seconds=30)), KEY, now)
