"""A hotline app on a fresh SQLite database, built without app.py, with a staff account."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

import hotline
import tips.config
import tips.migrate
import tips.runtime
from tips import staff
from tips.db import transaction

from .seed import STAFF_NAME, STAFF_PASSWORD, login


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    settings = tips.config.Settings(
        env="test",
        secret_key=SECRET_KEY,
        pseudonym_key="p" * 40,
        internal_token="i" * 40,
        database_url=f"sqlite:///{tmp_path}/t.db",
    )
    tips.migrate.upgrade(settings.database_url)
    app = Flask("hotline_test")
    app.config.update(SECRET_KEY=settings.secret_key, TESTING=True)
    app.extensions["lantern"] = tips.runtime.Runtime(settings)
    hotline.init_app(app)
    return app


@pytest.fixture
def sessions(app: Flask) -> Iterator[sessionmaker[Session]]:
    runtime = app.extensions["lantern"]
    yield runtime.sessions
    runtime.engine.dispose()


SECRET_KEY = "t" * 40
ADVOCATE = "bo"


@pytest.fixture
def staff_user(sessions: sessionmaker[Session]) -> str:
    """A supervisor, who sees every queue."""
    with transaction(sessions) as session:
        staff.add(session, STAFF_NAME, STAFF_PASSWORD, "supervisor", secret_key=SECRET_KEY)
    return STAFF_NAME


@pytest.fixture
def token(sessions: sessionmaker[Session], staff_user: str) -> str:
    """A bearer token for the supervisor's API calls, with both scopes (read and act)."""
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        return staff.issue_token(session, user, scopes=["act"])


@pytest.fixture
def advocate(sessions: sessionmaker[Session]) -> str:
    """An advocate assigned to the labour-trafficking queue only."""
    with transaction(sessions) as session:
        user = staff.add(session, ADVOCATE, STAFF_PASSWORD, "advocate", secret_key=SECRET_KEY)
        staff.assign_queues(session, user, ["labor_trafficking"])
    return ADVOCATE


@pytest.fixture
def advocate_client(app: Flask, advocate: str) -> FlaskClient:
    """A second browser, signed in as the advocate."""
    client = app.test_client()
    assert login(client, ADVOCATE).status_code == 302
    return client


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def signed_in(client: FlaskClient, staff_user: str) -> FlaskClient:
    response = login(client)
    assert response.status_code == 302
    return client


class Clock:
    """The wall clock the sign-in checks read (time.time), moved forward by the test."""

    def __init__(self) -> None:
        self.offset = 0.0

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Lets a test pass minutes or hours in an instant."""
    moved, real = Clock(), time.time
    monkeypatch.setattr(time, "time", lambda: real() + moved.offset)
    return moved
