"""Which language a message is written in, so the bot answers in the same one."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# English and Spanish are answered in kind; the others are told apart so they are not
# mistaken for Spanish, and recorded for routing.
LANGUAGES = (Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.PORTUGUESE)
MIN_LETTERS = 8  # "si", "no", "ok" say nothing about the language


@cache
def _detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES)
        .with_minimum_relative_distance(0.1)
        .build()
    )


def detect(text: str) -> str:
    """ISO 639-1 code of the message's language, or "und" when it is too short or unclear."""
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return "und"
    found = _detector().detect_language_of(text[:1000])
    return found.iso_code_639_1.name.lower() if found else "und"
