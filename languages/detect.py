"""The one language detector: the script first, then lingua among the registered languages
that share it, then each language's hint words for messages too short for statistics.

"und" (undetermined) when the script is one no registered language uses, or nothing is sure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from lingua import Language as LinguaLanguage
from lingua import LanguageDetector, LanguageDetectorBuilder

from languages import fold, registered

UND = "und"
# Letters a statistical guess needs; below this only the script and hint words decide.
MIN_LETTERS = 12
_MIN_CONFIDENCE = 0.6
# Below that, lingua's guess is taken only when no hint word decides and it still leads.
_LEANING = 0.4
# The first characters of a message are enough to tell its language, and far cheaper.
_SAMPLE = 400
# Kana mean Japanese, whose kanji would otherwise read as Chinese.
_KANA = ("HIRAGANA", "KATAKANA")
# Letters of Persian and Urdu that Arabic does not use.
_NOT_ARABIC = frozenset("پچژگکیہےٹڈڑںھۓ")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    """The script of a letter, as the first word of its Unicode name ("latin", "han"...)."""
    name = unicodedata.name(ch, "")
    if name.startswith("CJK"):
        return "han"
    if name.startswith(_KANA):
        return "kana"
    return name.split(" ", 1)[0].lower() if name else ""


@cache
def _detector(script: str) -> LanguageDetector | None:
    """A lingua detector restricted to the registered languages of one script."""
    choices = [
        getattr(LinguaLanguage, lang.lingua) for lang in registered() if lang.script == script
    ]
    if len(choices) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*choices).build()


def _by_lingua(text: str, script: str) -> tuple[str | None, str | None]:
    """lingua's answer when it is sure, and its best guess when it leans (else None)."""
    detector = _detector(script)
    if detector is None:
        return None, None
    values = detector.compute_language_confidence_values(text[:_SAMPLE])
    if not values:
        return None, None
    found = values[0].language.iso_code_639_1.name.lower()
    if values[0].value >= _MIN_CONFIDENCE:
        return found, found
    return None, found if values[0].value >= _LEANING else None


def _by_hints(text: str, script: str) -> str | None:
    """The one language of the script whose hint words the text uses most, if one leads."""
    folded = fold(text)
    words = set(_WORD.findall(folded))
    scores = Counter[str]()
    for lang in registered():
        if lang.script != script:
            continue
        for hint in lang.folded(lang.hints):
            if (hint in words) if lang.spaced else (hint in folded):
                scores[lang.code] += 1
    ranked = scores.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language among the registered ones, or "und"."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return UND
    scripts = Counter(script_of(c) for c in letters)
    script, count = scripts.most_common(1)[0]
    if script == "han" and scripts["kana"]:
        return UND
    if script == "arabic" and sum(c in _NOT_ARABIC for c in letters) > len(letters) // 20:
        return UND
    candidates = [lang.code for lang in registered() if lang.script == script]
    if not candidates:
        return UND
    if len(candidates) == 1:
        return candidates[0]
    sure, leaning = _by_lingua(text, script) if len(letters) >= MIN_LETTERS else (None, None)
    return sure or _by_hints(text, script) or leaning or UND
