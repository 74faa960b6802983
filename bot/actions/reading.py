"""Reading one message for everything it says, whatever question was asked last.

A message can tell where and when at once, correct an age, ask whether this is the police,
say goodbye or offer photos. `read` finds each of those in the words (English and Spanish,
as people text them: no accents, no punctuation); the dialogue decides what to answer.
"""

import re
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from . import places
from .replies import NO_WORDS, YES_WORDS, is_skip, normalize, situation_kind, yes_or_no

MIN_ACCOUNT_WORDS = 4
CLOSING_WORDS = 12


@dataclass
class Reading:
    """What one message says, each part None when it does not say it."""

    text: str
    words: str
    yes_no: bool | None = None
    skipped: bool = False
    question: bool = False
    leaving: bool = False
    thanks: bool = False
    greeting_only: bool = False
    take_back: bool = False
    rescue_plan: bool = False
    follow_plan: bool = False
    refuses_place: bool = False
    escape_plan: bool = False
    images_of_child: bool = False
    offers_images: bool = False
    victim_self: bool = False
    place: str | None = None
    time: str | None = None
    people: str | None = None
    minor: bool | None = None
    kind: str | None = None
    identifiers: bool = False
    hurt: bool | None = None
    others_with: bool | None = None
    substantive: bool = False
    doubt: bool = False
    safe: bool = False
    about_deleting: bool = False
    what_is_this: bool = False
    report_intent: bool = False
    looks_young: bool = False
    acknowledged: bool = False
    calling_help: bool = False
    injection: bool = False
    consent: bool | None = None
    asks_reference: bool = False
    called_help: bool = False
    cannot_call: bool = False


def is_question(text: str, words: str) -> bool:
    """Asked rather than told: a question mark, "¿", or a question word first."""
    stripped = text.strip()
    marked = "?" in stripped or stripped.startswith("\u00bf")
    return marked or bool(lx.QUESTION_START.match(words) or lx.INVERSION.search(words))


def read(text: Any) -> Reading:
    """Everything the message says that the dialogue can use."""
    text = text if isinstance(text, str) else ""
    words = normalize(text)
    reading = Reading(text=text.strip(), words=words)
    count = len(words.split())
    # A burst often starts with the short answer: "no i dont think so" then the account.
    # A reply often starts with the answer: "yes theres a girl locked in", "no, nobody is".
    clause = re.split(r"[\n.,!?;]", text.strip(), maxsplit=1)[0] if text.strip() else ""
    first = normalize(clause)
    short = first if len(first.split()) <= 6 else ""
    lead = first.split()[0] if first else ""
    if not short and (lead in YES_WORDS or lead in NO_WORDS) and lead not in lx.NOT_AN_ANSWER:
        short = lead
    reading.skipped = is_skip(text) and count <= 6
    reading.yes_no = yes_or_no(short) if short else None
    reading.acknowledged = bool(short and lx.ACKNOWLEDGED.match(short))
    reading.looks_young = bool(lx.LOOKS_YOUNG.search(words))
    reading.safe = bool(lx.SAFE.search(words))
    reading.doubt = bool(lx.DOUBT.search(words))
    reading.calling_help = bool(lx.CALLING.search(words))
    reading.injection = bool(lx.INJECTION.search(words))
    reading.asks_reference = bool(lx.REFERENCE_ASKED.search(words))
    if lx.NO_CONSENT.search(words):
        reading.consent = False
    elif lx.CONSENT.search(words):
        reading.consent = True
    reading.called_help = bool(lx.CALLED.search(words))
    reading.cannot_call = bool(lx.CANNOT_CALL.search(words))
    reading.question = is_question(text, words)
    reading.what_is_this = bool(lx.WHAT_IS_THIS.search(words))
    reading.report_intent = bool(lx.REPORT_INTENT.match(words))
    last = normalize(text.strip().split("\n")[-1]) if text.strip() else ""
    reading.thanks = bool(lx.THANKS.search(last)) and len(last.split()) <= 8
    reading.greeting_only = bool(lx.GREETING_ONLY.fullmatch(words))
    short_leave = bool(lx.LEAVING_SHORT.search(words)) and count <= 8
    reading.leaving = bool(lx.LEAVING.search(words)) or short_leave or _ends_with_leaving(last)
    reading.take_back = bool(lx.TAKE_BACK.search(words))
    reading.rescue_plan = bool(lx.RESCUE.search(words))
    reading.follow_plan = bool(lx.FOLLOW_PLAN.search(words))
    reading.refuses_place = bool(lx.REFUSE_PLACE.search(words))
    reading.escape_plan = bool(lx.ESCAPE_PLAN.search(words) and lx.ESCAPE_ASKED.search(words))
    images = bool(lx.IMAGES.search(words))
    reading.offers_images = images and bool(lx.OFFER.search(words))
    reading.images_of_child = images and bool(lx.CHILD.search(words) or lx.ABUSE.search(words))
    reading.about_deleting = bool(lx.DELETE_IMAGES.search(words))
    reading.victim_self = bool(lx.SELF.search(words))
    reading.place = places.find_place(text, words)
    times = list(dict.fromkeys(m.group(0) for m in lx.TIME.finditer(words)))
    reading.time = " ".join(times) if times else None
    people = lx.PEOPLE.search(words)
    reading.people = _counted(people.group(0)) if people else None
    reading.minor = _minor(text, words)
    kind = situation_kind(text)
    reading.kind = kind if kind in ("labor", "sex", "both") else None
    reading.identifiers = bool(lx.IDENTIFIERS.search(text))
    if lx.HURT_NO.search(words):
        reading.hurt = False
    elif lx.HURT_YES.search(words):
        reading.hurt = True
    if lx.OTHERS.search(words):
        reading.others_with = True
    elif lx.ALONE.search(words):
        reading.others_with = False
    reading.substantive = _substantive(reading, count)
    return reading


_BARE_COUNT = re.compile(
    r"^(?:there s|theres|there are|there were|hay|habia|somos|son) (?:like |about |around |"
    r"maybe |como |unos |unas )?(\w+)$"
)


def _counted(people: str) -> str:
    """ "theres like 5" -> "about 5 people": a bare number reads as an age to the triage."""
    bare = _BARE_COUNT.match(people)
    if not bare:
        return people
    spanish = people.split()[0] in ("hay", "habia", "somos", "son")
    return f"unas {bare.group(1)} personas" if spanish else f"about {bare.group(1)} people"


def _ends_with_leaving(last_line: str) -> bool:
    """A burst whose last text is a short goodbye ("... thats all i know" / "bye")."""
    return len(last_line.split()) <= 4 and bool(lx.LEAVING_SHORT.search(last_line))


def _minor(text: str, words: str) -> bool | None:
    """True when an age under 18 or a word for a child is given; False for adults only.

    A bare "yes" is not read here: it answers whatever was asked (facts.py).
    """
    words = lx.COUNT_PHRASE.sub(" ", words)
    if lx.NO_MINOR.search(words):
        return False
    if lx.MINOR.search(words):
        return True
    if lx.ADULT.search(words):
        return False
    return None


def _substantive(reading: Reading, count: int) -> bool:
    """The message tells something about a situation (not only hello, yes or a question)."""
    if reading.skipped or reading.greeting_only or reading.injection or count == 0:
        return False
    if reading.report_intent:
        return False  # "quiero denunciar algo que vi": the account is still to come
    if reading.question and count <= 12 and not reading.place:
        return False
    if reading.place or reading.minor or reading.kind:
        return True
    meaningful = [w for w in reading.words.split() if not lx.NOISE.fullmatch(w)]
    if len(meaningful) < MIN_ACCOUNT_WORDS:
        return False  # "ur trash asdfghjkl", "<b>hacked</b> DROP TABLE tips"
    # "ok thanks I saved the number, bye": a goodbye, not an account.
    polite = reading.thanks or reading.leaving or bool(lx.THANKS.search(reading.words))
    return not (polite and count < CLOSING_WORDS)
