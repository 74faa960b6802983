"""A light language guess from the share of common words: "en", "es" or "und"."""

from __future__ import annotations

import re

_EN_WORDS = (
    "the a an and is are was were to of in on at it that this they she he i you my her his "
    "their our we them me with for not have has had there be been do does did but from who "
    "what where when please help can can't don't won't i'm she's they're there's know because "
    "tonight now right someone people work boss"
)
_EN = frozenset(_EN_WORDS.split())
_ES_WORDS = (
    "el la los las de del que y en un una es son por con se mi mis su sus me le les lo para "
    "esta estan estoy pero muy ya donde porque tiene tienen hay nos ella ellas ellos al como "
    "cuando nadie nada tambien ayuda favor ahora aqui trabajo jefe patron quiero puedo"
)
_ES = frozenset(_ES_WORDS.split())
# Frequent Portuguese and French words, so those tips are not taken for Spanish or English.
_OTHER_WORDS = (
    "eu meu minha voce nao estou sou ele esta sao uma com isso ajuda je suis nous vous est avec "
    "pas ne mon ma elle ils sont aidez"
)
_OTHER = frozenset(_OTHER_WORDS.split())
_WORD = re.compile(r"[a-z']+")
_MIN_SHARE = 0.15


def guess_language(folded: str) -> str:
    """Guess the language of folded text; "und" when neither English nor Spanish is clear."""
    words = _WORD.findall(folded)
    if not words:
        return "und"
    en = sum(w in _EN for w in words)
    es = sum(w in _ES for w in words)
    best, score = ("es", es) if es > en else ("en", en)
    if sum(w in _OTHER for w in words) >= score:
        return "und"
    if score == 0 or score / len(words) < _MIN_SHARE or es == en:
        return "und"
    return best
