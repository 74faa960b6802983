"""One reply, composed: its parts by priority, fitted to the channel; the tip's summary."""

from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lx
from . import sms
from .replies import normalize
from .texts import text

WEB_LIMIT = 700
SUMMARY_CHARS = 220


@dataclass
class Reply:
    """One message: its parts by priority (0 is never dropped), and quick-reply buttons."""

    ctx: Any  # dialogue.Context: its language, channel and numbers
    parts: list[tuple[int, str]] = field(default_factory=list)
    buttons: list[dict[str, str]] = field(default_factory=list)

    def add(self, priority: int, key: str, **values: Any) -> None:
        values.setdefault("e", self.ctx.emergency_number)
        values.setdefault("h", self.ctx.hotline_number)
        self.parts.append((priority, text(key, self.ctx.language, **values)))

    def add_text(self, priority: int, words: str) -> None:
        self.parts.append((priority, words))

    def render(self) -> str:
        """The parts in order, the least needed dropped until the reply fits the channel."""
        parts = list(self.parts)
        while len(parts) > 1 and not self._fits(" ".join(p for _, p in parts)):
            worst = max(range(len(parts)), key=lambda i: (parts[i][0], i))
            if parts[worst][0] == 0:
                break
            parts.pop(worst)
        return " ".join(p for _, p in parts)

    def _fits(self, message: str) -> bool:
        if self.ctx.channel == "sms":
            return sms.segments(message) <= sms.MAX_SEGMENTS
        return len(message) <= WEB_LIMIT


def summary(state: dict[str, Any], language: str) -> str:
    """The tip in one line for the read-back: where, when, who, and what happened in a few
    words ("documents held, a debt"), the vehicle if one was named."""
    facts = state["facts"]
    parts = [str(facts[k]).replace("\n", ", ") for k in ("where", "when", "who") if facts[k]]
    told = " ".join(str(facts[k] or "") for k in ("what", "details", "who"))
    words = normalize(told)
    signs = [es if language == "es" else en for pattern, en, es in lx.GIST if pattern.search(words)]
    if facts["minor"] is True:
        ages = [m.group(1) or m.group(2) for m in lx.AGE.finditer(words)]
        signs.insert(
            0,
            text("summary_age", language, age=ages[-1])
            if ages
            else text("summary_minor", language),
        )
    told_details = str(facts["details"] or "")
    vehicle = lx.VEHICLE.search(told_details)
    if vehicle:
        signs.append(vehicle.group(0))
    signs += [m.group(0) for m in lx.FINDERS.finditer(told_details)][:2]
    if signs:
        parts.append(", ".join(signs))
    elif facts["what"] and not facts["where"]:
        parts.insert(0, sms.clip(str(facts["what"]).split("\n")[0], 60))
    line = "; ".join(parts) or text("summary_none", language)
    return sms.clip(line, SUMMARY_CHARS)


def yes_no_buttons(language: str) -> list[dict[str, str]]:
    return [
        {"title": text(key, language), "payload": text(key, language).lower()}
        for key in ("yes", "no", "not_sure")
    ]
