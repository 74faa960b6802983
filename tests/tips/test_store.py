"""The store on SQLite and, when reachable, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tips.db import make_engine, make_sessions, transaction
from tips.inbox import Inbound, conversation_for, record_inbound, record_replies, replies_to
from tips.models import Message, Tip, utcnow
from tips.store import (
    inbound_texts,
    merge_answers,
    queue_tips,
    quiet_conversation_ids,
    save_assessment,
    stale_tip_ids,
    start_next_tip,
    submit,
    unpaged_critical_tip_ids,
    unsent_page,
)

SENDER = "a" * 32


@pytest.fixture
def store(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessions(engine)
    engine.dispose()


def result(urgency: str, queue: str) -> dict[str, object]:
    return {
        "rubric_version": "1.0.0", "urgency": urgency, "category": "labor_trafficking",
        "queue": queue, "immediate_danger": urgency == "critical", "minor_involved": None,
        "language": "en", "indicators": [{"name": "confiscated_documents", "evidence": "passport"}],
    }  # fmt: skip


def file_tip(store: sessionmaker[Session], sender: str = SENDER, text: str = "hello") -> int:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", sender, text, None))
        tip, _ = submit(s, channel="sms", sender=sender, language="en", answers={}, complete=True)
        return tip.id


def test_a_repeated_external_id_is_stored_once(store: sessionmaker[Session]) -> None:
    with transaction(store) as s:
        first, dup1 = record_inbound(s, Inbound("sms", SENDER, "hi", "SM1"))
        record_replies(s, first, ["Welcome."])
    with transaction(store) as s:
        again, dup2 = record_inbound(s, Inbound("sms", SENDER, "hi", "SM1"))
        assert (dup1, dup2) == (False, True)
        assert again.id == first.id
        assert replies_to(s, again) == ["Welcome."]
        assert (
            s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))
            == 1
        )


def test_submitting_twice_updates_one_tip_and_keeps_the_transcript(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", SENDER, "they took her passport", "SM2"))
        tip, created = submit(
            s, channel="sms", sender=SENDER, language="en",
            answers={"immediate_danger": True, "where": "Elm St"}, complete=False,
        )  # fmt: skip
    with transaction(store) as s:
        again, created_again = submit(
            s, channel="sms", sender=SENDER, language="en",
            answers={"immediate_danger": None, "when": "now"}, complete=True,
        )  # fmt: skip
        assert (created, created_again) == (True, False)
        assert again.reference == tip.reference
        assert again.answers == {"immediate_danger": True, "where": "Elm St", "when": "now"}
        assert again.complete
        assert inbound_texts(s, again.id) == ["they took her passport"]


def test_messages_after_filing_join_the_tip(store: sessionmaker[Session]) -> None:
    tip_id = file_tip(store)
    with transaction(store) as s:
        message, _ = record_inbound(s, Inbound("sms", SENDER, "the van is white", None))
        assert message.tip_id == tip_id
        assert inbound_texts(s, tip_id) == ["hello", "the van is white"]


def test_an_assessment_is_stored_once_per_revision(store: sessionmaker[Session]) -> None:
    tip_id = file_tip(store)
    with transaction(store) as s:
        tip = s.get_one(Tip, tip_id)
        assert save_assessment(s, tip, tip.revision, result("high", "labor_trafficking"))
        assert not save_assessment(s, tip, tip.revision, result("high", "labor_trafficking"))
        assert (tip.urgency, tip.queue, tip.assessed_revision) == (
            "high",
            "labor_trafficking",
            tip.revision,
        )


def test_queues_put_the_most_urgent_first_then_the_oldest(store: sessionmaker[Session]) -> None:

    ids = {name: file_tip(store, sender=name * 32) for name in "abcd"}
    verdicts = {"a": "medium", "b": "critical", "c": "high", "d": "critical"}
    with transaction(store) as s:
        for name, urgency in verdicts.items():
            tip = s.get_one(Tip, ids[name])
            save_assessment(s, tip, tip.revision, result(urgency, "general"))
    with store() as s:
        order = [t.id for t in queue_tips(s, "general")]
    assert order == [ids["b"], ids["d"], ids["c"], ids["a"]]


def test_sweep_queries_find_quiet_conversations_and_stale_tips(
    store: sessionmaker[Session],
) -> None:
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", "e" * 32, "someone is held at the farm", None))
    tip_id = file_tip(store)
    later = utcnow() + timedelta(hours=1)
    with store() as s:
        assert len(quiet_conversation_ids(s, later)) == 1
        assert quiet_conversation_ids(s, utcnow() - timedelta(hours=1)) == []
        assert tip_id in stale_tip_ids(s, later)


def test_after_another_tip_only_new_messages_make_the_sweep_file_one(
    store: sessionmaker[Session],
) -> None:
    file_tip(store)
    later = utcnow() + timedelta(hours=1)
    with transaction(store) as s:
        start_next_tip(s, conversation_for(s, "sms", SENDER))
    with store() as s:
        assert quiet_conversation_ids(s, later) == []  # nothing said since: no empty tip
    with transaction(store) as s:
        record_inbound(s, Inbound("sms", SENDER, "a second place, on Elm St", None))
    with store() as s:
        assert len(quiet_conversation_ids(s, later)) == 1


def test_a_page_is_owed_once_until_sent(store: sessionmaker[Session]) -> None:

    tip_id = file_tip(store)
    with transaction(store) as s:
        tip = s.get_one(Tip, tip_id)
        save_assessment(s, tip, tip.revision, result("critical", "emergency"))
    with transaction(store) as s:
        assert unpaged_critical_tip_ids(s) == [tip_id]
        page = unsent_page(s, tip_id)
        assert page is not None
        assert unsent_page(s, tip_id) is not None  # reserved, not yet sent
        page.sent_at = utcnow()
    with transaction(store) as s:
        assert unsent_page(s, tip_id) is None
        assert unpaged_critical_tip_ids(s) == []


def test_skipped_answers_keep_what_was_said() -> None:
    assert merge_answers({"where": "Elm St"}, {"where": None, "when": None}) == {
        "where": "Elm St",
        "when": None,
    }


def test_after_a_tip_is_resolved_new_messages_start_a_new_one(store: sessionmaker[Session]) -> None:
    tip_id = file_tip(store)
    with transaction(store) as s:
        s.get_one(Tip, tip_id).status = "resolved"
    with transaction(store) as s:
        message, _ = record_inbound(s, Inbound("sms", SENDER, "it is happening again", None))
        assert message.tip_id is None
        tip, created = submit(
            s, channel="sms", sender=SENDER, language="en", answers={}, complete=False
        )
        assert created and tip.id != tip_id
        assert inbound_texts(s, tip.id) == ["it is happening again"]
