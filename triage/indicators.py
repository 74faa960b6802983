"""Indicator detection: compiled English and Spanish patterns, negation and hypotheticals."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from triage import patterns_en as en
from triage import patterns_es as es
from triage.normalize import Text, normalize

# Control or coercion (DHS Blue Campaign, Polaris, ILO forced-labour indicators).
STRONG: tuple[str, ...] = (
    "under_18_commercial_sex",
    "controlled_by_third_party",
    "confiscated_documents",
    "debt_bondage",
    "restricted_movement",
    "confinement",
    "threats_of_violence",
    "threats_of_deportation",
    "threats_of_exposure",
    "signs_of_abuse",
    "sexual_violence",
    "weapon",
    "unpaid_wages",
    "recruitment_fraud",
    "isolation",
    "forced_criminality",
    "deprivation",
    "child_labor",
    "branding_tattoo",
    "quota",
    "medical_emergency",
)
# Not enough alone: they support a reading but do not show control by themselves.
CONTEXTUAL: tuple[str, ...] = (
    "lives_at_workplace",
    "poor_living_conditions",
    "transported_to_work",
    "excessive_hours",
    "high_buyer_traffic",
    "high_security_premises",
    "unusual_hours",
    "online_ad",
    "online_recruitment",
    "moved_between_locations",
    "fearful_submissive",
    "scripted_answers",
    "disoriented",
    "romance_grooming",
    "no_possessions",
    "multiple_phones",
    "self_report",
    "remote_sexual_acts",
)
ALL_INDICATORS = STRONG + CONTEXTUAL

_FLAGS = re.IGNORECASE | re.MULTILINE
_NEGATION = re.compile(f"{en.NEGATION}|{es.NEGATION}")
_HEDGE = re.compile(f"{en.HEDGE}|{es.HEDGE}")
_HYPOTHETICAL = re.compile(f"{en.HYPOTHETICAL}|{es.HYPOTHETICAL}")
_OWN = re.compile(f"{en.OWN_SITUATION}|{es.OWN_SITUATION}")
_CLAUSE_END = re.compile(r"[.!?;,:\n]|\b(?:but|and|because|so|pero|y|porque|aunque)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[\w']+")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|me|we|we're|us|my|estoy|estamos|nos|mi)\b")
_CRY = re.compile(r"\b(?:help|sos|auxilio|socorro|ayuda\w*)\b")
# Cues whose meaning is not flipped by a negation or a hypothetical in front of them.
_LITERAL_CUES = frozenset(
    {
        "question",
        "test",
        "abuse",
        "joke",
        "laugh",
        "chain",
        "past_long",
        "past_recent",
        "present",
        "work",
        "labor_sector",
        "massage",
        "identifiable",
        "partner",
    }
)


@dataclass(frozen=True)
class Finding:
    """An indicator that fired, with the words of the tip that triggered it."""

    name: str
    evidence: str


@dataclass(frozen=True)
class Hit:
    """A match in folded text: what fired and where."""

    name: str
    start: int
    end: int


def _compile(alternatives: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any alternative as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", _FLAGS)


@lru_cache(maxsize=1)
def _indicator_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled indicator patterns, both languages per name."""
    names = set(en.INDICATORS) | set(es.INDICATORS)
    return {n: _compile(en.INDICATORS.get(n, ()) + es.INDICATORS.get(n, ())) for n in names}


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled context cues (commercial sex, work, past, hearsay, spam...)."""
    names = set(en.CUES) | set(es.CUES)
    return {n: _compile(en.CUES.get(n, ()) + es.CUES.get(n, ())) for n in names}


@lru_cache(maxsize=1)
def _danger_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled present-danger and safe-now statements."""
    return _compile(en.DANGER + es.DANGER), _compile(en.SAFE + es.SAFE)


def is_negated(folded: str, start: int) -> bool:
    """True when a negation ("no one", "nobody", "nadie", "not") governs the words at start."""
    window = folded[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    words = " ".join(_WORD.findall(_HEDGE.sub(" ", window))[-4:])
    return bool(_NEGATION.search(words))


def is_hypothetical(folded: str, start: int) -> bool:
    """True inside a sentence asking "what if someone..." rather than telling a situation."""
    head = folded.rfind("\n", 0, start)
    before = folded[max(head, 0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    lo = start - len(before) + (ends[-1].end() if ends else 0)
    tail = _SENTENCE_END.search(folded, start)
    sentence = folded[lo : tail.start() if tail else len(folded)]
    return bool(_HYPOTHETICAL.search(folded[lo:start])) and not _OWN.search(sentence)


def _first_real(pattern: re.Pattern[str], name: str, folded: str, literal: bool) -> Hit | None:
    """The first match that is neither negated nor hypothetical."""
    for m in pattern.finditer(folded):
        if literal or not (is_negated(folded, m.start()) or is_hypothetical(folded, m.start())):
            return Hit(name, m.start(), m.end())
    return None


def find_indicators(text: Text) -> list[Hit]:
    """Every indicator that really fires in the text, first occurrence each, in rubric order."""
    patterns = _indicator_patterns()
    hits = (
        _first_real(patterns[n], n, text.folded, False) for n in ALL_INDICATORS if n in patterns
    )
    return [h for h in hits if h is not None]


def find_cue(text: Text, name: str) -> Hit | None:
    """The first real occurrence of a context cue such as "commercial_sex" or "hearsay"."""
    return _first_real(_cue_patterns()[name], name, text.folded, name in _LITERAL_CUES)


def find_danger(text: Text) -> Hit | None:
    """The last statement of present danger, unless a later one says the person is safe now."""
    danger, safe = _danger_patterns()
    last: Hit | None = None
    for m in danger.finditer(text.folded):
        if not (is_negated(text.folded, m.start()) or is_hypothetical(text.folded, m.start())):
            last = Hit("immediate_danger", m.start(), m.end())
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


def to_finding(text: Text, hit: Hit) -> Finding:
    """A hit with its evidence taken from the original words."""
    return Finding(hit.name, text.evidence(hit.start, hit.end))


def detect_danger(text: str) -> Finding | None:
    """Fast check of one message for a person at physical risk now (used at the edge)."""
    normalized = normalize(text)
    hit = find_danger(normalized)
    return to_finding(normalized, hit) if hit else None
