# The two set-up commands are `make demo` and `make test`; both build .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CTIP := $(VENV)/bin/ctip
STAMP := $(VENV)/.installed
DEMO_DIR := demo-output

.PHONY: install sysdeps demo test test-fast lint bench model cues lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[all,dev]'
	$(PY) -m compileall -q -x '/(data|migrations)/' src
	touch $(STAMP)

install: $(STAMP)

# Debian packages for PDF fonts (Khmer, Thai, CJK), pdftoppm, PostgreSQL and headless Chromium.
sysdeps:
	bash scripts/install-system-deps.sh

demo: install
	@mkdir -p $(DEMO_DIR)
	@rm -f $(DEMO_DIR)/ctip.db
	$(CTIP) ingest examples/sample_posts.jsonl --db sqlite:///$(DEMO_DIR)/ctip.db
	$(CTIP) report --db sqlite:///$(DEMO_DIR)/ctip.db -o $(DEMO_DIR)/report.html
	@echo ""
	@echo "Done. Open $(CURDIR)/$(DEMO_DIR)/report.html in a browser."
	@echo "The workspace database is $(CURDIR)/$(DEMO_DIR)/ctip.db (try: $(CTIP) --help)."

test: install sysdeps
	$(PY) -m pytest -q -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check src tests bench scripts data/corpus/scripts

# Speed and memory as whole processes on this machine; results are quoted in docs/benchmarks.md.
# Byte-compile first: where PYTHONDONTWRITEBYTECODE is set, ctip's own modules would be
# compiled again at every start otherwise (site-packages are compiled by pip).
bench: install
	$(PY) -m compileall -q -x '/(data|migrations)/' src
	$(PY) bench/bench_screen.py 20000
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_link.py 50000
	$(PY) bench/quality.py

# After editing src/ctip/data/indicators/*.yaml: the shipped compiled tables and docs/indicators.md.
cues: install
	$(PY) scripts/compile_cues.py
	$(PY) scripts/gen_indicator_docs.py

model: install
	$(CTIP) train data/corpus/parts/*.jsonl -o src/ctip/data/models/risk.v1.npz

# After changing dependencies in pyproject.toml: pin what a fresh install resolves to.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install -q --upgrade pip
	.lock-venv/bin/python -m pip install -q -e '.[all,dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^ctip' > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
