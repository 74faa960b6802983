"""Photos sent by MMS: kept with the message (address encrypted), thanked for at the edge, and
opened by staff only through the app, checked, audited, fetched server-side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from sqlalchemy import create_engine, select

from commands.sms import replies_of
from tests.hotline.seed import audit_rows, login
from tests.webhooks.follow_up import CONSENT_QUESTION, PHONE, Line, running_line
from tips import staff
from tips.db import transaction
from tips.models import Media, Message, Tip
from tips.outbound import media_url

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64 + b"\xff\xd9"
GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


@pytest.fixture
def line(database_url: str, redis_url: str, redis_client: redis.Redis) -> Iterator[Line]:
    with running_line(database_url, redis_url) as running:
        yield running


def mms(line: Line, body: str, *items: tuple[str, str], phone: str = PHONE) -> list[str]:
    fields = {"NumMedia": str(len(items))}
    for n, (url, kind) in enumerate(items):
        fields.update({f"MediaUrl{n}": url, f"MediaContentType{n}": kind})
    response = line.text(body, phone=phone, **fields)
    assert response.status_code == 200
    return replies_of(response.get_data(as_text=True))


def stored_media(line: Line) -> list[Media]:
    with line.sessions() as s:
        return list(s.scalars(select(Media).order_by(Media.id)))


def test_a_photo_with_text_is_kept_encrypted_and_thanked_for_before_the_bot_answers(
    line: Line,
) -> None:
    url = line.api.add_media(JPEG, "image/jpeg")
    answer = mms(line, "this is the van they use", (url, "image/jpeg"))
    assert answer == ["Thank you, we got your photo. Staff will see it with your tip.",
                      CONSENT_QUESTION]  # fmt: skip
    assert len(answer[0]) <= 160 and set(answer[0]) <= GSM7
    (media,) = stored_media(line)
    assert (media.position, media.content_type) == (0, "image/jpeg")
    assert url not in media.url_encrypted
    assert media_url(line.settings.secret_key, media) == url
    with line.sessions() as s:
        assert s.get_one(Message, media.message_id).body == "this is the van they use"


def test_a_photo_alone_is_thanked_for_without_asking_the_bot(line: Line) -> None:
    first = line.api.add_media(JPEG, "image/jpeg")
    second = line.api.add_media(b"%PDF-1.4", "application/pdf")
    answer = mms(line, "", (first, "image/jpeg"), (second, "application/pdf"))
    assert answer == ["Thank you, we got what you sent. Staff will see it with your tip."]
    assert line.bot.received == []
    assert [m.position for m in stored_media(line)] == [0, 1]
    assert mms(line, "", (first, "image/png")) == [
        "Thank you, we got your photo. Staff will see it with your tip."
    ]


def test_the_thanks_come_in_spanish_and_fit_one_sms(line: Line) -> None:
    line.text("hay unas muchachas encerradas en la casa de la esquina")
    (thanks,) = mms(line, "", (line.api.add_media(JPEG, "image/jpeg"), "image/jpeg"))
    assert thanks.startswith("Gracias, recibimos su foto")
    assert len(thanks) <= 160 and set(thanks) <= GSM7


def test_after_stop_a_photo_is_kept_but_not_answered(line: Line) -> None:
    line.text("STOP")
    assert mms(line, "", (line.api.add_media(JPEG, "image/jpeg"), "image/jpeg")) == []
    assert len(stored_media(line)) == 1


@pytest.mark.parametrize(
    "fields",
    [
        {"NumMedia": "x"},
        {"NumMedia": "11"},
        {"NumMedia": "-1"},
        {"NumMedia": "1"},  # no MediaUrl0
        {"NumMedia": "1", "MediaUrl0": "file:///etc/passwd", "MediaContentType0": "image/jpeg"},
        {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/x", "MediaContentType0": "jpeg"},
        {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/x"},
    ],
)
def test_malformed_media_fields_are_a_clear_400_and_store_nothing(
    line: Line, fields: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    assert line.text("look", **fields).status_code == 400
    assert "sms rejected" in caplog.text
    with line.sessions() as s:
        assert s.scalars(select(Message)).all() == []


def test_the_media_address_is_never_stored_in_clear(line: Line) -> None:
    if not line.settings.database_url.startswith("sqlite"):
        pytest.skip("the dump reads SQLite")
    url = line.api.add_media(JPEG, "image/jpeg")
    mms(line, "the house", (url, "image/jpeg"))
    engine = create_engine(line.settings.database_url)
    with engine.connect() as conn:
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())  # type: ignore[union-attr]
    engine.dispose()
    assert "the house" in dump  # the dump holds the messages
    assert url not in dump and url.rsplit("/", 1)[1] not in dump


def tip_with_photo(line: Line, content: bytes, kind: str, url: str | None = None) -> str:
    """An SMS tip with one attachment; its reference."""
    url = url or line.api.add_media(content, kind)
    mms(line, "this is where they sleep", (url, kind))
    answer = replies_of(line.text("no").get_data(as_text=True))[0]
    return answer.removeprefix("Your reference: ")


def media_link(page: str) -> str:
    start = page.index('href="/staff/media/') + len('href="')
    return page[start : page.index('"', start)]


def test_staff_open_a_photo_only_through_the_app_and_each_view_is_audited(line: Line) -> None:
    reference = tip_with_photo(line, JPEG, "image/jpeg")
    browser = line.staff_client()
    page = browser.get(f"/staff/tips/{reference}").get_data(as_text=True)
    link = media_link(page)
    assert "Attachment 1 (image/jpeg)" in page
    assert line.api.base_url not in page and "api.twilio" not in page
    response = browser.get(link)
    assert response.status_code == 200
    assert response.data == JPEG
    assert response.mimetype == "image/jpeg"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"].startswith("inline;")
    assert len(line.api.media_fetches) == 1  # fetched with the account's credentials
    views = [e for e in audit_rows(line.sessions) if e.action == "view_media"]
    assert [(e.actor, e.detail) for e in views] == [("ana", f"media={link.rsplit('/', 1)[1]}")]


def test_a_file_that_could_run_is_only_ever_a_download(line: Line) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    reference = tip_with_photo(line, svg, "image/svg+xml")
    browser = line.staff_client()
    link = media_link(browser.get(f"/staff/tips/{reference}").get_data(as_text=True))
    response = browser.get(link)
    assert response.mimetype == "application/octet-stream"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_media_is_refused_to_strangers_and_to_staff_without_the_queue(line: Line) -> None:
    reference = tip_with_photo(line, JPEG, "image/jpeg")
    supervisor = line.staff_client()
    link = media_link(supervisor.get(f"/staff/tips/{reference}").get_data(as_text=True))
    stranger = line.client.application.test_client()
    assert stranger.get(link).status_code == 302  # to the sign-in page
    with transaction(line.sessions) as s:
        bo = staff.add(s, "bo", "correct horse battery staple", "advocate",
                       secret_key=line.settings.secret_key)  # fmt: skip
        staff.assign_queues(s, bo, ["spam"])
    advocate = line.client.application.test_client()
    assert login(advocate, "bo").status_code == 302
    assert advocate.get(link).status_code == 404  # as if there were no such tip
    assert [e.actor for e in audit_rows(line.sessions) if e.action == "denied"] == ["bo"]
    assert supervisor.get("/staff/media/999999").status_code == 404
    assert len(line.api.media_fetches) == 0


def test_an_address_outside_twilios_api_is_never_fetched(line: Line) -> None:
    reference = tip_with_photo(line, JPEG, "image/jpeg", url="https://elsewhere.test/p.jpg")
    browser = line.staff_client()
    link = media_link(browser.get(f"/staff/tips/{reference}").get_data(as_text=True))
    assert browser.get(link).status_code == 404


def test_a_photo_twilio_no_longer_has_is_a_502_not_a_500(line: Line) -> None:
    missing = line.api.base_url + "/2010-04-01/Accounts/AC/Messages/MM1/Media/ME1"
    reference = tip_with_photo(line, JPEG, "image/jpeg", url=missing)
    browser = line.staff_client()
    link = media_link(browser.get(f"/staff/tips/{reference}").get_data(as_text=True))
    assert browser.get(link).status_code == 502


def test_media_on_a_tip_that_may_show_a_child_is_opened_only_by_a_supervisor(line: Line) -> None:
    reference = tip_with_photo(line, JPEG, "image/jpeg")
    supervisor = line.staff_client()
    link = media_link(supervisor.get(f"/staff/tips/{reference}").get_data(as_text=True))
    with transaction(line.sessions) as s:
        tip = s.scalars(select(Tip).where(Tip.reference == reference)).one()
        tip.queue = "child_exploitation"
        bo = staff.add(s, "bo", "correct horse battery staple", "advocate",
                       secret_key=line.settings.secret_key)  # fmt: skip
        staff.assign_queues(s, bo, ["child_exploitation"])
    advocate = line.client.application.test_client()
    assert login(advocate, "bo").status_code == 302
    page = advocate.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "withheld: a child may be shown" in page and link not in page
    assert advocate.get(link).status_code == 403  # withheld from them, audited
    assert len(line.api.media_fetches) == 0
    shown = supervisor.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert link in shown and "opening it is audited" in shown
    assert supervisor.get(link).status_code == 200
    rows = audit_rows(line.sessions)
    assert [(e.actor, e.detail) for e in rows if e.action == "denied"] == [
        ("bo", f"media={link.rsplit('/', 1)[1]} withheld: a child may be shown")
    ]
    assert [e.detail for e in rows if e.action == "view_media"] == [
        f"media={link.rsplit('/', 1)[1]} withheld"
    ]
