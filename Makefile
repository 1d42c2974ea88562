# Two commands on a fresh machine: `make demo` runs the library on the seed article, `make test` runs the tests.
# Each creates the virtual environment it needs in .venv and installs the package with its dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast typecheck browser eval baseline bench bench-trace soak install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The browser test of the HTML view needs headless Chromium: install it where we can (root with apt-get);
# elsewhere that one test is skipped. Only `make test` asks for it, never `make demo` or `make install`.
browser:
	@command -v chromium >/dev/null || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/attribution extract examples/espreso-2024-03-15-kaluga-belgorod.txt

# The whole suite, the corpus ratchet and the browser test included (a few minutes; see README).
test: $(STAMP) browser typecheck
	$(BIN)/python -m pytest -q

# mypy over the package (its settings in pyproject.toml); part of `make test`.
typecheck: $(STAMP)
	$(BIN)/python -m mypy attribution

# Everything but the tests marked slow (the corpus ratchet, the notebook, long inputs) and the browser test.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

eval: $(STAMP)
	@for split in $(SPLITS); do echo "== $$split"; $(BIN)/attribution eval $$split --quiet | sed -n '1,20p'; done

SPLITS := $(sort $(dir $(wildcard corpus/*/*.gold.json corpus/*/*/*.gold.json)))

baseline: $(STAMP)
	@for split in $(SPLITS); do \
		$(BIN)/attribution eval $$split --quiet --baseline corpus/baseline.json --write-baseline >/dev/null || exit 1; \
		echo "baseline: $$split"; done

# Speed and memory against bare spaCy (about half an hour on 2 vCPUs); BENCH_ARGS="--quick" for a smoke run.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --quality $(BENCH_ARGS)

# attribution.trace over 10,000 synthetic articles (the goal: under a minute); see docs/across-articles.md.
bench-trace: $(STAMP)
	$(BIN)/python benchmarks/trace_bench.py $(BENCH_TRACE_ARGS)

# Property tests over 100,000 generated and mutated inputs (about an hour and a half on 2 vCPUs); not part of
# `make test`. SOAK_ARGS="--cases 5000" for a short run; failing inputs go to soak-failures.jsonl.
soak: $(STAMP)
	$(BIN)/python -m tests.soak --cases 100000 $(SOAK_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
