"""Who may see what, checked on the server for every page and API call; refusals are audited."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from typing import Any, NoReturn, TypeVar, cast

from flask import abort, g, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import Forbidden

from hotline.database import db
from hotline.listing import find_tip
from tips.casework import may_work, queue_of, related_tips
from tips.models import StaffUser, Tip
from tips.staff import audit, may_see_queue, sees_all_queues

View = TypeVar("View", bound=Callable[..., Any])
log = logging.getLogger(__name__)
NO_TIP = "no tip with that reference"


def _record_refusal(user: StaffUser, detail: str, tip_id: int | None) -> None:
    log.warning("refused %s to account %s: %s", request.path, user.id, detail)
    audit(db(), actor=user.name, action="denied", tip_id=tip_id, detail=detail)
    db().commit()


def deny(
    user: StaffUser, detail: str, tip_id: int | None = None, message: str | None = None
) -> NoReturn:
    """Log and audit the refused attempt, then answer 403 (with the reason, when given)."""
    _record_refusal(user, detail, tip_id)
    abort(403, message)


def refuse(user: StaffUser, tip: Tip, reason: str) -> NoReturn:
    """Undo a case action the role or claim does not allow; log, audit and answer 403 with why."""
    db().rollback()
    action = (request.endpoint or "").rpartition(".")[2]
    deny(user, f"{action}: {reason}", tip.id, reason)


def hide(user: StaffUser, tip: Tip) -> NoReturn:
    """Audit an attempt on a tip outside the account's queues, then answer as if it did not
    exist: an advocate learns nothing of another queue's tips, not even that one exists."""
    _record_refusal(user, f"tip in queue={queue_of(tip)}", tip.id)
    abort(404, NO_TIP)


def require_queue(user: StaffUser, queue: str) -> None:
    """403 unless the account works this queue."""
    if not may_see_queue(user, queue):
        deny(user, f"queue={queue}")


def require_tip(user: StaffUser, reference: str) -> Tip:
    """The tip with this reference; 404 if none or if it sits in a queue the account lacks."""
    tip = find_tip(db(), reference)
    if tip is None:
        abort(404, NO_TIP)
    if not may_work(user, tip):
        hide(user, tip)
    return tip


def visible(user: StaffUser, queues: Iterable[str]) -> list[str]:
    """The queues of these that the account may see, in the same order."""
    return [queue for queue in queues if may_see_queue(user, queue)]


def visible_tips(user: StaffUser, tips: Iterable[Tip]) -> list[Tip]:
    """The tips of these that the account may see, in the same order."""
    return list(tips) if sees_all_queues(user) else [t for t in tips if may_work(user, t)]


def visible_related(user: StaffUser, tip: Tip) -> list[Tip]:
    """The tip's related tips that the account may see: a related tip in another queue is
    neither listed nor counted, in a page, an API answer or an export."""
    return visible_tips(user, related_tips(db(), tip))


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


def refused_page(exc: Forbidden) -> ResponseReturnValue:
    """A refusal as a short staff page, saying why when the view gave a reason."""
    told = exc.description != Forbidden.description
    message = exc.description if told else "Your account may not open this page or do this."
    return render_template("hotline/refused.html", message=message), 403
