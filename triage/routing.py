"""Queue routing: ordered rules read from routes.yml, so deployments change queues, not code."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from triage.urgency import CATEGORIES, SPAM_KINDS, URGENCIES

DEFAULT_ROUTES = Path(__file__).with_name("routes.yml")
DEFAULT_PAGE_TARGET = "on_call"
_QUEUE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_RULE_KEYS = frozenset({"name", "when", "queue", "page"})
# Each condition and the values it may take (None: any string).
_CONDITIONS: dict[str, tuple[Any, ...] | None] = {
    "urgency": URGENCIES,
    "category": CATEGORIES,
    "minor_involved": (True, False, None),
    "immediate_danger": (True, False),
    "language": None,
    "spam_kind": (*SPAM_KINDS, None),
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


def _condition(index: int, name: str, key: str, value: Any) -> tuple[Any, ...]:
    """Validate one `when` condition; a scalar becomes a one-item tuple."""
    if key not in _CONDITIONS:
        raise _fail(
            index, name, f"when.{key}", f"unknown condition; use one of {sorted(_CONDITIONS)}"
        )  # noqa: E501
    values = tuple(value) if isinstance(value, list) else (value,)
    allowed = _CONDITIONS[key]
    for v in values:
        ok = v in allowed if allowed is not None else isinstance(v, str) and bool(v)
        if not ok or isinstance(v, (list, dict)):
            choices = ", ".join(map(str, allowed)) if allowed else "a non-empty string"
            raise _fail(index, name, f"when.{key}", f"{v!r} is not one of {choices}")
    return values


def _rule(index: int, raw: Any) -> Rule:
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
    return Rule(name, {k: _condition(index, name, k, v) for k, v in when.items()}, queue, target)


def parse_routes(data: Any) -> tuple[Rule, ...]:
    """Validate parsed YAML and return its rules in order."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise RoutesError("routes: the file must hold a non-empty list under `rules`")
    rules = tuple(_rule(i, raw) for i, raw in enumerate(data["rules"], start=1))
    if rules[-1].when:
        raise _fail(
            len(rules),
            rules[-1].name,
            "when",
            "the last rule must have an empty `when` so every tip gets a queue",
        )
    return rules


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[Rule, ...]:
    """Read and validate a routes file once per path."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise RoutesError(f"routes: cannot read {path}: {exc}") from exc
    return parse_routes(data)


def load_routes(path: str | Path | None = None) -> tuple[Rule, ...]:
    """The validated rules of a routes file (the packaged routes.yml by default), cached."""
    return _load(str(path or DEFAULT_ROUTES))


def route(
    *,
    urgency: str,
    category: str,
    minor_involved: bool | None,
    language: str,
    spam_kind: str | None = None,
    immediate_danger: bool = False,
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
    }
    for rule in rules if rules is not None else load_routes():
        if rule.matches(facts):
            return Route(rule.queue, rule.page, rule.name)
    raise RoutesError("routes: no rule matched; the last rule must have an empty `when`")
