"""What one language gives Lantern: how to read it, how to recognise it, and what to say in it.

Every pattern is a regular expression written in the form `fold` gives text: lower case,
accents off (Vietnamese "giup toi" matches "giúp tôi"; Arabic hamza seats and vowel marks go),
Hangul syllables and Chinese characters as they are. In a language written with spaces a
pattern matches whole words; in one written without (Chinese) it matches anywhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

# The scripts the registry reads, by the Unicode name prefix of their letters.
SCRIPTS = ("latin", "cyrillic", "han", "hangul", "arabic")
# Keywords every language must have at the edge.
KEYWORDS = ("stop", "help", "start")
# What every language's examples must show, read by the whole triage (tests/languages).
EXAMPLES = (
    "cry_for_help",  # critical: a short cry for help
    "locked_in",  # critical, confinement: someone locked in now
    "minor",  # a stated age under 18: minor_involved is true
    "negated_danger",  # a tip that says nobody is in danger now: not critical
    "commercial_sex",  # a tip of sex for money, not urgent: category sex_trafficking
    "labor",  # documents kept or pay withheld at work: category labor_trafficking
)
# A few emoji that say something a reader acts on, read as words.
_EMOJI_WORDS = {"\U0001f198": " sos ", "\U0001f52a": " knife ", "\U0001f52b": " gun "}
_HANGUL = range(0xAC00, 0xD7A4)
_EXTRA = str.maketrans(
    {
        "đ": "d",
        "ı": "i",
        "ł": "l",
        "ß": "ss",
        "ـ": "",
        "。": ".",
        "、": ",",
        "،": ",",
        "؟": "?",
        "؛": ";",
    }
)


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character lower-cased with its accents off; invisible format characters vanish.

    Hangul syllables stay whole, so Korean patterns are written as Korean is read.
    """
    if ord(ch) in _HANGUL:
        return ch
    if ch in _EMOJI_WORDS:
        return _EMOJI_WORDS[ch]
    if unicodedata.category(ch) == "Cf":  # zero-width spaces and joiners, direction marks
        return ""
    decomposed = unicodedata.normalize("NFKD", ch.lower().translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_EXTRA)


def fold(text: str) -> str:
    """A whole string folded character by character, as patterns are written."""
    return "".join(fold_char(c) for c in text)


def fold_pattern(pattern: str) -> str:
    """A pattern with its non-ASCII letters folded; ASCII (and so regex syntax) is left alone."""
    return "".join(c if c.isascii() else fold_char(c) for c in pattern)


Patterns = tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """One language: its lexicons for the triage, its detection hints and its keywords.

    `danger` holds cries for help and statements of present danger ("help me", "they will
    kill me tonight", "I am locked in"); `safe` the statements that undo them ("I am safe
    now", "nobody is in danger"); `negation` the words that flip what follows them
    ("not", "nobody"); `indicators` and `cues` are keyed by the names of TRIAGE.md and of the
    rubric's context cues; `ages` are patterns whose groups hold an age, as digits or as a
    word of `numbers`; `minor_words` state a minor ("menor de idade"); `hints` are words
    that only this language uses, for short messages a statistical detector cannot place.
    """

    code: str
    name: str
    native_name: str
    script: str
    lingua: str
    danger: Patterns
    safe: Patterns
    negation: Patterns
    indicators: Mapping[str, Patterns]
    cues: Mapping[str, Patterns]
    numbers: Mapping[str, int]
    ages: Patterns
    minor_words: Patterns
    hints: Patterns
    keywords: Mapping[str, Patterns]
    spaced: bool = True
    conversed: bool = False
    rtl: bool = False
    harm: Patterns = ()
    imminent: Patterns = ()
    hedge: Patterns = ()
    hypothetical: Patterns = ()
    own_situation: Patterns = ()
    adult_words: Patterns = ()
    # Specific locations, where someone could be sent: a street word with a number ("rua das
    # Flores 120", "ул. Ленина 40", "شارع فيصل 14"), a named business with its town.
    places: Patterns = ()
    # SMS spellings and their words ("u": "you", "xq": "porque"), folded.
    sms_words: Mapping[str, str] = field(default_factory=dict)
    texts: Mapping[str, str] = field(default_factory=dict)
    # Messages the language must read as the contract test says: keys are those of EXAMPLES.
    examples: Mapping[str, Patterns] = field(default_factory=dict)

    def folded(self, patterns: Patterns) -> Patterns:
        """Patterns ready to match folded text."""
        return tuple(fold_pattern(p) for p in patterns)
