"""Entry point for Celery: `celery -A worker worker` and `celery -A worker beat`."""

from app import create_internal_app

celery = create_internal_app().extensions["celery"]
