"""Scope of a match: negated, hypothetical, or told as past or habit rather than now."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from triage import patterns_en as en
from triage import patterns_es as es

_FLAGS = re.IGNORECASE | re.MULTILINE
_NEGATION = re.compile(f"{en.NEGATION}|{es.NEGATION}")
_HEDGE = re.compile(f"{en.HEDGE}|{es.HEDGE}")
_HYPOTHETICAL = re.compile(f"{en.HYPOTHETICAL}|{es.HYPOTHETICAL}")
_OWN = re.compile(f"{en.OWN_SITUATION}|{es.OWN_SITUATION}")
_CLAUSE_END = re.compile(
    r"[.!?;,:\n]|\b(?:but|and|because|so|if|pero|y|porque|aunque|si|e|mas|et|mais)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[\w']+")
# A danger told in a sentence set in the past is not a danger now ("last night he locked me in").
_PAST = re.compile(
    r"\b(?:(?<!since )last (?:night|week|month|year|time)|(?<!since )yesterday|ago|used to"
    r"|when i was|(?<!desde )anoche|(?<!desde )ayer|(?<!desde )hace (?:\d+|unos|unas|dos|tres|mucho)"
    r"|la semana pasada|el ano pasado)\b"
)
_NOW = re.compile(
    r"\b(?:now|right now|tonight|today|still|currently|again|ahora|ahorita|esta noche|hoy"
    r"|todavia|sigue|siguen|otra vez)\b"
)
# "They lock us in every night": a habit, not a danger now unless now is said.
_HABIT = re.compile(
    r"\b(?:every (?:night|day|evening|morning|time|weekend)|each night|at night|nightly"
    r"|cada noche|todas las noches|por las noches|cada dia|todos los dias)\b"
)
_NOW_STRICT = re.compile(
    r"\b(?:right now|now|tonight|currently|ahora|ahorita|esta noche|en este momento)\b"
)
_TURN = re.compile(r"\b(?:but|however|pero|sin embargo)\b")
# Asking how to recognise trafficking is a request for information, even about "my staff".
_INFO = re.compile(
    r"\b(?:how (?:do|can|would|should) (?:i|you|we|one) (?:recognize|spot|identify|tell|know)"
    r"|what are the (?:signs|red flags)|statistics|school project|(?:research|school) paper"
    r"|writing a paper|como (?:identificar|reconocer))\b"
)


@dataclass(frozen=True)
class Hit:
    """A match in folded text: what fired and where."""

    name: str
    start: int
    end: int


def is_negated(folded: str, start: int) -> bool:
    """True when a negation ("no one", "nobody", "nadie", "not") governs the words at start."""
    window = folded[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    words = " ".join(_WORD.findall(_HEDGE.sub(" ", window))[-3:])
    return bool(_NEGATION.search(words))


def _sentence_start(folded: str, start: int) -> int:
    """Where the sentence holding `start` begins (at most 300 characters back)."""
    head = folded.rfind("\n", 0, start)
    before = folded[max(head, 0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return start - len(before) + (ends[-1].end() if ends else 0)


def _sentence(folded: str, start: int) -> tuple[int, str]:
    """The start and text of the sentence holding `start`."""
    lo = _sentence_start(folded, start)
    tail = _SENTENCE_END.search(folded, start)
    return lo, folded[lo : tail.start() if tail else len(folded)]


def sentence_of(folded: str, start: int) -> str:
    """The sentence holding `start`."""
    return _sentence(folded, start)[1]


def is_hypothetical(folded: str, start: int) -> bool:
    """True inside a sentence asking "what if someone..." rather than telling a situation."""
    lo, sentence = _sentence(folded, start)
    if _INFO.search(sentence):
        return True
    return bool(_HYPOTHETICAL.search(folded[lo:start])) and not _OWN.search(sentence)


def not_happening_now(folded: str, start: int) -> bool:
    """True when the sentence (from its last "but") tells a past or habitual event, not a now."""
    lo, sentence = _sentence(folded, start)
    turns = list(_TURN.finditer(sentence, 0, start - lo))
    part = sentence[turns[-1].end() :] if turns else sentence
    if _HABIT.search(part) and not _NOW_STRICT.search(part):
        return True
    return bool(_PAST.search(part)) and not _NOW.search(part)


def compile_words(alternatives: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any alternative as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", _FLAGS)
