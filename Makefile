# Lantern: `make run` starts the whole system locally; `make test` builds what it needs and tests it.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
RASA_VENV := .venv-rasa
BIN := $(VENV)/bin
RASA_BIN := $(RASA_VENV)/bin
LANTERN := $(BIN)/lantern

.PHONY: help run test test-app test-bot train triage-model lint format clean eval-nlu eval-triage chromium venvs

help: ## Show the targets and what they do
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(RASA_VENV)/.installed: bot/requirements.txt
	"$$(scripts/python310)" -m venv $(RASA_VENV)
	$(RASA_BIN)/pip install --quiet --upgrade "pip<25"
	$(RASA_BIN)/pip install --quiet -r bot/requirements.txt
	touch $@

venvs: $(VENV)/.installed $(RASA_VENV)/.installed

train: venvs ## Train the bot (skipped when the cached model matches bot/ and nlu_data/)
	$(LANTERN) train

triage-model: $(VENV)/.installed ## Build the triage model (skipped when the cached one matches its training data)
	$(BIN)/python -m triage.model build

run: venvs train triage-model ## Run everything locally: web on PORT (8000), Rasa, actions, worker, beat, Redis
	$(LANTERN) init-env
	$(LANTERN) db-upgrade
	$(BIN)/honcho start -f Procfile -p $(PORT)

chromium: ## Install Debian's Chromium for the browser tests when it is missing
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium; } || \
	  { echo "Install Chromium (Debian: apt-get install chromium) for the browser tests"; exit 1; }

test: venvs train chromium ## Build what is needed and run every test
	$(MAKE) lint
	$(MAKE) test-bot
	$(MAKE) test-app

test-bot: venvs train ## The bot alone: data validation, action tests, test stories
	$(RASA_BIN)/rasa data validate --fail-on-warnings --domain bot/domain.yml --data bot/data nlu_data --config bot/config.yml
	LANTERN_MODEL="$$($(LANTERN) model-path)" $(RASA_BIN)/python -m pytest tests/bot -q --confcutdir tests/bot -p no:cacheprovider
	$(RASA_BIN)/rasa test core --model "$$($(LANTERN) model-path)" --stories tests/bot/stories --fail-on-prediction-errors --out var/rasa-results

eval-nlu: $(RASA_VENV)/.installed ## Cross-validate the NLU model and print intent macro-F1 per language
	$(RASA_BIN)/python bot/eval_nlu.py

test-app: venvs train triage-model chromium ## The app and the whole system end to end
	$(BIN)/python -m pytest -q

eval-triage: triage-model ## Score the triage on every labelled set: figures per set and per language
	$(BIN)/python -m triage.evaluate

lint: $(VENV)/.installed ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.installed ## Reformat the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## Remove local state (database, models, virtual environments)
	rm -rf var models $(VENV) $(RASA_VENV)
