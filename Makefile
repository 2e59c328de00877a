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
# ... and the one of `make bench` (kept: its generated graphs are reused).
BENCH_PORT   ?= 7689
BENCH_DATA   ?= .neo4j/bench
export NEO4J_TEST_URI ?= bolt://127.0.0.1:$(TEST_PORT)
ADDR         ?= 127.0.0.1:8080

.PHONY: all build run test test-go chromium eval eval-dev eval-all eval-real eval-real-test eval-resolve eval-resolve-go bench bench-go bench-peer bench-peer-go peer-deps loadtest loadtest-go generate lint neo4j-start neo4j-stop neo4j-status clean

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/diplograph

## run: local Neo4j (started if none answers), schema, example articles, GraphQL on $(ADDR)
run: build neo4j-start
	$(BIN) migrate
	$(BIN) ingest examples/articles
	$(BIN) serve --addr $(ADDR)

# with_neo4j runs `make $(1)` against a local Neo4j on port $(2) with data in
# $(3): it reuses one that already answers there, else starts one (wiping
# the data first when $(4) is "fresh") and stops it afterwards, on failure
# and interrupt too.
define with_neo4j
	@set -euo pipefail; \
	started=0; \
	trap 'if [ $$started = 1 ]; then NEO4J_PORT=$(2) NEO4J_DATA=$(3) $(NEO4J) stop || true; fi' EXIT; \
	trap 'exit 130' INT TERM; \
	if NEO4J_PORT=$(2) $(NEO4J) status >/dev/null 2>&1; then \
	  echo "make $(1): reusing the Neo4j already on port $(2)"; \
	else \
	  if [ "$(4)" = fresh ]; then rm -rf $(3); fi; started=1; \
	  NEO4J_PORT=$(2) NEO4J_DATA=$(3) $(NEO4J) start >/dev/null; \
	fi; \
	NEO4J_TEST_URI=bolt://127.0.0.1:$(2) $(MAKE) --no-print-directory $(1)
endef

## test: every test against a fresh local Neo4j, stopped afterwards if this started it
test:
	$(call with_neo4j,test-go,$(TEST_PORT),$(TEST_DATA),fresh)

# Packages share one test database, so they run one at a time (-p 1).
test-go: chromium
	$(GO) vet ./...
	$(GO) test -p 1 -count=1 -timeout 30m ./...

# The browser tests of web/ drive Debian's headless Chromium: install it
# when the machine lacks it (CI on a fresh machine; root, or sudo).
CHROMIUM_BIN ?= /usr/bin/chromium
chromium:
	@if [ ! -x "$(CHROMIUM_BIN)" ] && [ -z "$$CHROMIUM" ]; then \
	  echo "make chromium: $(CHROMIUM_BIN) missing; installing chromium from Debian for the browser tests"; \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium >/dev/null; \
	fi

## eval: extract the seed articles and score them against the gold facts
eval:
	@out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	$(GO) run ./cmd/diplograph extract $(SHARED)/corpus/seeds > $$out || true; \
	python3 $(SHARED)/eval/score.py $(SHARED)/eval/gold/seeds $$out

## eval-dev: the same scoring on a set of the project's own (DEV=eval/dev or another set under eval/)
DEV ?= eval/dev
eval-dev:
	@out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	$(GO) run ./cmd/diplograph extract $(DEV)/articles > $$out || true; \
	python3 $(SHARED)/eval/score.py $(DEV)/gold $$out

## eval-real: the real-news dev set (eval/real/README.md; its texts are a cache the search tool rebuilds); VERBOSE=1 lists misses
eval-real: build
	@python3 eval/real/realset.py check eval/real/dev >/dev/null || echo "eval-real: some cached texts are missing or changed (python3 eval/real/realset.py missing)"
	@out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	$(BIN) extract eval/real/dev/articles > $$out 2>/dev/null || true; \
	python3 $(SHARED)/eval/score.py eval/real/dev/gold $$out $(if $(VERBOSE),--verbose); \
	SHARED=$(SHARED) python3 eval/real/realset.py officials eval/real/dev/gold $$out $(if $(VERBOSE),--verbose)

## eval-real-test: the real-news test set, the table only: scored untouched, never used for rules
eval-real-test: build
	@python3 eval/real/realset.py check eval/real/test >/dev/null || echo "eval-real-test: some cached texts are missing or changed (python3 eval/real/realset.py missing)"
	@out=$$(mktemp); trap 'rm -f $$out' EXIT; \
	$(BIN) extract eval/real/test/articles > $$out 2>/dev/null || true; \
	python3 $(SHARED)/eval/score.py eval/real/test/gold $$out; \
	SHARED=$(SHARED) python3 eval/real/realset.py officials eval/real/test/gold $$out

## eval-resolve: event resolution on the real pair set (eval/real/groups.json), ingested into a fresh test Neo4j
eval-resolve:
	$(call with_neo4j,eval-resolve-go,$(TEST_PORT),$(TEST_DATA),fresh)

eval-resolve-go:
	$(GO) run ./tools/resolvescore --shuffle $(or $(SHUFFLES),1) eval/real/dev eval/real/test

## eval-all: the fact_f1 of the seeds and of each of the project's sets, one line each
eval-all: build
	@for d in $(SHARED)/corpus/seeds:$(SHARED)/eval/gold/seeds $(foreach s,$(wildcard eval/*/gold eval/real/dev/gold),$(dir $(s))articles:$(s)); do \
	  out=$$(mktemp); $(BIN) extract $${d%%:*} > $$out 2>/dev/null || true; \
	  printf '%-28s %s\n' "$${d%%:*}" "$$(python3 $(SHARED)/eval/score.py $${d##*:} $$out | tail -1)"; rm -f $$out; \
	done

## bench: extractor, store, ingest (20k generated articles) and GraphQL (50k) benchmarks,
## then the load test (30 s at each level), against a local Neo4j with a larger page cache
## and the full JIT; slow (tens of minutes). `make bench-peer` (not part of it: it needs
## Node.js and npm) measures the GraphQL server against @neo4j/graphql on the same Neo4j.
bench: export NEO4J_PAGECACHE := 512m
bench: export NEO4J_JIT := full
bench:
	$(call with_neo4j,bench-go,$(BENCH_PORT),$(BENCH_DATA),keep)

bench-go: build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3s ./extractor/...
	$(GO) test -p 1 -run '^$$' -bench 'Write|Ingest' -benchmem -benchtime 1x -timeout 120m ./neo4jstore/ ./ingest/
	$(GO) test -run '^$$' -bench Read -benchtime 300x -timeout 60m ./neo4jstore/
	$(LOADTEST) --duration $(or $(LOAD_DURATION),30s) --articles $(or $(LOAD_ARTICLES),20000)

# The load test (tools/loadtest): `diplograph serve` as a subprocess under
# LOAD_LEVELS concurrent clients sending the README's queries, LOAD_DURATION
# each, over LOAD_ARTICLES generated articles, while `diplograph ingest`
# writes LOAD_INGEST_ARTICLES more (default: enough for the run).
LOAD_LEVELS ?= 1,8,32
LOADTEST = $(GO) run ./tools/loadtest --bin $(BIN) --neo4j $(NEO4J_TEST_URI) --levels $(LOAD_LEVELS) \
	$(if $(LOAD_INGEST_ARTICLES),--ingest-articles $(LOAD_INGEST_ARTICLES))

## loadtest: the load test alone, quick (5 s a level, 5k articles), on the Neo4j of `make bench`
loadtest: export NEO4J_PAGECACHE := 512m
loadtest: export NEO4J_JIT := full
loadtest:
	$(call with_neo4j,loadtest-go,$(BENCH_PORT),$(BENCH_DATA),keep)

loadtest-go: build
	$(LOADTEST) --duration $(or $(LOAD_DURATION),5s) --articles $(or $(LOAD_ARTICLES),5000)

# The peer benchmark (tools/peerbench): `diplograph serve` against the Neo4j
# GraphQL Library (@neo4j/graphql 7 on Apollo Server, tools/peerbench/peer,
# pinned by its package-lock.json) over the same Neo4j holding PEER_ARTICLES
# generated articles: both answers checked equal, then PEER_RUNS runs of
# PEER_REQUESTS interleaved requests per query at each of PEER_LEVELS.
PEER_DIR      := tools/peerbench/peer
PEER_ARTICLES ?= 50000
PEER_REQUESTS ?= 100
PEER_RUNS     ?= 3
PEER_LEVELS   ?= 1,8

## bench-peer: the project against @neo4j/graphql (needs node and npm; no Docker), on the Neo4j of `make bench`
bench-peer: export NEO4J_PAGECACHE := 512m
bench-peer: export NEO4J_JIT := full
bench-peer:
	$(call with_neo4j,bench-peer-go,$(BENCH_PORT),$(BENCH_DATA),keep)

bench-peer-go: build peer-deps
	$(GO) run ./tools/peerbench --bin $(BIN) --neo4j $(NEO4J_TEST_URI) --peer $(PEER_DIR) \
	  --articles $(PEER_ARTICLES) --requests $(PEER_REQUESTS) --runs $(PEER_RUNS) --levels $(PEER_LEVELS)

# peer-deps installs the peer's pinned packages from the npm registry when
# they are missing.
peer-deps:
	@if [ ! -d $(PEER_DIR)/node_modules ]; then \
	  echo "make peer-deps: npm ci in $(PEER_DIR)"; \
	  cd $(PEER_DIR) && npm ci --no-audit --no-fund; \
	fi

## generate: regenerate gqlgen code from schema.graphqls
generate:
	$(GO) tool gqlgen generate
	$(GO) run ./graph/internal/seqlists graph/generated/generated.go

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
