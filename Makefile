# Tally: `make serve` to use the app, `make test` to check everything. Both install what is missing.
#
#   make serve   tools + release build, served on http://127.0.0.1:8080
#   make test    fmt, clippy (native + wasm), cargo test, wasm tests in Chromium, release build,
#                page weight, end-to-end tests in Chromium, docs
#   make dist    the release app in dist/
#   make tools   install what is missing (scripts/install-tools.sh)
#   make watch   trunk serve: rebuild and reload on every change (development)
#   make e2e     only the end-to-end tests, against the dist/ that is there
#   make bench   scripts/bench.sh        make fuzz   scripts/fuzz.sh
#   make release the command line built profile-guided (scripts/pgo.sh): target/pgo/release/tally

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# npm's binaryen (wasm-opt 132) must come before anything else: Debian's 108 breaks the app.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export CARGO_TERM_COLOR ?= $(if $(CI),never,auto)
# A CI run builds once: incremental caches (about 360 MB in target/) would never be read.
ifdef CI
export CARGO_INCREMENTAL ?= 0
endif

WASM := --target wasm32-unknown-unknown
PORT ?= 8080
# Browser test files: the tests/*.rs that use wasm-bindgen-test. Only these are built for wasm,
# so native-only integration tests need no cfg gate.
WEB_TESTS := $(foreach f,$(shell grep -l wasm_bindgen_test tests/*.rs 2>/dev/null),--test $(basename $(notdir $(f))))
E2E_SPECS = $(wildcard tests/e2e/*.spec.mjs)
# One end-to-end test may take this long before it fails (a hung browser must not hang CI).
E2E_TIMEOUT_MS ?= 180000
# The steps of `make test`, in order: cheap checks first, the browser last.
TEST_STEPS := tools fmt clippy test-native test-py test-wasm dist budget e2e doc

.PHONY: help tools serve watch dist test $(TEST_STEPS) bench fuzz release

help:
	@sed -n '1,/^$$/p' Makefile | sed 's/^# \{0,1\}//'

tools:
	@bash scripts/install-tools.sh

serve: dist
	@echo "Tally: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	@node scripts/serve.mjs dist $(PORT)

watch: tools
	trunk serve --release --port $(PORT)

# Within `make test` the tools step has run already: SKIP_TOOLS=1 saves a second check.
dist: $(if $(SKIP_TOOLS),,tools)
	trunk build --release
	@if [ -f scripts/single_file.py ]; then python3 scripts/single_file.py dist; fi

# Runs every step even after a failure (so one run shows everything that is wrong), except that
# budget and e2e are skipped when dist failed, and nothing runs when the tools could not be
# installed. The last line says ALL PASSED or lists what failed; any failure fails `make test`.
test:
	@start=$$(date +%s); passed=(); failed=(); times=(); \
	for step in $(TEST_STEPS); do \
	  if [[ " $${failed[*]} " == *" dist "* && ( $$step == budget || $$step == e2e ) ]]; then \
	    echo; echo "===== make test: $$step skipped: dist failed ====="; failed+=("$$step(skipped)"); continue; \
	  fi; \
	  echo; echo "===== make test: $$step ====="; t=$$(date +%s); \
	  if $(MAKE) --no-print-directory SKIP_TOOLS=1 $$step; then passed+=("$$step"); r=ok; \
	  else failed+=("$$step"); r=FAILED; fi; \
	  times+=("$$step $$(( $$(date +%s) - t ))s"); echo "----- $$step: $$r in $$(( $$(date +%s) - t ))s"; \
	  if [[ $$r == FAILED && $$step == tools ]]; then break; fi; \
	done; \
	echo; echo "make test: steps: $$(IFS=,; echo "$${times[*]}" | sed 's/,/, /g')"; \
	echo "make test: target/ holds $$(du -sh target 2>/dev/null | cut -f1), $$(df -h . | awk 'NR==2 {print $$4}') free on its disk"; \
	secs=$$(( $$(date +%s) - start )); echo; \
	if [[ $${#failed[@]} -eq 0 ]]; then echo "make test: ALL PASSED ($${passed[*]}) in $${secs}s"; \
	else echo "make test: FAILED: $${failed[*]} (passed: $${passed[*]:-none}) in $${secs}s"; exit 1; fi

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --bins $(WEB_TESTS) -- -D warnings

test-native:
	cargo test --no-fail-fast

# Tests of the Python build scripts (tests/*_test.py, standard library unittest).
test-py:
	@if ls tests/*_test.py >/dev/null 2>&1; then python3 -B -m unittest discover -s tests -p '*_test.py'; \
	else echo "no tests/*_test.py"; fi

# chromedriver makes a 100 MB browser profile in $$TMPDIR for each test binary and leaves it
# behind; here it goes under target/ and is removed whatever the result.
test-wasm:
	@if [ -z "$(WEB_TESTS)" ]; then echo "no wasm-bindgen tests in tests/"; exit 1; fi
	@rm -rf target/chromium-tmp && mkdir -p target/chromium-tmp
	@echo "cargo test $(WASM) $(WEB_TESTS)"
	@status=0; TMPDIR=$(CURDIR)/target/chromium-tmp cargo test $(WASM) $(WEB_TESTS) || status=$$?; \
	rm -rf target/chromium-tmp; exit $$status

budget:
	@bash scripts/budget.sh dist

e2e:
	@if [ ! -f dist/index.html ]; then echo "dist/ is missing: run make dist" >&2; exit 1; fi
	node --test --test-concurrency=1 --test-timeout=$(E2E_TIMEOUT_MS) --test-reporter=spec $(E2E_SPECS)

# Documents private items too (this is an app, its readers are its developers), so links to
# private items are fine; every other rustdoc warning fails.
doc:
	RUSTDOCFLAGS="-D warnings -A rustdoc::private-intra-doc-links" cargo doc --no-deps --document-private-items --quiet

bench:
	@if [ -f scripts/bench.sh ]; then bash scripts/bench.sh; \
	else echo "make bench: scripts/bench.sh does not exist yet (the benchmarks' owner adds it)"; exit 1; fi

# The native command line, profile-guided: about 10% faster than `cargo build --release`, with
# the same output. Trained on tests/fixtures (scripts/pgo.sh).
release:
	@bash scripts/pgo.sh

fuzz:
	@if [ -f scripts/fuzz.sh ]; then bash scripts/fuzz.sh; \
	else echo "make fuzz: scripts/fuzz.sh does not exist yet (the fuzzing's owner adds it)"; exit 1; fi
