"""ActionSessionStart: the configured numbers reach the replies; the language carries over."""

import asyncio

from actions.session import ActionSessionStart
from rasa_sdk.executor import CollectingDispatcher


def test_session_start_sets_the_emergency_number_and_keeps_the_language(make_tracker, monkeypatch):
    monkeypatch.setenv("LANTERN_EMERGENCY_NUMBER", "112")
    tracker = make_tracker("hola", detected="es", language="es")

    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, {}))

    assert events[0]["event"] == "session_started"
    assert {"event": "slot", "name": "language", "value": "es"}.items() <= events[1].items()
    assert events[2]["name"] == "emergency_number" and events[2]["value"] == "112"
    assert events[-1]["event"] == "action" and events[-1]["name"] == "action_listen"
