// Package neo4jtest opens the real Neo4j that tests run against.
//
// Tests reach it at NEO4J_TEST_URI (default bolt://127.0.0.1:7688, the port
// `make test` starts a throw-away Neo4j on; neo4j://127.0.0.1:7688 runs
// the same tests through the driver's routing), with NEO4J_USER and
// NEO4J_PASSWORD as for the service. When none answers, a test is skipped,
// except under CI=true, where it fails loudly: CI never passes on skipped
// database tests.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/diplograph/diplograph/neo4jstore"
)

// DefaultURI is where `make test` starts the test database.
const DefaultURI = "bolt://127.0.0.1:7688"

// Config returns the configuration of the test database.
func Config() neo4jstore.Config {
	c := neo4jstore.ConfigFromEnv(os.Getenv)
	c.URI = os.Getenv("NEO4J_TEST_URI")
	if c.URI == "" {
		c.URI = DefaultURI
	}
	return c
}

// Open connects to the test database, or skips the test (fails it under
// CI=true) when none answers. The database is not cleared.
func Open(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c := Config()
	s, err := neo4jstore.Open(ctx, c)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("Neo4j test database not reachable under CI=true (run `make test`, which starts one): %v", err)
		}
		tb.Skipf("no Neo4j test database at %s (run `make test`, which starts one): %v", c.URI, err)
	}
	tb.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// MustOpen connects to the test database and empties it (nodes,
// relationships; the schema stays). Tests that use it must not run in
// parallel with other packages' database tests: `make test` runs packages
// one at a time (go test -p 1).
func MustOpen(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := Open(tb)
	Wipe(tb, s)
	return s
}

// Wipe deletes every node and relationship of the test database.
func Wipe(tb testing.TB, s *neo4jstore.Store) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := s.DeleteAll(ctx); err != nil {
		tb.Fatalf("neo4jtest: wipe: %v", err)
	}
}
