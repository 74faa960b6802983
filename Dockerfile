# The app image: web, internal API, Celery worker and beat.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/lantern
COPY pyproject.toml README.md ./
COPY app.py worker.py ./
COPY commands commands
COPY tips tips
COPY triage triage
COPY webhooks webhooks
COPY hotline hotline
COPY monitoring monitoring
RUN pip install --no-cache-dir . && useradd --system lantern
USER lantern
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "3", "app:create_app()"]
