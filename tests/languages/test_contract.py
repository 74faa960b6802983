"""The contract every registered language keeps: its parts are there and compile, and the
whole triage reads its own examples as TRIAGE.md says."""

from __future__ import annotations

import re

import pytest

from languages import CODES, registered
from languages.base import EXAMPLES, KEYWORDS, SCRIPTS, fold
from languages.detect import detect
from triage.rubric import assess

LANGUAGES = registered()
# The indicators that decide urgency, which TRIAGE.md asks every language to read.
CORE_INDICATORS = (
    "confinement",
    "restricted_movement",
    "signs_of_abuse",
    "weapon",
    "threats_of_violence",
    "confiscated_documents",
    "debt_bondage",
    "unpaid_wages",
)
CORE_CUES = ("commercial_sex", "work")


def by_code(code: str):
    return next(lang for lang in LANGUAGES if lang.code == code)


def test_every_code_is_registered_once() -> None:
    assert [lang.code for lang in LANGUAGES] == list(CODES)
    assert len(set(CODES)) == len(CODES) == 12


@pytest.mark.parametrize("code", CODES)
def test_parts_are_there(code: str) -> None:
    lang = by_code(code)
    assert lang.script in SCRIPTS
    assert lang.danger and lang.safe and lang.negation and lang.hints
    assert lang.minor_words
    assert set(KEYWORDS) <= set(lang.keywords)
    assert all(lang.keywords[k] for k in KEYWORDS)
    assert set(CORE_INDICATORS) <= set(lang.indicators), "core indicators missing"
    assert set(CORE_CUES) <= set(lang.cues), "core cues missing"
    assert {n for n in lang.numbers.values()} >= set(range(1, 18)), "numbers 1 to 17"
    assert set(EXAMPLES) <= set(lang.examples), "examples missing"


@pytest.mark.parametrize("code", CODES)
def test_patterns_compile(code: str) -> None:
    lang = by_code(code)
    parts = [lang.danger, lang.safe, lang.negation, lang.harm, lang.imminent, lang.minor_words]
    parts += list(lang.indicators.values()) + list(lang.cues.values())
    for patterns in parts:
        for pattern in lang.folded(patterns):
            re.compile(pattern)
    for pattern in lang.ages:
        assert "{N}" in pattern or "\\d" in pattern, pattern


@pytest.mark.parametrize("code", CODES)
def test_cry_for_help_is_critical(code: str) -> None:
    for text in by_code(code).examples["cry_for_help"]:
        found = assess([text])
        assert (found.urgency, found.immediate_danger) == ("critical", True), text


@pytest.mark.parametrize("code", CODES)
def test_locked_in_is_confinement_and_critical(code: str) -> None:
    for text in by_code(code).examples["locked_in"]:
        found = assess([text])
        assert found.urgency == "critical", text
        assert "confinement" in {f.name for f in found.indicators}, text


@pytest.mark.parametrize("code", CODES)
def test_an_age_under_18_is_a_minor(code: str) -> None:
    for text in by_code(code).examples["minor"]:
        assert assess([text]).minor_involved is True, text


@pytest.mark.parametrize("code", CODES)
def test_negated_danger_is_not_critical(code: str) -> None:
    for text in by_code(code).examples["negated_danger"]:
        found = assess([text])
        assert found.immediate_danger is False, text
        assert found.urgency != "critical", text


@pytest.mark.parametrize("code", CODES)
def test_sex_for_money_and_forced_labour_are_read(code: str) -> None:
    lang = by_code(code)
    for text in lang.examples["commercial_sex"]:
        assert assess([text]).category in ("sex_trafficking", "both"), text
    for text in lang.examples["labor"]:
        assert assess([text]).category in ("labor_trafficking", "both"), text


@pytest.mark.parametrize("code", CODES)
def test_examples_are_detected_as_their_language(code: str) -> None:
    lang = by_code(code)
    long_enough = [t for k in EXAMPLES for t in lang.examples[k] if len(t) >= 30]
    assert long_enough
    for text in long_enough:
        assert detect(text) == code, text


@pytest.mark.parametrize("code", CODES)
def test_keywords_are_single_folded_words(code: str) -> None:
    for words in by_code(code).keywords.values():
        for word in words:
            assert word == fold(word).strip() or not word.isascii(), word
