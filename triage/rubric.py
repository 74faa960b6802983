"""The rubric: a tip's messages and answers in, a versioned and explained Assessment out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from triage import flags, routing
from triage import urgency as rules
from triage.indicators import STRONG, Finding, find_indicators, to_finding
from triage.language import guess_language
from triage.location import Region, find_region, specific_location
from triage.normalize import Text, normalize
from triage.scope import Hit

__all__ = ["RUBRIC_VERSION", "Assessment", "Finding", "assess"]

RUBRIC_VERSION = "1.2.0"
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
    """Every message and free-text answer, one per line."""
    parts = [m for m in messages if isinstance(m, str)]
    parts += [answers[k] for k in _TEXT_ANSWERS if isinstance(answers.get(k), str)]
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


def assess(
    messages: Sequence[str],
    answers: Mapping[str, Any] | None = None,
    *,
    routes: tuple[routing.Rule, ...] | None = None,
    regions: tuple[Region, ...] | None = None,
) -> Assessment:
    """Assess one tip: indicators, flags, category, urgency, region and queue.

    `routes` and `regions` default to those of the packaged routes.yml.
    """
    answers = answers or {}
    text = normalize(_tip_text(messages, answers))
    danger = flags.immediate_danger(text) is not None or answers.get("immediate_danger") is True
    found = find_indicators(text)
    minor_text, minor_hit = flags.minor_involved(text)
    minor = flags.merge_flag(minor_text, answers.get("minor_involved"))
    kind = answers.get("kind") if isinstance(answers.get("kind"), str) else None
    commercial = rules.sex_context(text, {h.name for h in found}, minor, kind)
    working = rules.has_cue(text, "labor_sector", "work")
    hits = _derived(text, found, minor, minor_hit, commercial, working)
    names = {h.name for h in hits}
    spam = rules.spam_kind(text, names, danger)
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
    language = guess_language(text.folded)
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
        rules=routes,
    )
    return Assessment(
        level,
        category,
        danger,
        minor,
        where.queue,
        language,
        _ordered(text, hits),
        RUBRIC_VERSION,
        where.page,
        region,
    )
