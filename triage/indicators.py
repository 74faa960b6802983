"""Indicator detection: every registered language's patterns, negation and hypotheticals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from languages import reading
from triage.cues import Table, first_real, tables
from triage.danger import find_danger
from triage.normalize import Text, normalize
from triage.scope import Hit

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
# What the learned model adds when it raises a tip the rules did not: shown apart to staff.
SUSPECTS_DANGER = "model_suspects_danger"
SUSPECTS_MINOR = "model_suspects_minor"
MODEL_FINDINGS = (SUSPECTS_DANGER, SUSPECTS_MINOR)


@dataclass(frozen=True)
class Finding:
    """An indicator that fired, with the words of the tip that triggered it."""

    name: str
    evidence: str


@lru_cache(maxsize=32)
def _indicator_patterns(language: str) -> dict[str, Table]:
    """Compiled indicator patterns read in a text of this language, every language per name."""
    return tables(lambda lang: lang.indicators, reading(language))


def find_indicators(text: Text) -> list[Hit]:
    """Every indicator that really fires in the text, first occurrence each, in rubric order."""
    patterns = _indicator_patterns(text.language)
    hits = (
        first_real(patterns[n], n, text.folded, False, text.language)
        for n in ALL_INDICATORS
        if n in patterns
    )
    return [h for h in hits if h is not None]


def to_finding(text: Text, hit: Hit) -> Finding:
    """A hit with its evidence taken from the original words."""
    return Finding(hit.name, text.evidence(hit.start, hit.end))


def detect_danger(text: str) -> Finding | None:
    """Fast check of one message for a person at physical risk now (used at the edge)."""
    normalized = normalize(text)
    hit = find_danger(normalized)
    return to_finding(normalized, hit) if hit else None
