"""Every hotline URL, walked as an advocate of another queue: a tip outside their queues stays
unseen (no reference, text, count or existence) and untouched."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

import hotline
from tips import casework, staff, store
from tips.db import transaction
from tips.models import Media, Message, Note, Referral, Tip

from .conftest import ADVOCATE
from .seed import Verdict, csrf_from, make_tip

FOREIGN_TEXT = "the van with blue doors at the quarry"
MISSING_REFERENCE = "ZZZ-ZZZ"
MISSING_MEDIA = 999_999
SHARED_PLATE = ("plate", "0" * 64)  # a keyed digest both tips name: they are related
FORM = {"body": "a note", "outcome": "no_action", "field": "urgency", "value": "low",
        "reason": "checked", "to": ADVOCATE, "recipient": "law_enforcement", "format": "json",
        "hold": "on", "role": "admin", "queues": "emergency"}  # fmt: skip


def _rules() -> list[tuple[str, str]]:
    app = Flask("walk")
    hotline.init_app(app)
    return sorted(
        (rule.rule, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    )


RULES = _rules()


@dataclass
class Scene:
    """The advocate's own tip (related to the foreign one) and the foreign tip in emergency."""

    own: str
    foreign: str
    own_media: int
    foreign_media: int
    token: str


def _attach(session: Session, reference: str) -> tuple[Tip, int]:
    tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
    store.replace_entities(session, tip.id, {SHARED_PLATE})
    message = session.scalars(select(Message).where(Message.tip_id == tip.id)).first()
    assert message is not None
    media = Media(message_id=message.id, position=0, content_type="image/jpeg", url_encrypted="x")
    session.add(media)
    session.flush()
    return tip, media.id


@pytest.fixture
def scene(sessions: sessionmaker[Session], advocate: str) -> Scene:
    danger = Verdict("high", "labor_trafficking", immediate_danger=True)
    own = make_tip(sessions, ["they took our passports"], danger)
    foreign = make_tip(sessions, [FOREIGN_TEXT], Verdict("critical", "emergency"))
    with transaction(sessions) as session:
        own_tip, own_media = _attach(session, own)
        _, foreign_media = _attach(session, foreign)
        user = staff.by_name(session, advocate)
        assert user is not None
        casework.claim(session, own_tip, user)  # so exports and actions on it can go through
        token = staff.issue_token(session, user, scopes=["act"])
    return Scene(own, foreign, own_media, foreign_media, token)


def _url(rule: str, reference: str, media_id: int) -> str:
    values = {"<reference>": reference, "<int:media_id>": str(media_id), "<queue>": "emergency",
              "<name>": ADVOCATE, "<path:filename>": "hotline.css", "<int:session_id>": "1",
              "<int:token_id>": "1"}  # fmt: skip
    url = rule
    for placeholder, value in values.items():
        url = url.replace(placeholder, value)
    if "<" in url:
        pytest.fail(f"{rule}: give its argument a value in _url so the walk covers it")
    return url


def _send(client: FlaskClient, method: str, url: str, token: str) -> Any:
    auth = {"Authorization": f"Bearer {token}"}
    if method == "GET":
        return client.get(f"{url}?queue=emergency&status=open", headers=auth)
    if url.startswith("/api/"):
        return client.post(url, json=FORM, headers=auth)
    return client.post(url, data={**FORM, "csrf_token": csrf_from(client)}, headers=auth)


def _foreign_state(sessions: sessionmaker[Session], reference: str) -> tuple[Any, ...]:
    with sessions() as session:
        tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
        notes = session.scalar(select(func.count()).where(Note.tip_id == tip.id))
        exports = session.scalar(select(func.count()).where(Referral.tip_id == tip.id))
        return (tip.status, tip.urgency, tip.queue, tip.escalated, tip.claimed_by,
                tip.legal_hold, notes, exports)  # fmt: skip


def _assert_tells_nothing(response: Any, scene: Scene) -> None:
    assert response.status_code < 500
    seen = response.get_data(as_text=True) + response.headers.get("Location", "")
    assert scene.foreign not in seen
    assert FOREIGN_TEXT not in seen
    if response.is_json or response.mimetype == "application/json":
        packet = json.loads(response.get_data())
        if isinstance(packet, dict) and "related_tips" in packet:
            assert packet["related_tips"] == 0  # the foreign tip is related, but not theirs


@pytest.mark.parametrize(("rule", "method"), RULES, ids=[f"{m} {r}" for r, m in RULES])
def test_no_route_tells_an_advocate_about_a_tip_outside_their_queues(
    app: Flask,
    advocate_client: FlaskClient,
    sessions: sessionmaker[Session],
    scene: Scene,
    rule: str,
    method: str,
) -> None:
    assert (rule, method) in {(r.rule, m) for r in app.url_map.iter_rules() for m in r.methods}
    before = _foreign_state(sessions, scene.foreign)
    tip_bound = "<reference>" in rule or "<int:media_id>" in rule
    if tip_bound:
        foreign = _send(advocate_client, method, _url(rule, scene.foreign, scene.foreign_media),
                        scene.token)  # fmt: skip
        missing = _send(advocate_client, method, _url(rule, MISSING_REFERENCE, MISSING_MEDIA),
                        scene.token)  # fmt: skip
        assert foreign.status_code in (403, 404)
        # The same answer as for a tip that does not exist: not even its existence shows.
        assert (foreign.status_code, foreign.get_data()) == (
            missing.status_code,
            missing.get_data(),
        )
        _assert_tells_nothing(foreign, scene)
    own = _send(advocate_client, method, _url(rule, scene.own, scene.own_media), scene.token)
    _assert_tells_nothing(own, scene)
    assert _foreign_state(sessions, scene.foreign) == before


def test_the_walk_covers_every_rule(app: Flask) -> None:
    registered = {
        (rule.rule, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    assert registered == set(RULES)
