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

    def text(self) -> str:
        """The page as one short SMS."""
        why = ", ".join(self.reasons[:3]) or "see the tip"
        return f"Lantern {self.urgency.upper()} tip {self.reference} in {self.queue}: {why}."[:300]


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
        self._to = [n.strip() for n in settings.on_call_numbers.split(",") if n.strip()]

    def page(self, notice: PageNotice) -> None:
        """Send the page to every on-call number."""
        for number in self._to:
            self._client.messages.create(to=number, from_=self._from, body=notice.text())


def make_notifier(settings: Settings) -> Notifier:
    """The notifier the settings name: 'console' or 'twilio'."""
    if settings.notifier == "twilio":
        return TwilioNotifier(settings)
    return ConsoleNotifier()
