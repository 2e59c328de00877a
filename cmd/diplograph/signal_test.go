//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// startCommand starts the test binary as `diplograph args...` with env,
// in a process of its own, so that signals can be sent to it.
func startCommand(t *testing.T, env map[string]string, stdin *os.File, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DIPLOGRAPH_TEST_MAIN=1")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, &errb, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &errb
}

// waitArticles waits until the graph holds n articles.
func waitArticles(t *testing.T, s *neo4jstore.Store, n int) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		c, err := s.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if c[neo4jstore.LabelArticle] >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d articles written, want %d", c[neo4jstore.LabelArticle], n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestIngestStopsOnSIGTERM: SIGTERM stops an ingest whose input is a
// pipe that stays open (a read that cannot be interrupted) within two
// seconds, with exit code 1 and a message saying it was interrupted; the
// batches written before stay, and running the command again finds them
// unchanged.
func TestIngestStopsOnSIGTERM(t *testing.T) {
	env := testEnv(t)
	// An empty graph: the articles counted below are this test's own.
	s := neo4jtest.MustOpen(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	var lines strings.Builder
	for i := range 5 {
		fmt.Fprintf(&lines, `{"url": "https://example.org/sigterm/%d", "published": "2023-10-0%d", "text": "On %d October 2023 in Baku, Minister of Energy of Kazakhstan Timur Seitkazin held talks with Minister of Energy of Azerbaijan Elnur Gasimli."}`+"\n", i, i+1, i+1)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	cmd, out := startCommand(t, env, r, "ingest", "--batch-size", "2", "-")
	r.Close()
	if _, err := w.WriteString(lines.String()); err != nil {
		t.Fatal(err)
	}
	waitArticles(t, s, 5) // the last, partial batch after the input has been idle for a second

	// The input stays open: the command waits in a read when the signal
	// comes.
	done := make(chan error, 1)
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("ingest still running 15 s after SIGTERM:\n%s", out)
	}
	took := time.Since(start)
	t.Logf("ingest ended %.2f s after SIGTERM", took.Seconds())
	if took > 2*time.Second {
		t.Errorf("ingest took %v to stop after SIGTERM, want at most 2 s", took)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitFailure || !strings.Contains(out.String(), "ingest interrupted after 5 articles (5 written)") {
		t.Errorf("exit %v, want code %d and a message saying the ingest was interrupted:\n%s", err, ExitFailure, out)
	}
	code, _, errs := run(t, env, lines.String(), "ingest", "-")
	if code != ExitOK || !strings.Contains(errs, "0 written, 5 unchanged") {
		t.Errorf("ingest again: %d %s", code, errs)
	}
}

// TestIngestSkipsNamedPipe: a named pipe among the articles of a
// directory is reported as skipped, naming it, and the articles beside it
// are written (exit code 1: an input failed).
func TestIngestSkipsNamedPipe(t *testing.T) {
	env := testEnv(t)
	dir := t.TempDir()
	merge := filepath.Join("..", "..", "ingest", "testdata", "merge")
	entries, err := os.ReadDir(merge)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(merge, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "a_pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	cmd, out := startCommand(t, env, nil, "ingest", dir)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("ingest still running after 60 s:\n%s", out)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitFailure {
		t.Errorf("exit %v, want code %d", err, ExitFailure)
	}
	if !strings.Contains(out.String(), fifo+": ") || !strings.Contains(out.String(), "skipped: a named pipe") || !strings.Contains(out.String(), "2 written") {
		t.Errorf("output does not name the pipe as skipped or lacks the 2 articles written:\n%s", out)
	}
}
