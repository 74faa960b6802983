"""Answers filed for a tip the conversation joined by reference, and a second tip in one chat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, conversation_for, record_inbound
from tips.models import Tip
from tips.store import fill_gaps, link, submit

FIRST, RETURNING = "b" * 32, "c" * 32
EARLIER = {"what": "girls kept at the salon", "where": "Elm St", "immediate_danger": False}


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def test_filling_gaps_keeps_answers_and_the_more_urgent_flags() -> None:
    old = {"where": "Elm St", "when": None, "immediate_danger": True, "minor_involved": False}
    new = {"where": "Oak Ave", "when": "tonight", "immediate_danger": False, "minor_involved": True}
    assert fill_gaps(old, new) == {
        "where": "Elm St",
        "when": "tonight",
        "immediate_danger": True,
        "minor_involved": True,
    }


def test_a_form_filed_after_a_link_only_fills_the_tips_gaps(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", FIRST, "hello", None))
        tip, _ = submit(
            s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True
        )
        tip_id = tip.id
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", RETURNING, "K7F-2QM", None))
        link(s, conversation_for(s, "sms", RETURNING), s.get_one(Tip, tip_id))
    answers = {"what": "a man keeps them", "where": None, "when": "now", "immediate_danger": True}
    with transaction(store) as s:
        tip, created = submit(
            s, channel="sms", sender=RETURNING, language="es", answers=answers, complete=True,
            linked=True,
        )  # fmt: skip
        assert (tip.id, created) == (tip_id, False)
        assert tip.answers == {**EARLIER, "when": "now", "immediate_danger": True}
        assert tip.language == "en"


def test_a_second_tip_in_the_same_conversation_is_a_tip_of_its_own(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", FIRST, "hello", None))
        first, _ = submit(
            s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True
        )
        first_id = first.id
    with transaction(store) as s:
        second, created = submit(
            s, channel="sms", sender=FIRST, language="en", answers={"what": "farm workers"},
            complete=False, new=True,
        )  # fmt: skip
        assert created and second.id != first_id
        assert s.get_one(Tip, first_id).answers == EARLIER
        assert conversation_for(s, "sms", FIRST).tip_id == second.id
