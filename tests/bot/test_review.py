"""The read-back: one message with every answer, and "2" to change where."""

import asyncio

import pytest
from actions import review, sms
from actions.review import ActionAskReview
from actions.tip_form import ValidateTipForm
from rasa_sdk.executor import CollectingDispatcher


def run_form(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateTipForm().run(dispatcher, tracker, domain))
    return dispatcher, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.fixture
def review_domain(domain):
    domain["forms"]["tip_form"]["required_slots"].append("review")
    return domain


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("OK", review.CONFIRMED),
        ("ok send it", review.CONFIRMED),
        ("yes", review.CONFIRMED),
        ("listo", review.CONFIRMED),
        ("Sí, enviar", review.CONFIRMED),
        ("2", "where"),
        ("2 to change where", "where"),
        ("change where", "where"),
        ("#7", "details"),
        ("cambiar donde", "where"),
        ("cuando", "when"),
        ("8", "followup_consent"),
        ("hmm", None),
        ("9", None),
    ],
)
def test_read_choice(words, expected):
    assert review.read_choice(words) == expected


def test_number_at_the_read_back_asks_that_question_again(load_tracker, review_domain):
    dispatcher, slots = run_form(load_tracker("read_back_correction"), review_domain)

    assert slots == {"review": None, "correcting": "where", "requested_slot": "where"}
    assert dispatcher.messages == []


def test_corrected_answer_goes_back_to_the_read_back(load_tracker, review_domain):
    _, slots = run_form(load_tracker("correction_answered"), review_domain)

    assert slots == {"where": "Golden Wok, 5th Ave, Dayton", "requested_slot": "review"}


def test_ok_at_the_read_back_ends_the_form(load_tracker, review_domain):
    _, slots = run_form(load_tracker("read_back_confirmed"), review_domain)

    assert slots == {"review": review.CONFIRMED, "requested_slot": None}


def test_unclear_reply_at_the_read_back_asks_again(load_tracker, review_domain):
    tracker = load_tracker("read_back_confirmed")
    tracker.latest_message["text"] = "what do you mean"
    tracker.events[-1]["value"] = tracker.events[-4]["value"] = "what do you mean"

    _, slots = run_form(tracker, review_domain)

    assert slots == {"review": None, "requested_slot": "review"}


def test_read_back_shows_every_answer_numbered(load_tracker, internal_api):
    tracker = load_tracker("read_back_correction", minor_involved=None)
    tracker.events = [e for e in tracker.events if e["event"] != "user"]
    dispatcher = CollectingDispatcher()

    events = asyncio.run(ActionAskReview().run(dispatcher, tracker, {}))

    [message] = dispatcher.messages
    assert message["response"] == "utter_read_back"
    assert message["summary"].splitlines() == [
        "1 What: a man keeps women in the apartment upstairs",
        "2 Where: springfield",
        "3 When: every night",
        "4 Who: 3 women",
        "5 Under 18: -",
        "6 Kind: forced sex work",
        "7 Details: white van",
        "8 Text back: yes",
    ]
    [request] = internal_api.requests
    assert request.body["complete"] is False
    assert events == [{**events[0], "name": "tip_reference", "value": "K7F-2QM"}]


def test_read_back_in_spanish(load_tracker, unreachable_api):
    tracker = load_tracker("read_back_correction", language="es", followup_consent=False)
    tracker.events = [e for e in tracker.events if e["event"] != "user"]
    dispatcher = CollectingDispatcher()

    events = asyncio.run(ActionAskReview().run(dispatcher, tracker, {}))

    summary = dispatcher.messages[0]["summary"]
    assert "2 Donde: springfield" in summary and "8 Contacto: no" in summary
    assert events == []


def test_after_an_unclear_reply_only_the_short_reminder(load_tracker, internal_api):
    dispatcher = CollectingDispatcher()

    asyncio.run(ActionAskReview().run(dispatcher, load_tracker("read_back_confirmed"), {}))

    assert [m["response"] for m in dispatcher.messages] == ["utter_review_how"]
    assert internal_api.requests == []


def test_long_answers_are_cut_to_fit_three_segments():
    slots = {field: "la camioneta blanca \U0001f690 " * 200 for field in review.NUMBERED}
    slots.update(minor_involved=True, kind="labor", followup_consent=False)
    text = review.summary(slots, "es")
    assert sms.encoding(text) == "gsm7"
    assert sms.length(text) <= sms.PART["gsm7"] * sms.MAX_SEGMENTS - review.FRAME_BUDGET
    assert text.count("..") == 5
