# The two commands of the README. Both create .venv and install into it when needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench translations lock test-latest clean

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

# Start-up time and memory; render timings, and the LibreOffice comparison (needs python-docx,
# locked with the tests, Debian's libreoffice-writer-nogui, and poppler's pdftoppm for the chart's
# picture; the bench says what is missing and installs nothing itself).
bench: $(STAMP)
	$(BIN)/python bench/render.py
	$(BIN)/python bench/commands.py
	$(BIN)/python bench/startup.py

# After changing or adding GUI strings: bring the .ts files up to date (new strings come in
# unfinished), translate them (.venv/bin/pyside6-linguist resources/translations/*.ts), then run
# this again to build the .qm files. Both are committed; `make test` fails while anything is
# untranslated or a .qm is stale.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update release

# Installs exactly the locked versions (with their hashes), then the project itself without
# resolving anything again: a fresh machine gets the versions CI passed with.
LOCK := requirements/dev.lock
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# After changing the dependencies in pyproject.toml: resolve them again for every platform and
# commit pyproject.toml with both lock files. The versions already locked stay where pyproject.toml
# still allows them; `make lock UPGRADE=1` moves every package to the newest version allowed.
# requirements/dev.lock: the program, the tests, PostgreSQL, the build backend and uv;
# requirements/app.lock: the program alone, the same versions.
UV_COMPILE = $(BIN)/uv pip compile --universal --generate-hashes \
	--python-version 3.11 --quiet --custom-compile-command 'make lock'
lock: $(STAMP)
	$(UV_COMPILE) pyproject.toml requirements/build.in $(if $(UPGRADE),--upgrade) \
		--extra test --extra postgres --extra lock --extra dist -o $(LOCK)
	$(UV_COMPILE) pyproject.toml -c $(LOCK) -o requirements/app.lock

# Not part of CI: the newest versions pyproject.toml allows, in a venv of their own, with the
# whole suite, to see breakage coming before `make lock` takes it in.
LATEST := .venv-latest
test-latest:
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[test,postgres]'
	$(LATEST)/bin/ruff check src tests bench scripts
	$(LATEST)/bin/mypy
	$(LATEST)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(LATEST)/bin/pytest -q

clean:
	rm -rf $(VENV) $(LATEST) .mypy_cache .pytest_cache .ruff_cache .hypothesis

# The frozen program for people without Python (README, "Install"): PyInstaller's one-folder
# build in dist/CoopBuilder, from requirements/app.lock plus the PyInstaller locked in
# requirements/dev.lock, in a venv of their own (.venv-dist), and the wheel of this checkout
# (scripts/build_dist.py; packaging/coopbuilder.spec says what goes in). `make dist-test` then
# runs the built program (tests/dist/smoke_dist.py, which `make test` does not collect).
.PHONY: dist dist-test
dist: $(STAMP)
	$(BIN)/python scripts/build_dist.py

dist-test: dist
	$(BIN)/pytest -q -p no:cacheprovider tests/dist/smoke_dist.py
