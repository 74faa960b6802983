"""Strict-Transport-Security on every response of the public app served over HTTPS (the staff
pages, the API, the web chat), and never over plain HTTP or on a proxy header nobody trusts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest
from flask.testing import FlaskClient

from app import create_app
from tips.config import Settings

PATHS = ["/staff/login", "/staff/", "/staff/static/hotline.css", "/staff/no-such-page",
         "/api/v1/tips", "/api/openapi.json", "/chat", "/es/chat"]  # fmt: skip
ONE_YEAR = 365 * 24 * 3600

Client = Callable[..., FlaskClient]


@pytest.fixture
def public(settings: Settings) -> Client:
    """A client of the whole public app (webhooks, web chat, hotline) with these settings."""

    def make(**overrides: object) -> FlaskClient:
        app = create_app(replace(settings, **overrides))  # type: ignore[arg-type]
        app.config["TESTING"] = True
        return app.test_client()

    return make


def assert_strict_transport(value: str | None) -> None:
    assert value is not None, "no Strict-Transport-Security header"
    found = re.search(r"max-age=(\d+)", value)
    assert found and int(found.group(1)) >= ONE_YEAR
    assert "includesubdomains" in value.lower()


@pytest.mark.parametrize("path", PATHS)
def test_https_responses_carry_hsts(public: Client, path: str) -> None:
    response = public().get(path, base_url="https://tips.lantern.test")
    assert response.status_code < 500
    assert_strict_transport(response.headers.get("Strict-Transport-Security"))


@pytest.mark.parametrize("path", PATHS)
def test_plain_http_responses_never_carry_hsts(public: Client, path: str) -> None:
    response = public().get(path, base_url="http://tips.lantern.test")
    assert response.status_code < 500
    assert "Strict-Transport-Security" not in response.headers


def test_behind_a_trusted_tls_proxy_the_proxy_s_word_counts(public: Client) -> None:
    client = public(public_base_url="https://tips.lantern.test", trusted_proxies=1)
    for path in ("/staff/login", "/chat", "/api/v1/tips"):
        told = client.get(path, headers={"X-Forwarded-Proto": "https"})
        assert_strict_transport(told.headers.get("Strict-Transport-Security"))
        # The client's own claim, left of what the one trusted proxy wrote, does not count.
        spoofed = client.get(path, headers={"X-Forwarded-Proto": "https, http"})
        assert "Strict-Transport-Security" not in spoofed.headers
        assert "Strict-Transport-Security" not in client.get(path).headers


@pytest.mark.parametrize(
    "overrides",
    [
        {"public_base_url": "https://tips.lantern.test", "trusted_proxies": 0},  # nobody trusted
        {"public_base_url": "http://tips.lantern.test", "trusted_proxies": 1},  # not an https site
    ],
)
def test_a_proxy_header_alone_is_not_enough(public: Client, overrides: dict[str, object]) -> None:
    client = public(**overrides)
    for path in ("/staff/login", "/chat"):
        response = client.get(path, headers={"X-Forwarded-Proto": "https"})
        assert "Strict-Transport-Security" not in response.headers
