"""Urgency: the ongoing, specific-location and weak judgements, and rules 1-7 of the rubric."""

from __future__ import annotations

import re
from collections.abc import Collection

from triage.indicators import STRONG, Hit, find_cue
from triage.normalize import Text, normalize

URGENCIES = ("critical", "high", "medium", "low", "none")

_SUFFIX = (
    r"(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway"
    r"|pkwy|parkway|ct|court|pl|place|cir|circle|ter|terrace|pike|trail|route|rte)"
)
_BUSINESS = (
    r"(?:spa|massage|nails|nail salon|nail|salon|motel|inn|hotel|restaurant|cafe|bar|club"
    r"|cantina|lounge|farms?|ranch|dairy|nursery|factory|plant|market|store|mart"
    r"|taqueria|diner|grill|buffet|car wash|boat|laundromat|bakery|cleaners|masajes"
    r"|restaurante|rancho|fabrica|tienda|bodega|apartments|motel)"
)
_PREP = r"(?:on|in|near|at|off|by|en|cerca de|outside(?: of)?|across from|next to|sobre)"
_F = re.IGNORECASE
_ADDRESS = (
    re.compile(
        rf"\b\d{{1,6}}[a-z]? (?:[nsew]\.? |north |south |east |west )?(?:[\w']+ ){{0,3}}{_SUFFIX}\b",
        _F,
    ),  # noqa: E501
    re.compile(
        r"\b(?:calle|avenida|av|calzada|carretera|camino|boulevard|blvd|privada)\.? (?:[\w']+ ){1,3}(?:#|no\.?|num\.?|numero)? ?\d{1,6}\b",
        _F,
    ),  # noqa: E501
    re.compile(
        r"\b(?:corner of|intersection of|esquina de|cruce de|entre) (?:[\w']+ ){1,3}(?:and|&|y|con) [\w']+",
        _F,
    ),  # noqa: E501
    re.compile(rf"\b[\w']+ {_SUFFIX}\.? (?:and|&|at|y|con) [\w']+(?: {_SUFFIX})?\b", _F),
    re.compile(r"\b\d+(?:st|nd|rd|th) (?:and|&|y) [\w']+\b", _F),
)
_NAMED_PLACE = (
    # "the lucky star spa in fresno", "golden nails on main st"
    re.compile(
        rf"((?:[\w'&]+ ){{1,3}}){_BUSINESS}(?: (?:place|parlou?r|shop|salon))?,? {_PREP} ([\w']+)",
        _F,
    ),  # noqa: E501
    # "motel 6 in fresno", "el restaurante la palma en salinas", "a spa called jade in reno"
    re.compile(
        rf"{_BUSINESS} (?:called |named |llamad[oa] )?((?:[\w'&]+ ){{1,3}}?),? ?{_PREP} ([\w']+)",
        _F,
    ),  # noqa: E501
    # "the car wash on lincoln blvd", "the spa on main st"
    re.compile(
        rf"{_BUSINESS}(?: (?:place|parlou?r|shop|salon))? (?:[\w']+ ){{0,2}}?(?:on|en|off) ((?:[\w']+ ){{1,2}}){_SUFFIX}\b()",
        _F,
    ),  # noqa: E501
    # "a farm on county road 12 near immokalee"
    re.compile(
        r"(?:)\b(?:farm|ranch|field|orchard|rancho|campo|granja|camp|trailer|house|casa)s? (?:[\w']+ ){0,3}?(?:on|off|along|en|por) (?:[\w']+ ){0,3}?(?:road|rd|route|rte|highway|hwy|lane|ln|camino|carretera)\b[^.\n]{0,30}?\b(?:near|outside(?: of)?|by|in|en|cerca de|afuera de) ([\w']{3,})",
        _F,
    ),  # noqa: E501
)
_GENERIC_WORDS = (
    "a an the this that some one my our his her their your local nearby little big new old small "
    "cheap asian chinese korean thai mexican latino hispanic vietnamese indian american 24 hour "
    "sketchy shady weird strange suspicious el la los las un una este esta ese esa mi su del al "
    "de y and at in on to from near there is are was were i we they she he it work works working "
    "live lives go goes went by for of with called named que donde where any every same massage "
    "nail nails day night parlor parlour place shop salon spot joint business house spa every "
    "all girls women men workers"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_GENERIC_PLACE_WORDS = (
    "the a an my our your his her their this that town city area here there downtown back front "
    "neighborhood neighbourhood street mi la el este esta ciudad pueblo aqui alli ahi barrio zona "
    "it night day morning evening middle same and to some centro block building weekends "
    "weekdays mondays tuesdays wednesdays thursdays fridays saturdays sundays monday tuesday "
    "wednesday thursday friday saturday sunday all"
)
_GENERIC_PLACE = frozenset(_GENERIC_PLACE_WORDS.split())


def _named(words: str) -> bool:
    """True when a phrase holds a word that names something (not "the", "a", "chinese")."""
    tokens = words.split()
    return bool(tokens) and tokens[-1] not in _GENERIC and any(w not in _GENERIC for w in tokens)


def specific_location(text: Text) -> Hit | None:
    """Where someone could be sent: an address, an intersection, a named place with its town."""
    folded = text.folded
    for pattern in _ADDRESS:
        m = pattern.search(folded)
        if m:
            return Hit("specific_location", m.start(), m.end())
    for pattern in _NAMED_PLACE:
        for m in pattern.finditer(folded):
            groups = m.groups()
            if groups[-1] in _GENERIC_PLACE or (len(groups) > 1 and not _named(groups[0])):
                continue
            return Hit("specific_location", m.start(), m.end())
    return None


def has_cue(text: Text, *names: str) -> bool:
    """True when any of the named context cues occurs for real."""
    return any(find_cue(text, n) is not None for n in names)


def ended_long_ago(text: Text) -> bool:
    """The situation is long over, or the person is out and safe."""
    if has_cue(text, "out_safe"):
        return True
    return has_cue(text, "past_long") and not has_cue(text, "present")


def is_ongoing(text: Text, when: str | None = None) -> bool:
    """Happening now or in the last few days, with the person still there."""
    if has_cue(text, "out_safe"):
        return False
    if has_cue(text, "present"):
        return True
    if when:
        answer = normalize(when)
        if has_cue(answer, "present"):
            return True
        if has_cue(answer, "past_long", "past_recent"):
            return False
    return not has_cue(text, "past_long", "past_recent")


def is_weak(text: Text, indicators: Collection[str], location: Hit | None) -> bool:
    """No strong indicator, long over, or hearsay with no identifiable place or person."""
    if not set(indicators) & set(STRONG) or ended_long_ago(text):
        return True
    told_first_hand = "self_report" in indicators or has_cue(text, "identifiable")
    return has_cue(text, "hearsay") and location is None and not told_first_hand


def urgency(
    *,
    category: str,
    immediate_danger: bool,
    minor_involved: bool | None,
    ongoing: bool,
    weak: bool,
    specific_location: bool,
) -> str:
    """Rules 1-7 of TRIAGE.md, first that applies."""
    if immediate_danger:
        return "critical"
    if category in ("sex_trafficking", "both") and minor_involved is True and ongoing:
        return "critical"
    if category == "not_trafficking":
        return "none"
    if minor_involved is True:
        return "high"
    if weak:
        return "low"
    if ongoing and specific_location:
        return "high"
    return "medium"


# --- Category -------------------------------------------------------------------------------

CATEGORIES = ("sex_trafficking", "labor_trafficking", "both", "unclear", "not_trafficking")
SPAM_KINDS = ("empty", "injection", "test", "gibberish", "abuse", "prank", "chain")
_VIOLENCE = frozenset(
    {
        "threats_of_violence",
        "signs_of_abuse",
        "weapon",
        "sexual_violence",
        "medical_emergency",
        "confinement",
        "isolation",
        "restricted_movement",
        "threats_of_exposure",
        "deprivation",
    }
)
_SMUGGLING_ONLY = frozenset({"debt_bondage", "recruitment_fraud"})
# Contextual signs that say something about the writer's feelings, not about a situation.
_NOT_A_SITUATION = frozenset({"self_report", "fearful_submissive"})
_SEX_INDICATORS = frozenset({"under_18_commercial_sex", "remote_sexual_acts"})
_LABOR_INDICATORS = frozenset({"unpaid_wages", "child_labor", "forced_criminality"})
_KEYBOARD = re.compile(r"asdf|sdfg|qwer|wert|zxcv|hjkl|jkl;|fghj|dfgh|uiop")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")
_LETTERS = re.compile(r"[a-z]{3,}")
_FORWARD = re.compile(
    r"\b(?:forward|share|repost|pass on) (?:this|it)\b|copy (?:and|&) paste|\b(?:reenvi|compart)\w*"
)


def _gibberish(folded: str) -> bool:
    """Keyboard mashing: most words have no vowels or long consonant runs."""
    words = _LETTERS.findall(folded)
    if not words:
        return True
    bad = sum(
        bool(_KEYBOARD.search(w) or _CONSONANTS.search(w) or not re.search("[aeiouy]", w))
        for w in words
    )
    return bad * 2 >= len(words)


def _only_test_lines(text: Text) -> bool:
    """Every line is a test or a greeting ("test", "hola", "is this working?")."""
    lines = [line for line in text.folded.split("\n") if line.strip(" .!?,")]
    return bool(lines) and all(has_cue(normalize(line), "test") for line in lines)


def spam_kind(text: Text, indicators: Collection[str], danger: bool) -> str | None:
    """Why there is nothing to act on (spam, test, prank...), or None for real content."""
    if not text.has_real_content():
        return "injection" if text.injected else "empty"
    if danger:
        return None
    situation = set(indicators) - _NOT_A_SITUATION
    if has_cue(text, "joke"):
        return "prank"
    # Rumour words ("white van", "zip ties") mark a chain message only when nothing in the
    # tip is a sign of control: a real tip may well mention a white van.
    chain = has_cue(text, "chain") and not has_cue(text, "identifiable")
    if chain and (_FORWARD.search(text.folded) or not situation & set(STRONG)):
        return "chain"
    if situation:
        return None
    if _only_test_lines(text):
        return "test"
    if text.injected and not has_cue(text, "suspicion", "massage", "commercial_sex"):
        return "injection"
    if _gibberish(text.folded):
        return "gibberish"
    if has_cue(text, "abuse"):
        return "abuse"
    return "prank" if has_cue(text, "laugh") else None


def categorize(
    text: Text,
    indicators: Collection[str],
    *,
    minor: bool | None,
    kind: str | None = None,
    spam: str | None = None,
    danger: bool = False,
) -> str:
    """The kind of exploitation the tip suggests, or not_trafficking."""
    names = set(indicators)
    strong = names & set(STRONG)
    situation = names - _NOT_A_SITUATION
    sex_ctx = (
        has_cue(text, "commercial_sex") or bool(names & _SEX_INDICATORS) or kind in ("sex", "both")
    )
    sector = has_cue(text, "labor_sector")
    labor_ctx = (
        sector
        or has_cue(text, "work")
        or bool(names & _LABOR_INDICATORS)
        or kind in ("labor", "both")
    )
    massage = has_cue(text, "massage")
    suspicion = has_cue(text, "suspicion") and (massage or sector)
    told = (
        situation or suspicion or danger or (sex_ctx and minor) or kind in ("sex", "labor", "both")
    )  # noqa: E501
    if spam or not told:
        return "not_trafficking"
    if has_cue(text, "smuggling") and strong <= _SMUGGLING_ONLY:
        return "not_trafficking"
    if has_cue(text, "partner") and not (sex_ctx or labor_ctx) and strong <= _VIOLENCE:
        return "not_trafficking"
    sex = (sex_ctx and (minor is True or bool(strong) or kind in ("sex", "both"))) or (
        massage and bool(situation or suspicion)
    )
    labor = labor_ctx and bool(
        situation or danger or (suspicion and sector) or kind in ("labor", "both")
    )
    if sex:
        return "both" if (labor and sector and not massage) or kind == "both" else "sex_trafficking"
    if labor:
        return "labor_trafficking"
    return "unclear"
