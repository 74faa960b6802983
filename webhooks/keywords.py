"""Opt-out, help and opt-in keywords: answered at the edge, never left to the model."""

from __future__ import annotations

import string

STOP_WORDS = {
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    "ALTO", "PARAR", "CANCELAR",
}  # fmt: skip
HELP_WORDS = {"HELP", "INFO", "AYUDA"}
START_WORDS = {"START", "UNSTOP"}  # not YES: here "yes" answers the bot's questions
SPANISH_WORDS = {"ALTO", "PARAR", "CANCELAR", "AYUDA"}

_STRIP = string.punctuation + string.whitespace + "¡¿"


def keyword(text: str) -> str | None:
    """'stop', 'help' or 'start' when the whole message is one such keyword (as carriers read it)."""
    word = text.strip(_STRIP).upper()
    if word in STOP_WORDS:
        return "stop"
    if word in HELP_WORDS:
        return "help"
    if word in START_WORDS:
        return "start"
    return None


def is_spanish(text: str) -> bool:
    """Whether the keyword was a Spanish one, so the answer comes in Spanish."""
    return text.strip(_STRIP).upper() in SPANISH_WORDS
