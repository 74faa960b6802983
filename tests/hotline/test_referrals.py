"""Referral packets: legal basis, redaction per recipient, permissions, digest and audit."""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tips import referrals
from tips.models import Conversation, Referral

from .seed import Verdict, audit_rows, csrf_from, make_tip

EVIDENCE: list[dict[str, Any]] = [{"name": "minor_involved", "evidence": ["she is 15"]}]
ANSWERS = {"what": "she is 15 and works at the farm", "where": "Ruta 9, Finca López",
           "details": "plate ABC123", "followup_consent": False}  # fmt: skip


def minor_tip(sessions: sessionmaker[Session]) -> str:
    verdict = Verdict("high", "labor_trafficking", minor_involved=True, indicators=EVIDENCE)  # type: ignore[arg-type]
    return make_tip(sessions, ["she is 15, la niña trabaja 🙏"], verdict, answers=ANSWERS)


def adult_tip(sessions: sessionmaker[Session], consent: bool) -> str:
    answers = {"what": "they keep our passports", "followup_consent": consent}
    return make_tip(sessions, ["they keep our passports"], Verdict("medium", "labor_trafficking"),
                    answers=answers)  # fmt: skip


def api_export(client: FlaskClient, token: str, reference: str, recipient: str, fmt: str):  # type: ignore[no-untyped-def]
    return client.post(f"/api/v1/tips/{reference}/referral",
                       json={"recipient": recipient, "format": fmt},
                       headers={"Authorization": f"Bearer {token}"})  # fmt: skip


def page_export(client: FlaskClient, reference: str, recipient: str, fmt: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": csrf_from(client), "recipient": recipient, "format": fmt}
    return client.post(f"/staff/tips/{reference}/referral", data=data)


def referral_rows(sessions: sessionmaker[Session]) -> list[Referral]:
    with sessions() as session:
        return list(session.scalars(select(Referral).order_by(Referral.id)))


def senders(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(Conversation.sender)))


def pdf_text(data: bytes) -> bytes:
    """The decompressed content streams of a PDF, where the drawn text is."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    out = b""
    for raw in streams:
        try:
            out += zlib.decompress(raw)
        except zlib.error:
            out += raw
    return out


def test_law_enforcement_json_has_transcript_evidence_and_related_count(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    reference = minor_tip(sessions)
    response = api_export(client, token, reference, "law_enforcement", "json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    packet = json.loads(response.data)
    assert packet["legal_basis"] == "minor"
    assert packet["answers"]["where"] == "Ruta 9, Finca López"
    assert packet["assessment"]["indicators"] == EVIDENCE
    assert packet["transcript"][0] == {**packet["transcript"][0], "from": "tipster",
                                       "text": "she is 15, la niña trabaja 🙏"}  # fmt: skip
    assert packet["related_tips"] == 0
    assert "followup_consent" not in packet["answers"]
    for sender in senders(sessions):
        assert sender not in response.text
    (row,) = referral_rows(sessions)
    assert (row.recipient, row.format, row.legal_basis) == ("law_enforcement", "json", "minor")
    assert row.digest == hashlib.sha256(response.data).hexdigest()
    event = [e for e in audit_rows(sessions) if not e.action.startswith("api_")][-1]
    assert (event.action, event.detail) == (
        "export_referral",
        "recipient=law_enforcement format=json basis=minor",
    )


def test_service_provider_json_keeps_needs_and_drops_places_and_transcript(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    reference = minor_tip(sessions)
    packet = api_export(client, token, reference, "service_provider", "json").get_json()
    assert packet["answers"] == {"what": ANSWERS["what"]}
    assert packet["assessment"]["indicators"] == [{"name": "minor_involved"}]
    assert not {"transcript", "related_tips"} & set(packet)
    text = json.dumps(packet, ensure_ascii=False)
    assert "Finca" not in text and "ABC123" not in text and "niña" not in text


def test_pdf_draws_spanish_accents_and_replaces_what_latin1_lacks(
    client: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    reference = minor_tip(sessions)
    response = api_export(client, token, reference, "law_enforcement", "pdf")
    assert response.status_code == 200
    assert response.content_type == "application/pdf"
    assert response.data.startswith(b"%PDF-")
    drawn = pdf_text(response.data)
    assert "la niña trabaja ?".encode("latin-1") in drawn
    assert "Finca López".encode("latin-1") in drawn
    for sender in senders(sessions):
        assert sender.encode() not in drawn
    assert referral_rows(sessions)[0].digest == hashlib.sha256(response.data).hexdigest()


def test_adult_needs_the_tipsters_own_consent_to_sharing(
    client: FlaskClient, signed_in: FlaskClient, sessions: sessionmaker[Session], token: str
) -> None:
    # Yes to being contacted again is not yes to sharing the tip with a partner.
    reference = adult_tip(sessions, consent=True)
    refused = api_export(client, token, reference, "law_enforcement", "json")
    assert refused.status_code == 409
    assert "No legal basis" in refused.get_json()["error"]
    assert referral_rows(sessions) == []
    recorded = record_consent(signed_in, reference, "given")
    assert recorded.status_code == 303
    allowed = api_export(client, token, reference, "service_provider", "pdf")
    assert allowed.status_code == 200
    assert referral_rows(sessions)[0].legal_basis == "consent"
    assert ("referral_consent", "given") in [(e.action, e.detail) for e in audit_rows(sessions)]
    record_consent(signed_in, reference, "refused")  # they changed their mind
    assert api_export(client, token, reference, "service_provider", "pdf").status_code == 409
    assert record_consent(signed_in, reference, "maybe").status_code == 400


def test_only_the_holder_or_a_supervisor_records_consent(
    advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = adult_tip(sessions, consent=False)
    assert record_consent(advocate_client, reference, "given").status_code in (403, 404)
    assert "referral_consent" not in [e.action for e in audit_rows(sessions)]


def record_consent(client: FlaskClient, reference: str, answer: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": csrf_from(client), "answer": answer}
    return client.post(f"/staff/tips/{reference}/referral-consent", data=data)


def test_imminent_harm_is_a_basis(sessions: sessionmaker[Session]) -> None:
    class Seen:
        minor_involved = False
        immediate_danger = True

    class Told:
        id = -1
        answers: dict[str, object] = {"followup_consent": True}

    with sessions() as session:
        assert referrals.legal_basis(session, Told(), Seen()) == "imminent_harm"  # type: ignore[arg-type]
        with pytest.raises(referrals.NoBasis):
            referrals.legal_basis(session, Told(), None)  # type: ignore[arg-type]


@pytest.mark.parametrize("body", [{"recipient": "press", "format": "json"},
                                  {"recipient": "law_enforcement", "format": "docx"},
                                  {"recipient": 3, "format": "json"}, {}])  # fmt: skip
def test_bad_choices_are_400_json(
    client: FlaskClient, sessions: sessionmaker[Session], token: str, body: dict
) -> None:
    response = client.post(f"/api/v1/tips/{minor_tip(sessions)}/referral", json=body,
                           headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert response.status_code == 400
    assert response.get_json()["error"]
    assert referral_rows(sessions) == []


def test_page_export_downloads_and_a_refusal_comes_back_with_the_reason(
    signed_in: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = minor_tip(sessions)
    assert "Export packet" in signed_in.get(f"/staff/tips/{reference}").text
    response = page_export(signed_in, reference, "service_provider", "pdf")
    assert response.status_code == 200
    assert response.data.startswith(b"%PDF-")
    adult = adult_tip(sessions, consent=False)
    refused = page_export(signed_in, adult, "law_enforcement", "pdf")
    assert refused.status_code == 303
    assert "No legal basis" in signed_in.get(refused.headers["Location"]).text
    assert len(referral_rows(sessions)) == 1


def test_an_advocate_exports_only_a_tip_they_hold(
    advocate_client: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    reference = minor_tip(sessions)
    assert "Export packet" not in advocate_client.get(f"/staff/tips/{reference}").text
    assert page_export(advocate_client, reference, "law_enforcement", "json").status_code == 403
    assert audit_rows(sessions)[-1].action == "denied"
    advocate_client.post(f"/staff/tips/{reference}/claim",
                         data={"csrf_token": csrf_from(advocate_client)})  # fmt: skip
    response = page_export(advocate_client, reference, "law_enforcement", "json")
    assert response.status_code == 200
    assert json.loads(response.data)["reference"] == reference
