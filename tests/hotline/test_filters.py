"""Queue filters by status, language and region, on the pages and in the API."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from tips import staff
from tips.db import transaction
from tips.models import Tip

from .seed import Verdict, links_to_tips, make_tip


def in_region(sessions: sessionmaker[Session], reference: str, region: str) -> None:
    with transaction(sessions) as session:
        session.execute(update(Tip).where(Tip.reference == reference).values(region=region))


def test_region_and_language_filters_on_the_page_and_the_api(
    signed_in: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    valley = make_tip(sessions, ["a"], Verdict("high", "labor_trafficking"))
    bay_es = make_tip(sessions, ["b"], Verdict("high", "labor_trafficking"), language="es")
    nowhere = make_tip(sessions, ["c"], Verdict("high", "labor_trafficking"))
    in_region(sessions, valley, "central_valley")
    in_region(sessions, bay_es, "bay_area")
    page = signed_in.get("/staff/queues/labor_trafficking?region=central_valley").text
    assert links_to_tips(page) == [valley]
    assert 'value="central_valley"' in page
    assert links_to_tips(signed_in.get("/staff/?language=es").text) == [bay_es]
    everything = links_to_tips(signed_in.get("/staff/?region=%3Cscript%3E").text)
    assert sorted(everything) == sorted([valley, bay_es, nowhere])
    with transaction(sessions) as session:
        user = staff.by_name(session, staff_user)
        assert user is not None
        token = staff.issue_token(session, user)
    rows = signed_in.get("/api/v1/tips?region=bay_area&language=es&status=open",
                         headers={"Authorization": f"Bearer {token}"}).get_json()  # fmt: skip
    assert [(row["reference"], row["region"]) for row in rows] == [(bay_es, "bay_area")]
