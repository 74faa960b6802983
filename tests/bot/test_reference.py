"""Coming back with a tip reference: joined to that tip when known, a kind answer when not."""

import asyncio

import pytest
from actions.reference import ActionLinkReference, find_reference
from rasa_sdk.executor import CollectingDispatcher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K7F-2QM more info: the van is white", "K7F-2QM"),
        ("k7f2qm", "K7F-2QM"),
        ("K7F 2QM", "K7F-2QM"),
        ("k7f-2qm", "K7F-2QM"),
        ("my ref is abc-def", "ABC-DEF"),
        ("ref 3KP-9WD", "3KP-9WD"),
        ("ref K7F 2QM", "K7F-2QM"),
        ("abc234", "ABC-234"),
        ("golden wok on 5th ave", None),
        ("tip 8hx4tn, they moved", "8HX-4TN"),
        ("the van is white", None),
        ("thanks", None),
        ("plate 7ABC123", None),
        ("call 555 0100", None),
        ("K1F-2QM", None),
        ("", None),
    ],
)
def test_find_reference(text, expected):
    assert find_reference(text) == expected


def run(tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionLinkReference().run(dispatcher, tracker, {}))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_known_reference_joins_the_conversation_to_the_tip(load_tracker, internal_api):
    internal_api.status = 200

    dispatcher, slots = run(load_tracker("reference_first_message"))

    [request] = internal_api.requests
    assert request.path == "/internal/tips/K7F-2QM/link"
    assert request.body == {"sender_id": "c0ffee16", "channel": "webchat"}
    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_linked"]
    assert slots == {"tip_reference": "K7F-2QM", "tip_linked": True, "tip_submitted": True}


@pytest.mark.parametrize("text", ["K7F-2QM", "hi, my tip number is k7f2qm", "ref K7F 2QM"])
def test_a_reference_alone_is_acknowledged_and_asks_what_to_add(load_tracker, internal_api, text):
    internal_api.status = 200
    tracker = load_tracker("reference_first_message")
    tracker.latest_message["text"] = text

    dispatcher, slots = run(tracker)

    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_ask_more"]
    assert dispatcher.messages[0]["tip_reference"] == "K7F-2QM"
    assert slots["tip_linked"] is True


def test_unknown_reference_gets_a_helpful_answer(load_tracker, internal_api):
    internal_api.status = 404
    internal_api.reply = {"error": "unknown reference"}

    dispatcher, slots = run(load_tracker("reference_first_message"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_unknown"]
    assert dispatcher.messages[0]["tip_reference"] == "K7F-2QM"
    assert slots == {}


def test_reference_with_the_api_down_is_still_acknowledged(load_tracker, unreachable_api):
    dispatcher, slots = run(load_tracker("reference_first_message"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_saved"]
    assert slots["tip_submitted"] is True


def test_no_reference_in_the_message_asks_for_it(load_tracker, internal_api):
    tracker = load_tracker("reference_first_message")
    tracker.latest_message["text"] = "i sent a tip last week"

    dispatcher, _ = run(tracker)

    assert [m["response"] for m in dispatcher.messages] == ["utter_reference_missing"]
    assert internal_api.requests == []


def test_reference_with_danger_also_raises_the_alarm(load_tracker, internal_api):
    internal_api.status = 200
    tracker = load_tracker("reference_first_message")
    tracker.latest_message["text"] = "K7F-2QM they are moving her tonight"

    dispatcher, slots = run(tracker)

    responses = [m["response"] for m in dispatcher.messages]
    assert responses == ["utter_reference_linked", "utter_emergency"]
    assert [r.path for r in internal_api.requests] == [
        "/internal/tips/K7F-2QM/link",
        "/internal/tips",
    ]
    assert internal_api.requests[1].body["emergency"] is True
    assert slots["danger_now"] is True
