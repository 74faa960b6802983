"""The rubric: a tip's messages and answers in, a versioned and explained Assessment out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from languages import get as get_language
from languages.detect import UND
from triage import flags, routing
from triage import model as learned
from triage import urgency as rules
from triage.indicators import (
    MODEL_FINDINGS,
    STRONG,
    SUSPECTS_DANGER,
    SUSPECTS_MINOR,
    Finding,
    find_indicators,
    to_finding,
)
from triage.location import Region, find_region, specific_location
from triage.normalize import Text, normalize_in_its_language
from triage.scope import Hit

__all__ = ["MODEL_FINDINGS", "RUBRIC_VERSION", "Assessment", "Finding", "assess"]

RUBRIC_VERSION = "2.0.0"
# Cues that show the triage understood what a tip in a language it reads in part is about.
_UNDERSTOOD_CUES = (
    "commercial_sex",
    "work",
    "labor_sector",
    "question",
    "partner",
    "test",
    "joke",
    "past_long",
    "out_safe",
)
_LEVELS = ("none", "low", "medium", "high", "critical")
# The model's word on a tip the rules call spam: not spam when it reads a tip this surely.
_NOT_SPAM_SCORE = 0.6
# Free-text answers the bot collects; they are read like messages.
_TEXT_ANSWERS = ("what", "where", "when", "who", "details")
_YOUNG_CHILD = 13


@dataclass(frozen=True)
class Assessment:
    """What triage concluded about one tip, and the words that made it conclude so."""

    urgency: str
    category: str
    immediate_danger: bool
    minor_involved: bool | None
    queue: str
    language: str
    indicators: tuple[Finding, ...]
    rubric_version: str = RUBRIC_VERSION
    page: str | None = field(default=None, compare=False)
    region: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `lantern triage` output, without the id."""
        return {
            "urgency": self.urgency,
            "category": self.category,
            "immediate_danger": self.immediate_danger,
            "minor_involved": self.minor_involved,
            "queue": self.queue,
            "language": self.language,
            "indicators": [{"name": f.name, "evidence": f.evidence} for f in self.indicators],
            "rubric_version": self.rubric_version,
            "region": self.region,
        }


def _tip_text(messages: Sequence[str], answers: Mapping[str, Any]) -> str:
    """Every message and free-text answer, one per line.

    The bot's answers are often the messages themselves ("what" gathers the account as it was
    written); a line already read in the messages is not read twice, so the order the person
    wrote in stands ("im ok not hurt" then "hes coming" is danger now).
    """
    parts = [m for m in messages if isinstance(m, str)]
    said = {" ".join(line.split()).lower() for m in parts for line in m.splitlines()}
    for key in _TEXT_ANSWERS:
        value = answers.get(key)
        if not isinstance(value, str):
            continue
        new = [line for line in value.splitlines() if " ".join(line.split()).lower() not in said]
        if new:
            parts.append("\n".join(new))
    return "\n".join(parts)


def _derived(
    text: Text,
    hits: list[Hit],
    minor: bool | None,
    minor_hit: Hit | None,
    commercial: bool,
    working: bool,
) -> list[Hit]:
    """Indicators that follow from the flags: a minor in commercial sex, a young child working."""
    names = {h.name for h in hits}
    extra: list[Hit] = []
    if minor is True and minor_hit and commercial and "under_18_commercial_sex" not in names:
        extra.append(Hit("under_18_commercial_sex", minor_hit.start, minor_hit.end))
    young = [a for a in flags.stated_ages(text) if a[0] <= _YOUNG_CHILD]
    if young and working and "child_labor" not in names:
        extra.append(Hit("child_labor", young[0][1], young[0][2]))
    return extra + hits


def _ordered(text: Text, hits: list[Hit]) -> tuple[Finding, ...]:
    """One finding per indicator, strong ones first, in the rubric's order."""
    order = {name: i for i, name in enumerate(STRONG)}
    ranked = sorted(hits, key=lambda h: (order.get(h.name, len(order)), h.start))
    seen: set[str] = set()
    findings = []
    for hit in ranked:
        if hit.name not in seen:
            seen.add(hit.name)
            findings.append(to_finding(text, hit))
    return tuple(findings)


def _at_least(level: str, floor: str) -> str:
    """The more urgent of two levels."""
    return max(level, floor, key=_LEVELS.index)


def _understood(text: Text, language: str, names: set[str], danger: bool) -> bool:
    """False for a language or script the triage cannot read, or a tip in a language it reads
    in part (not English or Spanish) in which nothing was recognised."""
    if language == UND:
        return False
    registered = get_language(language)
    if registered is not None and registered.conversed:
        return True
    return bool(names) or danger or rules.has_cue(text, *_UNDERSTOOD_CUES)


def _spam_evidence(spam: str | None, text: Text, opinion: learned.Opinion | None) -> str | None:
    """The spam kind only where there is positive evidence of spam: keyboard mashing must be
    in Latin letters, and the model must not read a tip in it."""
    if spam == "gibberish" and not text.folded.isascii():
        return None  # letters of a script the rules cannot judge are not mashing
    reads_a_tip = opinion is not None and (
        opinion.suspects_danger
        or (opinion.category != "not_trafficking" and opinion.category_score >= _NOT_SPAM_SCORE)
    )
    return None if reads_a_tip else spam


_DEFAULT_NET = object()


def assess(
    messages: Sequence[str],
    answers: Mapping[str, Any] | None = None,
    *,
    routes: tuple[routing.Rule, ...] | None = None,
    regions: tuple[Region, ...] | None = None,
    safety_net: Any = _DEFAULT_NET,
) -> Assessment:
    """Assess one tip: indicators, flags, category, urgency, region and queue.

    `routes` and `regions` default to those of the packaged routes.yml; `safety_net` to the
    model built for the present training data (None: the rules alone).
    """
    answers = answers or {}
    raw = _tip_text(messages, answers)
    text = normalize_in_its_language(raw)
    language = text.language
    danger = flags.immediate_danger(text) is not None or answers.get("immediate_danger") is True
    found = find_indicators(text)
    minor_text, minor_hit = flags.minor_involved(text)
    minor = flags.merge_flag(minor_text, answers.get("minor_involved"))
    kind = answers.get("kind") if isinstance(answers.get("kind"), str) else None
    commercial = rules.sex_context(text, {h.name for h in found}, minor, kind)
    working = rules.has_cue(text, "labor_sector", "work")
    hits = _derived(text, found, minor, minor_hit, commercial, working)
    names = {h.name for h in hits}
    net = learned.load() if safety_net is _DEFAULT_NET else safety_net
    opinion = net.opinion(text.folded) if net is not None else None
    spam = _spam_evidence(rules.spam_kind(text, names, danger), text, opinion)
    understood = spam is not None or _understood(text, language, names, danger)
    if spam:
        minor = False  # nothing real to act on, so nobody at risk is described
    category = rules.categorize(text, names, minor=minor, kind=kind, spam=spam, danger=danger)
    if minor is None and minor_hit is None and category == "not_trafficking":
        minor = False  # a person of no stated age, but nobody at risk of exploitation
    location = specific_location(text)
    when = answers.get("when") if isinstance(answers.get("when"), str) else None
    level = rules.urgency(
        category=category,
        immediate_danger=danger,
        minor_involved=minor,
        ongoing=rules.is_ongoing(text, when),
        specific_location=location is not None,
        weak=rules.is_weak(text, names, location),
    )
    findings = _ordered(text, hits)
    if opinion is not None and opinion.doubts_safety and level != "critical" and not spam:
        # The rules' reading of the text (immediate_danger) stands; the urgency is raised.
        level = "critical" if opinion.suspects_danger else _at_least(level, "high")
        findings += (Finding(SUSPECTS_DANGER, f"model score {opinion.danger:.2f}"),)
    if opinion is not None and opinion.suspects_minor and minor is not True and not spam:
        level = _at_least(level, "high")
        findings += (Finding(SUSPECTS_MINOR, f"model score {opinion.minor:.2f}"),)
    if not understood:
        level = _at_least(level, "high")
    where_answer = answers.get("where") if isinstance(answers.get("where"), str) else None
    region = find_region(
        text, routing.load_regions() if regions is None else regions, where_answer, location
    )
    where = routing.route(
        urgency=level,
        category=category,
        minor_involved=minor,
        language=language,
        spam_kind=spam,
        immediate_danger=danger,
        region=region,
        understood=understood,
        rules=routes,
    )
    return Assessment(
        level,
        category,
        danger,
        minor,
        where.queue,
        language,
        findings,
        RUBRIC_VERSION,
        where.page,
        region,
    )
