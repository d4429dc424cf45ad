# The README's two commands: `make run` and `make test`. Both set up everything they need.
# Prefer Python 3.12 (see pyproject.toml: PySide6 6.12 needs it); any Python >= 3.11 works.
PYTHON ?= $(shell for p in python3.12 $(HOME)/.pyenv/versions/3.12*/bin/python3 python3.13 \
	$(HOME)/.pyenv/versions/3.13*/bin/python3 python3; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null && { echo $$p; break; }; done)
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
# One .ts per area: domain_da (errors and labels of the Qt-free layers), report_da (PDF texts),
# ui_da (the window and the command line).
LUPDATE := $(BIN)/pyside6-lupdate -no-obsolete -locations none
update-translations: $(STAMP)
	$(LUPDATE) $$(find plf_desktop/domain plf_desktop/storage plf_desktop/services -name '*.py' | sort) -ts resources/translations/domain_da.ts
	$(LUPDATE) plf_desktop/exports.py $$(find plf_desktop/reports -name '*.py' | sort) -ts resources/translations/report_da.ts
	$(LUPDATE) plf_desktop/cli.py plf_desktop/app.py $$(find plf_desktop/ui -name '*.py' | sort) -ts resources/translations/ui_da.ts

lint: setup
	$(BIN)/ruff check plf_desktop tests benchmarks packaging

package: setup
	bash packaging/build.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
