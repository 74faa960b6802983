"""Shared fixtures: a private Redis, fresh databases, test settings and the Flask apps."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient

from app import create_app, create_internal_app
from tests.support.databases import postgres_available, postgres_database
from tests.support.services import free_port, start_redis
from tips.config import Settings
from tips.db import make_engine, make_sessions
from tips.migrate import upgrade

# `worker`: a real Celery worker; `browser` and `page`: headless Chromium via Playwright
pytest_plugins = ["tests.support.worker", "tests.support.browser"]

# The bot's tests run in Rasa's own environment (make test-bot), not this one.
collect_ignore = ["bot"] if importlib.util.find_spec("rasa_sdk") is None else []

AUTH_TOKEN = "twilio-test-auth-token-0123456789abcdef"
PUBLIC_BASE = "https://tips.lantern.test"


@pytest.fixture(scope="session", autouse=True)
def triage_model() -> Path:
    """The triage model for the present training data, built as `make triage-model` builds it
    (a no-op when it is there), so the rubric and every worker the tests start can load it."""
    from triage import model

    return model.build()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private redis-server for the whole run."""
    process, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    process.stop()


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client on the private Redis, emptied before each test."""
    client = redis.Redis.from_url(redis_url)
    client.flushall()
    yield client
    client.close()


def make_settings(database_url: str, redis_url: str, **overrides: object) -> Settings:
    """Settings for tests: fixed secrets, Rasa on a port where nothing listens."""
    values: dict[str, object] = {
        "env": "test",
        "secret_key": "s" * 40,
        "pseudonym_key": "p" * 40,
        "internal_token": "i" * 40,
        "database_url": database_url,
        "redis_url": redis_url,
        "rasa_url": f"http://127.0.0.1:{free_port()}",
        "rasa_timeout": 1.0,
        "public_base_url": PUBLIC_BASE,
        "twilio_auth_token": AUTH_TOKEN,
        "data_keys": "",  # the developer's own shell settings never reach a test
        "secret_key_fallbacks": "",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated database: SQLite, and PostgreSQL too when a server answers."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'lantern.db'}"
        upgrade(url)
        yield url
        return
    if not postgres_available():
        pytest.skip("no PostgreSQL server reachable")
    with postgres_database() as url:
        upgrade(url)
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite database, for tests that are not about storage."""
    url = f"sqlite:///{tmp_path / 'lantern.db'}"
    upgrade(url)
    return url


@pytest.fixture
def settings(sqlite_url: str, redis_url: str, redis_client: redis.Redis) -> Settings:
    """Test settings on SQLite and the private Redis."""
    return make_settings(sqlite_url, redis_url)


@pytest.fixture
def app(settings: Settings) -> Flask:
    """The public app."""
    flask_app = create_app(settings)
    flask_app.config["TESTING"] = True
    return flask_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client of the public app."""
    return app.test_client()


@pytest.fixture
def internal_client(settings: Settings) -> FlaskClient:
    """A test client of the internal app."""
    return create_internal_app(settings).test_client()


@pytest.fixture
def sessions(settings: Settings):  # type: ignore[no-untyped-def]
    """A session factory on the test database."""
    engine = make_engine(settings.database_url)
    yield make_sessions(engine)
    engine.dispose()
