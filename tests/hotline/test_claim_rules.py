"""Override, escalate and reassign need the claim (or a supervisor), on the page and in the API;
only a supervisor lowers a critical tip. Each refusal is a 403 that says why, logged and audited."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction
from tips.models import Override, Tip

from .conftest import ADVOCATE
from .seed import Verdict, audit_rows, csrf_from, make_tip

LOWER = {"field": "urgency", "value": "low", "reason": "sounds like a misunderstanding"}
MOVE = {"field": "queue", "value": "general", "reason": "not labour"}


def state(sessions: sessionmaker[Session], reference: str) -> tuple[Any, ...]:
    with sessions() as session:
        tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
        return tip.urgency, tip.queue, tip.escalated, tip.status, tip.claimed_by


@pytest.fixture
def critical(sessions: sessionmaker[Session]) -> str:
    return make_tip(sessions, ["he has a gun, come now"], Verdict("critical", "labor_trafficking"))


@pytest.fixture
def api_token(sessions: sessionmaker[Session], advocate: str) -> str:
    with transaction(sessions) as session:
        user = staff.by_name(session, advocate)
        assert user is not None
        return staff.issue_token(session, user, scopes=["act"])


class Channel:
    """The same case action through the tip page's form or through the JSON API."""

    def __init__(self, kind: str, client: FlaskClient, token: str) -> None:
        self.kind, self.client, self.token = kind, client, token

    def act(self, reference: str, action: str, **fields: str) -> Any:
        if self.kind == "api":
            return self.client.post(f"/api/v1/tips/{reference}/{action}", json=fields,
                                    headers={"Authorization": f"Bearer {self.token}"})  # fmt: skip
        data = {"csrf_token": csrf_from(self.client), **fields}
        return self.client.post(f"/staff/tips/{reference}/{action}", data=data)

    def reason(self, response: Any) -> str:
        return str(response.get_json()["error"]) if self.kind == "api" else response.text


@pytest.fixture(params=["page", "api"])
def channel(
    request: pytest.FixtureRequest, advocate_client: FlaskClient, api_token: str
) -> Channel:
    return Channel(request.param, advocate_client, api_token)


def assert_refused(
    channel: Channel, response: Any, sessions: sessionmaker[Session], why: str
) -> None:
    assert response.status_code == 403
    assert why in channel.reason(response)
    denied = [e for e in audit_rows(sessions) if not e.action.startswith("api_")][-1]
    assert (denied.actor, denied.action) == (ADVOCATE, "denied")
    assert why in denied.detail and denied.tip_id is not None


@pytest.mark.parametrize(("action", "fields"), [("override", LOWER), ("override", MOVE),
                                                ("escalate", {})])  # fmt: skip
def test_an_advocate_without_the_claim_cannot_override_or_escalate(
    channel: Channel,
    sessions: sessionmaker[Session],
    critical: str,
    caplog: pytest.LogCaptureFixture,
    action: str,
    fields: dict[str, str],
) -> None:
    caplog.set_level(logging.WARNING)
    before = state(sessions, critical)
    response = channel.act(critical, action, **fields)
    assert_refused(channel, response, sessions, "Claim this tip first.")
    assert state(sessions, critical) == before
    assert "Claim this tip first." in caplog.text


def test_an_advocate_cannot_reassign(
    advocate_client: FlaskClient, sessions: sessionmaker[Session], critical: str
) -> None:
    channel = Channel("page", advocate_client, "")
    channel.act(critical, "claim")
    response = channel.act(critical, "reassign", to=ADVOCATE)
    assert_refused(channel, response, sessions, "Only supervisors and admins reassign tips.")


def test_an_advocate_holding_a_critical_tip_cannot_lower_it(
    channel: Channel, sessions: sessionmaker[Session], critical: str
) -> None:
    assert channel.act(critical, "claim").status_code in (200, 303)
    response = channel.act(critical, "override", **LOWER)
    assert_refused(channel, response, sessions, "Only a supervisor can lower a critical tip.")
    assert state(sessions, critical)[0] == "critical"
    with sessions() as session:
        assert session.scalars(select(Override)).all() == []


def test_the_holder_may_escalate_and_raise_the_urgency(
    channel: Channel, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions, ["they took our passports"], Verdict("medium", "labor_trafficking")
    )
    channel.act(reference, "claim")
    assert channel.act(reference, "escalate").status_code in (200, 303)
    raised = channel.act(reference, "override", field="urgency", value="critical", reason="a gun")
    assert raised.status_code in (200, 303)
    assert state(sessions, reference)[:3] == ("critical", "labor_trafficking", True)


def test_a_supervisor_lowers_a_critical_tip_with_a_reason_audited(
    signed_in: FlaskClient, sessions: sessionmaker[Session], critical: str
) -> None:
    channel = Channel("page", signed_in, "")
    assert channel.act(critical, "override", **{**LOWER, "reason": " "}).status_code == 303
    assert state(sessions, critical)[0] == "critical"  # no reason, no change
    assert channel.act(critical, "override", **LOWER).status_code == 303
    assert state(sessions, critical)[0] == "low"
    with sessions() as session:
        row = session.scalars(select(Override)).one()
    assert (row.old, row.new, row.reason) == ("critical", "low", LOWER["reason"])
    event = [e for e in audit_rows(sessions) if e.action == "override"][-1]
    assert (event.actor, event.detail) == ("ana", "urgency critical->low")


def test_moving_a_held_tip_out_of_the_holders_queues_gives_it_back(
    channel: Channel, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions, ["they took our passports"], Verdict("high", "labor_trafficking")
    )
    channel.act(reference, "claim")
    channel.act(reference, "override", **MOVE)
    # Still claimed by someone who cannot see it, nobody would work it and no page would go out.
    assert state(sessions, reference)[1:] == ("general", False, "open", None)


def test_the_tip_page_offers_escalate_and_change_only_to_who_may_use_them(
    advocate_client: FlaskClient, critical: str
) -> None:
    page = advocate_client.get(f"/staff/tips/{critical}").text
    assert f"/staff/tips/{critical}/escalate" not in page
    assert f"/staff/tips/{critical}/override" not in page
    Channel("page", advocate_client, "").act(critical, "claim")
    page = advocate_client.get(f"/staff/tips/{critical}").text
    assert f"/staff/tips/{critical}/escalate" in page
    assert "Only a supervisor can lower a critical tip." in page
