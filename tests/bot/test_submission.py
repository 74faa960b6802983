"""ActionSubmitTip: the finished tip goes to the internal API; the person gets the reference."""

import asyncio

from actions import settings
from actions.submission import ActionSubmitTip
from rasa_sdk.executor import CollectingDispatcher


def run(tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSubmitTip().run(dispatcher, tracker, {}))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_submit_success_gives_the_reference(load_tracker, internal_api):
    dispatcher, slots = run(load_tracker("tip_form_complete"))

    [request] = internal_api.requests
    assert request.method == "POST"
    assert request.path == "/internal/tips"
    assert request.headers["Authorization"] == "Bearer test-internal-token"
    assert request.body == {
        "sender_id": "c0ffee08",
        "channel": "webchat",
        "language": "en",
        "answers": {
            "immediate_danger": False,
            "what": "a man keeps women in the apartment upstairs",
            "where": "springfield",
            "when": "every night",
            "who": "3 women",
            "minor_involved": None,
            "kind": "sex",
            "details": "white van",
            "followup_consent": True,
        },
        "complete": True,
        "emergency": False,
        "linked": False,
        "new": False,
    }
    assert dispatcher.messages == [
        {**dispatcher.messages[0], "response": "utter_tip_submitted", "tip_reference": "K7F-2QM"}
    ]
    assert slots == {"tip_submitted": True, "tip_reference": "K7F-2QM"}


def test_submit_when_the_api_is_unreachable_gives_the_kind_fallback(load_tracker, unreachable_api):
    dispatcher, slots = run(load_tracker("tip_form_complete"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_tip_saved"]
    assert slots == {"tip_submitted": True}


def test_submit_when_the_api_fails_gives_the_kind_fallback(load_tracker, internal_api):
    internal_api.status = 503
    internal_api.reply = {"error": "busy"}

    dispatcher, slots = run(load_tracker("tip_form_complete"))

    assert len(internal_api.requests) == 1
    assert [m["response"] for m in dispatcher.messages] == ["utter_tip_saved"]
    assert "tip_reference" not in slots


def test_submit_when_the_api_answers_garbage_gives_the_kind_fallback(load_tracker, internal_api):
    internal_api.reply = None

    dispatcher, _ = run(load_tracker("tip_form_complete"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_tip_saved"]


def test_submit_when_the_token_is_wrong_gives_the_kind_fallback(
    load_tracker, internal_api, monkeypatch
):
    monkeypatch.setenv("LANTERN_INTERNAL_TOKEN", "wrong")

    dispatcher, _ = run(load_tracker("tip_form_complete"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_tip_saved"]


def test_submit_gives_up_after_the_timeout(load_tracker, internal_api, monkeypatch):
    monkeypatch.setattr(settings, "INTERNAL_API_TIMEOUT", 0.2)
    internal_api.delay = 1.0

    dispatcher, _ = run(load_tracker("tip_form_complete"))

    assert [m["response"] for m in dispatcher.messages] == ["utter_tip_saved"]
