"""Mark the words that made triage fire inside untrusted tip text, without trusting the text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

MAX_PHRASE = 500  # evidence is a quote from the tip; anything longer is not worth a search


def evidence_phrases(indicators: Iterable[Any]) -> list[str]:
    """The evidence strings of an assessment's indicators, skipping malformed entries."""
    phrases: list[str] = []
    for indicator in indicators:
        if not isinstance(indicator, dict):
            continue
        evidence = indicator.get("evidence")
        items = evidence if isinstance(evidence, list) else [evidence]
        phrases.extend(p.strip() for p in items if isinstance(p, str) and p.strip())
    return phrases


def _pattern(phrase: str) -> str:
    # Any run of spaces or line breaks in the tip matches a single space in the evidence.
    return r"\s+".join(re.escape(word) for word in phrase[:MAX_PHRASE].split())


def _spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    found = sorted(
        (match.start(), match.end())
        for phrase in set(phrases)
        if phrase.split()
        for match in re.finditer(_pattern(phrase), text, flags=re.IGNORECASE)
    )
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, phrases: Iterable[str]) -> Markup:
    """The text escaped, with each case-insensitive match of a phrase wrapped in <mark>."""
    out: list[Markup] = []
    position = 0
    for start, end in _spans(text, phrases):
        out.append(escape(text[position:start]))
        out.append(Markup("<mark>%s</mark>") % text[start:end])
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)
