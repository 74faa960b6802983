"""Reading short replies ("yes", "idk", "forced work") the way people text them.

A short answer is read here (reading.py, facts.py) rather than from an intent guess, so a
one-word answer is never misread by the NLU model.
"""

import re
import unicodedata
from typing import Any


def _phrases(text: str) -> frozenset[str]:
    """A set of normalized phrases, written one per "|" to keep the lists short."""
    return frozenset(phrase.strip() for phrase in text.split("|"))


SKIP_PHRASES = _phrases(
    "skip | skip it | skip this | pass | idk | idc | dk | dunno | unsure | not sure | im not sure"
    " | i am not sure | i m not sure | notsure | no idea | no clue | dont know | don t know"
    " | do not know | i dont know | i don t know | i do not know | i dont no | dont no | idk tbh"
    " | not sure tbh | no se | maybe | n a | na | prefer not to say | rather not say"
    " | i d rather not say | id rather not say | cant say | can t say | nevermind | never mind"
    " | nose | no lo se | no se nada | ni idea | ni se | quien sabe | saltar | salta | saltate"
    " | paso | siguiente | omitir | no estoy seguro | no estoy segura | no seguro | no segura"
    " | prefiero no decir | no sabria | no sabria decir | no recuerdo | no me acuerdo"
)
YES_WORDS = _phrases(
    "yes | y | ye | yeah | yea | ya | yah | yep | yup | yas | yess | yesss | sure | ok | okay | k"
    " | kk | correct | right | true | affirmative | definitely | absolutely | please | si"
    " | sii | sip | simon | claro | dale | sale | correcto | afirmativo | obvio"
)
YES_PHRASES = _phrases(
    "of course | i think so | think so | go ahead | that s fine | por supuesto | creo que si"
    " | esta bien | por favor"
)
NO_WORDS = _phrases(
    "no | n | nope | nah | naw | nop | noo | nooo | negative | never | none | nobody | nothing"
    " | false | nel | nop | nada | nadie | ninguno | ninguna | tampoco | nunca"
)
NO_PHRASES = _phrases(
    "not really | no one | i dont think so | i don t think so | dont think so | don t think so"
    " | please dont | please don t | do not | dont | no gracias | para nada | creo que no"
    " | mejor no"
)

_KIND_PATTERNS = (
    ("both", re.compile(r"\b(both|all of it|ambos|ambas|las dos|los dos|todo eso)\b")),
    (
        "sex",
        re.compile(
            r"\b(sex|sexual|prostitu\w*|escort\w*|brothel|pimp\w*|stripp?\w*|sexo|"
            r"burdel|padrote|prostibulo|table ?dance)\b"
        ),
    ),
    (
        "labor",
        re.compile(
            r"\b(work\w*|labou?r|job|farm|factory|construction|restaurant|"
            r"cleaning|kitchen|domestic|nanny|maid|trabaj\w*|obra|campo|fabrica|limpieza|"
            r"cocina|domestica|nana|rancho)\b"
        ),
    ),
)
KINDS = ("labor", "sex", "both", "unsure")

_SHORT_REPLY_WORDS = 4
_SKIP_PREFIXES = (
    "skip",
    "i d rather not",
    "id rather not",
    "rather not",
    "i prefer not",
    "prefer not",
    "prefiero no",
    "idk",
    "dunno",
    "not sure",
    "no idea",
    "no clue",
    "dont know",
    "don t know",
    "i dont know",
    "i don t know",
    "i do not know",
    "im not sure",
    "i m not sure",
    "i am not sure",
    "no se",
    "no lo se",
    "ni idea",
    "no estoy seguro",
    "no estoy segura",
)

_KIND_UNSURE = frozenset(
    {
        "not sure",
        "unsure",
        "idk",
        "dont know",
        "don t know",
        "i dont know",
        "i don t know",
        "no idea",
        "dunno",
        "maybe",
        "not sure tbh",
        "no se",
        "no lo se",
        "ni idea",
        "no estoy seguro",
        "no estoy segura",
        "no seguro",
        "quien sabe",
    }
)


def plain(text: str) -> str:
    """Drop accents, as people often do when texting: "está" -> "esta", "niño" -> "nino"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: Any) -> str:
    """Lower-case, drop accents, punctuation and extra spaces: "Don't KNOW!!" -> "don t know"."""
    if not isinstance(text, str):
        return ""
    lowered = plain(text).lower().replace("\u2019", "'")
    lowered = lowered.replace("'", " ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", lowered).split())


def is_skip(text: Any) -> bool:
    """True for "skip", "idk", "not sure", "pass", "don't know" and the like, or silence."""
    words = normalize(text)
    if not words:
        return True
    if words in SKIP_PHRASES:
        return True
    # "not sure tbh" is a skip; "i dont know her name but she drives a red van" is an answer.
    return len(words.split()) <= _SHORT_REPLY_WORDS and any(
        words.startswith(phrase + " ") for phrase in _SKIP_PREFIXES
    )


def yes_or_no(text: Any) -> bool | None:
    """True for a yes, False for a no, None for skip words or anything unclear."""
    if isinstance(text, bool):
        return text
    if is_skip(text):
        return None
    words = normalize(text)
    first = words.split()[0]
    if words in NO_PHRASES or any(words.startswith(p + " ") for p in NO_PHRASES):
        return False
    if words in YES_PHRASES or first in YES_WORDS:
        return True
    if first in NO_WORDS:
        return False
    return None


# "ok" or "k" may only mean "I read that"; keeping a way to reach someone needs a real yes.
CONSENT_WORDS = YES_WORDS - {"ok", "okay", "k", "kk", "please", "right", "true", "correct"}


def explicit_yes(text: Any) -> bool | None:
    """Consent: only a clear yes is True; skip words are None; anything else is False."""
    if isinstance(text, bool):
        return text
    if is_skip(text):
        return None
    words = normalize(text)
    said_yes = words in YES_PHRASES or bool(CONSENT_WORDS.intersection(words.split()))
    return said_yes and yes_or_no(text) is True


def situation_kind(text: Any) -> str | None:
    """One of "labor", "sex", "both", "unsure", or None when skipped or unclear."""
    if text in KINDS:
        return str(text)
    words = normalize(text)
    if words in _KIND_UNSURE:
        return "unsure"
    if is_skip(text):
        return None
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(words):
            return kind
    return None
