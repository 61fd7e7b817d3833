# The two set-up commands are `make demo` and `make test`; both build .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CTIP := $(VENV)/bin/ctip
STAMP := $(VENV)/.installed
DEMO_DIR := demo-output

.PHONY: install sysdeps demo test test-fast lint bench model cues lock clean

$(STAMP): pyproject.toml constraints.txt setup.py src/ctip/detect/_fast.c
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[all,dev]'
	$(PY) -m compileall -q -x '/(data|migrations)/' src
	touch $(STAMP)

install: $(STAMP)

# Debian packages for PDF fonts (Khmer, Thai, CJK), pdftoppm, PostgreSQL and headless Chromium.
sysdeps:
	bash scripts/install-system-deps.sh

DEMO_PORT ?= 8000
DEMO_DB := sqlite:///$(DEMO_DIR)/ctip.db

# Prepares the sample workspace and report, creates a demo user (printing its login) and runs
# the case-work app in the foreground (Ctrl-C stops it). `make test` never starts it.
demo: install
	@mkdir -p $(DEMO_DIR)
	@rm -f $(DEMO_DIR)/ctip.db $(DEMO_DIR)/ctip.db-wal $(DEMO_DIR)/ctip.db-shm $(DEMO_DIR)/ctip.db.key
	$(CTIP) ingest examples/sample_posts.jsonl --db $(DEMO_DB)
	$(CTIP) report --db $(DEMO_DB) -o $(DEMO_DIR)/report.html
	$(CTIP) db init --db $(DEMO_DB)
	@PW=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(12))'); \
	printf '%s\n' "$$PW" | $(CTIP) users add demo --role admin --db $(DEMO_DB) --password-stdin; \
	echo ""; \
	echo "Done. The report is $(CURDIR)/$(DEMO_DIR)/report.html (open it in any browser)."; \
	echo "The workspace database is $(CURDIR)/$(DEMO_DIR)/ctip.db (try: $(CTIP) --help)."; \
	echo ""; \
	echo "Case work: open http://127.0.0.1:$(DEMO_PORT)/ and sign in as"; \
	echo "    user name: demo"; \
	echo "    password:  $$PW"; \
	echo "(Ctrl-C stops the server.)"
	$(CTIP) serve --db $(DEMO_DB) --port $(DEMO_PORT)

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
	$(PY) bench/bench_assess.py

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
