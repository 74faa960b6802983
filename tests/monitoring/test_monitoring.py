"""Health, readiness and metrics: on the right app, honest, and free of identifiers."""

from __future__ import annotations

from celery.signals import task_failure
from flask.testing import FlaskClient

from app import create_internal_app
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE, make_settings
from tests.support.twilio import signature, sms_form

PHONE = "+15550107755"


def test_the_public_app_shows_health_only(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 404
    assert client.get("/metrics").status_code == 404


def test_readiness_is_degraded_without_rasa_and_down_without_a_database(
    internal_client: FlaskClient, redis_url: str
) -> None:
    ready = internal_client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json() == {
        "status": "degraded",
        "checks": {"database": True, "redis": True, "rasa": False},
    }
    dead = make_settings("postgresql://lantern@127.0.0.1:1/none", redis_url)
    down = create_internal_app(dead).test_client().get("/readyz")
    assert down.status_code == 503 and down.get_json()["status"] == "down"


def test_metrics_count_messages_and_tips_without_identifiers(
    client: FlaskClient, internal_client: FlaskClient
) -> None:
    form = sms_form(PHONE, "they took my passport at the farm")
    url = PUBLIC_BASE + "/webhooks/twilio/sms"
    client.post("/webhooks/twilio/sms", data=form,
                headers={"X-Twilio-Signature": signature(AUTH_TOKEN, url, form)})  # fmt: skip
    body = internal_client.get("/metrics").get_data(as_text=True)
    assert 'lantern_messages_total{direction="in"} 1' in body
    assert 'lantern_messages_total{direction="out"} 1' in body
    assert "# TYPE lantern_open_tips gauge" in body
    assert "lantern_task_queue_length" in body
    assert PHONE[2:] not in body and "passport" not in body


def test_metrics_show_request_latency_by_route_and_failed_tasks(
    client: FlaskClient, internal_client: FlaskClient
) -> None:
    for path in ("/healthz", "/healthz", "/healthz", "/no/such/page"):
        client.get(path).close()  # counted once the server closes the response
    app = internal_client.application
    task = app.extensions["celery"].tasks["triage.tasks.assess_tip"]
    task_failure.send(sender=task, task_id="x", exception=RuntimeError("boom"))
    body = internal_client.get("/metrics").get_data(as_text=True)
    assert "# TYPE lantern_request_seconds histogram" in body
    assert 'lantern_request_seconds_count{route="health.alive"} 3' in body
    assert 'lantern_request_seconds_bucket{route="health.alive",le="+Inf"} 3' in body
    assert 'lantern_request_seconds_count{route="unmatched"} 1' in body
    assert 'lantern_task_failures_total{task="triage.tasks.assess_tip"} 1' in body
