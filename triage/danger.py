"""Present danger: a person at physical risk now, told outright or by a harm and a "now"."""

from __future__ import annotations

import re
from functools import lru_cache

from languages import Language, compile_part, reading, registered
from languages.base import Patterns
from languages.detect import script_of
from triage.anchors import anchors
from triage.cues import Table, find_cue
from triage.normalize import Text
from triage.scope import (
    Hit,
    is_hypothetical,
    is_negated,
    not_happening_now,
    sentence_of,
)

_FIRST_PERSON = re.compile(r"\b(?:i|i'm|me|we|we're|us|my|estoy|estamos|nos|mi)\b")
_CRY = re.compile(r"\b(?:help|sos|auxilio|socorro|ayuda\w*)\b")


# One table per language and part, so a tip is scanned only with the tables that could match
# it: those of a script the tip is written in, holding one of their literal anchors.
_Tables = tuple[tuple[str, str, Table], ...]
_SHORT = 300


@lru_cache(maxsize=4)
def _tables(part: str) -> _Tables:
    """Every registered language's patterns of one part ("danger", "harm"), table by table: a
    language's patterns in its own script, and apart from them those written in ASCII (Latin
    transliterations such as "pomogite" are scanned in any text)."""
    found = []
    for lang in registered():
        every: Patterns = getattr(lang, part)
        ascii_only = tuple(p for p in every if p.isascii())
        for script, patterns in (
            (lang.script, tuple(p for p in every if not p.isascii())),
            ("latin", ascii_only),
        ):
            if patterns:

                def part_of(_: Language, found: Patterns = patterns) -> Patterns:
                    return found

                pattern = compile_part(part_of, (lang,))
                table = Table(pattern, anchors(lang.folded(patterns)))
                found.append((lang.code, script, table))
    return tuple(found)


def _scripts(text: Text) -> frozenset[str]:
    """The scripts of the letters of a text beyond ASCII."""
    if "scripts" not in text.cues:
        text.cues["scripts"] = frozenset(
            script_of(c) for c in text.folded if not c.isascii() and c.isalpha()
        )
    found = text.cues["scripts"]
    return found if isinstance(found, frozenset) else frozenset()


def _matches(text: Text, part: str) -> list[re.Match[str]]:
    """The matches of a part in every language whose table could match the text, in order.

    A short message is read in every language (a cry for help in a few words is where a
    language is easiest to mistake); a long one, whose language is clear, in the languages
    read in it.
    """
    scripts = _scripts(text)
    codes = None if len(text.folded) <= _SHORT else {lang.code for lang in reading(text.language)}
    found: list[re.Match[str]] = []
    for code, script, table in _tables(part):
        if codes is not None and code not in codes:
            continue
        if (script == "latin" or script in scripts) and table.could_match(text.folded):
            found.extend(table.pattern.finditer(text.folded))
    return sorted(found, key=lambda m: m.start())


@lru_cache(maxsize=1)
def _imminent() -> re.Pattern[str]:
    """The words of every language that make a harm present."""
    return compile_part(lambda lang: lang.imminent)


def _harm_now(text: Text) -> Hit | None:
    """A harm told in a sentence that also says it is now or about to be (none once out safe)."""
    imminent = _imminent()
    folded = text.folded
    if find_cue(text, "out_safe") is not None:
        return None
    for m in _matches(text, "harm"):
        start = m.start()
        if is_negated(folded, start, text.language) or is_hypothetical(folded, start):
            continue
        if not_happening_now(folded, start, text.language):
            continue
        if imminent.search(sentence_of(folded, start)):
            return Hit("immediate_danger", start, m.end())
    return None


@lru_cache(maxsize=32)
def _safe_pattern(language: str) -> re.Pattern[str]:
    """The safe-now statements read in a text of this language."""
    return compile_part(lambda lang: lang.safe, reading(language))


def find_danger(text: Text) -> Hit | None:
    """The last statement of present danger, unless a later one says the person is safe now.

    Present danger is read in every language, whatever the tip's: a cry for help is a cry.
    """
    safe = _safe_pattern(text.language)
    last: Hit | None = None
    for m in _matches(text, "danger"):
        start = m.start()
        if not (
            is_negated(text.folded, start, text.language)
            or is_hypothetical(text.folded, start)
            or not_happening_now(text.folded, start, text.language)
        ):
            last = Hit("immediate_danger", m.start(), m.end())
    if last is None:
        last = _harm_now(text)
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
