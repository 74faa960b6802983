"""Context cues (commercial sex, work, past, hearsay, spam...) and the matching they share
with indicators: compiled tables, literal anchors, negation and hypotheticals."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from languages import Language, compile_part, reading
from languages.base import Patterns
from triage.anchors import anchors
from triage.normalize import Text
from triage.scope import Hit, is_hypothetical, is_negated

# Harm to an animal is not a person at risk ("beat his dog").
_ANIMAL = re.compile(
    r"\b(?:dogs?|cats?|pets?|animals?|horses?|puppy|perr[oa]s?|gat[oa]s?|mascotas?)$"
)
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
class Table:
    """The compiled alternatives of one indicator or cue, and the literals one of which any
    match contains (None: no such literal), so most tips skip the regex scan."""

    pattern: re.Pattern[str]
    anchors: frozenset[str] | None

    def could_match(self, folded: str) -> bool:
        """False only when no match is possible in the text."""
        return self.anchors is None or any(map(folded.__contains__, self.anchors))


def tables(
    part: Callable[[Language], Mapping[str, Patterns]], languages: tuple[Language, ...]
) -> dict[str, Table]:
    """One table per name, the alternatives of the given languages together."""
    names: set[str] = set().union(*(part(lang) for lang in languages))
    found = {}
    for name in names:

        def alternatives(lang: Language, name: str = name) -> Patterns:
            return part(lang).get(name, ())

        folded = [p for lang in languages for p in lang.folded(alternatives(lang))]
        found[name] = Table(compile_part(alternatives, languages), anchors(folded))
    return found


@lru_cache(maxsize=32)
def _cue_patterns(language: str = "und") -> dict[str, Table]:
    """Compiled context cues (commercial sex, work, past, hearsay, spam...) read in a text of
    this language."""
    return tables(lambda lang: lang.cues, reading(language))


def first_real(
    table: Table, name: str, folded: str, literal: bool, language: str = "und"
) -> Hit | None:
    """The first match that is neither negated nor hypothetical."""
    if not table.could_match(folded):
        return None
    for m in table.pattern.finditer(folded):
        if literal:
            return Hit(name, m.start(), m.end())
        if _ANIMAL.search(m.group()) or is_negated(folded, m.start(), language):
            continue
        if not is_hypothetical(folded, m.start()):
            return Hit(name, m.start(), m.end())
    return None


def find_cue(text: Text, name: str) -> Hit | None:
    """The first real occurrence of a context cue such as "commercial_sex" or "hearsay"."""
    if name not in text.cues:
        table = _cue_patterns(text.language).get(name)
        literal = name in _LITERAL_CUES
        text.cues[name] = (
            first_real(table, name, text.folded, literal, text.language) if table else None
        )
    hit = text.cues[name]
    return hit if isinstance(hit, Hit) else None


def cue_pattern(name: str, language: str = "und") -> re.Pattern[str]:
    """The compiled pattern of one context cue, for matching short strings directly."""
    table = _cue_patterns(language).get(name) or _cue_patterns()[name]
    return table.pattern
