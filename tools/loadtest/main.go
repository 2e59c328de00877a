// Command loadtest puts a real `diplograph serve` under GraphQL load while a
// real `diplograph ingest` writes into the same Neo4j, and prints a table of
// what it measured.
//
// It builds the binary (or takes --bin), generates a base corpus with
// `diplograph gen` and ingests it (unchanged articles are skipped, so a kept
// database is reused), starts `serve` as a subprocess on a free port, checks
// that every example query of the README answers without errors, warms up,
// and starts a second `diplograph ingest` of another generated stream. Then,
// for each concurrency level in turn, as many clients as the level says send
// the README's queries round-robin for --duration. For each level it reports
// requests per second, p50 and p99 latency, errors (transport, HTTP status,
// GraphQL errors), the server's resident memory (VmRSS of the serve process
// from /proc, peak and at the end of the level) and the articles the
// concurrent ingest added to the graph per second (from the stats query;
// the graph gains articles a batch of 200 at a time, so a level of a few
// seconds shows the ingest coarsely).
//
// Run it from the repository root against a Neo4j it may write into:
//
//	go run ./tools/loadtest --neo4j bolt://127.0.0.1:7689 --levels 1,8,32 --duration 30s
//	go run ./tools/loadtest --neo4j bolt://127.0.0.1:7689 --levels 1,8 --duration 5s --articles 1000
//
// `make bench` runs it at the end (1, 8 and 32 clients, 30 s each) and
// `make loadtest` runs a quick version; both take LOAD_LEVELS,
// LOAD_DURATION, LOAD_ARTICLES and LOAD_INGEST_ARTICLES from the make
// command line or the environment. The stream's seed changes every run
// (--ingest-seed fixes it) so that its articles are new to a kept database
// and the ingest really writes; the graph grows by what was ingested.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := parseFlags(os.Args[1:], os.Getenv, os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(ctx, cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "loadtest: %v\n", err)
		stop()
		os.Exit(1)
	}
}
