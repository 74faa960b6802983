"""The charts page for supervisors: server-drawn SVG bars, with the same numbers as tables.

Nothing runs in the browser and nothing is styled inline (the CSP forbids both): each bar is
an SVG rect with plain geometry attributes and a class the hotline's stylesheet colours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from flask import Blueprint, render_template
from sqlalchemy import select
from sqlalchemy.orm import Session

from hotline.access import roles_required
from hotline.auth import current_user, login_required
from hotline.database import db, runtime
from tips.casework import queue_of
from tips.models import URGENCY_RANK, Tip, utcnow
from tips.staff import audit
from tips.store import OPEN_STATUSES

bp = Blueprint("charts", __name__)
DAYS = 14
AGE_BUCKETS = (("under 1 h", 60), ("1-4 h", 240), ("4-24 h", 1440), ("1-7 days", 10080),
               ("over 7 days", None))  # fmt: skip
WIDTH, HEIGHT, PAD = 640, 220, 30
SERIES = 8  # the stylesheet colours .series-0 to .series-7


@dataclass(frozen=True)
class Bar:
    """One rectangle of a chart, with the text a screen reader and a tooltip give it."""

    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


def _scale(peak: float) -> float:
    return (HEIGHT - PAD) / peak if peak > 0 else 0.0


def tips_per_day(
    session: Session, today: date
) -> tuple[list[date], list[str], dict[tuple[date, str], int]]:
    """New tips per day and queue over the last 14 days."""
    start = today - timedelta(days=DAYS - 1)
    since = datetime.combine(start, datetime.min.time())
    tips = session.scalars(select(Tip).where(Tip.created_at >= since)).all()
    counts = Counter((tip.created_at.date(), queue_of(tip)) for tip in tips)
    days = [start + timedelta(days=n) for n in range(DAYS)]
    return days, sorted({queue for _, queue in counts}), dict(counts)


def day_bars(
    days: Sequence[date], queues: Sequence[str], counts: dict[tuple[date, str], int]
) -> list[Bar]:
    """Stacked bars: one column a day, one segment per queue."""
    totals = [sum(counts.get((day, q), 0) for q in queues) for day in days]
    scale, step = _scale(max(totals, default=0)), WIDTH / len(days)
    bars = []
    for i, day in enumerate(days):
        top = float(HEIGHT)
        for k, queue in enumerate(queues):
            n = counts.get((day, queue), 0)
            if n:
                top -= n * scale
                bars.append(Bar(i * step + 4, top, step - 8, n * scale, f"series-{k % SERIES}",
                                f"{day.isoformat()} {queue}: {n}"))  # fmt: skip
    return bars


def claim_minutes(session: Session, since: datetime) -> dict[str, float]:
    """Median minutes from a tip's arrival to its claim, by urgency, over claimed tips."""
    rows = session.execute(
        select(Tip.urgency, Tip.created_at, Tip.claimed_at).where(
            Tip.claimed_at.is_not(None), Tip.created_at >= since
        )
    )
    waits: dict[str, list[float]] = {}
    for urgency, created, claimed in rows:
        if claimed is None:  # excluded by the query; the column type allows it
            continue
        waits.setdefault(urgency or "untriaged", []).append(
            (claimed - created).total_seconds() / 60
        )
    return {u: round(median(w), 1) for u, w in waits.items()}


def open_by_age(session: Session, now: datetime) -> list[tuple[str, int]]:
    """Open tips counted by how long ago they came in."""
    created = session.scalars(select(Tip.created_at).where(Tip.status.in_(OPEN_STATUSES))).all()
    counts = Counter(_bucket((now - c).total_seconds() / 60) for c in created)
    return [(label, counts.get(label, 0)) for label, _ in AGE_BUCKETS]


def _bucket(minutes: float) -> str:
    return next(label for label, limit in AGE_BUCKETS if limit is None or minutes < limit)


def column_bars(
    values: Sequence[tuple[str, float]], css: str, peak: float | None = None
) -> list[Bar]:
    """One column per labelled value, scaled to the peak (the largest value by default)."""
    top = peak if peak is not None else max((v for _, v in values), default=0)
    scale, step = _scale(top), WIDTH / max(1, len(values))
    return [Bar(i * step + 8, HEIGHT - v * scale, step - 16, v * scale, css, f"{label}: {v}")
            for i, (label, v) in enumerate(values)]  # fmt: skip


def target_bars(claims: Sequence[tuple[str, float | None, int | None]], peak: float) -> list[Bar]:
    """A thin line across each urgency's column at its target."""
    scale, step = _scale(peak), WIDTH / max(1, len(claims))
    return [Bar(i * step + 2, HEIGHT - t * scale - 1.5, step - 4, 3, "target", f"{u} target: {t} min")
            for i, (u, _, t) in enumerate(claims) if t is not None]  # fmt: skip


def claim_rows(
    waits: dict[str, float], targets: dict[str, int]
) -> list[tuple[str, float | None, int | None]]:
    """Urgency, median minutes to claim and target minutes, most urgent first."""
    order = [u for u in URGENCY_RANK if u in waits or u in targets] + sorted(
        set(waits) - set(URGENCY_RANK)
    )
    return [(u, waits.get(u), targets.get(u)) for u in order]


@bp.get("/charts")
@login_required
@roles_required("supervisor", "admin")
def charts() -> str:
    """Tips per day by queue, time to claim against target, open tips by age."""
    session, now = db(), utcnow()
    days, queues, counts = tips_per_day(session, now.date())
    targets = runtime().settings.escalation_targets
    claims = claim_rows(claim_minutes(session, now - timedelta(days=DAYS)), targets)
    ages = open_by_age(session, now)
    peak = max([w or 0 for _, w, _ in claims] + [t or 0 for _, _, t in claims], default=0)
    html = render_template(
        "hotline/charts.html", days=days, queues=queues, counts=counts,
        day_bars=day_bars(days, queues, counts), claims=claims,
        claim_bars=column_bars([(u, w or 0) for u, w, _ in claims], "series-0", peak),
        target_bars=target_bars(claims, peak),
        ages=ages, age_bars=column_bars(ages, "series-1"),
        width=WIDTH, height=HEIGHT, series=SERIES,
    )  # fmt: skip
    audit(session, actor=current_user().name, action="view_charts")
    session.commit()
    return html
