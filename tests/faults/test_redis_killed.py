"""Redis killed with -9 in the middle of conversations: SQL keeps every acknowledged message and
tip, the edge keeps answering, and the bot and the workers carry on once Redis is back."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from celery import Celery
from sqlalchemy import func, select

from commands.sms import replies_of
from tests.support.services import wait_for
from tests.support.system import System, running_system
from tests.support.twilio import signature, sms_form
from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions
from tips.models import Message, Page, Tip

pytestmark = pytest.mark.e2e
FALLBACK = "We got your message"
SENDERS = [f"+1555010{n:04d}" for n in range(4201, 4205)]
BEFORE = ["hi", "no", "the farm boss keeps the pickers passports in his truck"]
DURING = ["it is the farm on county road 9 past the mill", "this week"]
DANGER_DURING = "they locked a boy in the shed right now"
DANGER_AFTER = "he is beating a woman in room 12 of the motel right now"


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    with running_system(tmp_path_factory.mktemp("redis-killed")) as running:
        yield running


def _text(system: System, sender: str, body: str, sid: str) -> requests.Response:
    url = system.web_url + "/webhooks/twilio/sms"
    form = sms_form(sender, body, sid)
    headers = {"X-Twilio-Signature": signature(system.env["TWILIO_AUTH_TOKEN"], url, form)}
    return requests.post(url, data=form, headers=headers, timeout=30)


class Texter:
    """Sends one sender's messages and remembers which ones the edge acknowledged."""

    def __init__(self, system: System) -> None:
        self.system = system
        self.acknowledged: list[str] = []
        self.count = 0

    def send(self, sender: str, body: str) -> tuple[int, str, float]:
        self.count += 1
        sid = f"SM{sender[-4:]}{self.count:04d}" + "0" * 24
        started = time.monotonic()
        response = _text(self.system, sender, body, sid)
        elapsed = time.monotonic() - started
        if response.status_code == 200:
            self.acknowledged.append(sid)
        return response.status_code, " ".join(replies_of(response.text)), elapsed


def _conversations(texter: Texter, bodies: list[str]) -> list[tuple[int, str, float]]:
    def run(sender: str) -> list[tuple[int, str, float]]:
        return [texter.send(sender, body) for body in bodies]

    with ThreadPoolExecutor(len(SENDERS)) as pool:
        return [result for results in pool.map(run, SENDERS) for result in results]


def _tips_settled(system: System) -> bool:
    with make_sessions(make_engine(system.database_url))() as session:
        pending = session.scalar(
            select(func.count()).where(Tip.assessed_revision < Tip.revision)
        )  # fmt: skip
        return pending == 0


def test_nothing_acknowledged_is_lost_and_everything_recovers(system: System) -> None:
    texter = Texter(system)
    before = _conversations(texter, BEFORE)
    assert all(status == 200 and FALLBACK not in reply for status, reply, _ in before)

    redis = system.processes["redis"]
    redis.stop(signal.SIGKILL)
    during = _conversations(texter, DURING)
    status, danger_reply, _ = texter.send(SENDERS[0], DANGER_DURING)
    # The edge keeps answering, within the time Twilio waits, and never with a 5xx.
    assert all(s == 200 and elapsed < 12 for s, _, elapsed in during)
    assert status == 200 and "911" in danger_reply

    redis.start()
    wait_for(lambda: _bot_answers(texter), 60, "the bot answering again")
    started = time.monotonic()
    texter.send(SENDERS[1], DANGER_AFTER)
    wait_for(lambda: _paged_for(system, DANGER_AFTER), 30, "page for the tip after Redis returned")
    assert time.monotonic() - started < 30  # the workers reconnected by themselves

    broker = Celery(broker=system.redis_url)
    deadline = time.monotonic() + 90
    while not _tips_settled(system):  # the periodic sweep re-sends what Redis lost
        assert time.monotonic() < deadline, "tips filed while Redis was down were never triaged"
        broker.send_task("triage.tasks.sweep", queue="lantern")
        time.sleep(5)

    with make_sessions(make_engine(system.database_url))() as session:
        stored = session.scalars(
            select(Message.external_id).where(Message.external_id.is_not(None))
        ).all()
        emergency = session.scalars(select(Tip).where(Tip.queue == "emergency")).all()
    assert len(stored) == len(set(stored))  # nothing recorded twice
    # Stored as keyed hashes of the MessageSids (tips/crypto.py), never the sids themselves.
    key = system.env["LANTERN_PSEUDONYM_KEY"]
    acknowledged = {message_id_digest(key, sid) for sid in texter.acknowledged}
    assert acknowledged <= set(stored)  # nothing acknowledged is lost
    assert not set(texter.acknowledged) & set(stored)
    assert len(emergency) >= 2  # the danger during the outage and the one after it


def _bot_answers(texter: Texter) -> bool:
    status, reply, _ = texter.send(SENDERS[2], "hi")
    return status == 200 and bool(reply) and FALLBACK not in reply


def _paged_for(system: System, body: str) -> bool:
    with make_sessions(make_engine(system.database_url))() as session:
        tip_id = session.scalar(select(Message.tip_id).where(Message.body == body))
        if tip_id is None:
            return False
        page = session.scalar(select(Page).where(Page.tip_id == tip_id))
        return page is not None and page.sent_at is not None
