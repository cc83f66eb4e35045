# The two commands of the README. Both create .venv and install into it when needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench translations clean

run: $(STAMP)
	$(BIN)/coopbuilder

test: $(STAMP) lint typecheck
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

# Start-up time and memory; render timings, and the LibreOffice comparison (needs python-docx
# from the [bench] extra, Debian's libreoffice-writer-nogui, and poppler's pdftoppm for the chart's
# picture; the bench says what is missing and installs nothing itself).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	$(BIN)/python bench/render.py
	$(BIN)/python bench/startup.py

# After changing or adding GUI strings: bring the .ts files up to date (new strings come in
# unfinished), translate them (.venv/bin/pyside6-linguist resources/translations/*.ts), then run
# this again to build the .qm files. Both are committed; `make test` fails while anything is
# untranslated or a .qm is stale.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update release

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
