"""One tip for staff: its transcript, its answers and the explanation of its urgency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue
from markupsafe import Markup, escape

from hotline.access import require_tip, visible_related
from hotline.auth import current_user, login_required
from hotline.database import db
from hotline.highlight import evidence_phrases, mark
from hotline.media import withheld
from tips import casework
from tips.models import URGENCY_RANK, Message, Tip, utcnow
from tips.staff import audit, sees_all_queues
from tips.store import OPEN_STATUSES, latest_assessment
from triage.indicators import MODEL_FINDINGS

bp = Blueprint("tips", __name__)

ANSWER_LABELS = {
    "immediate_danger": "Danger right now",
    "what": "What happened",
    "where": "Where",
    "when": "When",
    "who": "Who may be affected",
    "minor_involved": "Anyone under 18",
    "kind": "Kind of situation",
    "details": "What helps find them",
    "followup_consent": "May we text back",
}


@dataclass(frozen=True)
class Line:
    """One message of the transcript, ready to show."""

    inbound: bool
    body: Markup
    created_at: datetime


def transcript(messages: Sequence[Message], phrases: Sequence[str]) -> list[Line]:
    """The messages in order; the tipster's own words carry the evidence marks."""
    return [
        Line(
            m.direction == "in",
            mark(m.body, phrases) if m.direction == "in" else escape(m.body),
            m.created_at,
        )
        for m in messages
    ]


def _answer_text(value: Any, phrases: Sequence[str]) -> Markup:
    if isinstance(value, bool):
        return Markup("Yes") if value else Markup("No")
    if value is None or value == "":
        return Markup("Not answered")
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    return mark(str(value), phrases)


def answer_rows(answers: Mapping[str, Any], phrases: Sequence[str]) -> list[tuple[str, Markup]]:
    """The bot's structured answers in the order it asks them, then anything else it stored."""
    known = [key for key in ANSWER_LABELS if key in answers]
    keys = known + [key for key in answers if key not in ANSWER_LABELS]
    return [(ANSWER_LABELS.get(k, k), _answer_text(answers[k], phrases)) for k in keys]


def indicator_rows(indicators: Sequence[Any]) -> list[tuple[str, list[str]]]:
    """Each indicator that fired with the words that triggered it."""
    rows = []
    for indicator in indicators:
        if isinstance(indicator, dict) and isinstance(indicator.get("name"), str):
            rows.append((indicator["name"], evidence_phrases([indicator])))
    return rows


def case_context(tip: Tip) -> dict[str, Any]:
    """The case-work half of the tip page: claim, notes, overrides, related tips, choices."""
    session, user = db(), current_user()
    return {
        "notes": casework.notes(session, tip),
        "overrides": casework.overrides(session, tip),
        "joins": casework.joins(session, tip),
        "related": visible_related(user, tip),
        "outcomes": casework.OUTCOMES,
        "urgencies": list(URGENCY_RANK),
        "is_open": tip.status in OPEN_STATUSES,
        "holds_claim": tip.claimed_by == user.id,
        "may_act": tip.claimed_by == user.id or sees_all_queues(user),
        "sees_all": sees_all_queues(user),
        "colleagues": casework.colleagues(session, tip) if sees_all_queues(user) else [],
    }


@bp.get("/tips/<reference>")
@login_required
def show(reference: str) -> ResponseReturnValue:
    """The whole tip; every view is written to the audit log, refusals too."""
    session = db()
    tip = require_tip(current_user(), reference)
    assessment = latest_assessment(session, tip.id)
    found = [i for i in (assessment.indicators if assessment else []) if isinstance(i, dict)]
    indicators = [i for i in found if i.get("name") not in MODEL_FINDINGS]
    phrases = evidence_phrases(indicators)
    page = render_template(
        "hotline/tip.html",
        tip=tip,
        assessment=assessment,
        lines=transcript(tip.messages, phrases),
        answers=answer_rows(tip.answers or {}, phrases),
        indicators=indicator_rows(indicators),
        model_findings=indicator_rows([i for i in found if i.get("name") in MODEL_FINDINGS]),
        media_withheld=withheld(tip, bool(assessment and assessment.minor_involved)),
        now=utcnow(),
        **case_context(tip),
    )
    audit(session, actor=current_user().name, action="view_tip", tip_id=tip.id)
    session.commit()
    return page
