"""The language to answer in: the edge's guess for long enough messages, or a switch by name."""

import pytest
from actions.language import detected_language, requested_language


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
