"""The charts page: supervisors only, SVG with no inline style or script, numbers as tables."""

from __future__ import annotations

import re
from datetime import timedelta

from flask.testing import FlaskClient
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from tips.db import transaction
from tips.models import Tip, utcnow

from .seed import Verdict, audit_rows, make_tip


def test_charts_count_tips_claims_and_ages(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    make_tip(sessions, ["a <script>alert(1)</script>"], Verdict("high", "labor_trafficking"))
    make_tip(sessions, ["b"], Verdict("low", "general"), minutes_ago=3 * 60)
    claimed = make_tip(sessions, ["c"], Verdict("critical", "emergency"), minutes_ago=10)
    with transaction(sessions) as session:
        session.execute(update(Tip).where(Tip.reference == claimed).values(
            status="claimed", claimed_at=utcnow() - timedelta(minutes=4)))  # fmt: skip
    response = signed_in.get("/staff/charts")
    assert response.status_code == 200
    page = response.text
    assert page.count('<svg class="chart"') == 3
    assert "style=" not in page and "<script" not in page
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    per_day = re.findall(r"<th scope=\"row\">\d{4}-\d\d-\d\d</th>(.*?)</tr>", page)
    assert len(per_day) == 14
    columns = [[int(n) for n in re.findall(r"<td>(\d+)</td>", row)] for row in per_day]
    assert [sum(col) for col in zip(*columns, strict=True)] == [1, 1, 1, 3]  # 3 queues, then all
    assert '<th scope="row">critical</th><td>6.0</td><td>5</td>' in page
    assert '<th scope="row">1-4 h</th><td>1</td>' in page
    assert '<th scope="row">under 1 h</th><td>2</td>' in page
    assert "<title>" in page and '<rect class="target"' in page
    assert audit_rows(sessions)[-1].action == "view_charts"


def test_an_advocate_cannot_open_the_charts(advocate_client: FlaskClient) -> None:
    assert advocate_client.get("/staff/charts").status_code == 403
