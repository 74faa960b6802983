"""Texts out of Lantern (pages to on-call staff, staff replies): Twilio, or the console locally."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Protocol

import requests

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
    # The references of tips from the same source that this page stands for: a burst
    # collapsed into one page, which says how many rather than paging each.
    also: tuple[str, ...] = ()

    def text(self) -> str:
        """The page as one short SMS."""
        escalated = f"UNCLAIMED (escalation {self.level}) " if self.level else ""
        if self.also:
            listed = ", ".join(self.also[:5]) + (", ..." if len(self.also) > 5 else "")
            head = (
                f"Lantern {escalated}{len(self.also)} more {self.urgency.upper()} tips from the "
                f"same source as {self.reference}, paged once, in {self.queue}"
            )
            return f"{head}: {listed}."[:300]
        why = ", ".join(self.reasons[:3]) or "see the tip"
        head = f"Lantern {escalated}{self.urgency.upper()} tip {self.reference} in {self.queue}"
        return f"{head}: {why}."[:300]


@dataclass(frozen=True)
class Sent:
    """A text the provider took: its id there, and how many tries it needed."""

    sid: str
    attempts: int


class SendError(RuntimeError):
    """A text that was not sent, with the provider's error code (never the recipient)."""

    def __init__(self, code: str, attempts: int, transient: bool) -> None:
        super().__init__(f"text not sent: error {code} after {attempts} attempt(s)")
        self.code, self.attempts, self.transient = code, attempts, transient

    @property
    def opted_out(self) -> bool:
        """Twilio 21610: the recipient texted STOP to our number; nothing may be sent to them."""
        return self.code == OPTED_OUT


OPTED_OUT = "21610"


class Notifier(Protocol):
    """Sends texts: pages to on-call staff and single SMS; raises SendError when it cannot."""

    def page(self, notice: PageNotice) -> None: ...

    def send_sms(self, to: str, body: str) -> Sent: ...


class ConsoleNotifier:
    """Writes texts to the log, so the whole system runs with no Twilio account."""

    def page(self, notice: PageNotice) -> None:
        """Log the page."""
        log.warning("PAGE on-call: %s", notice.text())

    def send_sms(self, to: str, body: str) -> Sent:
        """Log that a text went out; the recipient is never written down."""
        log.warning("SMS out to a follow-up contact (number withheld): %d characters", len(body))
        return Sent("", 1)  # no provider id: nothing to store


def _failure(exc: Exception, attempt: int) -> SendError:
    """Classify a failed send: 429, 5xx and network errors are worth another try."""
    from twilio.base.exceptions import TwilioRestException

    if isinstance(exc, TwilioRestException):
        status = int(exc.status or 0)
        code = str(exc.code or status)
        return SendError(code, attempt, transient=status == 429 or status >= 500)
    return SendError("network", attempt, transient=True)


class TwilioNotifier:
    """Texts through Twilio's Messages API, retrying with exponential backoff when it is busy."""

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
        self._attempts = max(1, settings.sms_attempts)
        self._backoff = max(0.0, settings.sms_backoff_seconds)

    def page(self, notice: PageNotice) -> None:
        """Send the page to on-call staff; from the second escalation, to supervisors too.

        One number that cannot be reached does not keep the page from the others; the page
        fails (and is tried again later) only when it reached nobody.
        """
        numbers = self._on_call + (self._supervisors if notice.level >= 2 else [])
        failures: list[Exception] = []
        for number in numbers:
            try:
                self.send_sms(number, notice.text())
            except Exception as exc:  # noqa: BLE001 - any failure: try the next person
                failures.append(exc)
        if failures and len(failures) == len(numbers):
            raise failures[0]
        if failures:
            log.warning("page %s reached %d of %d numbers",
                        notice.reference, len(numbers) - len(failures), len(numbers))  # fmt: skip

    def send_sms(self, to: str, body: str) -> Sent:
        """Send one text; retry 429, 5xx and network errors, waiting twice as long each time."""
        from twilio.base.exceptions import TwilioRestException

        for attempt in range(1, self._attempts + 1):
            try:
                message = self._client.messages.create(to=to, from_=self._from, body=body)
                return Sent(str(message.sid), attempt)
            except (TwilioRestException, requests.RequestException) as exc:
                failure = _failure(exc, attempt)
            # The error's own text can quote the number; only the code is ever logged.
            log.warning("text not sent (attempt %d): error %s", attempt, failure.code)
            if not failure.transient or attempt == self._attempts:
                raise failure
            time.sleep(self._backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable: the loop returns or raises")


def _numbers(listed: str) -> list[str]:
    return [n.strip() for n in listed.split(",") if n.strip()]


def make_notifier(settings: Settings) -> Notifier:
    """The notifier the settings name: 'console' or 'twilio'."""
    if settings.notifier == "twilio":
        return TwilioNotifier(settings)
    return ConsoleNotifier()
