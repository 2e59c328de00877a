package main

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// retryMargin is how long past its --retry-for a command may take to give
// up.
const retryMargin = 5 * time.Second

// closedPort returns the address of a local port nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestGiveUpWithinRetryBudget: with nothing listening at NEO4J_URI,
// migrate and ingest retry and give up within --retry-for plus a margin.
func TestGiveUpWithinRetryBudget(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://" + closedPort(t)}
	merge := filepath.Join("..", "..", "ingest", "testdata", "merge")
	for _, args := range [][]string{{"migrate", "--retry-for", "3s"}, {"ingest", "--retry-for", "3s", merge}} {
		t.Run(args[0], func(t *testing.T) {
			start := time.Now()
			code, _, errs := run(t, env, "", args...)
			took := time.Since(start)
			t.Logf("%s --retry-for 3s gave up after %.1f s", args[0], took.Seconds())
			if code != ExitFailure || !strings.Contains(errs, "cannot reach Neo4j") {
				t.Errorf("exit %d: %s", code, errs)
			}
			if took < 2*time.Second || took > 3*time.Second+retryMargin {
				t.Errorf("gave up after %v, want within 3s+%v", took, retryMargin)
			}
		})
	}
}

// TestIngestGivesUpWithinRetryBudgetWhenNeo4jDies: when Neo4j goes away
// in the middle of an ingest (a proxy in front of the test database is
// killed), the ingest gives up within --retry-for plus a margin, not
// after the driver's own retries of half a minute per attempt.
func TestIngestGivesUpWithinRetryBudgetWhenNeo4jDies(t *testing.T) {
	env := testEnv(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	corpus := t.TempDir()
	if code, _, errs := run(t, nil, "", "gen", "--n", "1500", "--out", corpus); code != ExitOK {
		t.Fatalf("gen: %d %s", code, errs)
	}
	p := neo4jtest.NewProxy(t)
	penv := map[string]string{}
	for k, v := range env {
		penv[k] = v
	}
	penv["NEO4J_URI"] = "bolt://" + p.Addr()

	type result struct {
		code int
		errs string
	}
	// An empty graph: the first article counted below is this ingest's.
	s := neo4jtest.MustOpen(t)
	done := make(chan result, 1)
	go func() {
		code, _, errs := run(t, penv, "", "ingest", "--retry-for", "3s", "--batch-size", "5", "--workers", "1", corpus)
		done <- result{code, errs}
	}()
	for {
		c, err := s.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if c["Article"] > 0 {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("ingest ended before Neo4j went away: %d %s", r.code, r.errs)
		case <-time.After(50 * time.Millisecond):
		}
	}
	p.Kill()
	killed := time.Now()
	select {
	case r := <-done:
		took := time.Since(killed)
		t.Logf("ingest --retry-for 3s gave up %.1f s after Neo4j went away", took.Seconds())
		if took > 3*time.Second+retryMargin {
			t.Errorf("gave up %v after Neo4j went away, want within 3s+%v", took, retryMargin)
		}
		if r.code != ExitFailure || !strings.Contains(r.errs, "unavailable") && !strings.Contains(r.errs, "not reachable") {
			t.Errorf("exit %d: %s", r.code, r.errs)
		}
	case <-time.After(3 * time.Minute):
		t.Fatal("ingest still running 3 minutes after Neo4j went away")
	}
}
