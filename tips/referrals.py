"""Referral packets: a tip exported for law enforcement or a service provider, redacted per kind.

Who may export: a supervisor or admin, or the advocate who holds the tip.

Legal basis, checked on every export and recorded with it:
- "minor": the latest assessment says someone under 18 is involved (disclosure is required);
- "imminent_harm": the latest assessment says someone is in danger now (disclosure is required);
- "consent": an adult victim, only when the tipster agreed to this sharing itself: staff ask
  them (a reply in their conversation) and record the answer, an audited event. Saying yes to
  being contacted again is not consent to share;
- anything else is refused.

Redaction profiles:
- law_enforcement: the whole transcript (tipster and hotline turns, no sender or conversation
  id), every structured answer, the assessment with each indicator and its evidence, and how
  many other tips are related.
- service_provider: a summary of needs only: what happened, who may be affected, the kind of
  situation, danger and minor flags, language, urgency and the names of the indicators. No
  transcript, no place ("where"), no identifying details ("details": plates, addresses,
  handles), no evidence quotes and no related tips.

No packet holds the tipster's pseudonym, conversation id, channel sender or contact. Every
export writes a Referral row with the SHA-256 of the bytes handed out, and an audit event that
names the recipient kind, format and basis only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from fpdf import FPDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from tips.models import Assessment, AuditEvent, Referral, StaffUser, Tip, utcnow
from tips.staff import audit, sees_all_queues
from tips.store import latest_assessment

RECIPIENTS = {
    "law_enforcement": "Law enforcement",
    "service_provider": "Service provider",
}
FORMATS = ("pdf", "json")
SUMMARY_FIELDS = ("what", "who", "kind", "immediate_danger", "minor_involved")
FULL_FIELDS = (
    "immediate_danger",
    "what",
    "where",
    "when",
    "who",
    "minor_involved",
    "kind",
    "details",
)
CONTENT_TYPES = {"pdf": "application/pdf", "json": "application/json"}


class ReferralError(ValueError):
    """An export that the tip, the role or the legal basis does not allow."""


class BadChoice(ReferralError):
    """An unknown recipient kind or format."""


class NotPermitted(ReferralError):
    """The account may not export this tip."""


class NoBasis(ReferralError):
    """No legal basis for disclosure, or nothing left to disclose."""


@dataclass(frozen=True)
class Export:
    """The packet as handed out: its bytes, a file name and a content type."""

    data: bytes
    filename: str
    content_type: str
    digest: str


def may_export(user: StaffUser, tip: Tip) -> bool:
    """Supervisors and admins may export any tip they see; an advocate only a tip they hold."""
    return sees_all_queues(user) or tip.claimed_by == user.id


CONSENT_EVENT = "referral_consent"
CONSENT_ANSWERS = ("given", "refused")


def record_consent(session: Session, tip: Tip, user: StaffUser, answer: str) -> None:
    """Record the tipster's own answer to "may we share your tip?", asked by staff."""
    if answer not in CONSENT_ANSWERS:
        raise BadChoice("Record the answer as given or refused.")
    if not may_export(user, tip):
        raise NotPermitted("Only a supervisor or the advocate holding this tip may record it.")
    audit(session, actor=user.name, action=CONSENT_EVENT, tip_id=tip.id, detail=answer)


def consent_to_share(session: Session, tip: Tip) -> bool:
    """Whether the tipster's latest recorded answer to sharing is yes."""
    latest = session.scalar(
        select(AuditEvent.detail)
        .where(AuditEvent.tip_id == tip.id, AuditEvent.action == CONSENT_EVENT)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return latest == "given"


def legal_basis(session: Session, tip: Tip, assessment: Assessment | None) -> str:
    """Why disclosure is allowed, or ReferralError with the reason it is not."""
    if assessment is not None and assessment.minor_involved:
        return "minor"
    if assessment is not None and assessment.immediate_danger:
        return "imminent_harm"
    if consent_to_share(session, tip):
        return "consent"
    raise NoBasis(
        "No legal basis: no minor or imminent harm is assessed and the tipster has not agreed "
        "to sharing (ask them, then record their answer)."
    )


def _indicators(assessment: Assessment, evidence: bool) -> list[dict[str, Any]]:
    rows = []
    for item in assessment.indicators or []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        row: dict[str, Any] = {"name": item["name"]}
        if evidence:
            quotes = item.get("evidence")
            quotes = quotes if isinstance(quotes, list) else [quotes]
            row["evidence"] = [q for q in quotes if isinstance(q, str)]
        rows.append(row)
    return rows


def _assessment(assessment: Assessment | None, evidence: bool) -> dict[str, Any] | None:
    if assessment is None:
        return None
    return {
        "rubric_version": assessment.rubric_version,
        "urgency": assessment.urgency,
        "category": assessment.category,
        "immediate_danger": assessment.immediate_danger,
        "minor_involved": assessment.minor_involved,
        "indicators": _indicators(assessment, evidence),
    }


def _answers(tip: Tip, fields: tuple[str, ...]) -> dict[str, Any]:
    answers = tip.answers or {}
    return {key: answers[key] for key in fields if key in answers}


def packet(session: Session, tip: Tip, recipient: str, basis: str, related: int) -> dict[str, Any]:
    """The packet's content for this kind of recipient, redacted by its profile."""
    full = recipient == "law_enforcement"
    assessment = latest_assessment(session, tip.id)
    body: dict[str, Any] = {
        "reference": tip.reference,
        "recipient": recipient,
        "legal_basis": basis,
        "exported_at": utcnow().replace(microsecond=0).isoformat() + "Z",
        "reported_at": tip.created_at.replace(microsecond=0).isoformat() + "Z",
        "language": tip.language,
        "urgency": tip.urgency,
        "answers": _answers(tip, FULL_FIELDS if full else SUMMARY_FIELDS),
        "assessment": _assessment(assessment, evidence=full),
    }
    if full:
        body["transcript"] = [
            {"from": "tipster" if m.direction == "in" else "hotline", "at": m.created_at.isoformat(),
             "text": m.body}
            for m in tip.messages
        ]  # fmt: skip
        body["related_tips"] = related
    return body


def to_json(content: dict[str, Any]) -> bytes:
    """The packet as UTF-8 JSON."""
    return json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")


def latin1(text: str) -> str:
    """Text the PDF core fonts can draw: Spanish accents stay, anything else becomes "?"."""
    return text.encode("latin-1", errors="replace").decode("latin-1")


def _pdf_line(pdf: FPDF, label: str, value: Any) -> None:
    text = "Yes" if value is True else "No" if value is False else str(value)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 6, latin1(label), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, latin1(text), new_x="LMARGIN", new_y="NEXT")


def to_pdf(content: dict[str, Any]) -> bytes:
    """The packet as a PDF drawn with the core fonts (latin-1, which covers Spanish)."""
    pdf = FPDF()
    pdf.set_creation_date(utcnow())
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    title = f"Referral packet {content['reference']} for {RECIPIENTS[content['recipient']]}"
    pdf.multi_cell(0, 8, latin1(title), new_x="LMARGIN", new_y="NEXT")
    for key in ("legal_basis", "reported_at", "exported_at", "language", "urgency"):
        _pdf_line(pdf, key.replace("_", " ").capitalize(), content[key])
    for key, value in content["answers"].items():
        _pdf_line(pdf, f"Answer: {key}", value if value is not None else "Not answered")
    assessment = content["assessment"]
    if assessment:
        _pdf_line(pdf, "Assessment", f"{assessment['urgency']}, {assessment['category']}, "
                  f"rubric {assessment['rubric_version']}")  # fmt: skip
        for row in assessment["indicators"]:
            _pdf_line(pdf, f"Indicator: {row['name']}", "; ".join(row.get("evidence", [])) or "-")
    for line in content.get("transcript", []):
        _pdf_line(pdf, f"{line['from']} at {line['at']}", line["text"])
    if "related_tips" in content:
        _pdf_line(pdf, "Related tips", content["related_tips"])
    return bytes(pdf.output())


def export(
    session: Session, tip: Tip, user: StaffUser, recipient: str, fmt: str, related: int
) -> Export:
    """Check role, tip and basis, build the packet, and record the Referral and audit event."""
    if recipient not in RECIPIENTS:
        raise BadChoice(f"Choose a recipient: {', '.join(RECIPIENTS)}.")
    if fmt not in FORMATS:
        raise BadChoice(f"Choose a format: {', '.join(FORMATS)}.")
    if not may_export(user, tip):
        raise NotPermitted("Only a supervisor or the advocate holding this tip may export it.")
    if tip.purged_at is not None:
        raise NoBasis("This tip's content was removed by retention.")
    basis = legal_basis(session, tip, latest_assessment(session, tip.id))
    content = packet(session, tip, recipient, basis, related)
    data = to_pdf(content) if fmt == "pdf" else to_json(content)
    digest = hashlib.sha256(data).hexdigest()
    session.add(Referral(tip_id=tip.id, staff_id=user.id, recipient=recipient,
                         legal_basis=basis, format=fmt, digest=digest))  # fmt: skip
    audit(session, actor=user.name, action="export_referral", tip_id=tip.id,
          detail=f"recipient={recipient} format={fmt} basis={basis}")  # fmt: skip
    name = f"referral-{tip.reference}-{recipient}.{fmt}"
    return Export(data, name, CONTENT_TYPES[fmt], digest)
