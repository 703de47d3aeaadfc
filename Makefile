# unsc-graph: `make demo` builds the bundled graph, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench bench-scale evaluate clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)  ## build the graph of the bundled data into build/ and show a summary
	$(BIN)/unsc-graph build
	$(BIN)/unsc-graph query obligations --format table | head -n 12

test: $(STAMP)  ## run the whole test suite (unit, doctests, notebooks, browser where present)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check graph tests benchmarks scripts

evaluate: $(STAMP)  ## the English gold sample, then the blind sets of issue 16 (tests/blind)
	$(BIN)/python -m graph.evaluate
	$(BIN)/python -m graph.evaluation.blind

bench: $(STAMP)  ## the whole record against the targets of issue 19 (benchmarks/README.md)
	$(BIN)/python -m benchmarks.run

bench-scale: $(STAMP)  ## the whole scale series 1x/4x/16x of the record (about 45 min)
	$(BIN)/python -m benchmarks.scale --sizes 1,4,16

clean:
	rm -rf build .pytest_cache
