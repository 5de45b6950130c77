# Two commands for a new machine:  make run  (open the garden)  and  make test  (the whole suite).
# Both create .venv when missing and reinstall only when pyproject.toml changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: run test lint bench clean translations icons wheel-check package install-desktop uninstall-desktop

run: $(VENV)/.installed-app
	$(BIN)/garden

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(VENV)/.installed-app
	$(BIN)/python -m benchmarks

# The window's words (ui/, Qt's tr): sources here, compiled .qm files beside the code.
TS_FILES := resources/translations/garden_it.ts

# After changing marked words: gather them into the catalogues, keep existing translations,
# compile what the app ships (garden/locale/*/garden.mo). Translate the new entries in
# garden/locale/<lang>/LC_MESSAGES/garden.po and the window's in resources/translations/*.ts
# (Qt Linguist, pyside6-linguist, opens them), then run this again; tests list what is missing.
translations: $(VENV)/.installed-test
	$(BIN)/pybabel extract -F babel.cfg --no-wrap --sort-by-file --project="Relationship Garden" \
		--omit-header -o garden/locale/garden.pot .
	$(BIN)/pybabel update -i garden/locale/garden.pot -d garden/locale -D garden --no-wrap \
		--ignore-obsolete
	$(BIN)/pybabel compile -d garden/locale -D garden --statistics
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative $$(find ui -name '*.py' | sort) \
		-ts $(TS_FILES)
	@mkdir -p ui/resources/translations
	for ts in $(TS_FILES); do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm ui/resources/translations/$$(basename $$ts .ts).qm || exit 1; \
	done

# Packaging (packaging/, README: Install).
# The app icon's PNG sizes, rendered from the drawings in packaging/icons/; the PNGs are
# committed, so this is needed only after editing a drawing (a test says when).
icons: $(VENV)/.installed-app
	$(BIN)/python packaging/make_icons.py

# Build the wheel into dist/, install it into a fresh venv and run garden from there.
wheel-check: | $(VENV)/bin/python
	$(BIN)/python packaging/check_install.py wheel

# A one-folder PyInstaller bundle in dist/relationship-garden/, then run it to prove it starts.
package: $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/relationship-garden.spec
	$(BIN)/python packaging/check_install.py bundle dist/relationship-garden

# The menu entry, metainfo and icon for this user (under $XDG_DATA_HOME), starting .venv's garden.
install-desktop: $(VENV)/.installed-app
	$(BIN)/python packaging/install_desktop.py --exec "$(abspath $(BIN))/garden"

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py --uninstall

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Relationship Garden needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[test,dev]'
	@touch $@ $(VENV)/.installed-app

$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[package]'
	@touch $@ $(VENV)/.installed-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
