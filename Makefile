# Evident's two set-up commands: `make demo` and `make test`. Both install missing Debian packages first.

SWIFT ?= swift
EXAMPLE ?= examples/riverside-family-practice
BINARY = .build/debug/evident

.PHONY: demo test build dependencies lint clean benchmark fuzz

dependencies:
	@scripts/install-dependencies

build: dependencies
	$(SWIFT) build

# Runs the main job on the bundled example. Exit status 1 only means the example has
# findings at or above the fail-on severity, which it is built to have.
demo: build
	@rm -rf $(EXAMPLE)/.evident
	$(BINARY) assess $(EXAMPLE) --output .build/demo-report; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	  echo; echo "Report written to .build/demo-report (report.html, assessment.json, findings.csv)."

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks Fuzz

# Store tests run against SQLite and against a throw-away PostgreSQL server that
# scripts/with-postgres starts in a temporary folder and stops afterwards, also on failure.
test: dependencies lint
	$(SWIFT) build
	scripts/with-postgres $(SWIFT) test

# Measures the CSV reader against wc -l and assess on a large generated workspace; see docs/benchmarks.md.
benchmark: dependencies
	Benchmarks/run-benchmarks.sh

# Fuzzes every evidence reader for FUZZ_SECONDS each; see docs/fuzzing.md.
FUZZ_SECONDS ?= 20
fuzz: dependencies
	Fuzz/run-fuzzers.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build
