"""Text clean-up for matching: markup and injected instructions out, case and accents folded."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from languages import fold, fold_char, reading
from languages.detect import UND, detect

_ALNUM = re.compile(r"[a-z0-9]+")
_LONG = 600
_RUN = re.compile(r"(.{1,200}?)\1{3,}", re.S)
_TAG_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^<>]{0,300}>")
_TOKEN = re.compile(r"[^\W_]+|\s+|.", re.S)
_REPEAT = re.compile(r"([a-z])\1{2,}")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

_INJECTIONS = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass|ignora|olvida|omite)\b[\w' ]{0,30}?"
    r"\b(?:instructions?|prompts?|rules|guidelines|directions|context|instrucciones|reglas"
    r"|indicaciones)\b(?: (?:above|anteriores|previas))?"
    r"|\b(?:mark|set|classify|label|rate|flag|treat|score|tag)\w* (?:as|to|como) (?:low|none|spam"
    r"|not urgent|safe|benign|critical|high|urgent|medium|baja|bajo|critica|alta)\b"
    r"|\b(?:mark|set|classify|label|rate|flag|treat|score|tag|route|assign|move|make|put"
    r"|marca|marcalo|marcala|clasifica|clasificalo|pon|ponlo|ponle)\b"
    r" (?:this|it|the tip|this tip|this message|this report|the report|urgency|priority"
    r"|the urgency|the priority|esto|este mensaje|este reporte|la urgencia|la prioridad)"
    r"(?: [\w']+){0,2}? (?:as |to |como |en )?(?:low|none|spam|not urgent|non-urgent|safe"
    r"|benign|not trafficking|critical|high|urgent|medium|closed|resolved|baja|bajo|ninguna"
    r"|no urgente|critica|alta)\b"
    r"|\b(?:urgency|priority|category|queue|urgencia|prioridad)\s*[:=]\s*[\w-]+"
    r"|\byou are (?:now )?(?:a|an|the) (?:[\w-]+ )?(?:ai|assistant|bot|model|language model"
    r"|chatbot|classifier)\b"
    r"|\bset (?:the )?(?:category|urgency|priority|queue|label) (?:to|as) [\w-]+"
    r"|\b(?:system|developer) (?:prompt|message|instructions?)\b|\b(?:system|assistant)\s*:"
    r"|\bnew instructions?\s*:|\b(?:do not|don't) (?:escalate|page|alert|notify|flag) [\w']+"
    r"|<\|[^|]{0,40}\|>|\[/?inst\]|###\s*(?:instruction|system)\w*",
    re.I,
)
_REAL_WORD = re.compile(r"[^\W\d_]{2,}")
# Three or more single letters with one space, dot, dash or star between each.
_SPELLED = re.compile(r"(?<!\w)(?:[^\W\d_][ .*-]){2,}[^\W\d_](?!\w)")
_SPELL_GAP = re.compile(r"[ .*-]")
_WORD = re.compile(r"[^\W_]+")
# What may stand between two words of the clean text in the original: spaces, punctuation,
# tags and entities that the clean-up removed.
_GAP = r"(?:[^\w<&]|_|<[^<>]{0,300}>|&#?\w{1,10};?|[<&])*?"


@dataclass(frozen=True)
class Text:
    """A tip's text twice: `clean` for evidence, `folded` for matching, with an offset map."""

    clean: str
    folded: str
    offsets: tuple[int, ...]
    injected: bool = False
    # The tip's language, which decides whose negations and SMS spellings are read.
    language: str = UND
    # The text as received, which evidence is quoted from.
    raw: str = field(default="", compare=False, repr=False)
    # Cue look-ups already made on this text, by cue name (a cache, not part of the value).
    cues: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def evidence(self, start: int, end: int) -> str:
        """The words behind folded[start:end], quoted exactly as the tip wrote them."""
        if start >= end or not self.offsets:
            return ""
        lo = self.offsets[min(start, len(self.offsets) - 1)]
        hi = self.offsets[min(end - 1, len(self.offsets) - 1)] + 1
        return (
            quote(self.raw, self.clean[lo:hi].strip(" ,;:.-\n"), lo)
            if self.raw
            else (self.clean[lo:hi].strip(" ,;:.-\n"))
        )

    def has_real_content(self) -> bool:
        """True when some word of two letters or more is left."""
        return bool(_REAL_WORD.search(self.folded))


def quote(raw: str, words: str, near: int = 0) -> str:
    """The stretch of `raw` that reads as `words` (tags, entities and extra spaces the clean-up
    removed may lie between them), found at or after `near` if it can be; at worst the longest
    of its words that `raw` holds, so that evidence is always the tip's own text."""
    if not words or words in raw:
        return words
    tokens = _WORD.findall(words)
    if not tokens:
        return ""
    pattern = re.compile(_GAP.join(map(re.escape, tokens)))
    found = pattern.search(raw, max(0, near - 32)) or pattern.search(raw)
    if found:
        return found.group()
    present = [t for t in tokens if t in raw]
    return max(present, key=len) if present else ""


def strip_markup(text: str) -> str:
    """Remove HTML tags and entities, collapse whitespace (newlines kept as boundaries)."""
    text = html.unescape(_TAG.sub(" ", _TAG_BLOCK.sub(" ", text)))
    text = text.translate(_APOSTROPHES).replace("\r", "\n")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return collapse_repeats(join_spelled_out("\n".join(line for line in lines if line)))


def join_spelled_out(text: str) -> str:
    """Letters spelled out one by one ("h e l p", "H.E.L.P", "s-o-s") joined into the word."""
    if not _SPELLED.search(text):
        return text
    return _SPELLED.sub(lambda m: _SPELL_GAP.sub("", m.group()), text)


def collapse_repeats(text: str) -> str:
    """Cut a run of the same words or characters repeated over and over down to three copies.

    Repetition adds nothing a reader would act on, and a 5,000-character run of filler then
    costs no more to read than its first lines.
    """
    if len(text) < _LONG:
        return text
    return _RUN.sub(r"\1\1\1", text)


@lru_cache(maxsize=32)
def sms_words(language: str) -> dict[str, str]:
    """The SMS spellings read in a tip of this language: its own, and English and Spanish ones
    for a tip in either of those; every language's when the language is not known. ("n" is
    "and" in an English text message and "não" in a Portuguese one.)"""
    own = [lang for lang in reading(language) if lang.code == language]
    words: dict[str, str] = {}
    for lang in reading(language) if language == UND or own[0].conversed else own:
        words.update({fold(k): v for k, v in lang.sms_words.items()})
    return words


def _fold(clean: str, language: str = UND) -> tuple[str, tuple[int, ...]]:
    """Fold `clean` token by token, expanding SMS spellings, keeping an offset per character."""
    lower = clean.lower()
    rewrites = sms_words(language)
    if (
        clean.isascii()
        and not _REPEAT.search(lower)
        and rewrites.keys().isdisjoint(_ALNUM.findall(lower))
    ):
        return lower, tuple(range(len(clean)))
    out: list[str] = []
    offsets: list[int] = []
    for m in _TOKEN.finditer(clean):
        token = m.group()
        if token.isascii() and not (token[0].isalnum() and token.lower() in rewrites):
            # Plain ASCII folds to itself in lower case, one character for one.
            word = token.lower()
            if token[0].isalnum():
                word = _REPEAT.sub(r"\1", word)
            if len(word) == len(token):
                out.append(word)
                offsets.extend(range(m.start(), m.end()))
                continue
        chars = [(fold_char(ch), m.start() + i) for i, ch in enumerate(token)]
        word = "".join(c for c, _ in chars)
        if m.group()[0].isalnum():
            word = _REPEAT.sub(r"\1", word)
            # "xxxxx" or "kkkk" squeezed to one letter is no SMS word ("x", "k").
            expanded = rewrites.get(word) if len(word) > 1 or len(token) == 1 else None
            if expanded is not None or len(word) != sum(len(c) for c, _ in chars):
                word = expanded or word
                span = max(m.end() - m.start(), 1)
                out.append(word)
                offsets.extend(
                    m.start() + min(i * span // len(word), span - 1) for i in range(len(word))
                )
                continue
        for folded, pos in chars:
            out.append(folded)
            offsets.extend([pos] * len(folded))
    return "".join(out), tuple(offsets)


def _without_injections(clean: str, folded: str, offsets: tuple[int, ...]) -> tuple[str, bool]:
    """`clean` with the spans of injected instructions found in its fold removed."""
    spans = [
        (offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in _INJECTIONS.finditer(folded)
        if m.end() > m.start()
    ]
    if not spans:
        return clean, False
    parts, last = [], 0
    for lo, hi in spans:
        parts.append(clean[last:lo])
        last = max(last, hi)
    parts.append(clean[last:])
    return strip_markup(" ".join(parts)), True


def normalize(text: str, language: str = UND) -> Text:
    """Clean a raw tip text and fold it for matching, reading it as `language` (ISO 639-1;
    "und", the default, reads it as any registered language)."""
    return _normalized(text, strip_markup(text), language)


def normalize_in_its_language(text: str) -> Text:
    """A raw tip text cleaned once, its language detected, and folded as that language."""
    clean = strip_markup(text)
    return _normalized(text, clean, detect(clean))


def _normalized(text: str, clean: str, language: str) -> Text:
    folded, offsets = _fold(clean, language)
    clean, injected = _without_injections(clean, folded, offsets)
    if injected:
        folded, offsets = _fold(clean, language)
    return Text(
        clean=clean,
        folded=folded,
        offsets=offsets,
        injected=injected,
        raw=text,
        language=language,
    )
