# The README's two commands: `make run` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup translations lint update-translations screenshots package clean

run: setup
	$(BIN)/plf-desktop

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new source strings into the .ts files (then translate them, then `make translations`).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find plf_desktop -name '*.py' | sort) -ts $(TS)

lint: setup
	$(BIN)/ruff check plf_desktop tests benchmarks packaging

package: setup
	bash packaging/build.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
