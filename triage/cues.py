"""Context cues (commercial sex, work, past, hearsay, spam...) and the matching they share
with indicators: compiled tables, literal anchors, negation and hypotheticals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from triage import patterns_en as en
from triage import patterns_es as es
from triage import patterns_other as other
from triage.anchors import anchors
from triage.normalize import Text
from triage.scope import Hit, compile_words, is_hypothetical, is_negated

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


def tables(sources: tuple[dict[str, tuple[str, ...]], ...]) -> dict[str, Table]:
    """One table per name, every language's alternatives together."""
    names = set().union(*sources)
    alternatives = {n: tuple(p for t in sources for p in t.get(n, ())) for n in names}
    return {n: Table(compile_words(a), anchors(a)) for n, a in alternatives.items()}


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, Table]:
    """Compiled context cues (commercial sex, work, past, hearsay, spam...)."""
    return tables((en.CUES, es.CUES, other.CUES))


def first_real(table: Table, name: str, folded: str, literal: bool) -> Hit | None:
    """The first match that is neither negated nor hypothetical."""
    if not table.could_match(folded):
        return None
    for m in table.pattern.finditer(folded):
        if literal:
            return Hit(name, m.start(), m.end())
        if _ANIMAL.search(m.group()) or is_negated(folded, m.start()):
            continue
        if not is_hypothetical(folded, m.start()):
            return Hit(name, m.start(), m.end())
    return None


def find_cue(text: Text, name: str) -> Hit | None:
    """The first real occurrence of a context cue such as "commercial_sex" or "hearsay"."""
    if name not in text.cues:
        table = _cue_patterns()[name]
        text.cues[name] = first_real(table, name, text.folded, name in _LITERAL_CUES)
    hit = text.cues[name]
    return hit if isinstance(hit, Hit) else None


def cue_pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of one context cue, for matching short strings directly."""
    return _cue_patterns()[name].pattern
