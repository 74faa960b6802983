"""The hotline in a real Chromium: two-factor sign-in, case work, escaping, CSP and roles."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pyotp
import pytest
from flask import Flask
from playwright.sync_api import ConsoleMessage, Page, expect
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.serving import make_server

from tips import staff

from .conftest import ADVOCATE, SECRET_KEY
from .seed import STAFF_PASSWORD, Verdict, audit_rows, make_tip

pytestmark = pytest.mark.browser
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@pytest.fixture
def server(app: Flask) -> Iterator[str]:
    """The hotline on a real werkzeug server in a thread; yields its base URL."""
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=True
    )
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(5)


def code_for(sessions: sessionmaker[Session], name: str) -> str:
    """The account's current code, computed the way the staff member's phone computes it."""
    with sessions() as session:
        user = staff.by_name(session, name)
        assert user is not None
        secret = staff.totp_secret(user, SECRET_KEY)
    assert secret is not None
    return pyotp.TOTP(secret).now()


def sign_in(page: Page, base: str, sessions: sessionmaker[Session], name: str) -> None:
    """Password, then the six-digit code, through the real forms."""
    page.goto(f"{base}/staff/login")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    page.get_by_label("6-digit code").fill(code_for(sessions, name))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Queues")).to_be_visible()


def test_advocate_signs_in_claims_replies_and_resolves(
    page: Page, server: str, sessions: sessionmaker[Session], advocate: str
) -> None:
    reference = make_tip(
        sessions, ["the boss took our passports"], Verdict("high", "labor_trafficking")
    )
    violations = csp_violations(page)
    sign_in(page, server, sessions, ADVOCATE)
    cookie = next(c for c in page.context.cookies() if c["name"] == "session")
    assert (cookie["httpOnly"], cookie["secure"], cookie["sameSite"]) == (True, True, "Lax")
    page.get_by_role("link", name=reference).click()
    page.get_by_role("button", name="Claim").click()
    expect(page.get_by_text(f"Claimed by {ADVOCATE}")).to_be_visible()
    page.get_by_label("Reply to the tipster").fill("Are you somewhere safe right now?")
    page.get_by_role("button", name="Send reply").click()
    expect(page.locator(".transcript .out").last).to_contain_text("somewhere safe right now")
    page.get_by_label("Resolve with outcome").select_option("referred_law_enforcement")
    page.get_by_role("button", name="Resolve").click()
    expect(page.get_by_text("Resolved: Referred to law enforcement")).to_be_visible()
    assert violations == []
    actions = [e.action for e in audit_rows(sessions) if e.actor == ADVOCATE]
    assert {"login", "claim", "reply", "resolve"} <= set(actions)


def test_xss_payload_in_tip_text_shows_as_text_under_a_strict_csp(
    page: Page, server: str, sessions: sessionmaker[Session], staff_user: str
) -> None:
    reference = make_tip(
        sessions, [f"{XSS} they locked the door"], Verdict("high", "labor_trafficking"),
        answers={"where": XSS},
    )  # fmt: skip
    sign_in(page, server, sessions, staff_user)
    response = page.goto(f"{server}/staff/tips/{reference}")
    assert response is not None
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert response.headers["cache-control"] == "no-store"
    expect(page.locator(".transcript .in").first).to_contain_text(XSS)
    assert page.locator(".transcript img, .transcript script, .facts img").count() == 0
    assert page.evaluate("window.__xss") is None


def test_queue_updates_without_a_reload(
    page: Page, server: str, sessions: sessionmaker[Session], staff_user: str
) -> None:
    make_tip(sessions, ["first"], Verdict("high", "labor_trafficking"), minutes_ago=2)
    page.clock.install()
    sign_in(page, server, sessions, staff_user)
    page.goto(f"{server}/staff/queues/labor_trafficking")
    page.evaluate("window.__same_page = true")
    expect(page.locator("tbody tr")).to_have_count(1)
    late = make_tip(sessions, ["new"], Verdict("critical", "labor_trafficking"), minutes_ago=9)
    page.clock.fast_forward(11_000)
    expect(page.locator("tbody tr")).to_have_count(2)
    expect(page.locator("tbody tr").first).to_contain_text(late)
    expect(page.locator("tbody tr").first).to_contain_text("overdue by 4 min")
    expect(page.locator("[data-row-count]")).to_have_text("2")
    assert page.evaluate("window.__same_page") is True


def test_advocate_cannot_open_a_queue_not_assigned(
    page: Page, server: str, sessions: sessionmaker[Session], advocate: str
) -> None:
    sign_in(page, server, sessions, ADVOCATE)
    response = page.goto(f"{server}/staff/queues/emergency")
    assert response is not None and response.status == 403
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert [e.detail for e in audit_rows(sessions) if e.action == "denied"] == ["queue=emergency"]


def csp_violations(page: Page) -> list[str]:
    """The page's console messages about the Content-Security-Policy, collected as they come."""
    found: list[str] = []

    def collect(message: ConsoleMessage) -> None:
        if "Content Security" in message.text:
            found.append(message.text)

    page.on("console", collect)
    return found


def test_supervisor_exports_a_referral_packet_and_the_audit_shows_it(
    page: Page, server: str, sessions: sessionmaker[Session], staff_user: str
) -> None:
    verdict = Verdict("high", "child_exploitation", minor_involved=True)
    reference = make_tip(sessions, ["la niña tiene 15 años " + XSS], verdict)
    violations = csp_violations(page)
    sign_in(page, server, sessions, staff_user)
    page.goto(f"{server}/staff/tips/{reference}")
    page.get_by_label("Recipient").select_option("law_enforcement")
    page.get_by_label("Format").select_option("pdf")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export packet").click()
    download = download_info.value
    assert download.suggested_filename == f"referral-{reference}-law_enforcement.pdf"
    path = download.path()
    assert path is not None and path.read_bytes().startswith(b"%PDF-")
    page.goto(f"{server}/staff/audit")
    row = page.locator("tr", has_text="export referral")
    expect(row).to_contain_text("recipient=law_enforcement format=pdf basis=minor")
    assert [e.action for e in audit_rows(sessions)].count("export_referral") == 1
    assert page.evaluate("window.__xss") is None
    assert violations == []


def test_charts_page_renders_its_svg_under_the_csp(
    page: Page, server: str, sessions: sessionmaker[Session], staff_user: str
) -> None:
    make_tip(sessions, [XSS], Verdict("high", "labor_trafficking"))
    violations = csp_violations(page)
    sign_in(page, server, sessions, staff_user)
    response = page.goto(f"{server}/staff/charts")
    assert response is not None
    assert "default-src 'none'" in response.headers["content-security-policy"]
    expect(page.get_by_role("heading", name="Charts")).to_be_visible()
    bars = page.locator("svg.chart rect.series-0")
    expect(bars.first).to_be_visible()
    fill = bars.first.evaluate("el => getComputedStyle(el).fill")
    assert fill == "rgb(31, 119, 180)"  # coloured by the stylesheet, not inline
    assert page.locator("svg.chart").count() == 3
    assert violations == []
