"""The Twilio notifier, with the real twilio client, against a local stand-in for Twilio's API."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from tests.support.services import free_port
from tests.support.twilio_api import ACCOUNT_SID, FROM_NUMBER, TwilioApi, twilio_api
from tips.config import Settings
from triage.notify import ConsoleNotifier, PageNotice, SendError, TwilioNotifier

ON_CALL = "+15550107001"
SUPERVISOR = "+15550107002"
TIPSTER = "+15550104477"


@pytest.fixture
def api() -> Iterator[TwilioApi]:
    with twilio_api() as stand_in:
        yield stand_in


def notifier_for(base_url: str, auth_token: str, attempts: int = 4) -> TwilioNotifier:
    settings = Settings(
        env="test", notifier="twilio", twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=auth_token, twilio_from_number=FROM_NUMBER, twilio_api_base=base_url,
        on_call_numbers=ON_CALL, supervisor_numbers=SUPERVISOR, sms_attempts=attempts,
        sms_backoff_seconds=0.05,
    )  # fmt: skip
    return TwilioNotifier(settings)


def test_a_page_reaches_on_call_and_later_escalations_reach_supervisors(api: TwilioApi) -> None:
    notifier = notifier_for(api.base_url, api.auth_token)
    notifier.page(PageNotice("K7F-2QM", "critical", "emergency", ("locked_in",)))
    assert [(m["To"], m["From"]) for m in api.sent] == [(ON_CALL, FROM_NUMBER)]
    assert api.sent[0]["Body"].startswith("Lantern CRITICAL tip K7F-2QM in emergency")
    notifier.page(PageNotice("K7F-2QM", "critical", "emergency", (), level=2))
    assert [m["To"] for m in api.sent[1:]] == [ON_CALL, SUPERVISOR]


def test_a_number_that_cannot_be_reached_does_not_keep_the_page_from_the_others(
    api: TwilioApi,
) -> None:
    notifier = notifier_for(api.base_url, api.auth_token)
    api.fail_next(400, 21610)  # the on-call phone has opted out
    notifier.page(PageNotice("K7F-2QM", "critical", "emergency", (), level=2))
    assert [m["To"] for m in api.sent] == [SUPERVISOR]
    api.fail_next(400, 21610, times=2)
    with pytest.raises(SendError):  # reached nobody: the page fails and is tried again later
        notifier.page(PageNotice("K7F-2QM", "critical", "emergency", (), level=2))


def test_a_busy_api_is_retried_with_growing_waits_until_it_takes_the_text(
    api: TwilioApi,
) -> None:
    api.fail_next(429, times=2)
    started = time.monotonic()
    sent = notifier_for(api.base_url, api.auth_token).send_sms(TIPSTER, "Are you safe?")
    assert time.monotonic() - started >= 0.05 + 0.1  # backoff 0.05 s, then 0.1 s
    assert sent.attempts == 3 and sent.sid.startswith("SM")
    assert [r["code"] for r in api.refused] == [20429, 20429]
    assert [m["Body"] for m in api.sent] == ["Are you safe?"]


def test_retries_are_bounded_and_end_with_the_error_code(api: TwilioApi) -> None:
    api.fail_next(503, times=5)
    with pytest.raises(SendError) as failed:
        notifier_for(api.base_url, api.auth_token, attempts=3).send_sms(TIPSTER, "hello")
    assert (failed.value.code, failed.value.attempts, failed.value.transient) == ("20503", 3, True)
    assert len(api.refused) == 3 and api.sent == []


def test_an_opted_out_recipient_is_not_retried(api: TwilioApi) -> None:
    api.fail_next(400, 21610)
    with pytest.raises(SendError) as failed:
        notifier_for(api.base_url, api.auth_token).send_sms(TIPSTER, "hello")
    assert failed.value.opted_out and failed.value.attempts == 1
    assert len(api.refused) == 1


def test_wrong_credentials_are_refused_without_retrying(api: TwilioApi) -> None:
    with pytest.raises(SendError) as failed:
        notifier_for(api.base_url, "not-the-token").send_sms(TIPSTER, "hello")
    assert (failed.value.code, failed.value.attempts) == ("20003", 1)


def test_an_unreachable_api_is_a_network_error_after_the_retries() -> None:
    notifier = notifier_for(f"http://127.0.0.1:{free_port()}", "token", attempts=2)
    with pytest.raises(SendError) as failed:
        notifier.send_sms(TIPSTER, "hello")
    assert (failed.value.code, failed.value.attempts) == ("network", 2)


def test_failures_never_log_the_number(api: TwilioApi, caplog: pytest.LogCaptureFixture) -> None:
    api.fail_next(400, 21211)  # Twilio's own text for this error can quote the number
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SendError):
        notifier_for(api.base_url, api.auth_token).send_sms(TIPSTER, "hello")
    assert "21211" in caplog.text
    assert TIPSTER[2:] not in caplog.text


def test_the_console_notifier_logs_without_the_number(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    sent = ConsoleNotifier().send_sms(TIPSTER, "Are you safe?")
    assert (sent.sid, sent.attempts) == ("", 1)  # no id that could clash with a real one
    assert "SMS out" in caplog.text and TIPSTER[2:] not in caplog.text
