"""The two flags: a minor in the situation, and a person at physical risk now."""

from __future__ import annotations

import re

from triage.indicators import Hit, find_danger, is_hypothetical, is_negated
from triage.normalize import Text

_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
}
_NUM = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
_F = re.IGNORECASE
# After an age comes punctuation, the end, or a word that is not a counted noun ("14 girls").
_AFTER_AGE = (
    r"(?=\s*(?:$|[^\w\s$%:]|(?:and|or|but|y|o|pero|so|now|maybe|i|she|he|they|her|his"
    r"|my|with|con|en|at|in|trabaja|esta|vive|years?|yrs?|anos)\b))"
)
_AGES = (
    re.compile(rf"\b{_NUM}(?: or {_NUM}| to {_NUM}|-{_NUM})? ?-?(?:years?|yrs?)[- ]old\b", _F),
    re.compile(rf"\b{_NUM}(?: or {_NUM})? ?(?:yo|y/o|y\.o)\b", _F),
    re.compile(
        rf"\b(?<!it )(?<!there )(?:is|are|was|were|'s|'m|am|looks?|looked|seems?|seemed|about|around|maybe|like|probably|age|aged|only|just|edad)[: ]+(?:like |about |around |maybe |only |just |probably )*{_NUM}(?: or {_NUM}| to {_NUM}|-{_NUM})?{_AFTER_AGE}",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?:hij[oa]s?|sobrin[oa]s?|herman[oa]s?|prim[oa]s?|nin[oa]s?|chic[oa]s?|muchach[oa]s?|vecin[oa]s?|niet[oa]s?|amig[oa]s?) de {_NUM}{_AFTER_AGE}",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?:sisters?|brothers?|daughters?|sons?|cousins?|kids|children|girls?|boys?|nieces?|nephews?|friends?|hij[oa]s?|herman[oa]s?|sobrin[oa]s?|prim[oa]s?)\s*\(\s*{_NUM}(?:\s*(?:and|&|y|,|or|o)\s*{_NUM})?\s*\)",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?<!mas )(?:tiene|tienen|tenia|tenian|tengo|de|con|como|unos|unas)\s+(?:como |unos |unas )?{_NUM}(?: o {_NUM})? anos\b",
        _F,
    ),  # noqa: E501
    re.compile(rf"\b{_NUM} anos de edad\b", _F),
)
_GRADE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th) grade(?:r|rs)?\b|\b(\d{1,2})(?:o|er|vo) grado\b", _F
)  # noqa: E501
_MINOR_WORDS = re.compile(
    r"\b(?:minors?|underage|under ?age|under (?:18|eighteen)|menor(?:es)? de edad|una menor"
    r"|un menor|es menor|son menores|menores|child|children|kids?|little (?:girls?|boys?)"  # noqa: E501
    r"|nin[oa]s?|teenagers?|teens?|adolescentes?|toddlers?|babies|baby|chamac[oa]s?"
    r"|school ?girls?|middle school\w*|junior high|elementary school|high school(?:er)?s?"
    r"|secundaria|primaria|prepa)\b",
    _F,
)
_APPEARANCE = re.compile(
    r"\b(?:look|looks|looked|looking|seem|seems|seemed|appear|appears|parece|parecen|se ve|se ven)\b",
    _F,
)  # noqa: E501
# Children someone looks after are not the people at risk ("cuidando a sus ninos").
_CARE = re.compile(
    r"\b(?:care of|caring for|babysit\w*|watch(?:ing)?|cuid\w*|my|our|mis|nuestros)\b", _F
)  # noqa: E501
_ADULT = re.compile(
    r"\b(?:adults?|adult[oa]s?|grown (?:wo)?m[ae]n|mayor(?:es)? de edad|in (?:her|their|his|my) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties)"  # noqa: E501
    r"|(?:de )?(?:20|30|40|50)s|entre (?:20|30|40) y \d+)\b",
    _F,
)
_YOUNG_UNSTATED = re.compile(
    r"\b(?:girls?|boys?|young(?! (?:wom[ae]n|m[ae]n|adults?|mothers?))|teen(?:age)?-?looking|chicas?"  # noqa: E501
    r"|chicos?|muchach[oa]s?|jovencit[oa]s?|joven(?:es)?|underage|minors?|menor(?:es)?)\b",
    _F,
)


def _number(token: str | None) -> int | None:
    """A numeral or number word as an int."""
    if token is None:
        return None
    return int(token) if token.isdigit() else _NUMBERS.get(token.lower())


def stated_ages(text: Text) -> list[tuple[int, int, int]]:
    """Every age stated or estimated in the text, as (age, start, end); grades become ages."""
    ages: list[tuple[int, int, int]] = []
    for pattern in _AGES:
        for m in pattern.finditer(text.folded):
            if not is_hypothetical(text.folded, m.start()):
                values = [n for n in (_number(g) for g in m.groups()) if n is not None]
                ages.extend((v, m.start(), m.end()) for v in values if 0 < v < 100)
    for m in _GRADE.finditer(text.folded):
        grade = int(m.group(1) or m.group(2))
        ages.append((grade + 5 if m.group(1) else grade + 11, m.start(), m.end()))
    return ages


def _minor_word(text: Text) -> Hit | None:
    """A word that states a minor ("menor de edad", "a child"), not an appearance guess."""
    for m in _MINOR_WORDS.finditer(text.folded):
        before = " ".join(text.folded[max(0, m.start() - 40) : m.start()].split()[-3:])
        if _APPEARANCE.search(before) or _CARE.search(before) or is_negated(text.folded, m.start()):  # noqa: E501
            continue
        if not is_hypothetical(text.folded, m.start()):
            return Hit("minor_involved", m.start(), m.end())
    return None


def minor_involved(text: Text) -> tuple[bool | None, Hit | None]:
    """True if someone is stated or estimated under 18; None if only seen as young; else False."""
    ages = stated_ages(text)
    minors = [a for a in ages if a[0] < 18]
    if minors:
        _, start, end = minors[0]
        return True, Hit("minor_involved", start, end)
    word = _minor_word(text)
    if word is not None:
        return True, word
    if ages or _ADULT.search(text.folded):
        return False, None
    for young in _YOUNG_UNSTATED.finditer(text.folded):
        if not is_negated(text.folded, young.start()):
            return None, Hit("minor_involved", young.start(), young.end())
    return False, None


def immediate_danger(text: Text) -> Hit | None:
    """The statement that a person is at physical risk now, if any."""
    return find_danger(text)


def merge_flag(from_text: bool | None, answer: object) -> bool | None:
    """Text and answer combined so that the more urgent reading wins (True over False over None)."""
    if from_text is True or answer is True:
        return True
    if from_text is False or answer is False:
        return False
    return None
