"""Present danger: a person at physical risk now, told outright or by a harm and a "now"."""

from __future__ import annotations

import re
from functools import lru_cache

from languages import compile_part, reading
from triage.cues import find_cue
from triage.normalize import Text
from triage.scope import (
    Hit,
    is_hypothetical,
    is_negated,
    not_happening_now,
    sentence_of,
)

_FIRST_PERSON = re.compile(r"\b(?:i|i'm|me|we|we're|us|my|estoy|estamos|nos|mi)\b")
_CRY = re.compile(r"\b(?:help|sos|auxilio|socorro|ayuda\w*)\b")


@lru_cache(maxsize=1)
def _harm_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled harms and the words that make them present."""
    return compile_part(lambda lang: lang.harm), compile_part(lambda lang: lang.imminent)


def _harm_now(text: Text) -> Hit | None:
    """A harm told in a sentence that also says it is now or about to be (none once out safe)."""
    harm, imminent = _harm_patterns()
    folded = text.folded
    if find_cue(text, "out_safe") is not None:
        return None
    for m in harm.finditer(folded):
        start = m.start()
        if is_negated(folded, start, text.language) or is_hypothetical(folded, start):
            continue
        if not_happening_now(folded, start, text.language):
            continue
        if imminent.search(sentence_of(folded, start)):
            return Hit("immediate_danger", start, m.end())
    return None


@lru_cache(maxsize=32)
def _danger_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled present-danger statements of every language (a cry for help is read in any
    language, whatever the tip's), and the safe-now statements of the tip's language."""
    danger = compile_part(lambda lang: lang.danger)
    return danger, compile_part(lambda lang: lang.safe, reading(language))


def find_danger(text: Text) -> Hit | None:
    """The last statement of present danger, unless a later one says the person is safe now."""
    danger, safe = _danger_patterns(text.language)
    last: Hit | None = None
    for m in danger.finditer(text.folded):
        start = m.start()
        if not (
            is_negated(text.folded, start, text.language)
            or is_hypothetical(text.folded, start)
            or not_happening_now(text.folded, start, text.language)
        ):
            last = Hit("immediate_danger", m.start(), m.end())
    if last is None:
        last = _harm_now(text)
    if last is None:
        return None
    danger_words = text.folded[last.start : last.end]
    for m in safe.finditer(text.folded, last.end):
        if is_hypothetical(text.folded, m.start()):
            continue
        # "I'm ok" only answers a danger told about the writer, or a bare cry for help.
        if (
            not _FIRST_PERSON.match(m.group())
            or _FIRST_PERSON.search(danger_words)
            or _CRY.search(danger_words)
        ):
            return None
    return last
