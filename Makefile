# build_digest: `make site` builds the site from seeds/, `make test` runs every test.
# Both set up .venv from the pinned requirements on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: site docs test lint browser-deps serve screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(RUNTIME_STAMP) $@

## docs: the build step only (seeds/ -> Markdown in docs/)
docs: $(RUNTIME_STAMP)
	$(BIN)/python -m build_digest build

## site: build step, then `mkdocs build --strict` (and the search index) into site/
site: $(RUNTIME_STAMP)
	$(BIN)/python -m build_digest site

serve: $(RUNTIME_STAMP)
	$(BIN)/python -m build_digest build
	$(BIN)/mkdocs serve

## browser-deps: Debian's Chromium for the browser tests (installed when running as root)
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will fail in CI" >&2; \
	  else echo "note: chromium is missing (sudo apt-get install chromium); browser tests are skipped" >&2; fi; }

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

## test: lint, then every test (unit, end-to-end site build, browser)
test: $(DEV_STAMP) browser-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

## screenshots: run the browser tests, then copy their screenshots into docs/assets/screenshots/
## (shown in the README; commit them)
screenshots: $(DEV_STAMP) browser-deps
	$(BIN)/python -m pytest -q tests/test_browser.py -k screenshots
	mkdir -p docs/assets/screenshots
	cp tests/artifacts/screenshots/*.png docs/assets/screenshots/

clean:
	rm -rf site .pytest_cache .ruff_cache tests/artifacts
