"""Keywords come from the language registry and are answered in the right language."""

from __future__ import annotations

import pytest

from webhooks.keywords import answer_language, keyword


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("STOP", "stop"),
        (" stop! ", "stop"),
        ("Alto", "stop"),
        ("CANCELAR", "stop"),
        ("help", "help"),
        ("AYUDA", "help"),
        ("start", "start"),
        ("stop texting me about the farm", None),
        ("", None),
    ],
)
def test_whole_message_keywords(text: str, kind: str | None) -> None:
    assert keyword(text) == kind


def test_a_keyword_is_answered_in_its_own_language_or_the_conversations() -> None:
    assert answer_language("ALTO", "en") == "es"  # only Spanish has it
    assert answer_language("STOP", "es") == "es"  # the carriers' word, any language
    assert answer_language("START", "en") == "en"
    assert answer_language("hello", "es") == "es"
