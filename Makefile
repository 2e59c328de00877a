# diplograph: the one entry point. `make run` serves the graph of the example
# articles on http://127.0.0.1:8080; `make test` runs every test against a
# real Neo4j started from Maven Central (no Docker needed).

SHELL        := /bin/bash
GO           ?= go
VERSION      ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS      := -X main.version=$(VERSION)
BIN          := bin/diplograph
SHARED       ?= ../shared
NEO4J        := tools/neo4j/neo4j.sh

# The database of `make run` (kept between runs) ...
export NEO4J_URI      ?= bolt://127.0.0.1:7687
export NEO4J_USER     ?= neo4j
export NEO4J_PASSWORD ?= diplograph
RUN_PORT     ?= 7687
RUN_DATA     ?= .neo4j/run
# ... and the throw-away one of `make test` (fresh each run).
TEST_PORT    ?= 7688
TEST_DATA    ?= .neo4j/test
export NEO4J_TEST_URI ?= bolt://127.0.0.1:$(TEST_PORT)
ADDR         ?= 127.0.0.1:8080

.PHONY: all build run test test-go eval eval-dev bench generate lint neo4j-start neo4j-stop neo4j-status clean

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/diplograph

## run: local Neo4j (started if none answers), schema, example articles, GraphQL on $(ADDR)
run: build neo4j-start
	$(BIN) migrate
	$(BIN) ingest examples/articles
	$(BIN) serve --addr $(ADDR)

## test: every test against a fresh local Neo4j, stopped afterwards if this started it
test:
	@set -euo pipefail; \
	started=0; \
	trap 'if [ $$started = 1 ]; then NEO4J_PORT=$(TEST_PORT) NEO4J_DATA=$(TEST_DATA) $(NEO4J) stop || true; fi' EXIT; \
	trap 'exit 130' INT TERM; \
	if NEO4J_PORT=$(TEST_PORT) $(NEO4J) status >/dev/null 2>&1; then \
	  echo "make test: reusing the Neo4j already on port $(TEST_PORT)"; \
	else \
	  rm -rf $(TEST_DATA); started=1; \
	  NEO4J_PORT=$(TEST_PORT) NEO4J_DATA=$(TEST_DATA) $(NEO4J) start >/dev/null; \
	fi; \
	$(MAKE) --no-print-directory test-go

# Packages share one test database, so they run one at a time (-p 1).
test-go:
	$(GO) vet ./...
	$(GO) test -p 1 -count=1 -timeout 30m ./...

## eval: extract the seed articles and score them against the gold facts
eval:
	@$(GO) run ./cmd/diplograph extract $(SHARED)/corpus/seeds > /tmp/diplograph-eval.jsonl || true
	@python3 $(SHARED)/eval/score.py $(SHARED)/eval/gold/seeds /tmp/diplograph-eval.jsonl

## eval-dev: the same scoring on the project's own development set (eval/dev)
eval-dev:
	@$(GO) run ./cmd/diplograph extract eval/dev/articles > /tmp/diplograph-eval-dev.jsonl || true
	@python3 $(SHARED)/eval/score.py eval/dev/gold /tmp/diplograph-eval-dev.jsonl

## bench: extractor, ingest and GraphQL benchmarks (needs the test Neo4j; see `make test`)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3x ./...

## generate: regenerate gqlgen code from schema.graphqls
generate:
	$(GO) tool gqlgen generate

lint:
	@test -z "$$(gofmt -l .)" || (gofmt -l .; echo "gofmt: files above need formatting"; exit 1)
	$(GO) vet ./...

neo4j-start:
	@NEO4J_PORT=$(RUN_PORT) NEO4J_DATA=$(RUN_DATA) $(NEO4J) start

neo4j-stop:
	@NEO4J_PORT=$(RUN_PORT) NEO4J_DATA=$(RUN_DATA) $(NEO4J) stop

neo4j-status:
	@NEO4J_PORT=$(RUN_PORT) NEO4J_DATA=$(RUN_DATA) $(NEO4J) status

clean:
	rm -rf bin .neo4j/test
