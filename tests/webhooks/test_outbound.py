"""Staff replies by SMS: a real worker sends them through the real twilio client to a local
stand-in for Twilio's API; retries, opt-outs (21610 and STOP) and consent are all honoured."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import select, update

from commands.sms import replies_of
from tests.support.services import Process, wait_for
from tests.support.webchat import open_session
from tests.support.worker import start_worker
from tests.webhooks.follow_up import PHONE, Line, running_line
from tips.db import transaction
from tips.models import Contact, Message, StaffUser, utcnow
from triage.delivery import enqueue_delivery, sweep_deliveries


@pytest.fixture
def line(sqlite_url: str, redis_url: str, redis_client: redis.Redis) -> Iterator[Line]:
    with running_line(sqlite_url, redis_url) as running:
        yield running


@pytest.fixture
def worker(line: Line, tmp_path: Path) -> Iterator[Process]:
    process = start_worker(line.settings, tmp_path / "worker.log", **line.api.settings_env())
    yield process
    process.stop()


def consenting_tip(line: Line, phone: str = PHONE) -> str:
    """A tip whose tipster said yes to follow-up by SMS; its reference."""
    line.text("they keep the workers locked in the packing plant", phone=phone)
    (answer,) = replies_of(line.text("yes", phone=phone).get_data(as_text=True))
    return answer.removeprefix("Your reference: ")


def staff_messages(line: Line) -> list[Message]:
    with line.sessions() as s:
        return list(s.scalars(select(Message).where(Message.staff_id.is_not(None))))


def settled(line: Line, count: int = 1) -> list[Message]:
    """Wait until the worker has settled `count` staff replies; return them."""
    wait_for(
        lambda: (
            len([m for m in staff_messages(line) if m.delivery not in ("pending", "sending")])
            >= count
        ),
        30,
        "reply delivery",
    )
    return staff_messages(line)


def test_a_staff_reply_reaches_a_consenting_tipster_by_sms(line: Line, worker: Process) -> None:
    reference = consenting_tip(line)
    browser = line.staff_client()
    response = line.staff_reply(browser, reference, "Thank you. Is anyone hurt?")
    assert response.status_code == 303
    (message,) = settled(line)
    assert (message.delivery, message.attempts, message.delivery_error) == ("sent", 1, None)
    # Twilio's id of the text would look the number up there: only its keyed hash is kept
    assert message.external_id and re.fullmatch(r"[0-9a-f]{64}", message.external_id)
    assert [(m["To"], m["Body"]) for m in line.api.sent] == [(PHONE, "Thank you. Is anyone hurt?")]
    with line.sessions() as s:
        assert s.get_one(StaffUser, message.staff_id).name == "ana"
    page = browser.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "delivery: sent" in page
    assert PHONE not in page and PHONE[2:] not in page
    log = (worker.log).read_text()
    assert "triage.delivery.deliver_reply" in log and PHONE[2:] not in log


def test_a_busy_api_is_retried_and_the_reply_still_goes(line: Line, worker: Process) -> None:
    reference = consenting_tip(line)
    line.api.fail_next(429, times=2)
    line.staff_reply(line.staff_client(), reference, "Are you safe now?")
    (message,) = settled(line)
    assert (message.delivery, message.attempts) == ("sent", 3)
    assert len(line.api.refused) == 2 and len(line.api.sent) == 1


def test_a_reply_that_keeps_failing_is_marked_failed_with_the_code(
    line: Line, worker: Process
) -> None:
    reference = consenting_tip(line)
    line.api.fail_next(503, times=10)
    line.staff_reply(line.staff_client(), reference, "Are you safe now?")
    (message,) = settled(line)
    assert (message.delivery, message.delivery_error, message.attempts) == ("failed", "20503", 4)
    assert line.api.sent == []


def test_21610_marks_the_sender_stopped_and_deletes_the_contact(
    line: Line, worker: Process
) -> None:
    reference = consenting_tip(line)
    line.api.fail_next(400, 21610)
    browser = line.staff_client()
    line.staff_reply(browser, reference, "Can you tell us the street?")
    (message,) = settled(line)
    assert (message.delivery, message.delivery_error) == ("blocked", "21610")
    assert line.conversation().stopped
    with line.sessions() as s:
        assert s.scalars(select(Contact)).all() == []
    line.staff_reply(browser, reference, "Hello?")
    assert len(staff_messages(line)) == 1  # casework refuses: the tipster opted out
    assert len(line.api.refused) == 1 and line.api.sent == []


def test_without_consent_nothing_is_sent(line: Line, worker: Process) -> None:
    line.text("the boss took their passports")
    (answer,) = replies_of(line.text("no").get_data(as_text=True))
    line.staff_reply(line.staff_client(), answer.removeprefix("Your reference: "), "Hello")
    (message,) = settled(line)
    assert (message.delivery, message.delivery_error) == ("blocked", "no_contact")
    assert line.api.sent == [] and line.api.refused == []


def test_stop_blocks_a_reply_already_waiting_and_start_does_not_reopen_the_way(
    line: Line, worker: Process
) -> None:
    from tips import casework

    reference = consenting_tip(line)
    browser = line.staff_client()  # one sign-in: a TOTP code is good once
    with transaction(line.sessions) as s:
        ana = s.scalars(select(StaffUser)).one()
        tip = s.merge(line.tip())
        casework.claim(s, tip, ana)
        waiting = casework.reply(s, tip, ana, "Written before the STOP")
        s.flush()
    (confirmation,) = replies_of(line.text("STOP").get_data(as_text=True))
    assert "START" in confirmation
    enqueue_delivery(waiting.id)
    (message,) = settled(line)
    assert (message.delivery, message.delivery_error) == ("blocked", "stopped")
    line.text("START")
    line.staff_reply(browser, reference, "Welcome back, are you safe?")
    messages = settled(line, 2)
    assert (messages[-1].delivery, messages[-1].delivery_error) == ("blocked", "no_contact")
    assert line.api.sent == []  # one confirmation came in the TwiML answer; nothing after


def test_the_sweep_sends_a_reply_whose_task_was_lost_and_deletes_expired_contacts(
    line: Line, worker: Process
) -> None:
    from tips import casework

    consenting_tip(line)
    line.staff_client()  # creates the staff account
    with transaction(line.sessions) as s:  # a reply stored while the broker was down
        ana = s.scalars(select(StaffUser)).one()
        tip = s.merge(line.tip())
        casework.claim(s, tip, ana)
        stored = casework.reply(s, tip, ana, "Are you still there?")
        s.flush()
        message_id = stored.id
    assert sweep_deliveries.run()["resent"] == 0  # too recent: its own task may be on its way
    with transaction(line.sessions) as s:
        written = utcnow() - timedelta(minutes=5)
        s.execute(update(Message).where(Message.id == message_id).values(created_at=written))
    assert sweep_deliveries.run()["resent"] == 1  # as beat runs it, here in this process
    (message,) = settled(line)
    assert message.delivery == "sent"
    assert [m["Body"] for m in line.api.sent] == ["Are you still there?"]
    with transaction(line.sessions) as s:
        s.execute(update(Contact).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert sweep_deliveries.run() == {"resent": 0, "interrupted": 0, "contacts_deleted": 1}


def test_a_critical_tip_pages_on_call_through_the_twilio_client(line: Line, tmp_path: Path) -> None:
    env = {**line.api.settings_env(), "LANTERN_ON_CALL_NUMBERS": "+15550107001"}
    process = start_worker(line.settings, tmp_path / "pager.log", **env)
    try:
        line.api.fail_next(429)  # busy once: the page still goes, on the second try
        line.text("he has a gun and they are moving her tonight, help")
        wait_for(lambda: len(line.api.sent) == 1, 30, "page")
    finally:
        process.stop()
    (page,) = line.api.sent
    assert page["To"] == "+15550107001" and "CRITICAL" in page["Body"]
    assert line.tip().reference in page["Body"] and PHONE[2:] not in page["Body"]
    assert len(line.api.refused) == 1


def test_local_runs_log_replies_through_the_console_notifier(line: Line, tmp_path: Path) -> None:
    process = start_worker(line.settings, tmp_path / "console.log")  # LANTERN_NOTIFIER=console
    try:
        reference = consenting_tip(line)
        browser = line.staff_client()
        line.staff_reply(browser, reference, "First question")
        line.staff_reply(browser, reference, "Second question")
        messages = settled(line, 2)
    finally:
        process.stop()
    assert [m.delivery for m in messages] == ["sent", "sent"]
    log = (tmp_path / "console.log").read_text()
    assert log.count("SMS out to a follow-up contact (number withheld)") == 2
    assert PHONE[2:] not in log and line.api.sent == []


def test_a_reply_to_a_web_chat_tip_waits_for_the_tabs_poll(line: Line, worker: Process) -> None:
    session_id = open_session(line.client)
    for said in ("they keep the cleaners in the hotel basement", "yes"):
        response = line.client.post(
            "/webhooks/webchat/messages", json={"session": session_id, "text": said}
        )
    reference = response.get_json()["replies"][0]["text"].removeprefix("Your reference: ")
    last_seen = max(r["id"] for r in response.get_json()["replies"])
    line.staff_reply(line.staff_client(), reference, "Are you somewhere safe?")
    polled = line.client.get(
        "/webhooks/webchat/messages",
        query_string={"after": last_seen},
        headers={"X-Lantern-Session": session_id},
    ).get_json()["replies"]
    assert [r["text"] for r in polled] == ["Are you somewhere safe?"]
    wait_for(lambda: "'delivery': 'none'" in worker.log.read_text(), 30, "delivery task")
    (message,) = staff_messages(line)
    assert message.delivery is None and line.api.sent == []  # no SMS for a web-chat tipster
