"""Which language to answer in: the one the edge detected, or the one the person asked for."""

from typing import Any

from rasa_sdk import Tracker

from .replies import normalize

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
# "si", "no", "ok" and names are the same in both languages: short messages keep the language.
MIN_WORDS_TO_DETECT = 3
# A request to switch is short: "español", "en español por favor", "english please".
MAX_SWITCH_WORDS = 6


def _words(text: str) -> frozenset[str]:
    """A set of words, written as one string to keep long lists short."""
    return frozenset(text.split())


_NAMES = {
    "es": frozenset({"espanol", "spanish", "castellano", "espanish", "espaniol", "espa"}),
    "en": frozenset({"english", "ingles", "engles", "englis", "inglish"}),
}
_NEGATIONS = frozenset({"no", "not", "dont", "don", "sin", "ni"})
# Every other word of a switch request is one of these, so "the boss only speaks spanish"
# (an answer) is not taken for one.
_REQUEST_WORDS = _words(
    "in en please pls plz por favor porfa porfavor speak speaks hablas habla hablo hablar do "
    "you can could we talk write text reply switch change to cambiar cambia a al prefer "
    "prefiero i yo want quiero only solo just mejor back puedes podemos escribe escribeme "
    "escribir me us u t understand entiendo no not dont don sin ni idioma language the el"
)


def requested_language(text: Any) -> str | None:
    """The language asked for by name ("español", "english please"), if any.

    "No english" or "no hablo ingles" asks for the other language.
    """
    words = normalize(text).split()
    names = _NAMES["es"] | _NAMES["en"]
    if not words or len(words) > MAX_SWITCH_WORDS or not set(words) <= names | _REQUEST_WORDS:
        return None
    for language, names in _NAMES.items():
        if names.intersection(words):
            negated = bool(_NEGATIONS.intersection(words))
            return _other(language) if negated else language
    return None


def _other(language: str) -> str:
    return "en" if language == "es" else "es"


def detected_language(message: dict[str, Any]) -> str | None:
    """The edge's guess for this message, when it is en/es and the message is long enough."""
    metadata = message.get("metadata") or {}
    language = metadata.get("language") if isinstance(metadata, dict) else None
    if language not in LANGUAGES:
        return None
    if len(normalize(message.get("text")).split()) < MIN_WORDS_TO_DETECT:
        return None
    return str(language)


def language_for(tracker: Tracker) -> str:
    """The language to answer the latest message in."""
    message = tracker.latest_message or {}
    current = tracker.get_slot("language") or DEFAULT_LANGUAGE
    return requested_language(message.get("text")) or detected_language(message) or current
