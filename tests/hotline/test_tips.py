"""The tip page: transcript, answers, the explanation of the score, escaping and audit."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from .seed import Verdict, audit_rows, make_tip

PASSPORT = {"name": "confiscated_documents", "evidence": "took her passport"}
LOCKED = {"name": "confinement", "evidence": "locked in at night"}


def test_tip_page_shows_transcript_with_marked_evidence(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions,
        ["My neighbour's boss Took Her Passport", "and they are locked in at night"],
        Verdict("high", "labor_trafficking", indicators=[PASSPORT, LOCKED]),
        reply="Thank you for telling us.",
    )
    page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "My neighbour&#39;s boss <mark>Took Her Passport</mark>" in page
    assert "and they are <mark>locked in at night</mark>" in page
    assert page.count("Thank you for telling us.") == 2  # the bot's replies are shown, unmarked
    assert "confiscated documents" in page
    assert '<q class="evidence">took her passport</q>' in page
    assert "version test-1" in page
    assert '<span class="badge badge-high badge-large">high</span>' in page


def test_tip_page_shows_the_answers(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    answers = {"immediate_danger": False, "where": "Motel 9, Route 4", "minor_involved": None}
    reference = make_tip(sessions, ["hello"], answers=answers)
    page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert '<dt>Danger right now</dt><dd class="text">No</dd>' in page
    assert "Motel 9, Route 4" in page
    assert '<dt>Anyone under 18</dt><dd class="text">Not answered</dd>' in page
    assert page.index("Danger right now") < page.index("Where") < page.index("Anyone under 18")


def test_script_in_tip_text_comes_out_escaped(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    payload = "<script>alert(1)</script>"
    reference = make_tip(
        sessions,
        [f"{payload} they took her passport"],
        Verdict(
            "medium",
            "labor_trafficking",
            indicators=[
                PASSPORT,
                {"name": "weapon", "evidence": "<img src=x onerror=alert(2)>"},
            ],
        ),
        answers={"where": payload, "details": '"><svg onload=alert(3)>'},
    )
    page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "<script" not in page
    assert "<img" not in page and "<svg" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; they <mark>took her passport</mark>" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_evidence_that_looks_like_markup_is_matched_as_text(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(
        sessions,
        ["he said <b>no leaving</b> & locked the door"],
        Verdict(
            "high",
            "labor_trafficking",
            indicators=[
                {"name": "restricted_movement", "evidence": "<b>no leaving</b> &"},
            ],
        ),
    )
    page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert "he said <mark>&lt;b&gt;no leaving&lt;/b&gt; &amp;</mark> locked the door" in page


def test_untriaged_tip_page_says_it_is_being_assessed(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["they lock them in"])
    page = signed_in.get(f"/staff/tips/{reference}").get_data(as_text=True)
    assert '<span class="badge badge-assessing badge-large">assessing</span>' in page
    assert "they lock them in" in page


def test_reference_can_be_typed_loosely(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = make_tip(sessions, ["hello"])
    loose = reference.replace("-", "").lower()
    assert signed_in.get(f"/staff/tips/{loose}").status_code == 200


def test_unknown_reference_is_404(signed_in: FlaskClient, sessions: sessionmaker[Session]) -> None:
    assert signed_in.get("/staff/tips/ZZZ-ZZZ").status_code == 404
    assert signed_in.get("/staff/tips/not-a-reference").status_code == 404
    assert [e.action for e in audit_rows(sessions)] == ["login"]


def test_every_view_of_a_tip_is_audited(
    signed_in: FlaskClient, sessions: sessionmaker[Session], staff_user: str
) -> None:
    reference = make_tip(sessions, ["hello"], Verdict("low", "general"))
    signed_in.get(f"/staff/tips/{reference}")
    signed_in.get(f"/staff/tips/{reference}")
    views = [e for e in audit_rows(sessions) if e.action == "view_tip"]
    assert len(views) == 2
    assert {(e.actor, e.tip_id is not None) for e in views} == {(staff_user, True)}
