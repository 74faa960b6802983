"""The OpenAPI 3.1 description of the JSON API, written out by hand and served as JSON."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify
from flask.typing import ResponseReturnValue

from tips.casework import OUTCOMES
from tips.referrals import FORMATS, RECIPIENTS

bp = Blueprint("hotline_openapi", __name__, url_prefix="/api")

REF = {"name": "reference", "in": "path", "required": True, "schema": {"type": "string"},
       "description": "The tip reference, e.g. K7F-2QM (case and dash optional)."}  # fmt: skip
NULLABLE_STR = {"type": ["string", "null"]}
NULLABLE_BOOL = {"type": ["boolean", "null"]}


def _error(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Error"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _json_body(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    body = {"type": "object", "required": [name], "properties": {name: schema}}
    return {"required": True, "content": {"application/json": {"schema": body}}}


COMMON = {
    "401": _error("No valid bearer token, or it has expired or was revoked."),
    "403": _error(
        "Not allowed for the token's scopes, or the account's queues, role or claim "
        "(the attempt is audited)."
    ),
}
TIP = {"$ref": "#/components/schemas/Tip"}
NO_TIP = _error("No such tip, or none in the account's queues (that attempt is audited).")
ACTION = {**COMMON, "200": _ok("The tip after the action.", TIP), "404": NO_TIP,
          "409": _error("The tip's state does not allow this action.")}  # fmt: skip

SUMMARY = {
    "type": "object",
    "properties": {
        "reference": {"type": "string"},
        "urgency": {"enum": ["critical", "high", "medium", "low", "none", None]},
        "category": NULLABLE_STR,
        "queue": NULLABLE_STR,
        "language": {"type": "string"},
        "region": NULLABLE_STR,
        "status": {"enum": ["open", "claimed", "resolved"]},
        "created_at": {"type": "string", "format": "date-time"},
        "immediate_danger": NULLABLE_BOOL,
        "minor_involved": NULLABLE_BOOL,
        "escalated": {"type": "boolean"},
        "claimed_by": NULLABLE_STR,
    },
}
TIP_SCHEMA = {
    "allOf": [
        {"$ref": "#/components/schemas/TipSummary"},
        {
            "type": "object",
            "properties": {
                "answers": {"type": "object"},
                "transcript": {"type": "array", "items": {"type": "object", "properties": {
                    "direction": {"enum": ["in", "out"]}, "body": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"}}}},
                "indicators": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "evidence": {}}}},
                "rubric_version": NULLABLE_STR,
                "outcome": {"enum": [*OUTCOMES, None]},
                "notes": {"type": "array", "items": {"type": "object", "properties": {
                    "author": {"type": "string"}, "body": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"}}}},
            },
        },
    ]
}  # fmt: skip
QUEUE = {
    "type": "object",
    "properties": {
        "queue": {"type": "string"},
        "open": {"type": "integer"},
        "by_urgency": {"type": "object", "additionalProperties": {"type": "integer"}},
    },
}


def _paths() -> dict[str, Any]:
    list_params = [
        {"name": "queue", "in": "query", "schema": {"type": "string", "pattern": "^[a-z0-9_-]{1,48}$"}},
        {"name": "status", "in": "query", "schema": {"enum": ["open", "claimed", "resolved"]}},
        {"name": "language", "in": "query", "schema": {"type": "string"}},
        {"name": "region", "in": "query", "schema": {"type": "string"},
         "description": "Only tips triage placed in this region (letters, digits, '_' or '-')."},
    ]  # fmt: skip
    return {
        "/api/v1/queues": {"get": {
            "summary": "Queues the account may see, with open tips counted by urgency.",
            "responses": {**COMMON, "200": _ok("Queues.", {"type": "array", "items": QUEUE})}}},
        "/api/v1/tips": {"get": {
            "summary": "Tips, most urgent first, then oldest first.", "parameters": list_params,
            "responses": {**COMMON, "400": _error("Malformed queue name."), "200": _ok(
                "Tips.", {"type": "array", "items": {"$ref": "#/components/schemas/TipSummary"}})}}},
        "/api/v1/tips/{reference}": {"get": {
            "summary": "One tip, with transcript, answers and the assessment's indicators.",
            "parameters": [REF],
            "responses": {**COMMON, "200": _ok("The tip.", TIP), "404": NO_TIP}}},
        "/api/v1/tips/{reference}/claim": {"post": {
            "summary": "Claim the tip.", "parameters": [REF], "responses": ACTION}},
        "/api/v1/tips/{reference}/notes": {"post": {
            "summary": "Add a note for colleagues.", "parameters": [REF],
            "requestBody": _json_body("body", {"type": "string", "maxLength": 5000}),
            "responses": {**ACTION, "400": _error("No body.")}}},
        "/api/v1/tips/{reference}/resolve": {"post": {
            "summary": "Resolve with an outcome (advocates must hold the claim).",
            "parameters": [REF], "requestBody": _json_body("outcome", {"enum": list(OUTCOMES)}),
            "responses": {**ACTION, "400": _error("No outcome.")}}},
        "/api/v1/tips/{reference}/release": {"post": {
            "summary": "Give the tip back to its queue (its holder, or a supervisor).",
            "parameters": [REF], "responses": ACTION}},
        "/api/v1/tips/{reference}/escalate": {"post": {
            "summary": "Raise the tip above every other open tip (its holder, or a supervisor).",
            "parameters": [REF], "responses": ACTION}},
        "/api/v1/tips/{reference}/override": {"post": {
            "summary": "Change urgency or queue with a reason, kept as an override (its holder, "
                       "or a supervisor; only a supervisor lowers a critical tip).",
            "parameters": [REF], "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"type": "object", "required": ["field", "value", "reason"], "properties": {
                    "field": {"enum": ["urgency", "queue"]}, "value": {"type": "string"},
                    "reason": {"type": "string", "maxLength": 1000}}}}}},
            "responses": {**ACTION, "400": _error("A field is missing.")}}},
        "/api/v1/tips/{reference}/referral": {"post": {
            "summary": "Export a referral packet (supervisors, or the advocate holding the tip); "
                       "needs a legal basis: a minor, imminent harm, or the tipster's consent.",
            "parameters": [REF], "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"type": "object", "required": ["recipient", "format"], "properties": {
                    "recipient": {"enum": list(RECIPIENTS)}, "format": {"enum": list(FORMATS)}}}}}},
            "responses": {**COMMON, "400": _error("Unknown recipient or format."),
                          "403": _error("Not allowed to export this tip."),
                          "404": NO_TIP, "409": _error("No legal basis."),
                          "200": {"description": "The packet as a file.", "content": {
                              "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                              "application/json": {"schema": {"type": "object"}}}}}}},
        "/api/openapi.json": {"get": {
            "summary": "This document.", "security": [],
            "responses": {"200": {"description": "The OpenAPI document."}}}},
    }  # fmt: skip


def document() -> dict[str, Any]:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Lantern hotline API",
            "version": "1",
            "description": "Staff access to queues and tips. Every call is audited; advocates "
            "see only the queues they are assigned. A token has the read scope (GET routes) "
            "and maybe act (the POST routes, which also need read); it expires (90 days by "
            "default, a year at most) and can be revoked at /staff/account/tokens.",
        },
        "security": [{"bearer": []}],
        "paths": _paths(),
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A token from `lantern staff token NAME`; shown once.",
                }
            },
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
                "TipSummary": SUMMARY,
                "Tip": TIP_SCHEMA,
            },
        },
    }


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    """Serve the API description; it holds no data, so it needs no token."""
    return jsonify(document())
