"""Every hotline response carries the strict headers; pages hold nothing CSP would block."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from hotline import CONTENT_SECURITY_POLICY

from .seed import Verdict, make_tip

EXPECTED = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def assert_strict(headers: dict[str, str] | object) -> None:
    for name, value in EXPECTED.items():
        assert headers[name] == value, name  # type: ignore[index]


def test_policy_is_the_documented_one() -> None:
    assert EXPECTED["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "path",
    [
        "/staff/login",
        "/staff/",
        "/staff/static/hotline.css",
        "/staff/no-such-page",
        "/api/v1/tips",
        "/api/v1/nothing",
    ],
)
def test_signed_out_responses_carry_the_headers(client: FlaskClient, path: str) -> None:
    assert_strict(client.get(path).headers)


def test_signed_in_pages_and_api_carry_the_headers(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["hello"], Verdict("low", "general"))
    for path in ("/staff/", "/staff/queues/general", f"/staff/tips/{reference}"):
        response = signed_in.get(path)
        assert response.status_code == 200
        assert_strict(response.headers)


def test_stylesheet_is_served_by_the_blueprint(client: FlaskClient) -> None:
    response = client.get("/staff/static/hotline.css")
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    assert b".badge-critical" in response.data


def test_pages_hold_no_inline_script_style_or_outside_resources(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["hello"], Verdict("critical", "emergency"))
    for path in ("/staff/", "/staff/queues/emergency"):
        page = signed_in.get(path).get_data(as_text=True)
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.DOTALL)
        assert scripts, "the queue pages load their refresh script"
        assert all(body.strip() == "" for _, body in scripts)
        assert all(re.fullmatch(r' src="/staff/static/[a-z]+\.js" defer', a) for a, _ in scripts)
        assert page.count("<script") == len(scripts) and "<style" not in page
        assert not re.search(r"\sstyle=", page)
        assert not re.search(r"\son[a-z]+=", page)
        assert not re.search(r'(src|href)="(https?:)?//', page)
    tip_page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "<script" not in tip_page and "<style" not in tip_page
    assert not re.search(r"\sstyle=|\son[a-z]+=", tip_page)


def test_other_parts_of_the_app_are_left_alone(client: FlaskClient) -> None:
    app = client.application

    @app.get("/elsewhere")
    def elsewhere() -> str:
        return "ok"

    assert "Content-Security-Policy" not in client.get("/elsewhere").headers
