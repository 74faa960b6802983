"""Every staff URL and every field its views read, fuzzed on SQLite and PostgreSQL: never a 5xx.

Values a browser or a script can send and a view may not expect: decimal digits of other scripts
('٣', '߃', '３'; '²' passes str.isdigit() yet int() refuses it), NUL (PostgreSQL text refuses
it), lone surrogates (not encodable in UTF-8, so sent as the raw bytes %ED%A0%80), RTL marks,
10k-40k character values, empty, negative and huge numbers. POST forms carry a valid CSRF token
so the handler really runs; a few carry a wrong one or none, which must be a 400.

The walk takes every rule of a freshly built app, so a new route cannot escape; the field lists
are checked against what hotline/*.py reads and what the templates' forms send. Each example
starts from a fresh tip and a fresh server session, with the accounts put back as they were.
LANTERN_FUZZ_EXAMPLES raises the count per route for a longer hunt; make test keeps it quick.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

import hotline
import hotline.actions
import tips.config
import tips.migrate
import tips.runtime
from hotline.auth import now
from tests.support.databases import postgres_available, postgres_database
from tips import sessions, staff
from tips.casework import OUTCOMES
from tips.db import transaction
from tips.models import ApiToken, AuditEvent, Media, Message, StaffUser, Tip
from tips.referrals import FORMATS, RECIPIENTS

from .conftest import ADVOCATE, SECRET_KEY
from .seed import STAFF_NAME, STAFF_PASSWORD, Verdict, csrf_from, make_tip, password_step, totp_now

FUZZ = settings(
    max_examples=int(os.environ.get("LANTERN_FUZZ_EXAMPLES", "15")),
    deadline=None,
    database=None,
    derandomize=True,  # the same examples on every run, so a slow or failing one is reproducible
    suppress_health_check=list(HealthCheck),
)
HOTLINE = Path(hotline.__file__).parent
ADMIN = "ada"
NEW_PASSWORD = "a brand new passphrase"
EXPIRED_FORM = b"This form has expired"

# Every query parameter a staff view reads, with values that mean something to it.
QUERY = {"status": ["open", "claimed", "resolved"], "language": ["en", "es"],
         "region": ["central_valley"], "queue": ["emergency", "labor_trafficking", "untriaged"],
         "page": ["1", "2", "100000"], "next": ["/staff/charts"], "after": ["0", "1"]}  # fmt: skip
# Every form field a staff POST reads (the CSRF token aside), likewise.
FORM = {"name": [STAFF_NAME, "new colleague"], "password": [STAFF_PASSWORD, NEW_PASSWORD],
        "next": ["/staff/charts"], "code": ["123456"], "current_password": [STAFF_PASSWORD],
        "new_password": [NEW_PASSWORD], "new_password_again": [NEW_PASSWORD],
        "to": [ADVOCATE, STAFF_NAME], "body": ["a note"], "field": ["urgency", "queue"],
        "value": ["low", "critical", "general"], "reason": ["checked"], "outcome": [*OUTCOMES],
        "hold": ["on", "off"], "recipient": [*RECIPIENTS], "format": [*FORMATS],
        "answer": ["given", "refused"], "role": [*staff.ROLES], "queues": ["emergency,general"],
        "deactivate": ["yes", "no"]}  # fmt: skip

# Decimal digits of other scripts, and digit-like characters that are not decimal at all.
DIGITS = "٣٠١۳߃०৩๓３𝟑²¹½Ⅻ①〇"
ASCII_TO = {script: str.maketrans("0123456789", script) for script in
            ("٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "߀߁߂߃߄߅߆߇߈߉", "０１２３４５６７８９", "⁰¹²³⁴⁵⁶⁷⁸⁹")}  # fmt: skip
SPECIAL = ["", " ", "\x00", "a\x00b", "\u200f", "\u202e", "\u200e\u200f", "\ufeff", "-1", "0",
           "-0", "00", "1e309", "NaN", "1.5", "0x10", " 1 ", "+1", "9" * 40, str(2**31),
           str(2**63), str(-(2**63) - 1), "%00", "../../etc", "\\", "//evil.example"]  # fmt: skip
# Lone surrogates and other bytes that are not UTF-8: a form or URL can still carry them.
RAW = [b"\xed\xa0\x80", b"\xed\xb0\x80", b"a\xed\xa0\x80b", b"\xff\xfe", b"\xc0\x80", b"\x80"]
TWISTS: list[Callable[[str], str]] = [
    lambda v: v + "\x00",
    lambda v: "\x00" + v,
    lambda v: "\u200f" + v,
    lambda v: v + "\u202e",
    lambda v: v.translate(ASCII_TO["٠١٢٣٤٥٦٧٨٩"]),
    lambda v: v.translate(ASCII_TO["０１２３４５６７８９"]),
    lambda v: v.translate(ASCII_TO["⁰¹²³⁴⁵⁶⁷⁸⁹"]),
    lambda v: f" {v.upper()} ",
    lambda v: v * 1000,
]

long_texts = st.builds(
    lambda n, unit: (unit * (n // len(unit) + 1))[:n],
    st.integers(10_000, 40_000),
    st.sampled_from(["a", "٣", "\u200f", "é🚐a", "\x00x", "1"]),
)
awkward_text = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(st.sampled_from(DIGITS + "0123456789-"), min_size=1, max_size=12),
    st.integers(-(10**30), 10**30).map(str),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    long_texts,
)
awkward = awkward_text.map(str.encode) | st.sampled_from(RAW)


def values(plausible: list[str]) -> st.SearchStrategy[bytes]:
    """What one field gets: a value the view expects, twisted or not, or an awkward one."""
    twisted = st.builds(lambda v, twist: twist(v), st.sampled_from(plausible),
                        st.sampled_from(TWISTS))  # fmt: skip
    return (st.sampled_from(plausible) | twisted).map(str.encode) | awkward


def fields(names: dict[str, list[str]]) -> st.SearchStrategy[dict[str, bytes]]:
    """Any subset of these fields, each with a drawn value, and sometimes a stray one."""
    known = st.fixed_dictionaries({}, optional={k: values(v) for k, v in names.items()})
    stray = st.dictionaries(st.sampled_from(["x", "\x00", "٣", "csrf_token\x00"]), awkward,
                            max_size=1)  # fmt: skip
    return st.builds(lambda a, b: {**b, **a}, known, stray)


def encoded(pairs: dict[str, bytes]) -> str:
    """The pairs as a query string or form body, each byte percent-encoded as it stands."""
    return "&".join(
        f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs.items()
    )


# --- The walk -------------------------------------------------------------------------------


def _rules() -> list[tuple[str, str]]:
    app = Flask("walk")
    hotline.init_app(app)
    return sorted(
        (rule.rule, method)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/staff")
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    )


RULES = _rules()
PLACEHOLDER = re.compile(r"<(?:(\w+):)?(\w+)>")
INT_PATHS = ["0", "-1", "9" * 30, str(2**31), str(2**63), "٣", "３", "²", "1e3", "1\x00"]
path_texts = awkward_text.filter(lambda v: "/" not in v) | st.sampled_from(["%ED%A0%80", "%00"])


def path_values(rule: str) -> st.SearchStrategy[dict[str, str | None]]:
    """A value for each of the rule's arguments; None stands for the example's own real one."""
    drawn = {}
    for converter, name in PLACEHOLDER.findall(rule):
        fuzzed = st.sampled_from(INT_PATHS) if converter == "int" else path_texts
        drawn[name] = st.none() | fuzzed
    return st.fixed_dictionaries(drawn)


@dataclass
class Scene:
    """One example's own tip, media, session and token, and the client signed in for it."""

    client: FlaskClient
    real: dict[str, str]


@dataclass
class World:
    """The app on one database, its accounts and what each example puts back."""

    app: Flask
    sessions: sessionmaker[Session]
    hashes: dict[str, tuple[str, str]]  # name -> (password hash, role)
    token_id: int


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # fmt: skip
    """A migrated database: SQLite, and PostgreSQL too when a server answers."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('route-fuzz') / 't.db'}"
        tips.migrate.upgrade(url)
        yield url
        return
    if not postgres_available():
        pytest.skip("no PostgreSQL server reachable")
    with postgres_database() as url:
        tips.migrate.upgrade(url)
        yield url


@pytest.fixture(scope="module")
def world(database: str) -> Iterator[World]:
    """The staff app (built as tests/hotline/conftest.py builds it) with a supervisor, an admin
    and an advocate; TESTING makes any exception surface in the test instead of as a 500 page."""
    settings_ = tips.config.Settings(env="test", secret_key=SECRET_KEY, pseudonym_key="p" * 40,
                                     internal_token="i" * 40, database_url=database)  # fmt: skip
    app = Flask("hotline_route_fuzz")
    app.config.update(SECRET_KEY=SECRET_KEY, TESTING=True)
    runtime = tips.runtime.Runtime(settings_)
    app.extensions["lantern"] = runtime
    hotline.init_app(app)
    with transaction(runtime.sessions) as session:
        for name, role in ((STAFF_NAME, "supervisor"), (ADMIN, "admin"), (ADVOCATE, "advocate")):
            staff.add(session, name, STAFF_PASSWORD, role, secret_key=SECRET_KEY)
        session.flush()
        supervisor = staff.by_name(session, STAFF_NAME)
        assert supervisor is not None
        staff.issue_token(session, supervisor)
        session.flush()
        token_id = session.scalars(select(ApiToken.id)).one()
        users = session.scalars(select(StaffUser))
        hashes = {user.name: (user.password_hash, user.role) for user in users}
    with pytest.MonkeyPatch.context() as patch:  # no broker here: a stored reply stays pending
        patch.setattr(hotline.actions, "enqueue_delivery", lambda message_id: None)
        yield World(app, runtime.sessions, hashes, token_id)
    runtime.engine.dispose()


def reset_accounts(world: World, must_change: bool = False) -> None:
    """Put the accounts back as the world made them: an example may deactivate one, change a
    password or role, or run up sign-in failures until the backoff would stop the next."""
    with transaction(world.sessions) as session:
        session.execute(delete(AuditEvent).where(AuditEvent.action.in_(staff.FAILED_STEPS)))
        for user in session.scalars(select(StaffUser)):
            if user.name in world.hashes:
                user.password_hash, user.role = world.hashes[user.name]
                user.active, user.totp_last_step = True, None
                user.must_change_password = must_change and user.name == STAFF_NAME


def signed_in(world: World, name: str) -> tuple[FlaskClient, int]:
    """A browser with a fresh server session of the account (as its sign-in would leave it)."""
    with transaction(world.sessions) as session:
        user = staff.by_name(session, name)
        assert user is not None
        sid = sessions.start(session, user, now(), None, "fuzz")
        session.flush()
        record = sessions.find(session, sid)
        assert record is not None
        session_id = record.id
    client = world.app.test_client()
    with client.session_transaction() as cookie:
        cookie["sid"] = sid
    return client, session_id


def new_tip(world: World) -> tuple[str, int]:
    """A fresh open tip with one photo, so every case action has something to act on."""
    danger = Verdict("high", "labor_trafficking", immediate_danger=True)
    reference = make_tip(world.sessions, ["they took our passports"], danger)
    with transaction(world.sessions) as session:
        tip = session.scalars(select(Tip).where(Tip.reference == reference)).one()
        message = session.scalars(select(Message).where(Message.tip_id == tip.id)).first()
        assert message is not None
        media = Media(message_id=message.id, position=0, content_type="image/jpeg",
                      url_encrypted="x")  # fmt: skip
        session.add(media)
        session.flush()
        return reference, media.id


def scene(world: World, rule: str) -> Scene:
    """A supervisor; an admin on the admin pages, which a supervisor is only refused."""
    reset_accounts(world)
    reference, media_id = new_tip(world)
    client, session_id = signed_in(world, ADMIN if rule.startswith("/staff/admin") else STAFF_NAME)
    real = {"reference": reference, "media_id": str(media_id), "queue": "labor_trafficking",
            "name": ADVOCATE, "filename": "hotline.css", "session_id": str(session_id),
            "token_id": str(world.token_id)}  # fmt: skip
    return Scene(client, real)


def url_of(rule: str, real: dict[str, str], drawn: dict[str, str | None]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in real:
            pytest.fail(f"{rule}: give <{name}> a real value in scene() so the walk covers it")
        given_ = drawn.get(name)
        return quote(real[name] if given_ is None else given_, safe="%")

    return PLACEHOLDER.sub(value, rule)


def no_5xx(response: Any) -> None:
    event(f"status {response.status_code}")
    assert response.status_code < 500, (response.status_code, response.get_data()[:300])


def checked_post(
    client: FlaskClient, url: str, form: dict[str, bytes], csrf: str, routed: bool = True
) -> Any:
    """POST the form with a valid, wrong or missing token: a bad token is a 400 wherever the
    URL names a route (a fuzzed path may name none: a 404)."""
    token = {"valid": csrf_from(client).encode(), "wrong": b"x" * 43, "bad": "٣".encode()}
    body = {**form, **({"csrf_token": token[csrf]} if csrf in token else {})}
    response = client.post(
        url, data=encoded(body), content_type="application/x-www-form-urlencoded"
    )
    no_5xx(response)
    if csrf == "valid":  # the handler ran: it was not refused as an expired form
        assert EXPIRED_FORM not in response.get_data()
    elif routed and response.status_code != 413:  # a field too large for the parser: 413
        assert response.status_code == 400, response.status_code
    return response


csrf_choices = st.sampled_from(["valid"] * 5 + ["wrong", "bad", "missing"])


@pytest.mark.parametrize(("rule", "method"), RULES, ids=[f"{m} {r}" for r, m in RULES])
def test_no_value_in_any_field_of_any_staff_route_gives_a_5xx(
    world: World, rule: str, method: str
) -> None:
    sent: list[int] = []

    @FUZZ
    @given(
        path=path_values(rule),
        data=fields(QUERY if method == "GET" else FORM),
        csrf=csrf_choices,
    )
    def run(path: dict[str, str | None], data: dict[str, bytes], csrf: str) -> None:
        here = scene(world, rule)
        url = url_of(rule, here.real, path)
        if method == "GET":
            no_5xx(here.client.get(f"{url}?{encoded(data)}"))
        else:
            routed = all(value is None for value in path.values())
            checked_post(here.client, url, data, csrf, routed)
        sent.append(1)

    run()
    assert sent


def test_the_walk_covers_every_staff_rule(world: World) -> None:
    registered = {
        (rule.rule, method)
        for rule in world.app.url_map.iter_rules()
        if rule.rule.startswith("/staff")
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    assert registered == set(RULES)
    assert len(RULES) >= 35


READS = re.compile(r"""\b(?:args|form|values|_form)(?:\.get)?[(\[]\s*["'](\w+)["']""")
FORM_NAMES = re.compile(r"""<(?:input|select|textarea|button)\b[^>]*\bname="(\w+)\"""")


def test_every_field_the_views_read_or_the_forms_send_is_fuzzed() -> None:
    read = {name for path in HOTLINE.glob("*.py") for name in READS.findall(path.read_text())}
    sent = {
        name
        for path in (HOTLINE / "templates").rglob("*.html")
        for name in FORM_NAMES.findall(path.read_text())
    }
    assert {"page", "code", "new_password", "status", "body"} <= read | sent  # the scan works
    assert (read | sent) - {"csrf_token"} <= set(QUERY) | set(FORM)


# --- The sign-in steps, unauthenticated -----------------------------------------------------


@FUZZ
@given(data=fields({"name": [STAFF_NAME, ADMIN], "password": [STAFF_PASSWORD],
                    "next": ["/staff/charts"]}), csrf=csrf_choices)  # fmt: skip
def test_the_login_form(world: World, data: dict[str, bytes], csrf: str) -> None:
    reset_accounts(world)
    client = world.app.test_client()
    no_5xx(client.get(f"/staff/login?{encoded({k: v for k, v in data.items() if k == 'next'})}"))
    response = checked_post(client, "/staff/login", data, csrf)
    if csrf == "valid" and data.get("password") != STAFF_PASSWORD.encode():
        assert response.status_code in (400, 401, 413)


def _code_forms() -> st.SearchStrategy[Callable[[str], bytes]]:
    """The real current code typed in another script's digits, or twisted, or any awkward value."""
    scripts = [lambda c, t=table: c.translate(t).encode() for table in ASCII_TO.values()]
    twisted = [lambda c, t=twist: t(c).encode() for twist in TWISTS]
    return st.one_of(
        st.sampled_from(scripts),
        st.sampled_from([str.encode, *twisted]),
        awkward.map(lambda v: lambda _: v),
    )


@FUZZ
@given(form=_code_forms(), csrf=csrf_choices)
def test_the_two_factor_code_form(world: World, form: Callable[[str], bytes], csrf: str) -> None:
    reset_accounts(world)
    client = world.app.test_client()
    assert password_step(client).headers["Location"].endswith("/staff/login/code")
    no_5xx(client.get("/staff/login/code"))
    typed = form(totp_now(client))
    response = checked_post(client, "/staff/login/code", {"code": typed}, csrf)
    if csrf == "valid" and not typed.isascii():
        assert response.status_code in (401, 413)  # only the ASCII digits sign in


@FUZZ
@given(
    data=fields({"current_password": [STAFF_PASSWORD], "new_password": [NEW_PASSWORD],
                 "new_password_again": [NEW_PASSWORD]}),
    again=st.booleans(),
    forced=st.booleans(),
    csrf=csrf_choices,
)  # fmt: skip
def test_the_password_change_form(world: World, data: dict[str, bytes], again: bool,
                                  forced: bool, csrf: str) -> None:  # fmt: skip
    """Also as the step a password reset forces right after sign-in."""
    reset_accounts(world, must_change=forced)
    client, _ = signed_in(world, STAFF_NAME)
    no_5xx(client.get("/staff/account/password"))
    if again and "new_password" in data:  # the same new value twice, so the checks go further
        data = {**data, "new_password_again": data["new_password"]}
    checked_post(client, "/staff/account/password", data, csrf)
