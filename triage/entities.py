"""Identifiers named in a tip (phones, links, handles, plates, addresses, businesses), normalised.

Normalising lets the same phone or place written two ways match across tips once the values
are stored as keyed hashes. Pure: text in, entities out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

KINDS = ("phone", "url", "handle", "plate", "address", "business")
# Region used for numbers written without a country code; tips come from the US and Mexico.
DEFAULT_REGION = "US"
_FALLBACK_REGIONS = ("MX",)


@dataclass(frozen=True)
class Entity:
    """One identifier: its kind, its normalised value, and the words it was found in."""

    kind: str
    value: str
    evidence: str


_F = re.IGNORECASE
# Mexican numbers: two-digit area code then 4+4 ("55 1234 5678"), or the old 044/045 mobile prefix.
_MX_CANDIDATE = re.compile(
    r"(?<![\d+])(?<!\+52 )(?:04[45][ .-]?)?\(?\d{2}\)?[ .-]\d{4}[ .-]\d{4}(?!\d)"
)
_MX_GROUPING = re.compile(r"^\(?\d{2}\)?[ .-]\d{4}[ .-]\d{4}$")
_MX_MOBILE_PREFIX = re.compile(r"^04[45]")
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|co|me|us|mx|xxx|app|site|online|live)"
    r"(?:/[^\s<>\"']*)?",
    _F,
)
_HANDLE = re.compile(r"(?<![\w@.])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)", _F)
_PLATE = re.compile(
    r"\b(?:licen[cs]e plates?|plates?|placas?|tags?)(?: number| no\.?| num\.?| #)?\s*[:#]?\s*"
    r"([a-z0-9]{1,4}(?:[ -]?[a-z0-9]{1,4}){0,2})\b",
    _F,
)
# USPS standard abbreviations for street suffixes and directions.
SUFFIXES = {
    "street": "st",
    "st": "st",
    "avenue": "ave",
    "ave": "ave",
    "av": "ave",
    "road": "rd",
    "rd": "rd",
    "boulevard": "blvd",
    "blvd": "blvd",
    "drive": "dr",
    "dr": "dr",
    "lane": "ln",
    "ln": "ln",
    "court": "ct",
    "ct": "ct",
    "place": "pl",
    "pl": "pl",
    "highway": "hwy",
    "hwy": "hwy",
    "parkway": "pkwy",
    "pkwy": "pkwy",
    "terrace": "ter",
    "ter": "ter",
    "circle": "cir",
    "cir": "cir",
    "way": "way",
    "pike": "pike",
    "trail": "trl",
    "trl": "trl",
}
DIRECTIONS = {
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "n": "n",
    "s": "s",
    "e": "e",
    "w": "w",
}
_SUFFIX = "|".join(sorted(SUFFIXES, key=len, reverse=True))
_ADDRESS = re.compile(
    rf"\b(\d{{1,6}}[a-z]?)\s+((?:(?:north|south|east|west|[nsew])\.?\s+)?"
    rf"(?:[a-z0-9'-]+\s+){{0,3}}?)({_SUFFIX})\b\.?",
    _F,
)
_CALLE = re.compile(
    r"\b(calle|avenida|av\.?|calzada|privada)\s+((?:[a-z'-]+\s+){1,3}?)(?:#|no\.?|num\.?)?\s*(\d{1,6})\b",
    _F,
)
BUSINESS_TYPES = (
    "restaurant|restaurante|spa|massage|masajes|motel|hotel|inn|farms?|ranch|rancho|salon|bar"
    "|club|nails|nail salon|cantina|lounge|buffet|diner|cafe|car wash|laundromat|bakery"
    "|dairy|factory|orchards?|cleaners|taqueria|market|mart|store|tienda"
)
_BUSINESS_BEFORE = re.compile(rf"((?:[A-Z0-9][\w'&.-]*\s+){{1,4}})(?i:({BUSINESS_TYPES}))\b")
_BUSINESS_AFTER = re.compile(
    rf"\b(?i:({BUSINESS_TYPES}))\s+((?i:called|named|llamad[oa])\s+)?((?:[A-Z0-9][\w'&.-]*\s?){{1,3}})"
)
# Lower-case SMS: "the lucky star spa", "el rancho los pinos".
_BUSINESS_LOWER = re.compile(
    rf"\b(?:the|el|la)\s+((?:[a-z0-9'&-]+\s+){{1,3}})({BUSINESS_TYPES})\b"
    rf"|\b(rancho|restaurante|spa|bar|club|cantina|motel|hotel)\s+((?:el|la|los|las)\s+[a-z'-]+)\b"
)
# "Spa 455 W Main St" is a business followed by its address, not a business named "455 W Main".
_STREET_NUMBER = re.compile(r"^\d+\s+\S")
_GENERIC_WORDS = (
    "massage nail nails new old big little local small cheap sketchy shady weird strange "
    "suspicious asian chinese korean thai mexican latino vietnamese 24 hour same other "
    "nearby corner main back front day night my our your his her their this that"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_TYPE = re.compile(rf"^(?:{BUSINESS_TYPES})$", _F)
# Capitalised words that start a sentence or name no business ("The", "My", "At").
_NOT_A_NAME_WORDS = (
    "the a an my our his her their this that at in on near by i we she he they it el la los "
    "las un una mi su en de del and y or is are was there here"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())


def _mexican(raw: str) -> phonenumbers.PhoneNumber | None:
    """A number written the Mexican way ("33 1234 5678", "044 55 1234 5678"), parsed as MX."""
    digits = re.sub(r"\D", "", raw)
    if _MX_MOBILE_PREFIX.match(digits) and len(digits) == 13:
        digits = digits[3:]
    elif not _MX_GROUPING.match(raw.strip()):
        return None
    try:
        number = phonenumbers.parse(digits, "MX")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _phones(text: str) -> list[Entity]:
    """Phone numbers as E.164: Mexican-style writing as MX, the rest in the default region."""
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for m in _MX_CANDIDATE.finditer(text):
        number = _mexican(m.group())
        if number is not None:
            taken.append((m.start(), m.end()))
            found.append(Entity("phone", _e164(number), m.group().strip()))
    for region in (DEFAULT_REGION, *_FALLBACK_REGIONS):
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            if any(lo < match.end and match.start < hi for lo, hi in taken):
                continue
            taken.append((match.start, match.end))
            found.append(Entity("phone", _e164(match.number), match.raw_string))
    return found


def _e164(number: phonenumbers.PhoneNumber) -> str:
    """+<country><number>."""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_url(raw: str) -> str:
    """Host lower-cased without scheme or www, path kept, trailing punctuation and slash off."""
    raw = raw.rstrip(".,;:!?)]}'\"")
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", raw, flags=_F)
    host, slash, path = bare.partition("/")
    path = path.split("#", 1)[0]
    return (host.lower() + slash + path).rstrip("/")


def _urls(text: str) -> list[Entity]:
    """Links, including bare domains such as "skipthegames.com/abc"."""
    found = []
    for m in _URL.finditer(text):
        start = m.start()
        if start and text[start - 1] == "@":
            continue  # the domain of an e-mail address
        found.append(Entity("url", normalize_url(m.group()), m.group().rstrip(".,;:!?)")))
    return found


def _handles(text: str) -> list[Entity]:
    """Social handles such as @Name, lower-cased."""
    return [Entity("handle", "@" + m.group(1).lower(), m.group()) for m in _HANDLE.finditer(text)]


def _plates(text: str) -> list[Entity]:
    """Licence plates introduced by "plate", "placa" or "tag", upper-case without separators."""
    found = []
    for m in _PLATE.finditer(text):
        value = re.sub(r"[\s-]", "", m.group(1)).upper()
        if 2 <= len(value) <= 8 and re.search(r"\d", value) and re.search(r"[A-Z]", value):
            found.append(Entity("plate", value, m.group().strip()))
    return found


def normalize_address(number: str, street: str, suffix: str) -> str:
    """ "455 West Main Street" and "455 W. Main St" both become "455 w main st"."""
    words = [w.strip(".").lower() for w in street.split()]
    if words and words[0] in DIRECTIONS:
        words[0] = DIRECTIONS[words[0]]
    return " ".join([number.lower(), *words, SUFFIXES[suffix.lower().strip(".")]])


def _addresses(text: str) -> list[Entity]:
    """Street addresses: a number, a street name and a suffix (or "calle X 45")."""
    found = [
        Entity("address", normalize_address(m.group(1), m.group(2), m.group(3)), m.group().strip())
        for m in _ADDRESS.finditer(text)
    ]
    for m in _CALLE.finditer(text):
        kind = m.group(1).lower().rstrip(".")
        kind = "avenida" if kind == "av" else kind
        street = " ".join(m.group(2).lower().split())
        found.append(Entity("address", f"{kind} {street} {m.group(3)}", m.group().strip()))
    return found


def _name(words: str) -> str:
    """The business name: the capitalised words, without a leading article or preposition."""
    tokens = words.split()
    while tokens and tokens[0].lower() in _NOT_A_NAME:
        tokens.pop(0)
    return " ".join(t.lower() for t in tokens if not _TYPE.match(t))


def _businesses(text: str) -> list[Entity]:
    """Named businesses: "Golden Dragon restaurant", "Lotus Spa", "Motel 6", "spa called Jade"."""
    found: dict[str, Entity] = {}
    for m in _BUSINESS_BEFORE.finditer(text):
        name = _name(m.group(1))
        if name:
            value = f"{name} {m.group(2).lower()}"
            found.setdefault(value, Entity("business", value, m.group().strip()))
    for m in _BUSINESS_AFTER.finditer(text):
        name = _name(m.group(3))
        if name and not _STREET_NUMBER.match(name):
            value = f"{m.group(1).lower()} {name}"
            found.setdefault(value, Entity("business", value, m.group().strip()))
    if not found:
        for m in _BUSINESS_LOWER.finditer(text):
            words = (m.group(1) or "").split()
            if m.group(2) and words and not set(words) & _GENERIC:
                value = f"{' '.join(words)} {m.group(2)}"
            elif m.group(3):
                value = f"{m.group(3)} {m.group(4)}"
            else:
                continue
            found.setdefault(value, Entity("business", value, m.group().strip()))
    return list(found.values())


def extract(text: str) -> list[Entity]:
    """Every identifier in the text, each kind in order of appearance, duplicates removed."""
    seen: set[tuple[str, str]] = set()
    entities = []
    for finder in (_phones, _urls, _handles, _plates, _addresses, _businesses):
        for entity in finder(text):
            if (entity.kind, entity.value) not in seen:
                seen.add((entity.kind, entity.value))
                entities.append(entity)
    return entities
