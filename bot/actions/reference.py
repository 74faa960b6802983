"""Tip references as people type them ("k7f2qm", "K7F 2QM", "k7f-2qm")."""

import re
from typing import Any

from .replies import normalize

# No 0/O, 1/I/L: a reference read aloud or typed from memory is not ambiguous.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
# A lookahead, so overlapping candidates ("ref 3KP-9WD") are all tried.
_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z])(?=([0-9A-Za-z]{3})([ -]?)([0-9A-Za-z]{3})(?![0-9A-Za-z]))"
)


def _words(text: str) -> frozenset[str]:
    """A set of words, written as one string to keep long lists short."""
    return frozenset(text.split())


# Words around a reference that add nothing to the tip: "hi, my tip number is K7F-2QM".
_FRAMING = _words(
    "hi hello hey hola buenas ok my mi the el la this esto es is its it s i have tengo here "
    "aqui about sobre re ref reference referencia tip tips number numero no code codigo case "
    "caso de del denuncia reporte report otra vez again back an un una to for on up was "
    "sent following adding old before anterior fue mande ya agregar a al more mas info "
    "informacion update actualizacion details detalles datos"
)


def _candidates(text: str) -> list[tuple[str, str, int, int]]:
    """(code, separator, start, end) for each well-formed reference the text may hold.

    Words such as "the van" or "5th ave" have the same shape, so a candidate counts only when
    it is written with the dash as it was given, as one word mixing letters and digits, or as
    two halves that each hold a digit; "ref 3KP" is not one.
    """
    found = []
    for match in _CANDIDATE.finditer(text):
        first, separator, second = match.groups()
        code = (first + second).upper()
        if any(ch not in ALPHABET for ch in code) or not any(ch.isalpha() for ch in code):
            continue
        if {first.lower(), second.lower()} & _FRAMING:
            continue
        halves = (first + second,) if separator == "" else (first, second)
        if separator == "-" or all(any(ch.isdigit() for ch in half) for half in halves):
            end = match.start() + len(first + separator + second)
            found.append((f"{code[:3]}-{code[3:]}", separator, match.start(), end))
    return found


def find_reference(text: Any) -> str | None:
    """The reference in the text as "XXX-XXX" (one written with the dash first), or None."""
    if not isinstance(text, str):
        return None
    found = sorted(_candidates(text), key=lambda candidate: candidate[1] != "-")
    return found[0][0] if found else None


def only_a_reference(text: Any) -> bool:
    """The message is the reference and nothing to add ("hi, my ref is K7F-2QM")."""
    text = text if isinstance(text, str) else ""
    for _, _, start, end in reversed(_candidates(text)):
        text = text[:start] + " " + text[end:]
    return set(normalize(text).split()) <= _FRAMING
