"""Which tips a polled list showed, for the audit log: an event when the set of tips changes,
and a reminder every few minutes while it does not, rather than one per poll.

The memory is a small map on whoever looks (a staff session or an API token): for each view
(a queue with its filters), a digest of the tip ids last written and when.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

REMIND = timedelta(minutes=5)  # an unchanged list is written again after this long
MAX_VIEWS = 8  # views remembered per session or token; the least recent is forgotten


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _written_at(entry: Any, digest: str) -> datetime | None:
    """When this same set was last written, from a stored entry; None if it differs or is bad."""
    if not isinstance(entry, list) or len(entry) != 2 or entry[0] != digest:
        return None
    try:
        return datetime.fromisoformat(entry[1])
    except (TypeError, ValueError):
        return None


def note(
    shown: Mapping[str, Any] | None,
    view: str,
    tip_ids: Iterable[int],
    now: datetime,
    force: bool = False,
) -> dict[str, Any] | None:
    """The updated map when this showing must be written to the audit log, else None: when
    forced, when the set of tips differs from the last written, or REMIND after it."""
    key, digest = _digest(view), _digest(",".join(str(i) for i in sorted(set(tip_ids))))
    memory = dict(shown) if isinstance(shown, Mapping) else {}
    at = _written_at(memory.get(key), digest)
    if not force and at is not None and at <= now < at + REMIND:
        return None
    memory[key] = [digest, now.isoformat()]
    newest = sorted(memory.items(), key=lambda item: _stamp(item[1]), reverse=True)
    return dict(newest[:MAX_VIEWS])


def _stamp(entry: Any) -> str:
    # ISO times of one format sort as text; a malformed entry sorts last and is forgotten.
    return str(entry[1]) if isinstance(entry, list) and len(entry) == 2 else ""
