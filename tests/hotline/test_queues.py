"""The overview and the queue pages: counts, order, and what each row shows."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from .seed import Verdict, links_to_tips, make_tip


def seed_labor_queue(sessions: sessionmaker[Session]) -> dict[str, str]:
    """Tips of one queue, created so that neither age nor insertion order gives the answer."""
    queue = "labor_trafficking"
    return {
        "medium_old": make_tip(sessions, ["m old"], Verdict("medium", queue), minutes_ago=300),
        "high_new": make_tip(sessions, ["h new"], Verdict("high", queue), minutes_ago=5),
        "critical_new": make_tip(sessions, ["c new"], Verdict("critical", queue), minutes_ago=2),
        "high_old": make_tip(sessions, ["h old"], Verdict("high", queue), minutes_ago=90),
        "critical_old": make_tip(sessions, ["c old"], Verdict("critical", queue), minutes_ago=40),
    }


def test_queue_lists_critical_then_high_then_medium_oldest_first(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    refs = seed_labor_queue(sessions)
    make_tip(sessions, ["other queue"], Verdict("critical", "emergency"))
    page = signed_in.get("/staff/queues/labor_trafficking")
    assert page.status_code == 200
    expected = ["critical_old", "critical_new", "high_old", "high_new", "medium_old"]
    assert links_to_tips(page.get_data(as_text=True)) == [refs[key] for key in expected]


def test_queue_row_shows_badge_category_language_age_and_link(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions, ["hola"], Verdict("high", "labor_trafficking"), minutes_ago=12, language="es"
    )
    page = signed_in.get("/staff/queues/labor_trafficking").get_data(as_text=True)
    assert '<span class="badge badge-high">high</span>' in page
    assert "labor trafficking" in page
    assert '<td data-label="Language">es</td>' in page
    assert "12 min ago" in page
    assert f'href="/staff/tips/{reference}"' in page


def test_overview_counts_each_queue_and_lists_every_open_tip(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    refs = seed_labor_queue(sessions)
    emergency = make_tip(sessions, ["now"], Verdict("critical", "emergency", immediate_danger=True))
    untriaged = make_tip(sessions, ["just arrived"], minutes_ago=1)
    page = signed_in.get("/staff/").get_data(as_text=True)
    assert '<span class="queue-count" data-queue-count="labor_trafficking">5</span>' in page
    assert '<span class="queue-count" data-queue-count="emergency">1</span>' in page
    assert '<span class="urgency-count">2 critical</span>' in page
    assert 'href="/staff/queues/emergency"' in page
    assert 'href="/staff/queues/untriaged"' in page
    listed = links_to_tips(page)
    assert set(listed) == set(refs.values()) | {emergency, untriaged}
    # The emergency tip is the newest critical one, so it follows the two older critical tips;
    # the untriaged tip ranks with the high ones, by age.
    assert listed.index(emergency) == 2
    assert listed.index(untriaged) == listed.index(refs["high_new"]) + 1
    assert "danger now" in page


def test_untriaged_tips_show_as_assessing(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["they took my passport"])
    page = signed_in.get("/staff/queues/untriaged").get_data(as_text=True)
    assert links_to_tips(page) == [reference]
    assert '<span class="badge badge-assessing">assessing</span>' in page


def test_closed_tips_leave_the_queue(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    from tips.db import transaction
    from tips.store import by_reference

    reference = make_tip(sessions, ["done"], Verdict("high", "general"))
    with transaction(sessions) as session:
        tip = by_reference(session, reference)
        assert tip is not None
        tip.status = "resolved"
    assert links_to_tips(signed_in.get("/staff/queues/general").get_data(as_text=True)) == []


def test_empty_queue_says_so(signed_in: FlaskClient) -> None:
    page = signed_in.get("/staff/queues/spam")
    assert page.status_code == 200
    assert "No open tips here right now." in page.get_data(as_text=True)


def test_malformed_queue_name_is_404(signed_in: FlaskClient) -> None:
    assert signed_in.get("/staff/queues/Emergency").status_code == 404
    assert signed_in.get("/staff/queues/" + "a" * 49).status_code == 404
