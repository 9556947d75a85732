# superoffice-async. Every target installs what it needs into .venv by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := superoffice_async/_generated

.PHONY: setup generate check-generated validate-spec lint format typecheck test ci demo clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

validate-spec: setup
	$(BIN)/openapi-spec-validator openapi/superoffice-user.yaml

## Regenerate the client from the spec (deterministic; fails on any generator warning).
generate: setup validate-spec
	$(BIN)/python tools/generate.py $(GENERATED)

## Fail when the committed generated code differs from a fresh generation.
check-generated: setup validate-spec
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python tools/generate.py "$$tmp/_generated" && \
	if diff -r -x __pycache__ "$$tmp/_generated" $(GENERATED); then \
		echo "check-generated: $(GENERATED) is up to date"; \
	else \
		echo "check-generated: $(GENERATED) is stale or was edited by hand; run 'make generate'" >&2; \
		exit 1; \
	fi

lint: setup
	$(BIN)/ruff check superoffice_async tools tests
	$(BIN)/ruff format --check superoffice_async tools tests

format: setup
	$(BIN)/ruff check --fix superoffice_async tools tests
	$(BIN)/ruff format superoffice_async tools tests

typecheck: setup
	$(BIN)/mypy

## The README's test command: generated code, lint, types, tests.
test: check-generated lint typecheck
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/python -m superoffice_async.demo

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
