package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadmeQueries(t *testing.T) {
	qs, err := readmeQueries(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 3 {
		t.Fatalf("%d queries, want at least 3", len(qs))
	}
	for _, q := range qs {
		var body struct{ Query string }
		if err := json.Unmarshal(q.body, &body); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(body.Query, "{") || strings.Contains(body.Query, "\n#") || q.name == "" {
			t.Errorf("query %q: %s", q.name, body.Query)
		}
	}
}

func TestReadmeQueriesSplitsBlocks(t *testing.T) {
	md := "text\n```graphql\n# one\n{ a { b } }\n\n# two\n{ c(x: 1) {\n  d\n} }\n```\nmore\n```graphql\n{ e }\n```\n"
	path := filepath.Join(t.TempDir(), "x.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	qs, err := readmeQueries(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range qs {
		names = append(names, q.name)
	}
	if got := strings.Join(names, ","); got != "a,c,e" {
		t.Errorf("queries %s, want a,c,e", got)
	}
	if _, err := readmeQueries(filepath.Join(t.TempDir(), "none.md")); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestPercentile(t *testing.T) {
	ms := func(xs ...int) latencies {
		var l latencies
		for _, x := range xs {
			l = append(l, time.Duration(x)*time.Millisecond)
		}
		return l
	}
	tests := []struct {
		name string
		l    latencies
		p    float64
		want time.Duration
	}{
		{"none", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of four is the second", ms(4, 1, 3, 2), 0.5, 2 * time.Millisecond},
		{"p99 of a hundred is the 99th", ms(seq(100)...), 0.99, 99 * time.Millisecond},
		{"p99 of ten is the largest", ms(seq(10)...), 0.99, 10 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.l.percentile(tt.p); got != tt.want {
				t.Errorf("percentile(%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = n - i
	}
	return s
}

func TestParseFlags(t *testing.T) {
	env := func(k string) string { return map[string]string{"NEO4J_URI": "bolt://h:1"}[k] }
	c, err := parseFlags([]string{"--levels", "2, 4", "--duration", "10s"}, env, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.neo4j != "bolt://h:1" || len(c.levels) != 2 || c.levels[1] != 4 || c.ingestN < 20*ingestRateCeiling {
		t.Errorf("config %+v", c)
	}
	for _, bad := range [][]string{{"--levels", "1,x"}, {"--levels", "0"}, {"--duration", "0s"}, {"extra"}} {
		if _, err := parseFlags(bad, env, io.Discard); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestReadRSS(t *testing.T) {
	rss, err := readRSS(os.Getpid())
	if err == errNoProc {
		t.Skip(err)
	}
	if err != nil || rss < 1<<20 {
		t.Errorf("RSS of this process: %d, %v", rss, err)
	}
}
