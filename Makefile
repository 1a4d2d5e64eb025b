# Copydesk: `make run` for the demo, `make test` for the whole suite. Both start from plain Python.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The CPU build: a bare `torch` requirement would pull a multi-GB CUDA build.
TORCH := torch==2.13.0
export COPYDESK_TEST_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: install run test lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(BIN)/ruff check plugin adapters tests bench
	$(BIN)/mypy plugin adapters
	$(BIN)/lint-imports

test: lint
	scripts/install-chromium
	$(BIN)/pytest

run: install
	$(BIN)/copydesk db upgrade
	$(BIN)/copydesk model prepare
	$(BIN)/copydesk catalog import plugin/demo/demo_catalog.csv --shop demo
	@echo
	@echo "Open http://127.0.0.1:8000/ and log in with this token:"
	@$(BIN)/copydesk shop token --shop demo | tail -n 1
	@echo
	@# One gunicorn process: its job threads share one copy of the model in memory.
	COPYDESK_SERVER_WORKERS=$${COPYDESK_SERVER_WORKERS:-1} $(BIN)/copydesk serve --host 127.0.0.1 --port 8000
