"""The chat page in a real browser: sending, escaping, quick exit, Spanish, keyboard and phone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
import redis
from playwright.sync_api import Page, Route, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.webhooks.http_servers import serving
from tests.webhooks.test_webchat import BUTTONS, FakeRasa
from tips.config import Settings
from tips.db import transaction
from tips.models import Conversation, Message
from webhooks.pseudonyms import pseudonym
from webhooks.webchat import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.browser

FALLBACK = "We got your message. If anyone is in danger call 911."
EXIT_URL = "https://www.weather.gov/"
START_URL = "https://start.lantern.test/"
PAYLOADS = [
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<script>window.__pwned='script'</script>",
]


@pytest.fixture
def base(settings: Settings) -> Iterator[str]:
    """The public app served over real HTTP on loopback (Rasa is down: replies are fallbacks)."""
    with serving(create_app(settings)) as url:
        yield url


def page_html(route: Route, text: str) -> None:
    route.fulfill(status=200, content_type="text/html", body=f"<title>{text}</title>{text}")


def send(page: Page, text: str) -> None:
    page.fill("#message", text)
    page.press("#message", "Enter")


def session_id(page: Page) -> str:
    return str(page.evaluate("sessionStorage.getItem('lantern.chat.session')"))


def test_a_message_and_its_reply_are_shown_and_focus_returns_to_the_input(
    page: Page, base: str
) -> None:
    page.goto(base + "/chat")
    send(page, "two girls live above the restaurant")
    expect(page.locator(".message.you")).to_have_text("You: two girls live above the restaurant")
    expect(page.locator(".message.bot")).to_have_text("Lantern: " + FALLBACK)
    expect(page.locator("#message")).to_be_focused()
    expect(page.locator("#message")).to_have_value("")
    assert re.fullmatch(r"[0-9a-f]{64}", session_id(page))
    assert page.url == base + "/chat"  # the URL never changes as the chat goes on
    page.reload()
    expect(page.locator(".message")).to_have_count(2)  # a reload in the same tab keeps it


def test_the_page_headers_are_strict_and_nothing_sets_a_cookie(page: Page, base: str) -> None:
    responses = []
    page.on("response", lambda response: responses.append(response))
    response = page.goto(base + "/chat")
    assert response is not None
    headers = response.all_headers()
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"
    send(page, "hello")
    expect(page.locator(".message.bot")).to_have_count(1)
    assert len(responses) >= 4  # the page, its CSS and script, the message
    assert all("set-cookie" not in r.all_headers() for r in responses)
    assert page.context.cookies() == []
    assert all(r.url.startswith(base) for r in responses)


def test_markup_typed_or_received_is_shown_as_text_and_never_runs(
    page: Page, base: str, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    page.goto(base + "/chat")
    before = page.evaluate("document.getElementsByTagName('*').length")
    for n, payload in enumerate(PAYLOADS, start=1):
        send(page, payload)
        expect(page.locator(".message.bot")).to_have_count(n)
    sender = pseudonym(settings.pseudonym_key, "webchat", session_id(page))
    with transaction(sessions) as s:
        conversation_id = s.scalars(
            select(Conversation.id).where(Conversation.sender == sender)
        ).one()
        s.add(Message(conversation_id=conversation_id, direction="out", body=PAYLOADS[0]))
    expect(page.locator(".message.bot")).to_have_count(3, timeout=10_000)  # a polled reply
    texts = page.locator(".message .text").all_text_contents()
    assert texts == [PAYLOADS[0], FALLBACK, PAYLOADS[1], FALLBACK, PAYLOADS[0]]
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    # five messages, each an <li> holding two <span>s: nothing else was made
    assert page.evaluate("document.getElementsByTagName('*').length") == before + 5 * 3


@pytest.mark.parametrize("how", ["button", "Escape"])
def test_quick_exit_clears_the_tab_and_forgets_the_session(
    page: Page, base: str, settings: Settings, redis_client: redis.Redis, how: str
) -> None:
    page.route(EXIT_URL + "**", lambda route: route.fulfill(status=204))  # stay to look
    page.goto(base + "/chat")
    send(page, "my cousin's employer took her passport")
    expect(page.locator(".message.bot")).to_have_count(1)
    tracker = f"lantern:tracker:{pseudonym(settings.pseudonym_key, 'webchat', session_id(page))}"
    redis_client.set(tracker, "{}")
    page.fill("#message", "half-typed")
    with page.expect_request(EXIT_URL), page.expect_response("**/webhooks/webchat/forget") as gone:
        page.click("#quick-exit") if how == "button" else page.keyboard.press("Escape")
    assert gone.value.status == 204
    assert page.evaluate("sessionStorage.length") == 0
    assert page.evaluate("document.getElementById('messages').childElementCount") == 0
    expect(page.locator("#message")).to_have_value("")
    assert redis_client.exists(tracker) == 0


@pytest.mark.parametrize("how", ["button", "Escape"])
def test_after_quick_exit_back_does_not_return_to_the_chat(page: Page, base: str, how: str) -> None:
    page.route(START_URL + "**", lambda route: page_html(route, "start"))
    page.route(EXIT_URL + "**", lambda route: page_html(route, "weather"))
    page.goto(START_URL)
    page.goto(base + "/chat")
    send(page, "hello")
    expect(page.locator(".message.bot")).to_have_count(1)
    page.click("#quick-exit") if how == "button" else page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    page.go_back()
    assert page.url == START_URL
    expect(page.locator("#messages")).to_have_count(0)
    page.goto(base + "/chat")  # the same tab, opened again: nothing of the chat is left
    expect(page.locator(".message")).to_have_count(0)
    assert page.evaluate("sessionStorage.length") == 0


def test_the_spanish_page_is_in_spanish_and_the_language_link_keeps_the_chat(
    page: Page, base: str
) -> None:
    page.goto(base + "/es/chat")
    assert page.evaluate("document.documentElement.lang") == "es"
    expect(page.locator("#quick-exit")).to_have_text("Salida rápida")
    expect(page.locator("label[for=message]")).to_have_text("Su mensaje")
    expect(page.locator("#quick-answers button")).to_have_text(["Sí", "No", "No sé", "Saltar"])
    send(page, "hola")
    expect(page.locator(".message.bot")).to_contain_text("Recibimos su mensaje")
    expect(page.locator(".message.you .who")).to_have_text("Usted: ")
    length = page.evaluate("history.length")
    page.click("#language")
    page.wait_for_url(base + "/chat")
    expect(page.locator("#quick-exit")).to_have_text("Quick exit")
    expect(page.locator(".message")).to_have_count(2)
    assert page.evaluate("history.length") == length  # replaced, not a new entry


def test_keyboard_alone_can_chat_answer_quickly_and_reach_quick_exit(page: Page, base: str) -> None:
    page.goto(base + "/chat")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "quick-exit"
    for _ in range(10):
        if page.evaluate("document.activeElement.id") == "message":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "message"
    page.keyboard.type("a van picks them up at 5am")
    page.keyboard.press("Enter")
    expect(page.locator(".message.bot")).to_have_count(1)
    expect(page.locator("#message")).to_be_focused()
    page.keyboard.press("Shift+Tab")  # back to the last quick answer
    assert page.evaluate("document.activeElement.textContent") == "Skip"
    page.keyboard.press("Enter")
    expect(page.locator(".message.you").last).to_have_text("You: Skip")
    expect(page.locator(".message.bot")).to_have_count(2)
    expect(page.locator("#message")).to_be_focused()


def test_on_a_phone_nothing_overflows_and_buttons_are_large(page: Page, base: str) -> None:
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(base + "/chat")
    send(page, "word " * 200)
    expect(page.locator(".message.bot")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    for selector in ("#quick-exit", "#send", "#quick-answers button >> nth=0"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 44
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert page.evaluate("window.scrollY") > 0
    exit_box = page.locator("#quick-exit").bounding_box()  # still at the top of the screen
    assert exit_box is not None and 0 <= exit_box["y"] < 20


def test_the_bots_buttons_are_offered_and_send_their_payload(
    page: Page, settings: Settings
) -> None:
    fake = FakeRasa([{"text": "Is anyone in danger now?", "buttons": BUTTONS}])
    with (
        serving(fake.app()) as rasa_url,
        serving(create_app(replace(settings, rasa_url=rasa_url))) as url,
    ):
        page.goto(url + "/chat")
        send(page, "hello")
        expect(page.locator("#bot-answers button")).to_have_text(["Yes", "Not sure"])
        expect(page.locator("#quick-answers button:visible")).to_have_text(["No", "Skip"])
        page.locator("#bot-answers button", has_text="Not sure").click()
        expect(page.locator(".message.you").last).to_have_text("You: Not sure")
        expect(page.locator(".message.bot")).to_have_count(2)
        expect(page.locator("#message")).to_be_focused()
    assert [m["message"] for m in fake.received] == ["hello", "not sure"]


def test_a_refused_message_shows_the_emergency_number_never_nothing(
    page: Page, settings: Settings
) -> None:
    limited = replace(settings, webchat_per_address_per_minute=1)
    with serving(create_app(limited)) as url:
        page.goto(url + "/chat")
        send(page, "hello")
        expect(page.locator(".message.bot")).to_have_count(1)
        send(page, "they locked her in the basement right now")
        expect(page.locator(".message.bot")).to_have_count(2)
    refusal = page.locator(".message.bot .text").last.text_content() or ""
    assert "We can't take more messages" in refusal and "call 911" in refusal
    expect(page.locator("#status")).to_be_visible()
    expect(page.locator("#status")).to_contain_text("call 911")


def test_a_session_the_server_did_not_issue_is_replaced_and_the_message_still_goes(
    page: Page, base: str, sessions: sessionmaker[Session]
) -> None:
    page.goto(base + "/chat")
    page.evaluate("sessionStorage.setItem('lantern.chat.session', '0'.repeat(64))")
    page.reload()
    send(page, "the workers sleep in the van")
    expect(page.locator(".message.bot")).to_have_text("Lantern: " + FALLBACK)
    assert re.fullmatch(r"[0-9a-f]{64}", session_id(page)) and session_id(page) != "0" * 64
    with sessions() as s:
        assert s.scalars(select(Message.body).where(Message.direction == "in")).all() == [
            "the workers sleep in the van"
        ]
