"""Legal hold from the tip page: supervisors only, audited, and shown on the page."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips.models import Tip

from .seed import Verdict, audit_rows, csrf_from, make_tip


def held(sessions: sessionmaker[Session], reference: str) -> bool:
    with sessions() as session:
        return session.scalars(select(Tip.legal_hold).where(Tip.reference == reference)).one()


def post_hold(client: FlaskClient, reference: str, hold: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": csrf_from(client), "hold": hold}
    return client.post(f"/staff/tips/{reference}/legal-hold", data=data)


def test_a_supervisor_sets_and_clears_the_hold(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions, ["they took our passports"], Verdict("high", "labor_trafficking")
    )
    assert "Place on legal hold" in signed_in.get(f"/staff/tips/{reference}").text
    assert post_hold(signed_in, reference, "on").status_code == 303
    assert held(sessions, reference)
    assert "Clear legal hold" in signed_in.get(f"/staff/tips/{reference}").text
    post_hold(signed_in, reference, "off")
    assert not held(sessions, reference)
    actions = [e.action for e in audit_rows(sessions)]
    assert actions[-3:] == ["legal_hold", "view_tip", "legal_hold_cleared"]


def test_an_advocate_cannot_set_a_hold(
    advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions, ["they took our passports"], Verdict("high", "labor_trafficking")
    )
    assert "legal hold" not in advocate_client.get(f"/staff/tips/{reference}").text
    assert post_hold(advocate_client, reference, "on").status_code == 403
    assert not held(sessions, reference)
    assert audit_rows(sessions)[-1].action == "denied"
