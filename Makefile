# Dossier's two commands:
#   make run    start Dossier (with the sample case when the store is empty)
#   make test   run the whole suite (lint, types, tests, line coverage of at least 80 % per module)
# Both set themselves up: .venv, the project with its test extras, the window's
# translations (resources/translations/dossier_*.qm, compiled from the .ts files
# by Qt's lrelease; never committed), and on Debian/Ubuntu the system libraries
# Qt needs (installed when run as root, otherwise the exact apt-get line is printed).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.dossier-installed
DEPS   := sh packaging/linux/system-deps.sh

.PHONY: run test lint check setup translations clean

run: setup
	@$(DEPS) gui
	$(BIN)/dossier gui --sample-if-empty

test: setup
	@$(DEPS) test
	$(BIN)/ruff check desktop_app tests resources benchmarks
	$(BIN)/ruff format --check desktop_app tests resources benchmarks
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov=desktop_app --cov-report=term:skip-covered --durations=15
	$(BIN)/python tests/support/coverage_floor.py

lint: setup
	$(BIN)/ruff check desktop_app tests resources benchmarks
	$(BIN)/mypy

setup: $(STAMP) translations

# Each dossier_<lang>.qm compiled again when its .ts is newer (packaging/qm.py).
translations: $(STAMP)
	@$(BIN)/python packaging/qm.py

$(STAMP): pyproject.toml
	@$(DEPS) venv $(PYTHON)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage
	rm -f resources/translations/*.qm
