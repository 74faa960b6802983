"""Where a tip is: a specific location (address, intersection, named place with its town),
and the deployment's region it falls in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from languages import compile_part, fold_char, reading
from triage.normalize import Text, normalize
from triage.scope import Hit

_SUFFIX = (
    r"(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway"
    r"|pkwy|parkway|ct|court|pl|place|cir|circle|ter|terrace|pike|trail|route|rte)"
)
_BUSINESS = (
    r"(?:spa|massage|nails|nail salon|nail|salon|motel|inn|hotel|restaurant|cafe|bar|club"
    r"|cantina|lounge|farms?|ranch|dairy|nursery|factory|plant|market|store|mart"
    r"|taqueria|diner|grill|buffet|car wash|boat|laundromat|bakery|cleaners|masajes"
    r"|restaurante|rancho|fabrica|tienda|bodega|apartments|motel|yard|shed|packing shed|mill"
    r"|cannery|greenhouse|orchards?|shop|parlou?r|lodge|truck stop|cleaners|granja|taller"
    r"|empacadora|maquiladora|maquila|invernadero|warehouse|factory|finca|huerta|vivero"
    r"|planta|longliner|trawler|shrimper|fishing boat|vessel|ship|barco|camaronero|lancha"
    r"|foods|seafoods?|poultry|packing|produce|mariscos)"
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
    # "I-40 exit 155", "hwy 99 exit 12": a highway exit is a place to send someone.
    re.compile(
        r"\b(?:i|interstate|hwy|highway|route|rte|us)[- ]?\d{1,3},? (?:at |near )?exit \d+", _F
    ),
)
_NAMED_PLACE = (
    # "the lucky star spa in fresno", "golden nails on main st"
    re.compile(
        rf"((?:[\w'&]+ ){{1,3}}){_BUSINESS}(?: (?:place|parlou?r|shop|salon))?,? {_PREP} ([\w']+)",
        _F,
    ),  # noqa: E501
    # "motel 6 in fresno", "el restaurante la palma en salinas", "a spa called jade in reno"
    re.compile(
        rf"{_BUSINESS}(?: (?:place|parlou?r|shop|salon))?,? (?:called |named |llamad[oa] )?((?:[\w'&]+ ){{1,4}}?),? ?{_PREP} ([\w']+)",
        _F,
    ),  # noqa: E501
    # "the car wash on lincoln blvd", "the spa on main st"
    re.compile(
        rf"{_BUSINESS}(?: (?:place|parlou?r|shop|salon))? (?:[\w']+ ){{0,2}}?(?:on|en|off) ((?:[\w']+ ){{1,2}}){_SUFFIX}\b()",
        _F,
    ),  # noqa: E501
    # "a farm on county road 12 near immokalee"
    re.compile(
        r"(?:)\b(?:farm|ranch|field|orchard|rancho|campo|granja|finca|huerta|camp|trailer|house|casa|plant"
        r"|factory|warehouse|mill|empacadora|maquiladora|invernadero|fabrica|bodega)s? (?:[\w']+ ){0,3}?[\w']*,? ?(?:(?:on|off|along|en|por) )?(?:[\w']+ ){0,3}?(?:road|rd|route|rte|highway|hwy|lane|ln|camino|carretera)\b[^.\n]{0,30}?\b(?:near|outside(?: of)?|by|in|en|cerca de|afuera de) ([\w']{3,})",
        _F,
    ),  # noqa: E501
)
# "Rosa's on Main in Salinas", "Lucky's on Harbor Blvd in Long Beach": a place known by its
# owner's name, with its street and town, needs no business word.
_POSSESSIVE_PLACE = re.compile(
    rf"\b([a-z][\w]+)'s,? (?:on|off) ((?:[\w']+ ){{0,2}}[\w']+?)(?: {_SUFFIX}\.?)?,? (?:in|en) ([\w']{{3,}})",
    _F,
)
# Who or what, not a place: "he's on Main in Fresno", "my mom's on Elm in Reno".
_NOT_AN_OWNER_WORDS = (
    "he she it that there here what who where everyone someone somebody nobody one let mom dad "
    "mother father sister brother friend cousin aunt uncle boss girlfriend boyfriend wife husband "
    "son daughter neighbor neighbour roommate manager owner family"
)
_NOT_AN_OWNER = frozenset(_NOT_AN_OWNER_WORDS.split())
_SPANISH_STREET_PLACE = re.compile(
    rf"{_BUSINESS} (?:[\w']+ ){{1,3}}?(?:de la|en la|on|sobre la) (?:calle|avenida|av) [\w']+ (?:en|in|de) ([\w']{{3,}})",
    _F,
)
# "Sunny Acres Farm, County Road 3 near Lamont"
_FARM_ROAD = re.compile(
    r"\b(?:farms?|ranch|orchards?|rancho|granja|dairy),? (?:[\w']+ ){0,2}(?:road|rd|route|rte|highway|hwy|camino|carretera) [\w']+[^.\n]{0,20}?\b(?:near|outside(?: of)?|by|in|en|cerca de) ([\w']{3,})",
    _F,
)
# Every named-place pattern holds one of these words; without one there is nothing to look for.
_PLACE_WORD = re.compile(
    rf"\b(?:{_BUSINESS}|field|orchard|campo|camp|trailer|house|casa|calle|avenida|boat)s?\b", _F
)
_GENERIC_WORDS = (
    "a an the this that some one my our his her their your local nearby little big new old small "
    "cheap asian chinese korean thai mexican latino hispanic vietnamese indian american 24 hour "
    "sketchy shady weird strange suspicious el la los las un una este esta ese esa mi su del al "
    "de y and at in on to from near there is are was were i we they she he it work works working "
    "live lives go goes went by for of with called named que donde where any every same massage "
    "nail nails day night parlor parlour place shop salon spot joint business house spa every "
    "all girls women men workers strip tomato strawberry apple orange berry chicken dairy cattle "
    "egg vegetable family big"
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


@lru_cache(maxsize=32)
def _language_places(language: str) -> re.Pattern[str]:
    """The place patterns of the languages read in a text of this language."""
    return compile_part(lambda lang: lang.places, reading(language))


def specific_location(text: Text) -> Hit | None:
    """Where someone could be sent: an address, an intersection, a named place with its town."""
    found = _english_or_spanish_place(text)
    if found is None:
        m = _language_places(text.language).search(text.folded)
        found = Hit("specific_location", m.start(), m.end()) if m else None
    return found


def _english_or_spanish_place(text: Text) -> Hit | None:
    """The English and Spanish place grammar below."""
    folded = text.folded
    for pattern in _ADDRESS:
        m = pattern.search(folded)
        if m:
            return Hit("specific_location", m.start(), m.end())
    for m in _POSSESSIVE_PLACE.finditer(folded):
        if m.group(1) not in _NOT_AN_OWNER | _GENERIC and m.group(3) not in _GENERIC_PLACE:
            return Hit("specific_location", m.start(), m.end())
    if not _PLACE_WORD.search(folded):
        return None
    for pattern in (_SPANISH_STREET_PLACE, _FARM_ROAD):
        m = pattern.search(folded)
        if m and m.group(1) not in _GENERIC_PLACE:
            return Hit("specific_location", m.start(), m.end())
    for pattern in _NAMED_PLACE:
        for m in pattern.finditer(folded):
            groups = m.groups()
            if groups[-1] in _GENERIC_PLACE or (len(groups) > 1 and not _named(groups[0])):
                continue
            return Hit("specific_location", m.start(), m.end())
    return None


# Regions: a deployment names its regions and the places in them (routes.yml, `regions`).
# Postal codes are read from the tip's words; a phone number's area code never is, because it
# describes the tipster's phone, not where the situation is.
_POSTCODE_KEYWORD = re.compile(
    r"\b(?:zip(?: ?code)?|post ?code|postal code|c\.? ?p\.?|codigo postal|cep|code postal)\s*[:#.]?\s*([a-z0-9]{2,5}(?:[ -]?[a-z0-9]{1,4})?)\b",
    _F,
)
# A bare five-digit code ("Fresno CA 93721", "01310-100"), not part of a phone number or a
# longer run of digits.
_BARE_POSTCODE = re.compile(r"(?<![\w.+()/-])(\d{5})(?:-\d{3,4})?(?![\w/]|-\d|\.\d)")
# Canadian (A1A 1A1) and British (SW1A 1AA) codes.
_ALPHA_POSTCODE = re.compile(r"\b([a-z]\d[a-z] ?\d[a-z]\d|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})\b", _F)
# "12345 Main St": a house number, not a postal code.
_STREET_AFTER = re.compile(rf"\s+(?:[nsew]\.?\s+)?(?:[\w']+\s+){{0,3}}{_SUFFIX}\b", _F)
# A region is looked for first near the place the tip names, this far after it.
_NEAR = 60


@dataclass(frozen=True)
class Region:
    """A region of a deployment: its name, the places in it and its postal-code prefixes."""

    name: str
    places: tuple[str, ...]
    postcodes: tuple[str, ...] = ()

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """Whole-word, case- and accent-insensitive match of any place name."""
        names = sorted({fold_words(p) for p in self.places}, key=len, reverse=True)
        if not names:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    def first_mention(self, text: Text) -> int | None:
        """Where the text first names a place or postal code of this region, or None."""
        starts = []
        if self._pattern is not None:
            m = self._pattern.search(text.folded)
            if m:
                starts.append(m.start())
        starts += [pos for pos, code in postcodes(text.folded) if code.startswith(self.postcodes)]
        return min(starts) if starts else None


def fold_words(words: str) -> str:
    """A place name folded the way tip text is: lower case, no accents, single spaces."""
    return " ".join("".join(fold_char(c) for c in words).split())


def postcodes(folded: str) -> list[tuple[int, str]]:
    """Postal codes a text states, with their positions, compacted ("sw1a1aa", "93721")."""
    found = [(m.start(1), m.group(1)) for m in _POSTCODE_KEYWORD.finditer(folded)]
    found += [(m.start(1), m.group(1)) for m in _ALPHA_POSTCODE.finditer(folded)]
    found += [
        (m.start(1), m.group(1))
        for m in _BARE_POSTCODE.finditer(folded)
        if not _STREET_AFTER.match(folded, m.end())
    ]
    compact = ((pos, re.sub(r"[ -]", "", code)) for pos, code in found)
    return sorted({(pos, code) for pos, code in compact if any(c.isdigit() for c in code)})


def _nearest(text: Text, regions: Sequence[Region]) -> tuple[int, str] | None:
    """The region named first in a text, with where."""
    named = ((r.first_mention(text), r.name) for r in regions)
    found = [(pos, name) for pos, name in named if pos is not None]
    return min(found) if found else None


def find_region(
    text: Text,
    regions: Sequence[Region],
    where: str | None = None,
    place: Hit | None = None,
) -> str | None:
    """The region a tip is about: the one its `where` answer names, else the one named at or
    just after its specific location, else the first one its text names; None when none is."""
    if not regions:
        return None
    if where:
        found = _nearest(normalize(where), regions)
        if found:
            return found[1]
    if place is not None:
        lo = text.offsets[place.start] if place.start < len(text.offsets) else len(text.clean)
        hi = text.offsets[min(place.end, len(text.offsets)) - 1] + 1 + _NEAR
        found = _nearest(normalize(text.clean[lo:hi]), regions)
        if found:
            return found[1]
    found = _nearest(text, regions)
    return found[1] if found else None
