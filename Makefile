# superoffice-async. Every target installs what it needs into .venv by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := superoffice_async/_generated

NODE_STAMP := node_modules/.installed

.PHONY: setup node-tools generate check-generated validate-spec spec-drift lint format typecheck docs docs-site test test-pythons ci demo scim-demo bench scim-bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Node tools for the contract tests (Stoplight Prism), pinned by package-lock.json.
node-tools: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

validate-spec: setup
	$(BIN)/openapi-spec-validator openapi/superoffice-user.yaml

## Compare the spec with SuperOffice's Swagger files; fails on a difference not in openapi/deviations.yaml.
spec-drift: setup
	$(BIN)/python tools/spec_drift.py

## Regenerate the client from the spec (deterministic; fails on any generator warning).
generate: setup validate-spec
	$(BIN)/python tools/generate.py $(GENERATED)

## Fail when the committed generated code differs from a fresh generation.
check-generated: setup validate-spec
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python tools/generate.py "$$tmp/_generated" "$$tmp/reference" && \
	if diff -r -x __pycache__ "$$tmp/_generated" $(GENERATED) && \
		diff "$$tmp/reference/models.md" docs/reference/models.md && \
		diff "$$tmp/reference/enums.md" docs/reference/enums.md; then \
		echo "check-generated: $(GENERATED) and the carrier and enum reference pages are up to date"; \
	else \
		echo "check-generated: $(GENERATED) is stale or was edited by hand; run 'make generate'" >&2; \
		exit 1; \
	fi

lint: setup
	$(BIN)/ruff check superoffice_async tools tests bench docs/examples
	$(BIN)/ruff format --check superoffice_async tools tests bench docs/examples

format: setup
	$(BIN)/ruff check --fix superoffice_async tools tests docs/examples
	$(BIN)/ruff format superoffice_async tools tests docs/examples

typecheck: setup
	$(BIN)/mypy

## The manual (mkdocs-material: guides, API reference from the docstrings); a warning fails.
docs: setup
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir "$$tmp/site" && \
	echo "docs: the manual builds without warnings (make docs-site writes site/)"

docs-site: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

## The README's test command: generated code, spec drift, lint, types, docs, tests (on 3.11,
## then again on 3.12 and 3.13 where the machine has them).
test: check-generated spec-drift lint typecheck docs node-tools
	HYPOTHESIS_STORAGE_DIRECTORY=$${TMPDIR:-/tmp}/superoffice-async-hypothesis $(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-pythons

## The test suite on the other supported Pythons, each in its own .venv-3.X; absent ones are
## reported and skipped (a pyenv shim that cannot run counts as absent).
OTHER_PYTHONS ?= 3.12 3.13
test-pythons: node-tools
	@for v in $(OTHER_PYTHONS); do \
		py=""; \
		for c in python$$v $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v*/bin/python$$v; do \
			if $$c -c '' >/dev/null 2>&1; then py=$$c; break; fi; \
		done; \
		if [ -z "$$py" ]; then echo "test-pythons: no Python $$v on this machine, skipped"; continue; fi; \
		venv=.venv-$$v; \
		test -x $$venv/bin/python || $$py -m venv $$venv || exit 1; \
		if [ ! $$venv/.installed -nt pyproject.toml ]; then \
			$$venv/bin/python -m pip install --quiet -e '.[dev]' && touch $$venv/.installed || exit 1; \
		fi; \
		echo "test-pythons: $$($$venv/bin/python -V)"; \
		HYPOTHESIS_STORAGE_DIRECTORY=$${TMPDIR:-/tmp}/superoffice-async-hypothesis-$$v \
			$$venv/bin/python -m pytest -q -p no:cacheprovider || exit 1; \
	done

demo: setup
	$(BIN)/python -m superoffice_async.demo

## The SCIM bridge on the sandbox: a SCIM client provisions users end to end (stops by itself).
scim-demo: setup
	$(BIN)/python -m superoffice_async.scim.demo

clean:
	rm -rf $(VENV) .venv-3.12 .venv-3.13 .mypy_cache .pytest_cache .ruff_cache

## The SCIM bridge's requests per second and SuperOffice calls per request -> bench/scim-results.md
scim-bench: setup
	$(BIN)/python bench/scim.py

## The benchmark: ratios against raw httpx/aiohttp measured in the same run -> bench/results.md
bench: setup
	$(BIN)/python bench/run.py
