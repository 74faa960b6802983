"""The language slot: the edge's guess for long enough messages, or a switch asked by name."""

import asyncio

import pytest
from actions.language import ActionSetLanguage, detected_language, requested_language
from actions.tip_form import ValidateTipForm
from rasa_sdk.executor import CollectingDispatcher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("español", "es"),
        ("espanol", "es"),
        ("en español por favor", "es"),
        ("Spanish please", "es"),
        ("english", "en"),
        ("ingles", "en"),
        ("Inglés", "en"),
        ("no english", "es"),
        ("no hablo ingles", "es"),
        ("the boss speaks spanish to them and they work every day", None),
        ("the boss only speaks spanish", None),
        ("el patron habla ingles", None),
        ("can we talk in spanish please", "es"),
        ("hola", None),
    ],
)
def test_requested_language(text, expected):
    assert requested_language(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vi algo raro en el motel", "es", "es"),
        ("i saw something at the motel", "en", "en"),
        ("si", "es", None),
        ("no", "en", None),
        ("ok gracias", "es", None),
        ("ich habe etwas gesehen", "de", None),
        ("🙂🙂🙂", "und", None),
    ],
)
def test_detected_language(text, language, expected):
    message = {"text": text, "metadata": {"channel": "sms", "language": language}}
    assert detected_language(message) == expected


def run(tracker):
    return asyncio.run(ActionSetLanguage().run(CollectingDispatcher(), tracker, {}))


def test_spanish_message_sets_the_language(load_tracker):
    events = run(load_tracker("spanish_first_message"))

    assert [(e["name"], e["value"]) for e in events] == [("language", "es")]


def test_short_reply_keeps_the_language(load_tracker):
    tracker = load_tracker("spanish_first_message", language="es")
    tracker.latest_message = {"text": "ok", "metadata": {"language": "en"}}

    assert run(tracker) == []


def test_switch_by_name_wins_over_detection(load_tracker):
    tracker = load_tracker("spanish_first_message", language="es")
    tracker.latest_message = {"text": "english please", "metadata": {"language": "es"}}

    assert [e["value"] for e in run(tracker)] == ["en"]


def test_switch_mid_form_confirms_and_asks_the_same_question(load_tracker, domain):
    dispatcher = CollectingDispatcher()
    tracker = load_tracker("language_switch_mid_form")

    events = asyncio.run(ValidateTipForm().run(dispatcher, tracker, domain))

    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots == {"what": None, "requested_slot": "what"}
    assert [m["response"] for m in dispatcher.messages] == ["utter_language_switched"]
