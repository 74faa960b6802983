"""Paging on-call staff: a Twilio SMS notifier and a console one for local runs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from tips.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageNotice:
    """What a page says: enough to act, nothing about who sent the tip."""

    reference: str
    urgency: str
    queue: str
    reasons: tuple[str, ...]
    level: int = 0  # 0 the first page; n > 0 the nth escalation of an unclaimed tip

    def text(self) -> str:
        """The page as one short SMS."""
        why = ", ".join(self.reasons[:3]) or "see the tip"
        escalated = f"UNCLAIMED (escalation {self.level}) " if self.level else ""
        head = f"Lantern {escalated}{self.urgency.upper()} tip {self.reference} in {self.queue}"
        return f"{head}: {why}."[:300]


class Notifier(Protocol):
    """Sends pages to on-call staff; raises when a page could not be sent."""

    def page(self, notice: PageNotice) -> None: ...


class ConsoleNotifier:
    """Writes pages to the log, so the whole system runs with no Twilio account."""

    def page(self, notice: PageNotice) -> None:
        """Log the page."""
        log.warning("PAGE on-call: %s", notice.text())


class TwilioNotifier:
    """Texts each on-call number through Twilio's Messages API."""

    def __init__(self, settings: Settings) -> None:
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        self._client = Client(
            settings.twilio_account_sid,
            settings.twilio_auth_token,
            http_client=TwilioHttpClient(timeout=10),
        )
        if settings.twilio_api_base:  # a local stand-in for Twilio's API in tests
            self._client.api.base_url = settings.twilio_api_base.rstrip("/")
        self._from = settings.twilio_from_number
        self._on_call = _numbers(settings.on_call_numbers)
        self._supervisors = _numbers(settings.supervisor_numbers)

    def page(self, notice: PageNotice) -> None:
        """Send the page to on-call staff; from the second escalation, to supervisors too."""
        for number in self._on_call + (self._supervisors if notice.level >= 2 else []):
            self._client.messages.create(to=number, from_=self._from, body=notice.text())


def _numbers(listed: str) -> list[str]:
    return [n.strip() for n in listed.split(",") if n.strip()]


def make_notifier(settings: Settings) -> Notifier:
    """The notifier the settings name: 'console' or 'twilio'."""
    if settings.notifier == "twilio":
        return TwilioNotifier(settings)
    return ConsoleNotifier()
