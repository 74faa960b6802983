"""A light language guess from the share of common words: "en", "es", "pt", "fr" or "und"."""

from __future__ import annotations

import re

_EN_WORDS = (
    "the a an and is are was were to of in on at it that this they she he i you my her his "
    "their our we them me with for not have has had there be been do does did but from who "
    "what where when please help can can't don't won't i'm she's they're there's know because "
    "tonight now right someone people work boss"
)
_ES_WORDS = (
    "el la los las de del que y en un una es son por con se mi mis su sus me le les lo para "
    "esta estan estoy pero muy ya donde porque tiene tienen hay nos ella ellas ellos al como "
    "cuando nadie nada tambien ayuda favor ahora aqui trabajo jefe patron quiero puedo"
)
# Frequent Portuguese and French words, so those tips are not taken for Spanish or English.
_PT_WORDS = (
    "eu meu minha voce nao estou sou ele sao uma com isso ajuda os numa num ouvi dizer perto "
    "tem mas muito obrigado entao tambem trabalho patrao onde agora aqui pegou socorro"
)
_FR_WORDS = (
    "je suis nous vous est avec pas ne mon ma elle ils sont aidez les des une dans et il "
    "moi travail patron ou maintenant ici au secours"
)
_LEXICONS = {
    "en": frozenset(_EN_WORDS.split()),
    "es": frozenset(_ES_WORDS.split()),
    "pt": frozenset(_PT_WORDS.split()),
    "fr": frozenset(_FR_WORDS.split()),
}
_WORD = re.compile(r"[a-z']+")
_MIN_SHARE = 0.15


def guess_language(folded: str) -> str:
    """Guess the language of folded text; "und" when no language is clearly ahead."""
    words = _WORD.findall(folded)
    if not words:
        return "und"
    scores = {lang: sum(w in lexicon for w in words) for lang, lexicon in _LEXICONS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, score), (_, runner_up) = ranked[0], ranked[1]
    if score == 0 or score == runner_up or score / len(words) < _MIN_SHARE:
        return "und"
    return best
