"""10,000 mutated Twilio requests through the real edge: every one refused, nothing stored."""

from __future__ import annotations

from collections import Counter

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import AUTH_TOKEN, PUBLIC_BASE
from tests.fuzz.twilio_corpus import (
    MUTATIONS,
    PATH,
    Case,
    Signer,
    accepted,
    base_pairs,
    refused,
    shifted_boundary,
)
from tips.models import Conversation, Message

CORPUS_SIZE = 10_000
SEED = 20261128
FORM = "application/x-www-form-urlencoded"


def send(client: FlaskClient, case: Case) -> int:
    path = PATH + (f"?{case.query}" if case.query else "")
    return client.post(path, data=case.body, headers=case.headers, content_type=FORM).status_code


def stored(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions() as session:
        messages = session.scalar(select(func.count()).select_from(Message)) or 0
        conversations = session.scalar(select(func.count()).select_from(Conversation)) or 0
    return messages, conversations


def test_ten_thousand_mutated_requests_are_all_refused(client: FlaskClient, sessions) -> None:  # type: ignore[no-untyped-def]
    signer = Signer(AUTH_TOKEN, PUBLIC_BASE)
    corpus = refused(signer, CORPUS_SIZE, SEED)
    assert len({(c.body, c.query, tuple(sorted(c.headers.items()))) for c in corpus}) > 9_900
    statuses: Counter[tuple[str, int]] = Counter()
    for case in corpus:
        statuses[(case.kind, send(client, case))] += 1
    taken = {key: n for key, n in statuses.items() if key[1] != 403}
    assert taken == {}, f"not refused: {taken}"
    assert len({kind for kind, _ in statuses}) == len(MUTATIONS)
    assert stored(sessions) == (0, 0)


def test_the_control_group_is_accepted_and_stored(client: FlaskClient, sessions) -> None:  # type: ignore[no-untyped-def]
    """Correct signatures get through, so the corpus above is refused for its mutations."""
    signer = Signer(AUTH_TOKEN, PUBLIC_BASE)
    controls = accepted(signer, SEED)
    statuses = {case.kind: send(client, case) for case in controls}
    assert statuses == dict.fromkeys(statuses, 200)
    messages, conversations = stored(sessions)
    assert conversations == len(controls) and messages == 2 * len(controls)  # each + its reply


def test_a_shifted_key_value_boundary_is_a_400_and_stores_nothing(
    client: FlaskClient,
    sessions,  # type: ignore[no-untyped-def]
) -> None:
    """Twilio's signed string cannot tell `Body=hi` from `Bodyh=i`: the field check must."""
    import random

    rng = random.Random(SEED)
    signer = Signer(AUTH_TOKEN, PUBLIC_BASE)
    cases = [shifted_boundary(signer, rng, base_pairs(rng)) for _ in range(60)]
    assert {send(client, case) for case in cases} == {400}
    assert stored(sessions) == (0, 0)
