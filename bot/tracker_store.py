"""The bot's conversation state in Redis, kept short so that turn 200 costs what turn 10 does.

Rasa's own Redis tracker store keeps every event of every session and, on each save, merges the
stored tracker into the new one. When the first session opened with metadata (every message
from the edge carries some), the stored tracker holds one event before the session start that
the retrieved one lacks; the merge then compares every event with every other, so a save takes
seconds after a few hundred turns.

This store writes the latest session only (the whole transcript is in SQL, not here), and once a
session passes `max_turns` messages it starts it again from a snapshot: the slots and the active
form as they stood before the last `keep_turns` messages, followed by those messages. What the
bot does next depends only on the slots, the form and the last few turns (rules and memoization
look back a few turns; the actions read the latest message), so it answers as it would have
with the whole history, and tests/bot/test_tracker_store.py checks that it does.

Used from bot/endpoints.yml as `type: bot.tracker_store.ConversationStore`.
"""

from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions

# Rules and memoization look back five turns at most; twelve leaves room to spare.
DEFAULT_MAX_TURNS = 24
DEFAULT_KEEP_TURNS = 12


class ConversationStore(RedisTrackerStore):
    """A Redis tracker store that keeps the latest session, compacted past `max_turns`."""

    def __init__(
        self,
        domain: Domain,
        max_turns: int | str = DEFAULT_MAX_TURNS,
        keep_turns: int | str = DEFAULT_KEEP_TURNS,
        **kwargs: Any,
    ) -> None:
        self.max_turns, self.keep_turns = int(max_turns), int(keep_turns)
        if not 0 < self.keep_turns < self.max_turns:
            raise ValueError("the tracker store needs 0 < keep_turns < max_turns")
        super().__init__(domain, **kwargs)

    async def save(self, tracker: DialogueStateTracker, timeout: float | None = None) -> None:
        """Store the latest session, compacted when it has grown past `max_turns` messages."""
        await self.stream_events(tracker)
        latest = latest_session(tracker)
        compacted = compact(latest, self.domain, self.max_turns, self.keep_turns)
        self.red.set(
            self.key_prefix + tracker.sender_id,
            self.serialise_tracker(compacted),
            ex=timeout or self.record_exp,
        )


def latest_session(tracker: DialogueStateTracker) -> DialogueStateTracker:
    """The tracker's last conversation session (all of it when it has only one)."""
    sessions = get_trackers_for_conversation_sessions(tracker)
    return sessions[-1] if len(sessions) > 1 else tracker


def compact(
    tracker: DialogueStateTracker, domain: Domain, max_turns: int, keep_turns: int
) -> DialogueStateTracker:
    """The same conversation with at most `keep_turns` messages, when it has over `max_turns`."""
    events = list(tracker.events)
    starts = [i for i, event in enumerate(events) if isinstance(event, UserUttered)]
    if len(starts) <= max_turns:
        return tracker
    cut = starts[-keep_turns]
    before = DialogueStateTracker.from_events(
        tracker.sender_id, events[:cut], slots=domain.slots, sender_source=tracker.sender_source
    )
    stamp = events[cut - 1].timestamp
    snapshot = [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted()]
    snapshot += carried_slots(before, domain)
    if before.active_loop_name:
        snapshot.append(ActiveLoop(before.active_loop_name))
    snapshot.append(ActionExecuted(ACTION_LISTEN_NAME))
    for event in snapshot:
        event.timestamp = stamp
    return DialogueStateTracker.from_events(
        tracker.sender_id,
        snapshot + events[cut:],
        slots=domain.slots,
        sender_source=tracker.sender_source,
    )


def carried_slots(tracker: DialogueStateTracker, domain: Domain) -> list[Event]:
    """A SlotSet for every slot whose value is not its initial one."""
    events: list[Event] = []
    for slot in domain.slots:
        value = tracker.get_slot(slot.name)
        if value != slot.initial_value:
            events.append(SlotSet(slot.name, value))
    return events
