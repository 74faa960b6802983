"""A person asking help for themselves: care, the hotline and emergency numbers, the tip kept."""

import asyncio

from actions.tip_form import ValidateTipForm
from actions.victim import ActionVictimHelp
from rasa_sdk.executor import CollectingDispatcher


def run(tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionVictimHelp().run(dispatcher, tracker, {}))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_victim_gets_both_numbers_and_the_tip_is_kept(load_tracker, internal_api, monkeypatch):
    monkeypatch.setenv("LANTERN_HOTLINE_NUMBER", "1-800-555-0100")

    dispatcher, slots = run(load_tracker("victim_first_message"))

    [message] = dispatcher.messages
    assert message["response"] == "utter_victim_help"
    assert (message["hotline_number"], message["emergency_number"]) == ("1-800-555-0100", "112")
    [request] = internal_api.requests
    assert request.body["language"] == "es"
    assert request.body["emergency"] is False
    assert request.body["answers"]["what"] == "me quitaron el pasaporte y no me pagan"
    assert slots == {"what": "me quitaron el pasaporte y no me pagan", "tip_reference": "K7F-2QM"}


def test_hotline_number_has_a_default(load_tracker, unreachable_api, monkeypatch):
    monkeypatch.delenv("LANTERN_HOTLINE_NUMBER", raising=False)

    dispatcher, _ = run(load_tracker("victim_first_message"))

    assert dispatcher.messages[0]["hotline_number"] == "1-888-373-7888"


def test_victim_who_cannot_leave_is_an_emergency(load_tracker, internal_api):
    tracker = load_tracker("victim_first_message")
    tracker.latest_message["text"] = "no me dejan salir de la casa"

    _, slots = run(tracker)

    assert internal_api.requests[0].body["emergency"] is True
    assert slots["danger_now"] is True


def test_form_after_the_victim_help_does_not_repeat_the_emergency_reply(
    load_tracker, domain, internal_api
):
    tracker = load_tracker("victim_first_message", danger_now=True)
    tracker.latest_message["text"] = "no me dejan salir de la casa"
    tracker.events += [
        {"event": "action", "name": "action_victim_help"},
        {"event": "slot", "name": "danger_now", "value": True},
        {"event": "action", "name": "tip_form"},
    ]
    dispatcher = CollectingDispatcher()

    events = asyncio.run(ValidateTipForm().run(dispatcher, tracker, domain))

    assert dispatcher.messages == []
    assert internal_api.requests == []
    slots = {e["name"]: e["value"] for e in events}
    assert slots["what"] == "no me dejan salir de la casa"
    assert slots["requested_slot"] == "where"
