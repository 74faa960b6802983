"""The language registry: one module per language, each exposing `LANGUAGE` (see `base`).

Adding a language is adding its module and its code to `CODES`; the triage, the edge and the
web chat read every language through `registered()`, and `tests/languages` holds each one to
the same contract.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import cache

from languages.base import Language, Patterns, fold, fold_char, fold_pattern

__all__ = [
    "CODES",
    "Language",
    "alternation",
    "fold",
    "fold_char",
    "get",
    "names",
    "reading",
    "registered",
]

# English and Spanish first: the bot converses in them. Then the languages the triage reads.
CODES = ("en", "es", "zh", "vi", "tl", "pt", "fr", "ru", "uk", "ro", "ko", "ar")
_FLAGS = re.IGNORECASE | re.MULTILINE


@cache
def registered() -> tuple[Language, ...]:
    """Every registered language, in the order of `CODES`."""
    found = []
    for code in CODES:
        language = importlib.import_module(f"languages.{code}").LANGUAGE
        if language.code != code:
            raise ValueError(f"languages/{code}.py declares the code {language.code!r}")
        found.append(language)
    return tuple(found)


def get(code: str) -> Language | None:
    """The registered language with this ISO 639-1 code, or None."""
    return next((lang for lang in registered() if lang.code == code), None)


@cache
def reading(code: str) -> tuple[Language, ...]:
    """The languages whose words are read in a text of this language: its own, and the two
    read in full (English and Spanish), which people mix in and which a short message may
    have been mistaken for; every registered language when the language is not known."""
    if get(code) is None:
        return registered()
    full = {lang.code for lang in registered() if lang.conversed}
    return tuple(lang for lang in registered() if lang.code in full | {code})


def names() -> dict[str, str]:
    """Language names by code, for staff pages."""
    return {lang.code: lang.name for lang in registered()}


def alternation(
    part: Callable[[Language], Patterns], languages: Iterable[Language] | None = None
) -> str:
    """One regular expression for a part of every language: whole words where a language is
    written with spaces, anywhere where it is not; "" when no language has any."""
    spaced: list[str] = []
    unspaced: list[str] = []
    for lang in registered() if languages is None else languages:
        (spaced if lang.spaced else unspaced).extend(lang.folded(part(lang)))
    branches = []
    if spaced:
        branches.append(r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)")
    if unspaced:
        branches.append("(?:" + "|".join(unspaced) + ")")
    return "|".join(branches)


def compile_part(
    part: Callable[[Language], Patterns], languages: Iterable[Language] | None = None
) -> re.Pattern[str]:
    """`alternation` compiled; a pattern that never matches when no language has the part."""
    return re.compile(alternation(part, languages) or r"(?!x)x", _FLAGS)


def fold_patterns(patterns: Iterable[str]) -> Patterns:
    """Patterns with their letters folded as text is."""
    return tuple(fold_pattern(p) for p in patterns)
