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
    r"construction site|job site|apartments?|apts?|complex|trailer( park)?|duplex|basement|"
    r"house on|house at|house next|group home|foster home|shelter|on the corner|corner of|downtown|"
    r"calle|avenida|colonia|carretera|esquina|barrio|rancho|campo|f" + _A + r"brica|bodega|"
    r"tienda|mercado|restaurante|lavander" + _I + r"a|taller|edificio|apartamento|"
    r"vivero|empacadora|casa de|casa en|la casa|en el centro|mile marker|mm \d+|dirt road|"
    r"gate|county road|cr \d+|camino|finca|across from|behind the|next to the|suites|resort|"
    r"casino|hostel|truck stop|port|harbou?r|docks?|marina|pier|puerto|muelle|bunkhouse|barn|"
    r"shed|greenhouses?|barraca|galera|invernaderos?|atr" + _A + r"s de|detr" + _A + r"s de|"
    r"al lado de|frente a|enfrente de|gasolinera|piso \d+|floor \d+|\d+(st|nd|rd|th) floor|"
    r"edificio de|building|i can see|from the window|desde la ventana|"
    r"(on|off|at) \w+ (st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|hwy|highway)"
    r")\b|\b[A-Z][a-z]+ (St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Hwy|"
    r"Highway|Pike|Way)\b",
    re.IGNORECASE,
)
# "in Carden", "near Velarde", "Bayport area": a named town or business, capitalized as written.
_NAMED = re.compile(
    r"\b(in|at|near|outside|past|outside of|en|cerca de) (?!(January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|English|Spanish|Ingles|Espanol|Christ|God|Dios|Jesus)\b)[A-Z][a-z]{2,}|"
    r"\b[A-Z][a-z]{2,} (area|zona)\b"
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
    r"la direcci" + _O + r"n es|en|of|de|(the|la|el) \w+( \w+)? (is|es|is called|se llama))\s+",
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
    r"owner|boss|manager|dueno|dueño|patron|patrón|jefe|encargado|"
    # a time or a doing ends a place: "in the store last wk buying snacks"
    r"last|yesterday|today|tonight|every|each|wk|week|weekend|ayer|hoy|anoche|cada|"
    r"said|says|told|asked|buying|bought|selling|working|walking|standing|waiting|looking|"
    r"dijo|compro|compra|vende|esperando|his|her|their|him|them|su|sus|for|since|during|like|"
    r"now|days?|weeks?|months?|les|le|nos|se|quitaron|quitan|pagan|pagaron|obligan|tienen|"
    r"hacen|trabajan|"
    r"desde|durante|hace|dias|semanas|meses)$",
    re.IGNORECASE,
)
# Doing words a place does not start with: "a guy getting beat behind the Lucky Garden".
_DOING = re.compile(r"^\w+ing$|^(beat|beaten|hit|seen|seeing)$", re.IGNORECASE)
_SENTENCES = re.compile(r"[^.!?\n;]+")
WORDS_BEFORE = 4
DESCRIBED_WORDS = 7
WORDS_AFTER = 9
MAX_CHARS = 120
STRONG = 2  # a number, a street or a name
GENERIC_WORDS = 3  # "the restaurant", "in the store"


def find_place(text: str, words: str = "") -> str | None:
    """The place the message names, as written, or None when it names none."""
    found = []
    for sentence in _SENTENCES.finditer(text or ""):
        span = _place_in(sentence.group(0))
        if span:
            found.append(span)
    if not found:
        return None
    # "in the basement" adds nothing to "Golden Wok on Pierce Street in Millbrook"; a landmark
    # after the place does ("the blue bunkhouse behind the greenhouses").
    # A long description ("a brick building, I can see a Shell station") counts only when
    # nothing has a number, a street or a name.
    # nothing has a number, a street or a name; a room or floor alone ("piso 3") only adds.
    anchors = [(i, p) for i, p in enumerate(found) if not _SUB_PLACE.match(p)]
    strong = [i for i, p in anchors if strength(p, described=False) >= STRONG]
    strong = strong or [i for i, p in anchors if strength(p) >= STRONG]
    if strong:
        found = found[strong[0] :]
    found = list(dict.fromkeys(found))
    place = ", ".join(found)
    return place if len(place) <= MAX_CHARS else place[: MAX_CHARS - 2].rstrip() + ".."


def _place_in(sentence: str) -> str | None:
    """The words of one sentence around its place cues: each cue widened to the words that
    belong to it, cues that meet joined ("Pinecrest apts on Lowell ave in Ashford, unit 12B"),
    and words between two places that are not part of either left out ("Harborview Suites
    downtown Kessler and ive been seeing room 318" -> two places)."""
    cues = [*_CUES.finditer(sentence), *_TOWN_STATE.finditer(sentence), *_NAMED.finditer(sentence)]
    if not cues:
        return None
    tokens = list(re.finditer(r"\S+", sentence))
    spans: list[list[int]] = []
    for cue in sorted(cues, key=lambda m: m.start()):
        first, last = _token_at(tokens, cue.start()), _token_at(tokens, cue.end() - 1)
        span = [_widen_back(tokens, first), _widen_on(tokens, last)]
        if spans and span[0] <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], span[1])
        else:
            spans.append(span)
    found = [p for a, b in spans if (p := _clean(sentence[tokens[a].start() : tokens[b].end()]))]
    if any(strength(p) >= STRONG for p in found):
        found = [p for p in found if strength(p) >= STRONG or len(p.split()) > GENERIC_WORDS]
    return ", ".join(found) or None


def _quoted(word: str) -> bool:
    return word[:1] in "'\"‘“"  # "to 'hang out with his friends'" is no place


def _word(tokens: list[re.Match[str]], i: int) -> str:
    return tokens[i].group(0).lower().strip(",")


def _capitalized(tokens: list[re.Match[str]], i: int) -> bool:
    word = tokens[i].group(0)
    return word[:1].isupper() and word not in ("I", "I'm", "Im") and not word.endswith(",")


def _widen_back(tokens: list[re.Match[str]], first: int) -> int:
    """Back from a cue to the words that open the place ("near the", "behind the Lucky")."""
    start = first
    if _OPENERS.match(_word(tokens, first)):
        # "Golden Wok on Pierce Street": a name before "on" is the place's own.
        while start > 0 and first - start < WORDS_BEFORE and _capitalized(tokens, start - 1):
            start -= 1
        return start
    for i in range(first - 1, max(first - WORDS_BEFORE, 0) - 1, -1):
        word = _word(tokens, i)
        if _BREAKS.match(word) or _DOING.match(word):
            break
        start = i
        if _OPENERS.match(word):
            break
    return start


def _names(tokens: list[re.Match[str]], i: int) -> bool:
    """A name follows: "Port Hadley, the Marisol Star", "Carver, Kessler County"."""
    word = tokens[i].group(0)
    if word.lower() in ("the", "la", "el") and i + 1 < len(tokens):
        word = tokens[i + 1].group(0)
    return word[:1].isupper()


def _widen_on(tokens: list[re.Match[str]], last: int) -> int:
    """On from a cue to the words that finish the place, up to a break.

    A comma ends the place ("golden lotus spa, women live there") unless a landmark follows
    ("Hollywood FL, by the Publix"); "and" ends it unless a name or a number follows
    ("3rd and Alder").
    """
    end = last
    stop = tokens[last].group(0).endswith(",")
    for i in range(last + 1, min(last + WORDS_AFTER, len(tokens) - 1) + 1):
        word = tokens[i].group(0)
        if stop and not (_OPENERS.match(word) or _names(tokens, i)):
            break
        if word.lower() in ("and", "y") and i + 1 < len(tokens):
            following = tokens[i + 1].group(0)
            if following[:1].isupper() or following[:1].isdigit():
                continue
        if (_BREAKS.match(word.lower()) and not _OPENERS.match(word)) or _quoted(word):
            break
        end = i
        stop = word.endswith(",")  # "el rancho, somos como 8"
    return end


def _token_at(tokens: list[re.Match[str]], position: int) -> int:
    for i, token in enumerate(tokens):
        if token.start() <= position < token.end() + 1:
            return i
    return len(tokens) - 1


_TRAILING = re.compile(r"(\s+(to|and|with|the|a|an|of|for|by|de|y|con|por|para|el|la))+$", re.I)


def _clean(span: str) -> str | None:
    span = _TRAILING.sub("", " ".join(span.split()).strip(" ,")).strip(" ,")
    span = _FILLER.sub("", span, count=1).strip(" ,")
    return span or None


_SPECIFIC = re.compile(
    r"\d|\b(st|street|ave|avenue|rd|road|blvd|hwy|highway|route|calle|avenida|"
    r"carretera|colonia|in|en|on)\b (?!(the|a|an|la|el|los|las|un|una|my|his|her|their|our|"
    r"mi|su|sus|this|that|esta|este)\b)\w+",
    re.IGNORECASE,
)


_SUB_PLACE = re.compile(
    r"^(room|rm|apt|apartment|unit|suite|ste|floor|piso|cuarto|habitaci" + _O + r"n|"
    r"\d+(st|nd|rd|th) floor)\b[^,]{0,12}$",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"\b(st|street|ave|avenue|rd|road|blvd|boulevard|hwy|highway|route|rt|lane|ln|drive|dr|"
    r"calle|avenida|carretera|camino|colonia|room|rm|apt|unit|suite|cuarto)\b",
    re.IGNORECASE,
)


def strength(place: str | None, described: bool = True) -> int:
    """How findable a place is: a number, a street or room, a name, a town."""
    if not place:
        return 0
    words = place.split()
    named = any(word[:1].isupper() for word in words[1:]) or words[0][:1].isupper()
    long_enough = described and len(words) >= DESCRIBED_WORDS
    found = (bool(re.search(r"\d", place)), bool(_STREET.search(place)), named or long_enough)
    return 2 * sum(found) + is_specific(place)


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
