"""The internal API the action server calls: token, validation, idempotent filing, triage queued."""

from __future__ import annotations

import base64
import json

import redis
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tips.db import transaction
from tips.inbox import conversation_for
from triage.queueing import DEFAULT_QUEUE, URGENT_QUEUE

TOKEN = {"Authorization": "Bearer " + "i" * 40}
SENDER = "ab" * 16


def queued_tip_ids(redis_client: redis.Redis, queue: str) -> list[int]:
    """Tip ids waiting in a Celery queue on the real broker."""
    messages = [json.loads(raw) for raw in redis_client.lrange(queue, 0, -1)]
    return [json.loads(base64.b64decode(m["body"]))[0][0] for m in messages]


def test_calls_without_the_token_are_refused(internal_client: FlaskClient) -> None:
    assert internal_client.post("/internal/tips", json={}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert internal_client.post("/internal/tips", json={}, headers=wrong).status_code == 401


def test_bad_bodies_get_a_clear_400(internal_client: FlaskClient) -> None:
    cases = [
        "not json",
        {"sender_id": "+15550100", "answers": {}},
        {"sender_id": SENDER, "channel": "fax"},
        {"sender_id": SENDER, "answers": {"colour": "red"}},
        {"sender_id": SENDER, "answers": {"immediate_danger": "yes"}},
        {"sender_id": SENDER, "complete": "yes"},
    ]
    for body in cases:
        kwargs = {"data": body} if isinstance(body, str) else {"json": body}
        response = internal_client.post("/internal/tips", headers=TOKEN, **kwargs)
        assert response.status_code == 400, body
        assert response.get_json()["error"]


def test_filing_twice_gives_one_reference_and_queues_triage_each_time(
    internal_client: FlaskClient, redis_client: redis.Redis
) -> None:
    first = internal_client.post(
        "/internal/tips", headers=TOKEN,
        json={"sender_id": SENDER, "answers": {"immediate_danger": True}, "emergency": True},
    )  # fmt: skip
    second = internal_client.post(
        "/internal/tips", headers=TOKEN,
        json={"sender_id": SENDER, "answers": {"where": "Motel 6, Elm St, Dayton"}, "complete": True},
    )  # fmt: skip
    assert (first.status_code, second.status_code) == (201, 200)
    reference = first.get_json()["reference"]
    assert second.get_json()["reference"] == reference
    tip_id = first.get_json()["tip_id"]
    assert queued_tip_ids(redis_client, URGENT_QUEUE) == [tip_id]
    assert queued_tip_ids(redis_client, DEFAULT_QUEUE) == [tip_id]


def test_a_tip_cannot_be_changed_by_its_reference_alone(internal_client: FlaskClient) -> None:
    """The action server files and links; nothing on the internal API rewrites a tip by its
    reference, so a leaked token cannot either."""
    filed = internal_client.post("/internal/tips", headers=TOKEN, json={"sender_id": SENDER})
    reference = filed.get_json()["reference"]
    patched = internal_client.patch(
        f"/internal/tips/{reference}", headers=TOKEN, json={"answers": {"details": "white van"}}
    )
    assert patched.status_code in (404, 405)


def test_a_returning_tipster_is_joined_to_the_tip_named_by_its_reference(
    internal_client: FlaskClient,
    sessions,
    redis_client: redis.Redis,  # type: ignore[no-untyped-def]
) -> None:
    from tips.inbox import Inbound, record_inbound
    from tips.store import inbound_texts

    filed = internal_client.post("/internal/tips", headers=TOKEN, json={"sender_id": SENDER})
    reference, tip_id = filed.get_json()["reference"], filed.get_json()["tip_id"]
    newcomer = "ef" * 16  # the same person on a new phone, or a web chat
    with transaction(sessions) as s:
        record_inbound(
            s, Inbound("webchat", newcomer, f"{reference.lower()} the van is white", None)
        )
    typed = reference.replace("-", " ").lower()
    linked = internal_client.post(
        f"/internal/tips/{typed}/link", headers=TOKEN,
        json={"sender_id": newcomer, "channel": "webchat"},
    )  # fmt: skip
    assert linked.status_code == 200
    assert linked.get_json() == {"reference": reference, "tip_id": tip_id}
    with transaction(sessions) as s:
        record_inbound(s, Inbound("webchat", newcomer, "and it has Ohio plates", None))
    with sessions() as s:
        assert inbound_texts(s, tip_id)[-2:] == [
            f"{reference.lower()} the van is white",
            "and it has Ohio plates",
        ]
    assert tip_id in queued_tip_ids(redis_client, DEFAULT_QUEUE)
    unknown = internal_client.post(
        "/internal/tips/ZZZ-ZZZ/link", headers=TOKEN, json={"sender_id": newcomer}
    )
    assert unknown.status_code == 404


def test_another_tip_leaves_the_filed_one_behind(
    internal_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    path = "/internal/conversations/next-tip"
    assert internal_client.post(path, json={"sender_id": SENDER}).status_code == 401
    bad = internal_client.post(path, json={"sender_id": "+15550100"}, headers=TOKEN)
    assert bad.status_code == 400 and bad.get_json()["error"]
    filed = internal_client.post(
        "/internal/tips", headers=TOKEN, json={"sender_id": SENDER, "answers": {"what": "farm"}}
    )
    moved = internal_client.post(path, json={"sender_id": SENDER}, headers=TOKEN)
    assert moved.status_code == 200
    second = internal_client.post(
        "/internal/tips", headers=TOKEN,
        json={"sender_id": SENDER, "answers": {"what": "salon"}, "new": True},
    )  # fmt: skip
    assert second.status_code == 201
    assert second.get_json()["reference"] != filed.get_json()["reference"]
    with sessions() as session:
        assert conversation_for(session, "sms", SENDER).tip_id == second.get_json()["tip_id"]


def test_joining_by_reference_is_limited_per_sender(internal_client: FlaskClient) -> None:
    filed = internal_client.post("/internal/tips", headers=TOKEN, json={"sender_id": SENDER})
    reference = filed.get_json()["reference"]
    guesser = {"sender_id": "cd" * 16, "channel": "webchat"}
    codes = [
        internal_client.post(
            f"/internal/tips/K7F-{n}QM/link", headers=TOKEN, json=guesser
        ).status_code
        for n in range(2, 7)
    ]
    assert codes == [404] * 5
    late = internal_client.post(f"/internal/tips/{reference}/link", headers=TOKEN, json=guesser)
    assert late.status_code == 429
    own = internal_client.post(
        f"/internal/tips/{reference}/link", headers=TOKEN, json={"sender_id": SENDER}
    )
    assert own.status_code == 200  # the conversation that filed it is never limited
