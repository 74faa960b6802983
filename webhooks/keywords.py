"""Opt-out, help and opt-in keywords: answered at the edge, never left to the model.

The words come from the language registry, for the languages the edge answers in (those the
bot converses in); a keyword is answered in the language it belongs to.
"""

from __future__ import annotations

import string
from functools import cache

from languages import fold, registered

_STRIP = string.punctuation + string.whitespace + "¡¿"


@cache
def _words() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each keyword, folded, with what it asks for and the languages it is a keyword in."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for lang in registered():
        if lang.conversed:
            for kind, words in lang.keywords.items():
                for word in map(fold, words):
                    _, codes = table.get(word, (kind, ()))
                    table[word] = (kind, (*codes, lang.code))
    return table


def _lookup(text: str) -> tuple[str, tuple[str, ...]] | None:
    return _words().get(fold(text.strip(_STRIP)))


def keyword(text: str) -> str | None:
    """'stop', 'help' or 'start' when the whole message is one such keyword (as carriers read it)."""
    found = _lookup(text)
    return found[0] if found else None


def answer_language(text: str, conversation: str) -> str:
    """The language to answer a keyword in: the conversation's, unless the word belongs only
    to another language ("ALTO" is answered in Spanish). The first registered language's
    words (STOP, HELP, START) are the carriers' own, used whatever the language."""
    found = _lookup(text)
    if found is None:
        return conversation
    codes = found[1]
    carrier = registered()[0].code
    return conversation if conversation in codes or carrier in codes else codes[0]
