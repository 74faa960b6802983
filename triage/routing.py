"""Queue routing: ordered rules and regions read from routes.yml, so deployments change
queues, regions and paging targets, not code."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from triage.location import Region, fold_words
from triage.urgency import CATEGORIES, SPAM_KINDS, URGENCIES

DEFAULT_ROUTES = Path(__file__).with_name("routes.yml")
DEFAULT_PAGE_TARGET = "on_call"
_QUEUE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_RULE_KEYS = frozenset({"name", "when", "queue", "page"})
_REGION_KEYS = frozenset({"name", "places", "postcodes"})
# Tip.region holds at most 48 characters.
_REGION_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
_POSTCODE_PREFIX = re.compile(r"^[a-z0-9]{1,8}$")
# Each condition and the values it may take (None: any string).
_CONDITIONS: dict[str, tuple[Any, ...] | None] = {
    "urgency": URGENCIES,
    "category": CATEGORIES,
    "minor_involved": (True, False, None),
    "immediate_danger": (True, False),
    "language": None,
    "spam_kind": (*SPAM_KINDS, None),
    "region": (None,),  # and the names under `regions`
    "understood": (True, False),
}


class RoutesError(ValueError):
    """The routing file is missing, unreadable or names a field or value that does not exist."""


@dataclass(frozen=True)
class Rule:
    """One routing rule: when all conditions hold, the tip goes to `queue`."""

    name: str
    when: Mapping[str, tuple[Any, ...]]
    queue: str
    page: str | None = None

    def matches(self, facts: Mapping[str, Any]) -> bool:
        """True when every condition holds for the facts of a tip."""
        return all(facts.get(key) in allowed for key, allowed in self.when.items())


@dataclass(frozen=True)
class Route:
    """Where a tip goes, whom to page (None: nobody), and the rule that decided."""

    queue: str
    page: str | None
    rule: str


def _fail(index: int, name: str, field: str, problem: str) -> RoutesError:
    """An error naming the rule and field at fault."""
    return RoutesError(f"routes rule {index} ({name!r}): field {field!r}: {problem}")


def _condition(
    index: int, name: str, key: str, value: Any, regions: tuple[str, ...]
) -> tuple[Any, ...]:
    """Validate one `when` condition; a scalar becomes a one-item tuple."""
    if key not in _CONDITIONS:
        raise _fail(
            index, name, f"when.{key}", f"unknown condition; use one of {sorted(_CONDITIONS)}"
        )  # noqa: E501
    values = tuple(value) if isinstance(value, list) else (value,)
    allowed = _CONDITIONS[key]
    if key == "region":
        allowed = (*regions, None)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            known = ", ".join(regions) or "none are defined"
            raise _fail(
                index,
                name,
                "when.region",
                f"{unknown[0]!r} is not a region under `regions` ({known})",
            )
    for v in values:
        ok = v in allowed if allowed is not None else isinstance(v, str) and bool(v)
        if not ok or isinstance(v, (list, dict)):
            choices = ", ".join(map(str, allowed)) if allowed else "a non-empty string"
            raise _fail(index, name, f"when.{key}", f"{v!r} is not one of {choices}")
    return values


def _rule(index: int, raw: Any, regions: tuple[str, ...] = ()) -> Rule:
    """Validate one rule from the file."""
    if not isinstance(raw, dict):
        raise RoutesError(f"routes rule {index}: must be a mapping, got {type(raw).__name__}")
    name = str(raw.get("name") or f"rule {index}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise _fail(index, name, sorted(unknown)[0], f"unknown field; use {sorted(_RULE_KEYS)}")
    queue = raw.get("queue")
    if not isinstance(queue, str) or not _QUEUE_NAME.match(queue):
        raise _fail(index, name, "queue", f"{queue!r} is not a queue name (a-z, 0-9, _ or -)")
    when = raw.get("when", {})
    if not isinstance(when, dict):
        raise _fail(index, name, "when", "must be a mapping of conditions")
    page = raw.get("page", False)
    if not isinstance(page, (bool, str)) or page == "":
        raise _fail(index, name, "page", f"{page!r} must be true, false or a paging target name")
    target = DEFAULT_PAGE_TARGET if page is True else (page or None)
    conditions = {k: _condition(index, name, k, v, regions) for k, v in when.items()}
    return Rule(name, conditions, queue, target)


def _region_fail(index: int, name: str, field: str, problem: str) -> RoutesError:
    """An error naming the region and field at fault."""
    return RoutesError(f"routes region {index} ({name!r}): field {field!r}: {problem}")


def _strings(index: int, name: str, field: str, value: Any) -> list[str]:
    """A list of non-empty strings, or an error saying what the field must be."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _region_fail(index, name, field, "must be a list of non-empty strings")
    return [v.strip() for v in value]


def _places(index: int, name: str, raw: Any) -> tuple[str, ...]:
    """Place names: town, county or state names, never numbers (a number is no place name,
    and an area code would describe the tipster's phone, not the situation)."""
    places = _strings(index, name, "places", raw)
    for place in places:
        if any(c.isdigit() for c in place):
            raise _region_fail(
                index,
                name,
                "places",
                f"{place!r} holds digits; postal codes go under "
                "`postcodes`, and phone area codes are not used (they locate the tipster's phone)",
            )
        if len(fold_words(place)) < 3:
            raise _region_fail(
                index, name, "places", f"{place!r} is too short to match safely; write it in full"
            )
    return tuple(places)


def _postcodes(index: int, name: str, raw: Any) -> tuple[str, ...]:
    """Postal-code prefixes, compacted and lower case ("SW1" -> "sw1", "937")."""
    codes = [re.sub(r"[ -]", "", c).lower() for c in _strings(index, name, "postcodes", raw)]
    for code in codes:
        if not _POSTCODE_PREFIX.match(code) or not any(c.isdigit() for c in code):
            raise _region_fail(
                index, name, "postcodes", f"{code!r} is not a postal-code prefix (holds a digit)"
            )
    return tuple(codes)


def _region(index: int, raw: Any) -> Region:
    """Validate one region from the file."""
    if not isinstance(raw, dict):
        raise RoutesError(f"routes region {index}: must be a mapping, got {type(raw).__name__}")
    name = raw.get("name")
    label = str(name or f"region {index}")
    unknown = set(raw) - _REGION_KEYS
    if unknown:
        raise _region_fail(
            index, label, sorted(unknown)[0], f"unknown field; use {sorted(_REGION_KEYS)}"
        )
    if not isinstance(name, str) or not _REGION_NAME.match(name):
        raise _region_fail(index, label, "name", "a region name is a-z, 0-9, _ or -, up to 48")
    places = _places(index, name, raw.get("places", []))
    codes = _postcodes(index, name, raw.get("postcodes", []))
    if not places and not codes:
        raise _region_fail(index, name, "places", "a region needs places or postcodes")
    return Region(name, places, codes)


def parse_regions(data: Any) -> tuple[Region, ...]:
    """The regions of a parsed routes file: none, or each with its places, no place twice."""
    raw = data.get("regions") if isinstance(data, dict) else None
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RoutesError("routes: `regions` must be a list of regions")
    regions = tuple(_region(i, r) for i, r in enumerate(raw, start=1))
    owner: dict[str, str] = {}
    for index, region in enumerate(regions, start=1):
        if region.name in {r.name for r in regions[: index - 1]}:
            raise _region_fail(index, region.name, "name", "another region has this name")
        for place in region.places:
            other = owner.setdefault(fold_words(place), region.name)
            if other != region.name:
                raise _region_fail(
                    index, region.name, "places", f"{place!r} is already in region {other!r}"
                )
    return regions


def parse_routes(data: Any) -> tuple[Rule, ...]:
    """Validate parsed YAML and return its rules in order."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise RoutesError("routes: the file must hold a non-empty list under `rules`")
    names = tuple(r.name for r in parse_regions(data))
    rules = tuple(_rule(i, raw, names) for i, raw in enumerate(data["rules"], start=1))
    if rules[-1].when:
        raise _fail(
            len(rules),
            rules[-1].name,
            "when",
            "the last rule must have an empty `when` so every tip gets a queue",
        )
    return rules


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[tuple[Rule, ...], tuple[Region, ...]]:
    """Read and validate a routes file once per path."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise RoutesError(f"routes: cannot read {path}: {exc}") from exc
    return parse_routes(data), parse_regions(data)


def load_routes(path: str | Path | None = None) -> tuple[Rule, ...]:
    """The validated rules of a routes file (the packaged routes.yml by default), cached."""
    return _load(str(path or DEFAULT_ROUTES))[0]


def load_regions(path: str | Path | None = None) -> tuple[Region, ...]:
    """The validated regions of a routes file (none by default), cached."""
    return _load(str(path or DEFAULT_ROUTES))[1]


def route(
    *,
    urgency: str,
    category: str,
    minor_involved: bool | None,
    language: str,
    spam_kind: str | None = None,
    immediate_danger: bool = False,
    region: str | None = None,
    understood: bool = True,
    rules: tuple[Rule, ...] | None = None,
) -> Route:
    """The queue of the first rule that holds for these facts."""
    facts = {
        "urgency": urgency,
        "category": category,
        "minor_involved": minor_involved,
        "language": language,
        "spam_kind": spam_kind,
        "immediate_danger": immediate_danger,
        "region": region,
        "understood": understood,
    }
    for rule in rules if rules is not None else load_routes():
        if rule.matches(facts):
            return Route(rule.queue, rule.page, rule.name)
    raise RoutesError("routes: no rule matched; the last rule must have an empty `when`")
