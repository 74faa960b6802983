"""Urgency: the ongoing and weak judgements, the category, spam, and rules 1-7 of the rubric."""

from __future__ import annotations

import re
from collections.abc import Collection

from triage.cues import cue_pattern, find_cue
from triage.indicators import STRONG
from triage.normalize import Text, normalize
from triage.scope import Hit

URGENCIES = ("critical", "high", "medium", "low", "none")


def has_cue(text: Text, *names: str) -> bool:
    """True when any of the named context cues occurs for real."""
    return any(find_cue(text, n) is not None for n in names)


def _out_and_safe(text: Text) -> bool:
    """The person is out and safe, and nobody is said to be left behind."""
    return has_cue(text, "out_safe") and not has_cue(text, "others_remain")


def ended_long_ago(text: Text) -> bool:
    """The situation is long over, or the person is out and safe."""
    if _out_and_safe(text):
        return True
    return has_cue(text, "past_long") and not has_cue(text, "present", "others_remain")


def is_ongoing(text: Text, when: str | None = None) -> bool:
    """Happening now or in the last few days, with the person still there."""
    if _out_and_safe(text):
        return False
    if has_cue(text, "present", "others_remain"):
        return True
    if when:
        answer = normalize(when)
        if has_cue(answer, "present"):
            return True
        if has_cue(answer, "past_long", "past_recent"):
            return False
    return not has_cue(text, "past_long", "past_recent")


def is_weak(text: Text, indicators: Collection[str], location: Hit | None) -> bool:
    """No strong indicator, long over, or hearsay with no identifiable place or person."""
    if not set(indicators) & set(STRONG) or ended_long_ago(text):
        return True
    told_first_hand = "self_report" in indicators or has_cue(text, "identifiable")
    return has_cue(text, "hearsay") and location is None and not told_first_hand


def urgency(
    *,
    category: str,
    immediate_danger: bool,
    minor_involved: bool | None,
    ongoing: bool,
    weak: bool,
    specific_location: bool,
) -> str:
    """Rules 1-7 of TRIAGE.md, first that applies."""
    if immediate_danger:
        return "critical"
    if category in ("sex_trafficking", "both") and minor_involved is True and ongoing:
        return "critical"
    if category == "not_trafficking":
        return "none"
    if minor_involved is True:
        return "high"
    if weak:
        return "low"
    if ongoing and specific_location:
        return "high"
    return "medium"


# --- Category -------------------------------------------------------------------------------

CATEGORIES = ("sex_trafficking", "labor_trafficking", "both", "unclear", "not_trafficking")
SPAM_KINDS = ("empty", "injection", "test", "gibberish", "abuse", "prank", "chain")
_VIOLENCE = frozenset(
    {
        "threats_of_violence",
        "signs_of_abuse",
        "weapon",
        "sexual_violence",
        "medical_emergency",
        "confinement",
        "isolation",
        "restricted_movement",
        "threats_of_exposure",
        "deprivation",
    }
)
_SMUGGLING_ONLY = frozenset({"debt_bondage", "recruitment_fraud"})
# Contextual signs that say something about the writer's feelings, not about a situation.
_NOT_A_SITUATION = frozenset({"self_report", "fearful_submissive"})
_FORCED_WORK = frozenset(
    {
        "unpaid_wages",
        "excessive_hours",
        "child_labor",
        "quota",
        "lives_at_workplace",
        "transported_to_work",
        "forced_criminality",
    }
)
_SEX_INDICATORS = frozenset({"under_18_commercial_sex", "remote_sexual_acts"})
_LABOR_INDICATORS = frozenset({"unpaid_wages", "child_labor", "forced_criminality"})
_KEYBOARD = re.compile(r"asdf|sdfg|qwer|wert|zxcv|hjkl|jkl;|fghj|dfgh|uiop")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")
_LETTERS = re.compile(r"[a-z]{3,}")
# Filler that stands for no words at all.
_FILLER_WORDS = "bla blah blabla lorem ipsum dolor sit amet consectetur adipiscing elit"
_FILLER = frozenset(_FILLER_WORDS.split())
# A question needs this many words to be one a person should answer.
_REAL_QUESTION = 4
_FORWARD = re.compile(
    r"\b(?:forward|share|repost|pass on) (?:this|it)\b|copy (?:and|&) paste|\b(?:reenvi|compart)\w*"
    r"|\b(?:forward|share|repost)\s*[:!]|\bpas(?:a|en|ar|alo|enlo) (?:este|el) mensaje\b"
    r"|\bshare with (?:every|all|your|everyone)"
)


def _gibberish(folded: str) -> bool:
    """Keyboard mashing: most words have no vowels or long consonant runs."""
    words = [w for w in _LETTERS.findall(folded) if w not in _FILLER]  # filler is no word
    if not words:
        return True
    bad = sum(
        bool(_KEYBOARD.search(w) or _CONSONANTS.search(w) or not re.search("[aeiouy]", w))
        for w in words
    )
    return bad * 2 >= len(words)


def _only_test_lines(text: Text) -> bool:
    """Every line is a test or a greeting ("test", "hola", "is this working?")."""
    test = cue_pattern("test", text.language)
    lines = [line for line in text.folded.split("\n") if line.strip(" .!?,")]
    return bool(lines) and all(test.search(line) for line in lines)


def _real_matter(text: Text) -> bool:
    """Something left for a person to answer once injected instructions are out: a question,
    work, a partner, a suspicion about a place or sex for money."""
    question = "?" in text.folded and len(_LETTERS.findall(text.folded)) >= _REAL_QUESTION
    return question or has_cue(
        text, "employment", "partner", "suspicion", "massage", "commercial_sex"
    )


def spam_kind(text: Text, indicators: Collection[str], danger: bool) -> str | None:
    """Why there is nothing to act on (spam, test, prank...), or None for real content."""
    if not text.has_real_content():
        return "injection" if text.injected else "empty"
    if danger:
        return None
    situation = set(indicators) - _NOT_A_SITUATION
    if has_cue(text, "joke"):
        return "prank"
    # Rumour words ("white van", "zip ties") mark a chain message only when nothing in the
    # tip is a sign of control: a real tip may well mention a white van.
    if has_cue(text, "chain"):
        if _FORWARD.search(text.folded):
            return "chain"
        if not has_cue(text, "identifiable") and not situation & set(STRONG):
            return "chain"
    if situation:
        return None
    if _only_test_lines(text):
        return "test"
    if text.injected and not _real_matter(text):
        return "injection"
    if _gibberish(text.folded):
        return "gibberish"
    if has_cue(text, "abuse"):
        return "abuse"
    return "prank" if has_cue(text, "laugh") else None


def _personal_matter(text: Text, strong: set[str], commercial: bool, sector: bool) -> bool:
    """A partner, ex or roommate hurting or threatening someone, with no work or sex for money."""
    if not has_cue(text, "partner") or commercial or sector or has_cue(text, "employment"):
        return False
    return strong <= _VIOLENCE


def sex_context(text: Text, names: Collection[str], minor: bool | None, kind: str | None) -> bool:
    """Commercial sex, remote sexual acts, or any sexual setting when a minor is involved."""
    return (
        has_cue(text, "commercial_sex")
        or bool(set(names) & _SEX_INDICATORS)
        or kind in ("sex", "both")
        or (minor is True and has_cue(text, "minor_sex_context"))
    )


def categorize(
    text: Text,
    indicators: Collection[str],
    *,
    minor: bool | None,
    kind: str | None = None,
    spam: str | None = None,
    danger: bool = False,
) -> str:
    """The kind of exploitation the tip suggests, or not_trafficking."""
    names = set(indicators)
    strong = names & set(STRONG)
    situation = names - _NOT_A_SITUATION
    sex_ctx = sex_context(text, names, minor, kind)
    sector = has_cue(text, "labor_sector")
    labor_ctx = (
        sector
        or has_cue(text, "work")
        or bool(names & _LABOR_INDICATORS)
        or kind in ("labor", "both")
    )
    massage = has_cue(text, "massage")
    suspicion = has_cue(text, "suspicion") and (massage or sector)
    told = (
        situation
        or suspicion
        or danger
        or (sex_ctx and minor)
        or kind in ("sex", "labor", "both")
        or has_cue(text, "self_trafficked")
    )
    if spam or not told:
        return "not_trafficking"
    if has_cue(text, "smuggling") and strong <= _SMUGGLING_ONLY:
        return "not_trafficking"
    commercial = has_cue(text, "commercial_sex") or kind in ("sex", "both")
    if _personal_matter(text, strong, commercial, sector):
        return "not_trafficking"
    sex = (sex_ctx and (minor is True or bool(strong) or kind in ("sex", "both"))) or (
        massage and bool(situation or suspicion)
    )
    labor = labor_ctx and bool(
        situation or danger or (suspicion and sector) or kind in ("labor", "both")
    )
    if sex:
        # A job named only as the lure ("promised work as a nanny") is not forced work.
        lure = "recruitment_fraud" in names and not names & _FORCED_WORK
        forced_work = labor and sector and not massage and not lure
        return "both" if forced_work or kind == "both" else "sex_trafficking"
    if labor:
        return "labor_trafficking"
    return "unclear"
