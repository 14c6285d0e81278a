# Evident's two set-up commands: `make demo` and `make test`. Both install missing Debian packages first.

SWIFT ?= swift
EXAMPLE ?= examples/riverside-family-practice
BINARY = .build/debug/evident

.PHONY: demo test build dependencies lint clean

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
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks

test: dependencies lint
	$(SWIFT) build
	$(SWIFT) test

clean:
	rm -rf .build
