"""action_reply against a real local internal API: one reply per message, the tip filed early."""

import asyncio
from typing import Any

from actions.reply import STATE_SLOT, ActionReply
from rasa_sdk.executor import CollectingDispatcher


def run(tracker) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionReply().run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_the_first_account_files_the_tip_and_gives_the_reference(make_tracker, internal_api):
    messages, slots = run(make_tracker("the girls at the spa on 5th street never leave"))

    [message] = messages
    assert "K7F-2QM" in message["text"]
    [request] = internal_api.requests
    assert request.path == "/internal/tips"
    assert request.body["answers"]["what"].startswith("the girls at the spa")
    assert request.body["complete"] is False and request.body["emergency"] is False
    assert slots[STATE_SLOT]["reference"] == "K7F-2QM" and slots["tip_reference"] == "K7F-2QM"


def test_danger_from_the_edge_gets_112_and_an_urgent_filing(make_tracker, internal_api):
    messages, _ = run(make_tracker("they are moving her tonight", danger=True))

    assert "call 112" in messages[0]["text"]
    assert internal_api.requests[0].body["emergency"] is True
    # Whether it is danger now is the triage's to judge from the words; only a yes is an answer.
    assert internal_api.requests[0].body["answers"]["immediate_danger"] is None


def test_the_triage_verdict_decides_the_emergency_path(make_tracker, internal_api):
    internal_api.reply = {"reference": "K7F-2QM", "tip_id": 1, "paged": False, "urgency": "high"}
    messages, slots = run(make_tracker("they owe him for the trip and cant leave", danger=True))

    assert "call 112" in messages[0]["text"]  # the flag alone still gives the number
    assert "danger right now" in messages[0]["text"]  # then asks, instead of assuming
    assert slots[STATE_SLOT]["emergency"] is False

    internal_api.reply["urgency"] = "critical"
    messages, slots = run(make_tracker("a girl is chained in the garage", **slots))
    assert "Where are you" in messages[0]["text"] and slots[STATE_SLOT]["emergency"]


def test_a_page_that_went_out_is_told(make_tracker, internal_api):
    internal_api.reply = {"reference": "K7F-2QM", "tip_id": 1, "paged": True}
    state = {
        "emergency": True,
        "has_tip": True,
        "reference": "K7F-2QM",
        "asked": "where",
        "asked_count": {"where": 1},
        "told": ["reference", "emergency"],
    }
    messages, _ = run(make_tracker("motel 6 on route 9 room 12", **{STATE_SLOT: state}))

    assert "has been alerted" in messages[0]["text"]
    assert "room 12" in messages[0]["text"]


def test_a_greeting_files_nothing(make_tracker, internal_api):
    messages, slots = run(make_tracker("hi", intent="greet"))

    assert "danger right now" in messages[0]["text"]
    assert messages[0]["buttons"]
    assert internal_api.requests == []
    assert slots[STATE_SLOT]["asked"] == "danger"


def test_with_the_api_down_the_person_is_still_answered(make_tracker, unreachable_api):
    messages, slots = run(make_tracker("help me he locked the door", danger=True))

    assert "call 911" in messages[0]["text"]
    assert slots[STATE_SLOT]["reference"] is None


def test_a_known_reference_joins_its_tip(make_tracker, internal_api):
    internal_api.status = 200
    messages, slots = run(make_tracker("K7F-2QM", intent="give_reference"))

    assert [r.path for r in internal_api.requests] == ["/internal/tips/K7F-2QM/link"]
    assert "back on tip K7F-2QM" in messages[0]["text"]
    assert slots[STATE_SLOT]["linked"] is True


def test_a_reference_with_more_is_linked_then_added(make_tracker, internal_api):
    internal_api.status = 200
    messages, _ = run(make_tracker("K7F-2QM more info: the van is white, plate 7ABC123"))

    paths = [r.path for r in internal_api.requests]
    assert paths[:2] == ["/internal/tips/K7F-2QM/link", "/internal/tips"]
    assert internal_api.requests[1].body["linked"] is True
    assert "added to tip K7F-2QM" in messages[0]["text"]


def test_an_unknown_reference_alone_is_answered_kindly(make_tracker, internal_api):
    internal_api.status = 404
    internal_api.reply = {"error": "unknown reference"}
    messages, _ = run(make_tracker("K7F-2QM", intent="give_reference"))

    assert "could not find tip K7F-2QM" in messages[0]["text"]


def test_a_switch_by_name_answers_in_that_language(make_tracker, internal_api):
    state = {"asked": "where", "has_tip": True, "asked_count": {"where": 1}}
    messages, slots = run(make_tracker("español", **{STATE_SLOT: state}))

    assert messages[0]["text"].startswith("Listo, seguimos en español.")
    assert "¿Donde" in messages[0]["text"]
    assert slots["language"] == "es"


def test_another_tip_starts_fresh(make_tracker, internal_api):
    internal_api.status = 200
    state = {"has_tip": True, "reference": "K7F-2QM", "closed": True}
    messages, slots = run(
        make_tracker("i have another tip", intent="new_tip", **{STATE_SLOT: state})
    )

    assert [r.path for r in internal_api.requests] == ["/internal/conversations/next-tip"]
    assert "new tip" in messages[0]["text"] and "What happened" in messages[0]["text"]
    assert slots[STATE_SLOT]["reference"] is None and slots[STATE_SLOT]["next_tip"] is True


def test_a_refused_join_is_answered_as_an_unknown_reference(make_tracker, internal_api):
    internal_api.status = 429
    internal_api.reply = {"error": "too many tries"}
    messages, slots = run(make_tracker("K7F-2QM", intent="give_reference"))

    assert "could not find tip K7F-2QM" in messages[0]["text"]
    assert slots[STATE_SLOT]["linked"] is False


def test_a_question_the_model_is_sure_of_is_answered_from_the_operators_file(
    make_tracker, internal_api
):
    messages, _ = run(make_tracker("r u cops", intent="ask_police", confidence=0.95))

    assert "not the police" in messages[0]["text"]
    assert internal_api.requests == []


def test_an_unknown_reference_with_more_says_it_is_a_new_tip(make_tracker, internal_api):
    internal_api.status = 404
    internal_api.reply = {"error": "unknown reference"}
    messages, _ = run(make_tracker("Q4T-8RW more info: the van is white and they left"))

    assert messages[0]["text"].startswith("We could not find tip Q4T-8RW, so what you send now")
