"""Answers filed for a tip the conversation joined by reference, and a second tip in one chat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, conversation_for, record_inbound
from tips.models import AuditEvent, Tip
from tips.store import fill_gaps, inbound_texts, link, open_tip_for, start_next_tip, submit

FIRST, RETURNING = "b" * 32, "c" * 32
EARLIER = {"what": "girls kept at the salon", "where": "Elm St", "immediate_danger": False}


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def _file_earlier(s: Session) -> int:
    """The complete tip FIRST filed before (answers EARLIER); its id."""
    tip, _ = submit(s, channel="sms", sender=FIRST, language="en", answers=EARLIER, complete=True)
    return tip.id


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
        tip_id = _file_earlier(s)
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
        first_id = _file_earlier(s)
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
        first_id = _file_earlier(s)
        record_inbound(s, Inbound("sms", FIRST, "I have another tip", None))
        start_next_tip(s, conversation_for(s, "sms", FIRST))
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
        first_id = _file_earlier(s)
        start_next_tip(s, conversation_for(s, "sms", FIRST))
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
        first_id = _file_earlier(s)
    with transaction(store) as s:
        second, created = submit(
            s, channel="sms", sender=FIRST, language="en", answers={"what": "farm"},
            complete=False, new=True,
        )  # fmt: skip
        assert created and second.id != first_id


def _earlier_tip_and_a_partial_one(store: sessionmaker[Session]) -> tuple[int, int]:
    """An earlier tip filed from one phone; a partial one filed for danger from another."""
    with transaction(store) as s:
        earlier_id = _file_earlier(s)
        record_inbound(s, Inbound("sms", RETURNING, "he has a gun now", None))
        partial, _ = submit(
            s, channel="sms", sender=RETURNING, language="en",
            answers={"immediate_danger": True, "what": "he has a gun"}, complete=False,
        )  # fmt: skip
        return earlier_id, partial.id


def test_a_partial_tip_filed_before_naming_a_reference_joins_that_tip(
    store: sessionmaker[Session],
) -> None:
    earlier_id, partial_id = _earlier_tip_and_a_partial_one(store)
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", RETURNING, "this is about my tip", None))
        link(s, conversation_for(s, "sms", RETURNING), s.get_one(Tip, earlier_id))
    with transaction(store) as s:
        earlier, partial = s.get_one(Tip, earlier_id), s.get_one(Tip, partial_id)
        assert inbound_texts(s, earlier_id) == ["he has a gun now", "this is about my tip"]
        assert inbound_texts(s, partial_id) == []
        assert earlier.answers["what"] == EARLIER["what"]  # the earlier answers stand
        assert earlier.answers["immediate_danger"] is True  # a yes to danger is kept
        assert (partial.status, partial.outcome) == ("resolved", "duplicate")
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.tip_id == partial_id)).all()
        assert event.action == "merge" and earlier.reference in event.detail


@pytest.mark.parametrize("state", ["complete", "claimed"])
def test_a_complete_or_claimed_tip_stays_apart(store: sessionmaker[Session], state: str) -> None:
    earlier_id, other_id = _earlier_tip_and_a_partial_one(store)
    with transaction(store) as s:
        other = s.get_one(Tip, other_id)
        if state == "complete":
            other.complete = True
        else:
            other.status = "claimed"
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", RETURNING, "this is about my tip", None))
        link(s, conversation_for(s, "sms", RETURNING), s.get_one(Tip, earlier_id))
    with transaction(store) as s:
        assert inbound_texts(s, other_id) == ["he has a gun now"]
        assert inbound_texts(s, earlier_id) == ["this is about my tip"]
        assert s.get_one(Tip, other_id).status in ("open", "claimed")
        assert s.get_one(Tip, earlier_id).answers == EARLIER
