package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// run runs the binary's Main with args and env, and returns the exit code,
// stdout and stderr.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Now: time.Now,
		Getenv: func(k string) string { return env[k] }}
	code := m.Exec(context.Background(), args)
	return code, out.String(), errb.String()
}

// testEnv points the binary at the test database, emptied.
func testEnv(t *testing.T) map[string]string {
	t.Helper()
	neo4jtest.MustOpen(t)
	c := neo4jtest.Config()
	return map[string]string{"NEO4J_URI": c.URI, "NEO4J_USER": c.User, "NEO4J_PASSWORD": c.Password, "NEO4J_DATABASE": c.Database}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		out  string // in stdout or stderr
	}{
		{"no command", nil, ExitUsage, "Commands:"},
		{"unknown command", []string{"frobnicate"}, ExitUsage, `unknown command "frobnicate"`},
		{"help", []string{"--help"}, ExitOK, "ingest"},
		{"command help lists flags and environment", []string{"ingest", "--help"}, ExitOK, "NEO4J_PASSWORD"},
		{"serve help names the API key", []string{"serve", "-h"}, ExitOK, "DIPLOGRAPH_API_KEY"},
		{"bad flag", []string{"ingest", "--batch-size", "x", "dir"}, ExitUsage, "invalid value"},
		{"missing path", []string{"extract"}, ExitUsage, "no PATH"},
		{"bad date", []string{"ingest", "--published", "yesterday", "dir"}, ExitUsage, "not a date"},
		{"version", []string{"version"}, ExitOK, "diplograph dev"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, nil, "", tt.args...)
			if code != tt.code || !strings.Contains(out+errs, tt.out) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s%s", code, tt.code, tt.out, out, errs)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	merge := filepath.Join("..", "..", "ingest", "testdata", "merge")
	bad := filepath.Join("..", "..", "ingest", "testdata", "bad", "empty.txt")
	code, out, errs := run(t, nil, "", "extract", merge, bad)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if !strings.Contains(errs, "empty.txt") {
		t.Errorf("stderr does not name the bad file: %s", errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var f diplograph.Facts
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(f.File) != merge || f.ArticleID == "" || f.Published != "2025-03-14" || f.Ministers == nil || f.Events == nil {
			t.Errorf("facts: %s", l)
		}
	}
	// stdin, JSON Lines
	code, out, _ = run(t, nil, `{"text": "On 2 May 2024, Minister of Energy of Kazakhstan Timur Seitkazin held a phone call with Minister of Energy of Azerbaijan Elnur Gasimli."}`+"\n", "extract", "-")
	if code != ExitOK || !strings.Contains(out, `"file":"-:1"`) {
		t.Errorf("stdin: exit %d, %s", code, out)
	}
}

func TestGen(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "c.jsonl")
	if code, _, errs := run(t, nil, "", "gen", "--n", "40", "--seed", "3", "--out", file); code != ExitOK {
		t.Fatalf("gen: %d %s", code, errs)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 40 {
		t.Errorf("%d lines", n)
	}
	txt := filepath.Join(dir, "txt")
	if code, _, errs := run(t, nil, "", "gen", "--n", "5", "--out", txt); code != ExitOK {
		t.Fatalf("gen: %d %s", code, errs)
	}
	code, out, errs := run(t, nil, "", "extract", txt)
	if code != ExitOK || strings.Count(out, "\n") != 5 {
		t.Errorf("extract of the generated files: %d %s %s", code, out, errs)
	}
}

func TestIngestAndDelete(t *testing.T) {
	env := testEnv(t)
	testdata := filepath.Join("..", "..", "ingest", "testdata")
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	code, _, errs := run(t, env, "", "ingest", "--batch-size", "1", filepath.Join(testdata, "merge"))
	if code != ExitOK || !strings.Contains(errs, "2 written") {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	code, _, errs = run(t, env, "", "ingest", filepath.Join(testdata, "merge"))
	if code != ExitOK || !strings.Contains(errs, "0 written, 2 unchanged") {
		t.Errorf("second ingest: %d %s", code, errs)
	}
	code, _, errs = run(t, env, "", "ingest", filepath.Join(testdata, "bad"))
	if code != ExitFailure || !strings.Contains(errs, "lines.jsonl:2") || !strings.Contains(errs, "2 written") {
		t.Errorf("ingest of bad files: %d %s", code, errs)
	}
	// JSON Lines on stdin, with the source from a flag.
	line := `{"url": "https://example.org/kz-az-energy", "published": "2023-10-03", "text": "On 3 October 2023 in Baku, Minister of Energy of Kazakhstan Timur Seitkazin held talks with Minister of Energy of Azerbaijan Elnur Gasimli."}` + "\n"
	code, _, errs = run(t, env, line, "ingest", "--source", "Example", "-")
	if code != ExitOK || !strings.Contains(errs, "1 written") {
		t.Errorf("ingest from stdin: %d %s", code, errs)
	}
	// The id of an article, as extract prints it.
	_, out, _ := run(t, nil, "", "extract", filepath.Join(testdata, "merge", "ru_tashkent.txt"))
	var f diplograph.Facts
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, env, "", "delete", f.ArticleID); code != ExitOK {
		t.Errorf("delete: %d %s", code, errs)
	}
	if code, _, errs := run(t, env, "", "delete", f.ArticleID); code != ExitFailure {
		t.Errorf("delete of a deleted article: %d %s", code, errs)
	}
}

func TestIngestUnreachable(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}
	start := time.Now()
	code, _, errs := run(t, env, "", "ingest", "--retry-for", "2s", filepath.Join("..", "..", "ingest", "testdata", "merge"))
	if time.Since(start) < time.Second || !strings.Contains(errs, "retrying") {
		t.Errorf("did not retry: %s", errs)
	}
	if code != ExitFailure || !strings.Contains(errs, "cannot reach Neo4j") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// startServe starts `diplograph serve` with env on a free port and
// returns its address and a function that stops it and checks the
// shutdown.
func startServe(t *testing.T, env map[string]string) (string, func()) {
	t.Helper()
	var errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb, Now: time.Now,
		Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0"}); err != nil {
		cancel()
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	m.cmd.(*serveCmd).ready = ready
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	stop := func() {
		cancel()
		defer m.Close()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("shutdown: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not shut down")
		}
	}
	select {
	case addr := <-ready:
		return addr, stop
	case err := <-done:
		cancel()
		m.Close()
		t.Fatalf("serve: %v\n%s", err, errb.String())
	case <-time.After(60 * time.Second):
		stop()
		t.Fatal("serve did not start")
	}
	return "", nil
}

func TestServe(t *testing.T) {
	env := testEnv(t)
	env["DIPLOGRAPH_API_KEY"] = "test-key"
	addr, stop := startServe(t, env)
	defer stop()
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Query") {
		t.Errorf("graphql: %d %s", resp.StatusCode, body)
	}
	// The ingest mutation goes through the pipeline.
	mutation := `{"query":"mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleIds failed stats { articles } } }",` +
		`"variables":{"in":{"url":"https://example.org/kz-az","text":"On 3 October 2023 in Baku, Minister of Energy of Kazakhstan Timur Seitkazin held talks with Minister of Energy of Azerbaijan Elnur Gasimli."}}}`
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(mutation))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer test-key")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := diplograph.ArticleID("https://example.org/kz-az", ""); !strings.Contains(string(body), want) || !strings.Contains(string(body), `"failed":0`) {
		t.Errorf("ingestArticle: %s (want id %s)", body, want)
	}
}

// TestQuickStart does what `make run` does (migrate, ingest the example
// articles, serve) and runs the README's example queries against it: each
// must answer without errors and find something.
func TestQuickStart(t *testing.T) {
	env := testEnv(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	if code, _, errs := run(t, env, "", "ingest", filepath.Join("..", "..", "examples", "articles")); code != ExitOK {
		t.Fatalf("ingest of the examples: %d %s", code, errs)
	}
	queries := readmeQueries(t, filepath.Join("..", "..", "README.md"))
	addr, stop := startServe(t, env)
	defer stop()
	for _, q := range queries {
		body, _ := json.Marshal(map[string]string{"query": q})
		resp, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"errors"`)) || !bytes.Contains(out, []byte(":[{")) {
			t.Errorf("README query\n%s\nanswered %d %s", q, resp.StatusCode, out)
		}
	}
}

// readmeQueries returns the queries of the graphql code blocks of the
// README at path: each top-level { ... }, comments left out.
func readmeQueries(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var queries []string
	for _, block := range strings.Split(string(b), "```graphql\n")[1:] {
		block, _, _ = strings.Cut(block, "\n```")
		var q strings.Builder
		depth := 0
		for _, line := range strings.Split(block, "\n") {
			if depth == 0 && (strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "") {
				continue
			}
			q.WriteString(line + "\n")
			depth += strings.Count(line, "{") - strings.Count(line, "}")
			if depth == 0 {
				queries = append(queries, q.String())
				q.Reset()
			}
		}
	}
	if len(queries) < 3 {
		t.Fatalf("found %d example queries in %s, want at least 3", len(queries), path)
	}
	return queries
}
