"""Admin pages: accounts created, changed and deactivated; settings read-only and masked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction

from .conftest import SECRET_KEY
from .seed import STAFF_PASSWORD, audit_rows, csrf_from, login


@pytest.fixture
def admin(app: Flask, sessions: sessionmaker[Session]) -> FlaskClient:
    with transaction(sessions) as session:
        staff.add(session, "root", STAFF_PASSWORD, "admin", secret_key=SECRET_KEY)
    client = app.test_client()
    assert login(client, "root").status_code == 302
    return client


def account(sessions: sessionmaker[Session], name: str) -> tuple[str, bool, list[str]]:
    with sessions() as session:
        user = staff.by_name(session, name)
        assert user is not None
        return user.role, user.active, sorted(staff.assigned_queues(user))


def test_an_admin_creates_changes_and_deactivates_an_account(
    admin: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    form = {
        "csrf_token": csrf_from(admin),
        "name": "cy<b>",
        "password": "x" * 12,
        "role": "advocate",
    }
    created = admin.post("/staff/admin/staff", data=form)
    assert created.status_code == 200
    assert "otpauth://totp/" in created.text and "cy&lt;b&gt;" in created.text
    assert "otpauth://" not in admin.get("/staff/admin/staff").text  # shown once only
    change = {"csrf_token": csrf_from(admin), "role": "advocate", "queues": "general, spam"}
    assert admin.post("/staff/admin/staff/cy<b>", data=change).status_code == 303
    assert account(sessions, "cy<b>") == ("advocate", True, ["general", "spam"])
    bad = {"csrf_token": csrf_from(admin), "role": "god", "queues": ""}
    admin.post("/staff/admin/staff/cy<b>", data=bad)
    assert account(sessions, "cy<b>")[0] == "advocate"
    off = {"csrf_token": csrf_from(admin), "deactivate": "yes"}
    admin.post("/staff/admin/staff/cy<b>", data=off)
    assert account(sessions, "cy<b>")[1] is False
    details = [(e.action, e.detail) for e in audit_rows(sessions) if e.action.endswith("_account")]
    assert details == [("create_account", "name=cy<b> role=advocate"),
                       ("change_account", "name=cy<b> role=advocate queues=general,spam"),
                       ("change_account", "name=cy<b> active=no")]  # fmt: skip
    short = {"csrf_token": csrf_from(admin), "name": "dee", "password": "short", "role": "advocate"}
    refused = admin.post("/staff/admin/staff", data=short)
    assert refused.status_code == 303
    assert "at least 12" in admin.get(refused.headers["Location"]).text


def test_settings_are_read_only_and_masked(app: Flask, admin: FlaskClient) -> None:
    runtime = app.extensions["lantern"]
    runtime.settings = replace(
        runtime.settings, on_call_numbers="+15551234567", twilio_auth_token="s3cr3t-token-value"
    )
    page = admin.get("/staff/admin/settings").text
    assert "+15551234567" not in page and "s3cr3t-token-value" not in page
    assert "set (…67)" in page
    assert "labor_trafficking" in page  # the routing rules' queues


@pytest.mark.parametrize("path", ["/staff/admin/staff", "/staff/admin/settings"])
def test_supervisors_cannot_open_admin_pages(signed_in: FlaskClient, path: str) -> None:
    assert signed_in.get(path).status_code == 403
