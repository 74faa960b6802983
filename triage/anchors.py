"""Literal anchors of a regular expression: strings of which one must occur in any match.

A pattern table is searched only when one of its anchors is in the text, so a tip costs a few
substring tests for most tables instead of a regex scan of every word.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # pragma: no cover
    import sre_constants
    import sre_parse

_MIN = 3
_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
_Anchors = frozenset[str] | None


def _better(a: _Anchors, b: _Anchors) -> _Anchors:
    """The more selective of two anchor sets: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda s: (-min(map(len, s)), len(s)))


def _branch(alternatives: Iterable[Any]) -> _Anchors:
    """Anchors of an alternation: every alternative must have some."""
    union: set[str] = set()
    for alternative in alternatives:
        found = _required(alternative)
        if found is None:
            return None
        union |= found
    return _minimal(union)


def _required(items: Any) -> _Anchors:
    """The best anchor set of a parsed sequence, or None when no literal is required."""
    best: _Anchors = None
    run: list[str] = []
    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= _MIN:
            best = _better(best, frozenset({"".join(run).lower()}))
        run = []
        if op is _SUBPATTERN:
            best = _better(best, _required(av[-1]))
        elif op is _BRANCH:
            best = _better(best, _branch(av[1]))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _required(av[2]))
    if len(run) >= _MIN:
        best = _better(best, frozenset({"".join(run).lower()}))
    return best


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop every string that contains another: if "debt" is absent, so is "debt bondage"."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def anchors(alternatives: Iterable[str]) -> frozenset[str] | None:
    """Strings of which one occurs in any match of any alternative; None when unknowable."""
    union: set[str] = set()
    for pattern in alternatives:
        found = _required(sre_parse.parse(pattern))
        if not found or min(map(len, found)) < _MIN:
            return None
        union |= found
    return _minimal(union)
