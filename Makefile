# Every target bootstraps what it needs: a venv in .venv and npm packages in node_modules.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: demo test test-py310 test-wheel generate check-generated lint typecheck bench update-spec docs clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

venv: $(VENV)/.installed
npm: node_modules/.installed

# The quickstart against the in-process mock (sinch_provisioning.testing): no Node, no network.
demo: $(VENV)/.installed
	$(PY) examples/quickstart.py

test: $(VENV)/.installed node_modules/.installed
	$(PY) -m pytest

# The runtime on the oldest supported Python. Generation tools need 3.11, so tests of codegen/
# (and of generated-file formatting) stay on the main venv. Skipped where no 3.10 is installed.
test-py310: node_modules/.installed
	@py=""; for c in python3.10 "$$(pyenv root 2>/dev/null)"/versions/3.10.*/bin/python3.10; do \
		if "$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then py="$$c"; break; fi; \
	done; \
	if [ -z "$$py" ]; then echo "test-py310: skipped, no Python 3.10 found"; exit 0; fi; \
	set -e; [ -x .venv310/bin/python ] || "$$py" -m venv .venv310; \
	.venv310/bin/python -m pip install --quiet -e . pytest==9.0.3 pytest-asyncio==1.3.0 respx==0.22.0 \
		'hypothesis>=6.100' PyYAML==6.0.3; \
	.venv310/bin/python -m pytest -q -p no:cacheprovider --ignore=tests/test_bench_smoke.py \
		--ignore=tests/test_update_spec.py --ignore=tests/test_e164.py --ignore=tests/test_pagination.py \
		--ignore=tests/test_webhooks_mapping.py --ignore=tests/test_normalise.py \
		--ignore=tests/test_webhooks_starlette.py \
		--ignore=tests/test_docstrings.py --ignore=tests/test_api_reference.py

# The wheel as users get it: build sdist + wheel, check their contents, install the wheel into a new venv
# and run the runtime tests against it from a folder outside the checkout (devtools/wheel_check.py).
test-wheel: $(VENV)/.installed
	$(PY) -m devtools.wheel_check

generate: $(VENV)/.installed
	$(PY) -m codegen.generate

check-generated: $(VENV)/.installed
	$(PY) -m codegen.generate --check

# make update-spec SPEC=path/to/new.yaml [FAIL_ON_BREAKING=1] [STRICT=1]: vendor, regenerate, report
# (codegen/update_spec.py). STRICT=1 turns webhook typing warnings into a failure.
update-spec: $(VENV)/.installed
	$(PY) -m codegen.update_spec $(SPEC) $(if $(filter 1 true yes,$(FAIL_ON_BREAKING)),--fail-on-breaking) \
		$(if $(filter 1 true yes,$(STRICT)),--strict)

lint: $(VENV)/.installed
	$(BIN)/ruff check codegen devtools overrides tests bench examples
	$(BIN)/ruff format --check codegen devtools overrides tests bench examples

# overrides/ and generated/ form one package; MYPYPATH joins them as the wheel does.
typecheck: $(VENV)/.installed
	MYPYPATH=overrides:generated $(BIN)/mypy -p sinch_provisioning -p sinch_provisioning.api \
		-p sinch_provisioning.models -m sinch_provisioning.client -m sinch_provisioning.types
	MYPYPATH=overrides:generated $(BIN)/mypy codegen devtools bench examples

bench: $(VENV)/.installed
	$(PY) -m bench

# The HTML API reference (pdoc) of the package as installed (overrides/ + generated/), into site/.
docs: $(VENV)/.installed
	$(PY) -m devtools.docs

clean:
	rm -rf $(VENV) node_modules build site .pytest_cache .mypy_cache
