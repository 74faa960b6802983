# The app image: web, internal API, Celery worker and beat.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/lantern
COPY pyproject.toml README.md ./
COPY app.py worker.py ./
COPY commands commands
COPY tips tips
COPY triage triage
COPY languages languages
COPY nlu_data nlu_data
COPY webhooks webhooks
COPY hotline hotline
COPY monitoring monitoring
ENV LANTERN_NLU_DATA=/srv/lantern/nlu_data LANTERN_MODELS_DIR=/srv/lantern/models
# The triage model is built into the image from the packaged training data; never fetched.
RUN pip install --no-cache-dir . && python -m triage.model build && useradd --system lantern
USER lantern
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "3", "app:create_app()"]
