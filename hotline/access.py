"""Who may see what, checked on the server for every page and API call; refusals are audited."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, NoReturn, TypeVar, cast

from flask import abort, g, request
from flask.typing import ResponseReturnValue

from hotline.database import db
from hotline.listing import find_tip
from tips.casework import may_work, queue_of
from tips.models import StaffUser, Tip
from tips.staff import audit, may_see_queue, sees_all_queues

View = TypeVar("View", bound=Callable[..., Any])


def deny(user: StaffUser, detail: str, tip_id: int | None = None) -> NoReturn:
    """Write the refused attempt to the audit log, then answer 403."""
    audit(db(), actor=user.name, action="denied", tip_id=tip_id, detail=detail)
    db().commit()
    abort(403)


def require_queue(user: StaffUser, queue: str) -> None:
    """403 unless the account works this queue."""
    if not may_see_queue(user, queue):
        deny(user, f"queue={queue}")


def require_tip(user: StaffUser, reference: str) -> Tip:
    """The tip with this reference, 404 if none, 403 if it sits in a queue the account lacks."""
    tip = find_tip(db(), reference)
    if tip is None:
        abort(404)
    if not may_work(user, tip):
        deny(user, f"tip in queue={queue_of(tip)}", tip.id)
    return tip


def visible(user: StaffUser, queues: Iterable[str]) -> list[str]:
    """The queues of these that the account may see, in the same order."""
    return [queue for queue in queues if may_see_queue(user, queue)]


def visible_tips(user: StaffUser, tips: Iterable[Tip]) -> list[Tip]:
    """The tips of these that the account may see, in the same order."""
    return list(tips) if sees_all_queues(user) else [t for t in tips if may_work(user, t)]


def roles_required(*roles: str) -> Callable[[View], View]:
    """Answer 403 (audited) unless the signed-in account has one of these roles."""

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> ResponseReturnValue:
            user: StaffUser = g.staff
            if user.role not in roles:
                deny(user, f"page={request.path}")
            return cast(ResponseReturnValue, view(*args, **kwargs))

        return cast(View, wrapped)

    return decorate
