"""The structured answers a tip can carry: one vocabulary for the bot, the store and triage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

TEXT_FIELDS = ("what", "where", "when", "who", "details")
FLAG_FIELDS = ("immediate_danger", "minor_involved", "followup_consent")
KINDS = ("labor", "sex", "both", "unsure")
MAX_TEXT = 5000


class AnswersError(ValueError):
    """Answers that do not fit the vocabulary."""


def _clean_value(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key in FLAG_FIELDS:
        if not isinstance(value, bool):
            raise AnswersError(f"{key} must be true, false or null")
        return value
    if key == "kind":
        if value not in KINDS:
            raise AnswersError(f"kind must be one of {', '.join(KINDS)} or null")
        return value
    if not isinstance(value, str):
        raise AnswersError(f"{key} must be text or null")
    return value[:MAX_TEXT]


def clean(answers: Any) -> dict[str, Any]:
    """Check answers against the vocabulary; unknown keys and wrong types are refused."""
    if not isinstance(answers, Mapping):
        raise AnswersError("answers must be an object")
    known = set(TEXT_FIELDS) | set(FLAG_FIELDS) | {"kind"}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise AnswersError(f"unknown answer fields: {', '.join(map(str, unknown))}")
    return {key: _clean_value(key, value) for key, value in answers.items()}
