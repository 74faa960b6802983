"""The clock against each urgency's target: how long an unclaimed tip has waited, and whether too long."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from tips.models import Tip


@dataclass(frozen=True)
class Clock:
    """Minutes waited by an open tip, its urgency's target (if it has one) and the verdict."""

    waited: int
    target: int | None
    running: bool  # False once someone has claimed or closed the tip

    @property
    def overdue(self) -> bool:
        """True when an unclaimed tip has waited past its target."""
        return self.running and self.target is not None and self.waited > self.target

    @property
    def text(self) -> str:
        """What the row shows: "3 of 5 min", "overdue by 12 min (target 5 min)", "2 h"."""
        if not self.running:
            return _minutes(self.waited)
        if self.target is None:
            return _minutes(self.waited)
        if self.overdue:
            return f"overdue by {_minutes(self.waited - self.target)} (target {self.target} min)"
        return f"{self.waited} of {self.target} min"


def _minutes(total: int) -> str:
    if total < 60:
        return f"{total} min"
    if total < 48 * 60:
        return f"{total // 60} h {total % 60} min"
    return f"{total // 1440} days"


def clock(tip: Tip, now: datetime, targets: Mapping[str, int]) -> Clock:
    """The tip's clock: targets are minutes by urgency, from settings.escalation_targets."""
    waited = max(0, int((now - tip.created_at).total_seconds() // 60))
    target = targets.get(tip.urgency or "")
    return Clock(waited, target, tip.status == "open")
