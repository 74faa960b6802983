"""A second tip in the same conversation: the form starts over and files a tip of its own."""

import asyncio

from actions.another_tip import ActionStartAnotherTip
from actions.submission import ActionSubmitTip
from rasa_sdk.executor import CollectingDispatcher


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_another_tip_clears_the_answers_and_the_reference(load_tracker, internal_api):
    tracker = load_tracker("tip_form_complete", tip_submitted=True, tip_reference="K7F-2QM")

    dispatcher, slots = run(ActionStartAnotherTip(), tracker)

    assert [m["response"] for m in dispatcher.messages] == ["utter_another_tip"]
    assert slots["what"] is None and slots["danger_now"] is None and slots["review"] is None
    assert slots["tip_reference"] is None
    assert (slots["tip_submitted"], slots["tip_linked"], slots["another_tip"]) == (
        False,
        False,
        True,
    )
    [request] = internal_api.requests
    assert request.path == "/internal/conversations/next-tip"
    assert request.body == {"sender_id": tracker.sender_id, "channel": "webchat"}


def test_another_tip_goes_on_when_the_app_cannot_be_told(load_tracker, unreachable_api):
    tracker = load_tracker("tip_form_complete", tip_submitted=True, tip_reference="K7F-2QM")

    dispatcher, slots = run(ActionStartAnotherTip(), tracker)

    assert [m["response"] for m in dispatcher.messages] == ["utter_another_tip"]
    assert slots["another_tip"] is True and slots["tip_reference"] is None


def test_the_second_tips_first_filing_asks_for_a_new_tip(load_tracker, internal_api):
    tracker = load_tracker("tip_form_complete", another_tip=True, tip_reference=None)

    run(ActionSubmitTip(), tracker)

    [request] = internal_api.requests
    assert (request.body["new"], request.body["linked"]) == (True, False)


def test_later_filings_of_the_second_tip_update_it(load_tracker, internal_api):
    tracker = load_tracker("tip_form_complete", another_tip=True, tip_reference="P3X-7KA")

    run(ActionSubmitTip(), tracker)

    [request] = internal_api.requests
    assert request.body["new"] is False
