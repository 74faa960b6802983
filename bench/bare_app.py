"""The peer of the edge-only benchmark: a bare Flask app that answers a constant TwiML.

Served by gunicorn with the same options as the public web app:
`gunicorn ... "bench.bare_app:create_app()"`.
"""

from __future__ import annotations

from flask import Flask, Response

TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>ok</Message></Response>'


def create_app() -> Flask:
    """One route, on the SMS webhook's path, that reads nothing and checks nothing."""
    app = Flask(__name__)

    @app.post("/webhooks/twilio/sms")
    def constant() -> Response:
        return Response(TWIML, mimetype="application/xml")

    return app
