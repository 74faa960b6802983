"""Scope of a match: negated, hypothetical, or told as past or habit rather than now."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from languages import Language, compile_part, reading
from languages.base import Patterns
from languages.detect import script_of

_FLAGS = re.IGNORECASE | re.MULTILINE


@lru_cache(maxsize=32)
def _negation(language: str) -> re.Pattern[str]:
    """The negations read in a text of this language (its own and English)."""
    return compile_part(lambda lang: lang.negation, reading(language))


_HEDGE = compile_part(lambda lang: lang.hedge)
_HYPOTHETICAL = compile_part(lambda lang: lang.hypothetical)
_OWN = compile_part(lambda lang: lang.own_situation)
# Scripts written without spaces: a negation is looked for in the few characters before.
_UNSPACED_TAIL = 4
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


def is_negated(folded: str, start: int, language: str = "und") -> bool:
    """True when a negation ("no one", "nobody", "nadie", "not") governs the words at start;
    the negations are those of the text's language (and English)."""
    window = folded[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    found = _WORD.findall(_HEDGE.sub(" ", window))[-3:]
    last = found[-1] if found else ""
    if len(last) > _UNSPACED_TAIL and any(script_of(c) == "han" for c in last):
        found = [last[-_UNSPACED_TAIL:]]
    return bool(_negation(language).search(" ".join(found)))


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


@lru_cache(maxsize=32)
def _time_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Past and present words of the other languages read in a text of this language (their
    "past_long", "past_recent" and "present" cues); English and Spanish have their own above."""
    others = tuple(lang for lang in reading(language) if not lang.conversed)

    def past(lang: Language) -> Patterns:
        return (*lang.cues.get("past_long", ()), *lang.cues.get("past_recent", ()))

    return compile_part(past, others), compile_part(
        lambda lang: lang.cues.get("present", ()), others
    )


def not_happening_now(folded: str, start: int, language: str = "und") -> bool:
    """True when the sentence (from its last "but") tells a past or habitual event, not a now."""
    lo, sentence = _sentence(folded, start)
    turns = list(_TURN.finditer(sentence, 0, start - lo))
    part = sentence[turns[-1].end() :] if turns else sentence
    if _HABIT.search(part) and not _NOW_STRICT.search(part):
        return True
    past, now = _time_words(language)
    told_past = _PAST.search(part) or past.search(part)
    return bool(told_past) and not (_NOW.search(part) or now.search(part))
