"""Web-chat limits keyed by what a client cannot choose, and sessions only the server issues.

The attack: a script draws a fresh session id for every message, so every per-session limit
starts afresh, and each "danger" message opens a tip and pages on-call staff. Now a session is
issued by the server for a small proof of work; an address gets a few sessions an hour and
its messages are counted across them; the line has a ceiling of new sessions a minute. Whoever
is refused still reads the emergency number.
"""

from __future__ import annotations

import secrets
import threading
import time
from typing import Any

import hypothesis
import pytest
import redis
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import create_app
from tests.conftest import make_settings
from tests.support.webchat import (
    CHALLENGE_URL,
    SESSIONS_URL,
    open_session,
    request_session,
    solve,
)
from tips.config import Settings
from tips.models import Message, Tip
from tips.runtime import Runtime
from webhooks import limits, sessions
from webhooks.addresses import client_address, network

URL = "/webhooks/webchat/messages"
DANGER = "they locked her in the basement right now, help"
ATTACKER, NEIGHBOUR = "203.0.113.7", "198.51.100.20"


def app_with(sqlite_url: str, redis_url: str, **overrides: Any) -> FlaskClient:
    settings = make_settings(sqlite_url, redis_url, burst_hold=0.0, **overrides)
    return create_app(settings).test_client()


def say(client: FlaskClient, session: str, text: str, address: str = ATTACKER, **kw: Any) -> Any:
    environ = {"REMOTE_ADDR": address}
    return client.post(URL, json={"session": session, "text": text}, environ_base=environ, **kw)


def stored(sessions_: sessionmaker[Session]) -> tuple[int, int]:
    """(inbound messages, tips) in the database."""
    with sessions_() as s:
        inbound = s.scalar(select(func.count()).where(Message.direction == "in"))
        return int(inbound or 0), int(s.scalar(select(func.count()).select_from(Tip)) or 0)


def emergency_line(response: Any) -> str:
    (reply,) = response.get_json()["replies"]
    return str(reply["text"])


def test_a_session_id_the_client_draws_itself_is_refused_with_the_emergency_line(
    client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    for _ in range(40):
        response = say(client, secrets.token_hex(32), DANGER)
        assert response.status_code == 403
        assert "not issued by this server" in response.get_json()["error"]
        assert "call 911" in emergency_line(response)
    assert stored(sessions) == (0, 0)  # no message, no tip, so no page


def test_one_address_opens_a_few_sessions_an_hour_and_the_next_is_told_to_call_911(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis, sessions: sessionmaker[Session]
) -> None:
    client = app_with(sqlite_url, redis_url, webchat_sessions_per_address_per_hour=3)
    opened = [open_session(client, ATTACKER) for _ in range(3)]
    assert len(set(opened)) == 3
    refused = request_session(client, ATTACKER)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "60"
    assert "call 911" in emergency_line(refused) and "1-888-373-7888" in emergency_line(refused)
    for session in opened:
        assert say(client, session, DANGER).status_code == 200
    assert stored(sessions) == (3, 3)
    assert open_session(client, NEIGHBOUR)  # another address is not held back


def test_the_line_has_a_ceiling_of_new_sessions_a_minute(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis
) -> None:
    client = app_with(sqlite_url, redis_url, webchat_sessions_per_minute=3)
    for n in range(3):
        open_session(client, f"192.0.2.{n + 1}")
    refused = request_session(client, "192.0.2.99")
    assert refused.status_code == 429 and "call 911" in emergency_line(refused)


def test_an_address_is_counted_across_all_its_sessions(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis, sessions: sessionmaker[Session]
) -> None:
    client = app_with(sqlite_url, redis_url, webchat_per_address_per_minute=3)
    first, second = open_session(client, ATTACKER), open_session(client, ATTACKER)
    codes = [say(client, s, f"note {n}").status_code for n, s in enumerate([first, second] * 2)]
    assert codes == [200, 200, 200, 429]
    refused = say(client, second, "they locked her in the basement right now")
    assert refused.status_code == 429
    assert "call 911" in emergency_line(refused)
    assert stored(sessions)[0] == 3  # a refused message is not stored: the reply says so
    neighbour = open_session(client, NEIGHBOUR)
    assert say(client, neighbour, "hello", address=NEIGHBOUR).status_code == 200


def test_a_spanish_page_is_refused_in_spanish(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis
) -> None:
    client = app_with(sqlite_url, redis_url, webchat_per_address_per_minute=1)
    session = open_session(client, ATTACKER)
    body = {"session": session, "text": "hola", "language": "es"}
    environ = {"REMOTE_ADDR": ATTACKER}
    client.post(URL, json=body, environ_base=environ)
    refused = client.post(URL, json=body, environ_base=environ)
    assert refused.status_code == 429
    assert "llame al 911" in emergency_line(refused)


def issued_challenge(client: FlaskClient) -> tuple[str, int]:
    issued = client.get(CHALLENGE_URL).get_json()
    return issued["challenge"], issued["bits"]


def test_the_work_must_be_done_and_a_solution_buys_one_session(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis, caplog: Any
) -> None:
    client = app_with(sqlite_url, redis_url, webchat_sessions_per_minute=2)
    challenge, bits = issued_challenge(client)
    assert bits == 16
    nonce = solve(challenge, bits)
    wrong = next(str(n) for n in range(10**6) if not sessions.solves(challenge, str(n), bits))
    head, mac = challenge.rsplit(".", 1)
    forged = f"{head}.{'0' * 16 if mac != '0' * 16 else '1' * 16}"
    stale_head = f"{int(time.time()) - 7200:08x}.0.{'a' * 12}"
    stale = f"{stale_head}.{sessions._mac('s' * 40, stale_head, 'challenge', 16)}"
    cases = [
        ({"challenge": challenge, "nonce": wrong}, 403, "does not solve"),
        ({"challenge": forged, "nonce": nonce}, 403, "not issued by this server"),
        ({"challenge": stale, "nonce": "0"}, 400, "expired"),
        ({"challenge": "x" * 41, "nonce": nonce}, 400, "challenge must be"),
        ({"challenge": challenge, "nonce": "-1"}, 400, "nonce must be"),
        ({"challenge": challenge, "nonce": 7}, 400, "nonce must be"),
        ({"challenge": ["list"], "nonce": nonce}, 400, "challenge must be"),
    ]
    for body, status, error in cases:
        response = client.post(SESSIONS_URL, json=body)
        assert (response.status_code, error in response.get_json()["error"]) == (status, True)
        assert "call 911" in emergency_line(response)
    assert client.post(SESSIONS_URL, data="{", content_type="application/json").status_code == 400
    assert "web chat request refused" in caplog.text
    # none of the refused tries used up the line's ceiling of two new sessions a minute
    good = {"challenge": challenge, "nonce": nonce}
    first = client.post(SESSIONS_URL, json=good)
    assert first.status_code == 201
    assert sessions.issued("s" * 40, first.get_json()["session"])
    # replayed, the same solution buys the same session, never another
    replayed = client.post(SESSIONS_URL, json=good)
    assert replayed.status_code == 201
    assert replayed.get_json()["session"] == first.get_json()["session"]
    assert request_session(client).status_code == 429  # the replay counted all the same


def test_x_forwarded_for_counts_only_as_far_as_a_trusted_proxy_vouches(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis
) -> None:
    # No proxy configured: the header is the client's own say, and changes nothing.
    direct = app_with(sqlite_url, redis_url, webchat_sessions_per_address_per_hour=2)
    for n in range(2):
        request_session(direct, ATTACKER, **{"X-Forwarded-For": f"10.0.0.{n}"})
    spoofed = request_session(direct, ATTACKER, **{"X-Forwarded-For": "10.9.9.9"})
    assert spoofed.status_code == 429
    redis_client.flushall()
    # One proxy: its entry (the last) is the client; what the client wrote before it is not.
    proxied = app_with(
        sqlite_url, redis_url, webchat_sessions_per_address_per_hour=2, trusted_proxies=1
    )
    for n in range(2):
        forwarded = {"X-Forwarded-For": f"10.0.0.{n}, {ATTACKER}"}
        assert request_session(proxied, "127.0.0.1", **forwarded).status_code == 201
    forwarded = {"X-Forwarded-For": f"10.0.0.99, {ATTACKER}"}
    assert request_session(proxied, "127.0.0.1", **forwarded).status_code == 429
    other = {"X-Forwarded-For": NEIGHBOUR}
    assert request_session(proxied, "127.0.0.1", **other).status_code == 201


@pytest.mark.parametrize(
    ("remote", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.7", [], 0, "203.0.113.7"),
        ("127.0.0.1", ["1.2.3.4"], 0, "127.0.0.1"),
        ("127.0.0.1", ["1.2.3.4, 5.6.7.8"], 1, "5.6.7.8"),
        ("127.0.0.1", ["1.2.3.4", "5.6.7.8"], 1, "5.6.7.8"),
        ("127.0.0.1", ["1.2.3.4, 5.6.7.8"], 2, "1.2.3.4"),
        ("127.0.0.1", ["5.6.7.8"], 2, "127.0.0.1"),  # fewer hops than proxies: not vouched for
        ("127.0.0.1", ["not-an-ip"], 1, "127.0.0.1"),
        (None, [], 0, "unknown"),
    ],
)
def test_the_client_address(
    remote: str | None, forwarded: list[str], trusted: int, expected: str
) -> None:
    assert client_address(remote, forwarded, trusted) == expected


def test_an_ipv6_subscriber_counts_as_its_64() -> None:
    assert network("2001:db8:1:2:aaaa::1") == network("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64"
    assert network("2001:db8:1:3::1") != network("2001:db8:1:2::1")
    assert network("::ffff:203.0.113.7") == "203.0.113.7"
    assert network("garbage") == "unknown"


def test_addresses_reach_redis_only_as_keyed_hashes(
    sqlite_url: str, redis_url: str, redis_client: redis.Redis
) -> None:
    client = app_with(sqlite_url, redis_url)
    say(client, open_session(client, ATTACKER), "hello")
    for key in redis_client.keys("*"):
        assert ATTACKER.encode() not in key + (redis_client.dump(key) or b"")


def test_polls_are_limited_by_address(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "POLLS_PER_ADDRESS_PER_MINUTE", 2)
    session = open_session(client)
    headers = {"X-Lantern-Session": session}
    assert [client.get(URL, headers=headers).status_code for _ in range(3)] == [200, 200, 429]


def test_counters_are_raised_with_their_expiry_in_one_transaction(
    settings: Settings, redis_client: redis.Redis
) -> None:
    runtime = Runtime(settings)
    seen: list[str] = []
    ready = threading.Event()

    def watch() -> None:
        with redis_client.monitor() as monitor:
            ready.set()
            for command in monitor.listen():
                seen.append(command["command"].split(" ")[0].upper())
                if seen[-1] == "EXEC":
                    return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    ready.wait(5)
    time.sleep(0.2)
    limits.new_session_allowed(runtime, "a" * 32)
    watcher.join(5)
    assert seen[-6:] == ["MULTI", "INCRBY", "EXPIRE", "INCRBY", "EXPIRE", "EXEC"]
    for key in redis_client.keys("lantern:rate:*"):
        assert redis_client.ttl(key) > 0


def test_concurrent_counts_let_exactly_the_limit_through(settings: Settings) -> None:
    runtime = Runtime(settings)
    counter = limits.Counter("race", 60, 10)
    results: list[str | None] = []
    threads = [
        threading.Thread(target=lambda: results.append(limits.passed(runtime, [counter], 1e9)))
        for _ in range(40)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(None) == 10


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=60),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
session_bodies = json_values | st.fixed_dictionaries(
    {}, optional={"challenge": json_values | st.from_regex(r"[0-9a-f.]{30,50}"),
                  "nonce": json_values | st.from_regex(r"[0-9]{0,14}"), "language": json_values},
)  # fmt: skip
FUZZ = hypothesis.settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(body=session_bodies)
def test_bad_session_requests_get_a_4xx_with_the_emergency_line(
    client: FlaskClient, body: Any
) -> None:
    response = client.post(SESSIONS_URL, json=body)
    assert 400 <= response.status_code < 500
    assert "911" in emergency_line(response)


@FUZZ
@given(text=st.text(max_size=40) | json_values, language=json_values)
def test_anything_sent_on_an_issued_session_is_a_2xx_or_a_4xx(
    client: FlaskClient, settings: Settings, text: Any, language: Any
) -> None:
    now = time.time()
    session = sessions.admit(
        settings.secret_key, sessions.challenge(settings.secret_key, 0, now), "0", now
    )
    response = client.post(URL, json={"session": session, "text": text, "language": language})
    assert response.status_code < 500
