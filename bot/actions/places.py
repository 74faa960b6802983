"""Finding where, in a message that may say much else: "its the budget inn off route 30 room 114".

A place is kept as the person wrote it (a few words around what marks it as a place), so it can
be read back to them in one short line. A work schedule or a time is not a place.
"""

import re

_A = "[a\u00e1]"
_I = "[i\u00ed]"
_O = "[o\u00f3]"
_U = "[u\u00fa]"
# What marks words as a place: a street address, a road, a room, a kind of business or home.
_CUES = re.compile(
    r"\b("
    r"\d+[a-z]?\s+(\w+\s+){0,3}(st|street|ave|avenue|av|rd|road|blvd|boulevard|hwy|highway|"
    r"ln|lane|dr|drive|way|ct|court|pkwy|parkway|cir|circle|pike|trail|terrace)\b|"
    r"(route|rt|rte|highway|hwy|interstate|exit|i)[ -]?\d+|"
    r"(room|rm|apt|apartment|unit|suite|ste|lot|space|cuarto|habitaci" + _O + r"n|"
    r"departamento|depto|n" + _U + r"mero)\s*#?\s*\d+\w?|"
    r"motel|hotel|inn|lodge|salon|nails?|spa|massage|restaurant|diner|cafe|bar|club|cantina|"
    r"strip club|farm|ranch|orchard|dairy|factory|warehouse|plant|packing house|store|shop|"
    r"market|mall|plaza|gas station|truck stop|rest stop|parking lot|laundromat|bakery|"
    r"construction site|job site|apartments?|complex|trailer( park)?|duplex|basement|"
    r"house on|house at|house next|on the corner|corner of|downtown|"
    r"calle|avenida|colonia|carretera|esquina|barrio|rancho|campo|f" + _A + r"brica|bodega|"
    r"tienda|mercado|restaurante|lavander" + _I + r"a|taller|edificio|apartamento|"
    r"vivero|empacadora|casa de|casa en|la casa|en el centro|mile marker|mm \d+|dirt road|"
    r"gate|county road|cr \d+|camino|finca|across from|behind the|next to the|suites|resort|"
    r"casino|hostel|truck stop"
    r")\b",
    re.IGNORECASE,
)
# "in Carden", "near Velarde", "Bayport area": a named town or business, capitalized as written.
_NAMED = re.compile(
    r"\b(in|at|near|outside|en|cerca de) [A-Z][a-z]{2,}|\b[A-Z][a-z]{2,} (area|zona)\b"
)
# "Hollywood FL", "Tampa, Florida": a town and its state, capitalized as written.
_TOWN_STATE = re.compile(
    r"\b[A-Z][a-z]+,? (FL|TX|CA|NY|GA|NC|SC|AZ|NV|NJ|PA|OH|IL|MI|WA|CO|TN|VA|MD|MA|"
    r"Florida|Texas|California|Georgia|Arizona|Nevada|Ohio|Illinois|Carolina)\b"
)
# A preposition that often opens a place: "in greensburg", "near the bus station".
_OPENERS = re.compile(
    r"^(in|at|on|near|by|off|behind|across|next|outside|inside|from|around|"
    r"en|cerca|junto|por|frente|detr" + _A + r"s|afuera|dentro|al|del)$",
    re.IGNORECASE,
)
# Words that open the sentence but are not the place: "its the budget inn" -> "budget inn".
_FILLER = re.compile(
    r"^\s*(it s|it's|its|it is|that s|that's|thats|this is|we re at|we're at|were at|"
    r"we are at|i m at|i'm at|im at|i am at|they re at|they're at|theyre at|they are at|"
    r"she s at|she's at|shes at|he s at|he's at|hes at|the place is|address is|"
    r"es en|est" + _A + r" en|estoy en|estamos en|est" + _A + r"n en|queda en|"
    r"la direcci" + _O + r"n es|en|of|de)\s+",
    re.IGNORECASE,
)
# Words a place does not run across: "there's a salon near my work and ..." ends before "and".
_BREAKS = re.compile(
    r"^(and|but|so|because|cause|cuz|where|who|which|that|they|he|she|we|i|you|it|its|it's|"
    r"there|theres|there's|is|are|was|were|has|have|had|lives?|stays?|sleeps?|"
    r"think|thought|saw|seen|y|pero|porque|donde|que|ellos|ellas|ella|yo|hay|es|son|"
    r"era|fue|trabaja|trabajan|vive|viven|duerme|duermen|vi|leave|go|get|got|come|came|"
    r"took|take|make|made|can|cant|can't|won't|wont|don't|dont|not|never|no|sale|salir|"
    r"keeps|keep|takes|makes|pays|pay|owns|runs|sells|brings|forces|hits|beats|locks|locked|"
    r"owner|boss|manager|dueno|dueño|patron|patrón|jefe|encargado)$",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[^.!?\n;]+")
WORDS_BEFORE = 4
DESCRIBED_WORDS = 7
WORDS_AFTER = 7
MAX_CHARS = 120


def find_place(text: str, words: str = "") -> str | None:
    """The place the message names, as written, or None when it names none."""
    found = []
    for sentence in _SENTENCES.finditer(text or ""):
        span = _place_in(sentence.group(0))
        if span:
            found.append(span)
    if not found:
        return None
    place = ", ".join(found)
    return place if len(place) <= MAX_CHARS else place[: MAX_CHARS - 2].rstrip() + ".."


def _place_in(sentence: str) -> str | None:
    """The words of one sentence around its place cues."""
    cues = sorted(
        [*_CUES.finditer(sentence), *_TOWN_STATE.finditer(sentence)], key=lambda m: m.start()
    )
    if not cues:
        return None
    tokens = list(re.finditer(r"\S+", sentence))
    first = _token_at(tokens, cues[0].start())
    last = _token_at(tokens, cues[-1].end() - 1)
    start = first
    for i in range(first - 1, max(first - WORDS_BEFORE, 0) - 1, -1):
        word = tokens[i].group(0).lower().strip(",")
        if _BREAKS.match(word):
            break
        start = i
        if _OPENERS.match(word):
            break
    end = last
    # A comma ends the place ("golden lotus spa, women live there") unless a landmark follows
    # ("Hollywood FL, by the Publix").
    stop = tokens[last].group(0).endswith(",")
    for i in range(last + 1, min(last + WORDS_AFTER, len(tokens) - 1) + 1):
        if stop and not _OPENERS.match(tokens[i].group(0)):
            break
        if _BREAKS.match(tokens[i].group(0).lower()) and not _OPENERS.match(tokens[i].group(0)):
            break
        end = i
        stop = tokens[i].group(0).endswith(",")  # "el rancho, somos como 8"
    return _clean(sentence[tokens[start].start() : tokens[end].end()])


def _token_at(tokens: list[re.Match[str]], position: int) -> int:
    for i, token in enumerate(tokens):
        if token.start() <= position < token.end() + 1:
            return i
    return len(tokens) - 1


def _clean(span: str) -> str | None:
    span = " ".join(span.split()).strip(" ,")
    span = _FILLER.sub("", span, count=1).strip(" ,")
    return span or None


_SPECIFIC = re.compile(
    r"\d|\b(st|street|ave|avenue|rd|road|blvd|hwy|highway|route|calle|avenida|"
    r"carretera|colonia|in|en|on)\b (?!(the|a|an|la|el|los|las|un|una|my|his|her|their|our|"
    r"mi|su|sus|this|that|esta|este)\b)\w+",
    re.IGNORECASE,
)


def is_specific(place: str | None) -> bool:
    """Whether someone could find the place from it: a number, a street, a town or a name.

    "a nail salon near my work" is a place, but not one anyone could find.
    """
    if not place:
        return False
    words = place.split()
    named = any(word[:1].isupper() for word in words[1:]) or words[0][:1].isupper()
    described = len(words) >= DESCRIBED_WORDS  # "brick building, I can see a Shell station"
    return named or described or bool(_SPECIFIC.search(place))
