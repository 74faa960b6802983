"""The two flags: a minor in the situation, and a person at physical risk now."""

from __future__ import annotations

import re
from functools import lru_cache

from languages import Language, alternation, fold, reading, registered
from triage.danger import find_danger
from triage.normalize import Text
from triage.scope import Hit, is_hypothetical, is_negated

_NUMBERS: dict[str, int] = {
    fold(word): n for lang in registered() for word, n in lang.numbers.items()
}


def _number_group(languages: tuple[Language, ...]) -> str:
    """A group matching digits or a number word of these languages, longest words first (so
    "fifteen" is read before "five" and "muoi lam" before "muoi")."""
    words = sorted({fold(w) for lang in languages for w in lang.numbers}, key=len, reverse=True)
    return r"(\d{1,2}|" + "|".join(map(re.escape, words)) + r")"


# The English and Spanish age grammar below reads English and Spanish number words only: a
# Vietnamese name such as "Hai" is no age in "the owner is Hai".
_NUM = _number_group(tuple(lang for lang in registered() if lang.conversed))
# Every age and grade pattern holds a numeral or a number word.
_ANY_NUMBER = re.compile(
    r"\d|" + alternation(lambda lang: tuple(re.escape(fold(w)) for w in lang.numbers))
)
_F = re.IGNORECASE
# After an age comes punctuation, the end, or a word that is not a counted noun ("14 girls").
_AFTER_AGE = (
    r"(?=\s*(?:$|\n|[^\w\s$%:]|(?:and|or|but|y|o|pero|so|now|maybe|i|she|he|they|her|his"
    r"|my|with|con|en|at|in|trabaj\w*|esta|vive|years?|yrs?|anos|se|que|no|ya|es|fue|is|was"
    r"|has|had|who|that|works|lives|\w+ing|lo|la|le|los|las|les|me|nos|su|sus|tiene|vive)\b))"
)
_AGES = (
    re.compile(rf"\b{_NUM}(?: or {_NUM}| to {_NUM}|-{_NUM})? ?-?(?:years?|yrs?)[- ]old\b", _F),
    re.compile(rf"\b{_NUM}(?: or {_NUM})? ?(?:yo|y/o|y\.o)\b", _F),
    # An upper bound is an estimate: "cant be more than 13", "15 tops", "no older than 14".
    re.compile(
        rf"\b(?:can'?t|can t|cannot|couldn'?t|could not|no|not) (?:be )?(?:more|older) than {_NUM}{_AFTER_AGE}",
        _F,
    ),
    re.compile(rf"\b{_NUM} (?:tops|at most|max)\b", _F),
    re.compile(
        rf"\b(?<!it )(?<!there )(?:is|are|was|were|'s|'m|am|looks?|looked|seems?|seemed|about|around|maybe|like|probably|age|aged|only|just|edad)[: ]+(?:like |about |around |maybe |only |just |probably )*{_NUM}(?: or {_NUM}| to {_NUM}|-{_NUM})?{_AFTER_AGE}",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?:hij[oa]s?|sobrin[oa]s?|herman[oa]s?|prim[oa]s?|nin[oa]s?|chic[oa]s?|muchach[oa]s?|vecin[oa]s?|niet[oa]s?|amig[oa]s?|chamac[oa]s?|morr[oa]s?|joven(?:cit[oa])?) de {_NUM}{_AFTER_AGE}",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?:sisters?|brothers?|daughters?|sons?|cousins?|kids|children|girls?|boys?|nieces?|nephews?|friends?|class|classmates?|students?|neighbou?rs?|hij[oa]s?|herman[oa]s?|sobrin[oa]s?|prim[oa]s?)\s*\(\s*{_NUM}(?:\s*(?:and|&|y|,|or|o)\s*{_NUM})?\s*\)",
        _F,
    ),  # noqa: E501
    re.compile(
        rf"\b(?<!mas )(?:tiene|tienen|tenia|tenian|tengo|de|con|como|unos|unas)\s+(?:como |unos |unas )?{_NUM}(?: o {_NUM})? anos\b",
        _F,
    ),  # noqa: E501
    re.compile(rf"\b{_NUM} anos de edad\b", _F),
    # "mi sobrina tiene 15", "ya cumplio 16": an age without "anos" after a verb of age.
    re.compile(rf"\b(?:tiene|tenia|cumple|cumplio|cumplira) {_NUM}{_AFTER_AGE}", _F),
    # "one of my students, 12, comes..."
    re.compile(
        rf"\b(?:students?|daughters?|sons?|girls?|boys?|kids?|sisters?|brothers?|cousins?|nieces?"
        rf"|nephews?|friends?|neighbou?rs?), {_NUM},",
        _F,
    ),
    # "a girl who looks about 15 on the site": after an appearance verb a number is an age.
    re.compile(
        rf"\b(?:looks?|looked|seems?|seemed|appears?|appeared)(?: to be)? (?:like |about |around "
        rf"|maybe |only |just |probably )*{_NUM}\b(?! (?:years|yrs|or more|\w+s\b))",
        _F,
    ),
)


@lru_cache(maxsize=32)
def _age_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The English and Spanish age grammar, and the age patterns of the other languages read
    in a text of this language."""
    own = (
        re.compile(pattern.replace("{N}", _number_group((lang,))), _F)
        for lang in reading(language)
        for pattern in lang.folded(lang.ages)
    )
    return (*_AGES, *own)


_GRADE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th) grade(?:r|rs)?\b|\b(\d{1,2})(?:o|er|vo) grado\b", _F
)  # noqa: E501
_MINOR_WORDS = re.compile(
    r"\b(?:minors?|underage|under ?age|under (?:18|eighteen)|menor(?:es)? de edad|una menor"
    r"|un menor|es menor|son menores|menores|child|children|kids?|little (?:girls?|boys?)"  # noqa: E501
    r"|nin[oa]s?|teenagers?|teens?|adolescentes?|toddlers?|babies|baby|chamac[oa]s?"
    r"|sophomores?|freshm[ae]n|middle school\w*|junior high"
    r"|school ?girls?|middle school\w*|junior high|elementary school|high school(?:er)?s?"
    r"|secundaria|primaria|prepa)\b|" + alternation(lambda lang: lang.minor_words),
    _F,
)
# An appearance or a guess without a number ("looks like a teen", "barely teens maybe").
_APPEARANCE = re.compile(
    r"\b(?:look|looks|looked|looking|seem|seems|seemed|appear|appears|parece|parecen|se ve|se ven"
    r"|maybe|probably|barely|quizas|tal vez)\b",
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
_NOT_MINOR = re.compile(
    r"\b(?:not|isn't|no es|no son) (?:a )?(?:minors?|menor(?:es)?|underage)\b", _F
)
# Words that describe the people in the situation as adults.
_ADULT_PEOPLE = re.compile(
    r"\b(?:women|woman|ladies|lady|men|guys|wives|wife|husbands?|workers?|employees?|co-?workers?"
    r"|crew|cooks|mujeres|mujer|senoras?|hombres|trabajador(?:es|as)|esposa|esposo|costureras"
    r"|emplead[oa]s?|mulheres|homens|trabalhadores|femmes|hommes|travailleurs)\b",
    _F,
)
# Someone who could be the person at risk, of no stated age.
_PERSON = re.compile(
    r"\b(?:i|i'm|me|my|we|us|our|she|her|he|him|they|them|someone|somebody|person|friend|cousin"
    r"|sister|brother|niece|nephew|daughter|son|yo|mi|nos|ella|ellas|ellos|alguien|persona"
    r"|amig[oa]s?|prim[oa]s?|herman[oa]s?|hij[oa]s?|vecin[oa]s?|sobrin[oa]s?|eu|meu|minha|je|moi"
    r"|mon|ma|elle)\b",
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
    return int(token) if token.isdecimal() else _NUMBERS.get(token.lower())


def stated_ages(text: Text) -> list[tuple[int, int, int]]:
    """Every age stated or estimated in the text, as (age, start, end); grades become ages."""
    if "ages" not in text.cues:
        text.cues["ages"] = _ages(text)
    return list(text.cues["ages"])  # type: ignore[call-overload]


def _ages(text: Text) -> list[tuple[int, int, int]]:
    """The ages of `stated_ages`, found afresh."""
    ages: list[tuple[int, int, int]] = []
    if not _ANY_NUMBER.search(text.folded):
        return ages
    for pattern in _age_patterns(text.language):
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
        before = " ".join(text.folded[max(0, m.start() - 60) : m.start()].split()[-6:])
        after = " ".join(text.folded[m.end() : m.end() + 20].split()[:1])
        if (
            _APPEARANCE.search(before + " " + after)
            or _CARE.search(before)
            or is_negated(text.folded, m.start(), text.language)
        ):  # noqa: E501
            continue
        if not is_hypothetical(text.folded, m.start()):
            return Hit("minor_involved", m.start(), m.end())
    return None


def minor_involved(text: Text) -> tuple[bool | None, Hit | None]:
    """True if someone is stated or estimated under 18; False if adults or nobody; else None.

    None comes with the words that made someone look young, or with no hit when a person is
    described without any age at all.
    """
    ages = stated_ages(text)
    minors = [a for a in ages if a[0] < 18]
    if minors:
        _, start, end = minors[0]
        return True, Hit("minor_involved", start, end)
    word = _minor_word(text)
    if word is not None:
        return True, word
    if _NOT_MINOR.search(text.folded):
        return False, None
    if ages or _ADULT.search(text.folded):
        return False, None
    for young in _YOUNG_UNSTATED.finditer(text.folded):
        if not is_negated(text.folded, young.start(), text.language):
            return None, Hit("minor_involved", young.start(), young.end())
    if _ADULT_PEOPLE.search(text.folded) or not _PERSON.search(text.folded):
        return False, None
    return None, None


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
