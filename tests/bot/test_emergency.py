"""ActionEmergencyReply: the emergency number in the very next reply, the tip flagged at once."""

import asyncio

import pytest
from actions.danger import mentions_danger
from actions.emergency import ActionEmergencyReply
from rasa_sdk.executor import CollectingDispatcher


def run(tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionEmergencyReply().run(dispatcher, tracker, {}))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_danger_first_message_gets_emergency_reply_and_urgent_tip(load_tracker, internal_api):
    dispatcher, slots = run(load_tracker("danger_first_message"))

    assert dispatcher.messages[0]["response"] == "utter_emergency"
    assert dispatcher.messages[0]["emergency_number"] == "112"
    [request] = internal_api.requests
    assert request.headers["Authorization"] == "Bearer test-internal-token"
    first = "there are girls locked in the back of the nail salon on 5th st"
    assert request.body == {
        "sender_id": "c0ffee05",
        "channel": "sms",
        "language": "en",
        "answers": {
            "immediate_danger": True,
            "what": first,
            "where": None,
            "when": None,
            "who": None,
            "minor_involved": None,
            "kind": None,
            "details": None,
            "followup_consent": None,
        },
        "complete": False,
        "emergency": True,
        "linked": False,
        "new": False,
    }
    assert slots == {"what": first, "danger_now": True, "tip_reference": "K7F-2QM"}


def test_emergency_reply_is_sent_even_if_the_api_refuses(load_tracker, internal_api):
    internal_api.status = 500
    internal_api.reply = {"error": "database is down"}

    dispatcher, slots = run(load_tracker("danger_first_message"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_emergency"]
    assert "tip_reference" not in slots


def test_emergency_number_defaults_to_911(load_tracker, unreachable_api, monkeypatch):
    monkeypatch.delenv("LANTERN_EMERGENCY_NUMBER", raising=False)

    dispatcher, _ = run(load_tracker("danger_first_message"))

    assert dispatcher.messages[0]["emergency_number"] == "911"


@pytest.mark.parametrize(
    "text",
    [
        "locked in",
        "he has a gun",
        "they are moving her tonight",
        "help me",
        "help",
        "HELP ME!!",
        "they won't let her leave",
        "i cant leave",
        "she's locked up in the back",
    ],
)
def test_danger_phrases_are_noticed(text):
    assert mentions_danger(text)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no one is in danger",
        "nobody is in danger right now",
        "the nail salon on 5th",
        "last week",
        "3 women",
        "a white van",
    ],
)
def test_ordinary_answers_are_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize(
    "text",
    [
        "they locked a girl in the back room of the motel right now",
        "las tienen encerradas en el sotano",
        "tiene una pistola",
        "me quieren matar",
        "no me dejan salir",
        "se la van a llevar esta noche",
        "ayúdame",
    ],
)
def test_more_danger_phrases_are_noticed(text):
    assert mentions_danger(text)


@pytest.mark.parametrize(
    "text",
    ["nadie esta en peligro", "no hay peligro", "en matamoros", "la semana pasada", "3 mujeres"],
)
def test_ordinary_spanish_answers_are_not_danger(text):
    assert not mentions_danger(text)
