# slaadmin — two commands matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
export QT_QPA_PLATFORM ?= offscreen

# Debian packages the headless Qt tests and PDF checks need.
DEBIAN_PKGS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
               libglib2.0-0 poppler-utils

.PHONY: run test soak bench lint forms messages venv system-deps clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  echo "python3-venv missing; installing it"; \
	  apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); }
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e ".[test,dev]"
	@touch $@

venv: $(VENV)/.installed

system-deps:
	@missing=""; for p in $(DEBIAN_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

run: venv system-deps
	env -u QT_QPA_PLATFORM $(VENV)/bin/slaadmin

test: venv system-deps
	$(PY) -m pytest -q -p no:cacheprovider

soak: venv system-deps
	SLAADMIN_SOAK=1 $(PY) -m pytest -q -p no:cacheprovider tests

bench: venv
	$(PY) -m tests.bench

lint: venv
	$(VENV)/bin/ruff check slaadmin tests
	$(VENV)/bin/ruff format --check slaadmin tests
	$(VENV)/bin/mypy

forms: venv
	@for f in ui/*.ui; do \
	  n=$$(basename $$f .ui); \
	  $(VENV)/bin/pyside6-uic --no-autoconnection $$f -o slaadmin/gui/forms/ui_$$n.py; \
	done

messages: venv
	$(VENV)/bin/pybabel extract -F translations/babel.cfg -k N_ -k ngettext:1,2 -k t -k nt:1,2 \
	  --project=slaadmin --no-location --sort-output -o translations/slaadmin.pot .
	for l in es en pl; do \
	  if [ -f translations/$$l/LC_MESSAGES/slaadmin.po ]; then \
	    $(VENV)/bin/pybabel update -i translations/slaadmin.pot -d translations -D slaadmin -l $$l --no-fuzzy-matching --ignore-obsolete; \
	  else \
	    $(VENV)/bin/pybabel init -i translations/slaadmin.pot -d translations -D slaadmin -l $$l; \
	  fi; \
	done
	$(PY) -m slaadmin.i18n_extract translations

clean:
	rm -rf $(VENV) build dist *.egg-info
