"""The whole system, end to end: signed SMS in, real Rasa and actions, real workers, staff out.

Tests in this module run in order against one running system; the last ones stop Rasa.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
import requests
from sqlalchemy import select

from commands.sms import replies_of
from tests.support import leaks
from tests.support.services import wait_for
from tests.support.system import System, running_system
from tests.support.twilio import signature, sms_form
from tips.crypto import message_id_digest
from tips.db import make_engine, make_sessions, transaction
from tips.models import Message, Page, Tip
from tips.staff import add, issue_token, totp_secret

pytestmark = pytest.mark.e2e
SECRET_KEY = "e2e-secret-" + "s" * 32  # LANTERN_SECRET_KEY in tests/support/system.py

CANARY = "+15550104477"
DANGER_PHONE = "+15550108833"
NEWCOMER = "+15550103311"
TWO_TIPS_PHONE = "+15550107744"
REFERENCE = re.compile(r"\b[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}\b")
# Each message, and words its reply must hold: the reference comes with the first account,
# no question is asked twice, the place given to another question is kept, and after two
# replies only the follow-up and the read-back are left.
FULL_TIP = [
    ("hi", "danger right now"),
    ("no", "What happened"),
    ("The boss at the Golden Wok restaurant took the cooks passports and does not pay them",
     "tip reference is"),
    ("Golden Wok, 512 Main St, Dayton OH", "How many people"),
    ("this week, 3 women cook there, they drive a white van", "contact you"),
    ("no", "Your tip"),
    ("yes", "with our team"),
]  # fmt: skip
SPANISH_PHONE = "+15550106622"
SPANISH_TIP = [
    ("hola, quiero denunciar algo que vi", "peligro"),  # a wish to tell is no account yet
    ("no", "Que paso"),
    ("En la finca de tomates en el camino Rio Seco les quitaron los pasaportes a los trabajadores "
     "y no les pagan", "numero de denuncia"),
    ("Finca Los Olivos, camino Rio Seco, cerca de Salinas", "?"),
    ("esta semana", "?"),
    ("unos 10 hombres", "Tu denuncia"),
    ("saltar", "con nuestro equipo"),
]  # fmt: skip


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    with running_system(tmp_path_factory.mktemp("system")) as running:
        yield running


def text(system: System, sender: str, body: str, sid: str | None = None) -> requests.Response:
    url = system.web_url + "/webhooks/twilio/sms"
    form = sms_form(sender, body, sid)
    sig = signature(system.env["TWILIO_AUTH_TOKEN"], url, form)
    return requests.post(url, data=form, headers={"X-Twilio-Signature": sig}, timeout=20)


def say(system: System, sender: str, body: str) -> str:
    response = text(system, sender, body)
    assert response.status_code == 200
    return " ".join(replies_of(response.text))


def tip_of(system: System, reference: str) -> Tip:
    with make_sessions(make_engine(system.database_url))() as session:
        tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
        session.expunge(tip)
        return tip


def triaged(system: System, reference: str) -> bool:
    tip = tip_of(system, reference)
    return tip.assessed_revision == tip.revision and tip.queue is not None


@pytest.fixture(scope="module")
def full_tip(system: System) -> str:
    """Text a whole tip and return its reference."""
    reply = ""
    for body, expected in FULL_TIP:
        reply = say(system, CANARY, body)
        assert expected.lower() in reply.lower(), (body, reply)
    match = REFERENCE.search(reply)
    assert match, reply
    wait_for(lambda: triaged(system, match.group()), 30, "triage of the full tip")
    return match.group()


def test_a_whole_tip_is_filed_triaged_and_queued(system: System, full_tip: str) -> None:
    tip = tip_of(system, full_tip)
    assert tip.complete
    assert "Golden Wok, 512 Main St, Dayton OH" in tip.answers["where"]
    assert tip.answers["immediate_danger"] is False
    assert (tip.queue, tip.urgency) == ("labor_trafficking", "high")


def test_a_whole_tip_in_spanish(system: System) -> None:
    reply = ""
    for body, expected in SPANISH_TIP:
        reply = say(system, SPANISH_PHONE, body)
        assert expected.lower() in reply.lower(), (body, reply)
    match = REFERENCE.search(reply)
    assert match, reply
    wait_for(lambda: triaged(system, match.group()), 30, "triage of the Spanish tip")
    tip = tip_of(system, match.group())
    assert (tip.language, tip.queue) == ("es", "labor_trafficking")


def test_a_return_with_the_reference_adds_to_the_same_tip(system: System, full_tip: str) -> None:
    newcomer = NEWCOMER  # the same person writing from another phone
    reply = say(system, newcomer, f"{full_tip} more info: the van is white")
    assert reply  # the bot answers; the edge itself joins the message to the tip
    say(system, newcomer, "the boss is called Lee")
    with make_sessions(make_engine(system.database_url))() as session:
        tip = session.scalars(select(Tip).where(Tip.reference == full_tip)).one()
        texts = [m.body for m in tip.messages if m.direction == "in"]
    assert "the boss is called Lee" in texts
    assert any("more info: the van is white" in t for t in texts)
    assert say(system, newcomer, "ZZZ-ZZZ did you get my tip")  # unknown: a calm answer


def test_a_second_tip_in_one_conversation_keeps_its_own_messages(system: System) -> None:
    """What follows "I have another tip" belongs to the new tip, here filed at once for danger.

    Twenty messages in all: the per-sender limit of a minute.
    """
    replies = [say(system, TWO_TIPS_PHONE, body) for body, _ in FULL_TIP]
    first = REFERENCE.search(replies[-1])
    assert first, replies[-1]
    assert "new tip" in say(system, TWO_TIPS_PHONE, "I have another tip")
    second_tip = [
        "no",
        "A man brings girls to the Sunset Motel room 12 every night",
        "Sunset Motel, Route 9, Dayton",
        "he is beating one of them right now",
    ]
    replies = [say(system, TWO_TIPS_PHONE, body) for body in second_tip]
    assert "911" in replies[-1]
    with make_sessions(make_engine(system.database_url))() as session:
        found = session.scalars(select(Message).where(Message.body.in_(second_tip[1:]))).all()
        second_ids = {message.tip_id for message in found}
        first_tip = session.scalars(select(Tip).where(Tip.reference == first.group())).one()
        first_texts = [m.body for m in first_tip.messages if m.direction == "in"]
        first_id = first_tip.id
    assert len(found) == 3 and len(second_ids) == 1 and None not in second_ids
    assert second_ids != {first_id}
    assert not any("Sunset Motel" in body for body in first_texts)
    assert "this week, 3 women cook there, they drive a white van" in first_texts
    assert "512 Main St" in tip_of(system, first.group()).answers["where"]


def test_staff_see_it_in_their_queue_and_in_the_api(system: System, full_tip: str) -> None:
    wait_for(lambda: triaged(system, full_tip), 30, "triage of what was added")
    sessions = make_sessions(make_engine(system.database_url))
    with transaction(sessions) as session:
        user = add(session, "ana", "a long enough password", "supervisor", secret_key=SECRET_KEY)
        token = issue_token(session, user)
        secret = totp_secret(user, SECRET_KEY)
    assert secret is not None
    browser = requests.Session()
    login = browser.get(system.web_url + "/staff/login", timeout=10)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
    assert csrf
    form = {"csrf_token": csrf.group(1), "name": "ana", "password": "a long enough password"}
    code_page = browser.post(system.web_url + "/staff/login", data=form, timeout=10)
    assert code_page.ok and code_page.url.endswith("/staff/login/code")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', code_page.text)  # rotated at login
    assert csrf
    second = {"csrf_token": csrf.group(1), "code": pyotp.TOTP(secret).now()}
    assert browser.post(system.web_url + "/staff/login/code", data=second, timeout=10).ok
    queue = browser.get(system.web_url + "/staff/queues/labor_trafficking", timeout=10)
    assert full_tip in queue.text
    page = browser.get(system.web_url + f"/staff/tips/{full_tip}", timeout=10)
    assert "confiscated documents" in page.text and "<mark>" in page.text
    api = requests.get(
        system.web_url + "/api/v1/tips?queue=labor_trafficking",
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )  # fmt: skip
    assert full_tip in [t["reference"] for t in api.json()]


def test_danger_in_the_third_message_gets_911_next_and_pages_on_call(system: System) -> None:
    say(system, DANGER_PHONE, "hello")
    say(system, DANGER_PHONE, "no")
    started = time.monotonic()
    danger = "they locked a girl in the back room of the motel right now"
    reply = say(system, DANGER_PHONE, danger)
    assert "911" in reply
    sessions = make_sessions(make_engine(system.database_url))
    its_tip = select(Message.tip_id).where(Message.body == danger).scalar_subquery()

    def paged() -> bool:  # this message's tip, not another conversation's emergency
        with sessions() as session:
            page = session.scalar(select(Page).where(Page.tip_id == its_tip))
            return page is not None and page.sent_at is not None

    wait_for(paged, 20, "page to on-call")
    assert "PAGE on-call" in system.log_text()
    with sessions() as session:
        assert session.scalars(select(Tip.queue).where(Tip.id == its_tip)).one() == "emergency"
    assert time.monotonic() - started < 20
    assert "We got your message" not in reply  # the bot answered, not the fallback


def test_forged_and_repeated_requests(system: System) -> None:
    url = system.web_url + "/webhooks/twilio/sms"
    form = sms_form(CANARY, "forged")
    forged = requests.post(url, data=form, headers={"X-Twilio-Signature": "Zm9yZ2Vk"}, timeout=10)
    assert forged.status_code == 403
    assert requests.post(url, data=form, timeout=10).status_code == 403
    sid = "SM" + "7" * 32
    first = text(system, CANARY, "the van is white", sid=sid)
    again = text(system, CANARY, "the van is white", sid=sid)
    assert replies_of(first.text) == replies_of(again.text)
    digest = message_id_digest(system.env["LANTERN_PSEUDONYM_KEY"], sid)
    with make_sessions(make_engine(system.database_url))() as session:
        stored = session.scalars(select(Message.external_id)).all()
    assert stored.count(digest) == 1  # the retry was known by the keyed hash, and stored once
    assert sid[2:].encode() not in leaks.sql_dump(system.database_url)  # the sid itself: nowhere


def _environment(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_rasa_and_the_action_server_hold_none_of_the_apps_secrets(system: System) -> None:
    """A process holds only the secrets it needs: Rasa none, the action server the internal token."""
    secrets = ("LANTERN_SECRET_KEY", "LANTERN_PSEUDONYM_KEY", "TWILIO_AUTH_TOKEN")
    rasa = _environment(system.processes["rasa"].popen.pid)  # type: ignore[union-attr]
    actions = _environment(system.processes["actions"].popen.pid)  # type: ignore[union-attr]
    for env in (rasa, actions):
        assert not [name for name in secrets if name in env]
        assert not [value for value in env.values() if system.database_url in value]
    assert "LANTERN_INTERNAL_TOKEN" not in rasa
    assert actions["LANTERN_INTERNAL_TOKEN"] == system.env["LANTERN_INTERNAL_TOKEN"]


def test_with_rasa_stopped_the_fallback_comes_within_5_seconds(system: System) -> None:
    system.processes["rasa"].stop()
    started = time.monotonic()
    reply = say(system, CANARY, "one more thing: the boss is called Lee")
    assert time.monotonic() - started < 5
    assert reply == "We got your message. If anyone is in danger call 911."
    with make_sessions(make_engine(system.database_url))() as session:
        bodies = session.scalars(select(Message.body)).all()
    assert "one more thing: the boss is called Lee" in bodies


def test_the_phone_numbers_appear_nowhere(system: System) -> None:
    """SQL dump, Redis keys and values, every log and every staff page: no form of any number."""
    found = leaks.places(system, leaks.sign_in(system, "leakcheck"))
    assert b"Golden Wok" in found["sql"] and b"lantern:tracker:" in found["redis"]
    assert b"Golden Wok" in found["staff pages"]
    for number in (CANARY, DANGER_PHONE, SPANISH_PHONE, NEWCOMER, TWO_TIPS_PHONE):
        assert leaks.search(found, number) == {}, number
