"""Answers filed for a tip the conversation joined by reference, and a second tip in one chat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, conversation_for, record_inbound
from tips.models import Tip
from tips.store import fill_gaps, inbound_texts, link, open_tip_for, start_next_tip, submit

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


def test_what_follows_another_tip_joins_that_tip_not_the_first(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", FIRST, "they keep our passports", None))
        first, _ = submit(
            s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True
        )
        record_inbound(s, Inbound("sms", FIRST, "I have another tip", None))
        start_next_tip(s, conversation_for(s, "sms", FIRST))
        first_id = first.id
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", FIRST, "a massage place on 5th street", None))
        record_inbound(s, Inbound("sms", FIRST, "women live inside", None))
        second, created = submit(
            s, channel="sms", sender=FIRST, language="en", answers={"what": "massage place"},
            complete=False, new=True,
        )  # fmt: skip
        assert created and second.id != first_id
        assert inbound_texts(s, first_id) == ["they keep our passports", "I have another tip"]
        assert inbound_texts(s, second.id) == ["a massage place on 5th street", "women live inside"]
        assert s.get_one(Tip, first_id).answers == EARLIER


def test_a_danger_tip_the_edge_opened_after_another_tip_is_that_tip(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        first, _ = submit(
            s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True
        )
        start_next_tip(s, conversation_for(s, "sms", FIRST))
        first_id = first.id
    with transaction(store) as s:  # the edge heard danger before the bot filed anything
        record_inbound(s, Inbound("sms", FIRST, "he is hitting her right now", None))
        opened, _ = open_tip_for(s, conversation_for(s, "sms", FIRST))
        opened_id = opened.id
    with transaction(store) as s:
        second, created = submit(
            s, channel="sms", sender=FIRST, language="en", answers={"immediate_danger": True},
            complete=False, new=True,
        )  # fmt: skip
        assert (second.id, created) == (opened_id, False)
        assert second.id != first_id
        assert inbound_texts(s, second.id) == ["he is hitting her right now"]


def test_without_the_move_a_second_tip_is_still_its_own(store: sessionmaker[Session]) -> None:
    """If the bot could not record the move, the first tip's answers are not overwritten."""
    with transaction(store) as s:
        first, _ = submit(
            s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True
        )
        first_id = first.id
    with transaction(store) as s:
        second, created = submit(
            s, channel="sms", sender=FIRST, language="en", answers={"what": "farm"},
            complete=False, new=True,
        )  # fmt: skip
        assert created and second.id != first_id
