package graph_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// leaks are strings that must never reach a client: Go stacks and files,
// Cypher, the driver's and Neo4j's own messages.
var leaks = []string{"goroutine ", ".go:", "panic", "MATCH (", "RETURN ", "Neo.ClientError", "Neo.DatabaseError",
	"ConnectivityError", "neo4j-go-driver"}

// FuzzGraphQLRequest posts arbitrary queries and variables to the server
// over the fixture graph: no request may panic, take more than five
// seconds (Neo4j plans each new query the first time), answer 500,
// answer anything but JSON, or show internals. The seeds are the golden
// queries, the attacks of adversarial_test.go in small, and the corpus in
// testdata/fuzz/FuzzGraphQLRequest. Run it longer with
// `go test -run '^$' -fuzz FuzzGraphQLRequest -fuzztime 1m ./graph/`.
func FuzzGraphQLRequest(f *testing.F) {
	store := mustLoadFixture(f)
	srv := graph.NewServer(graph.Config{Reader: store, Pinger: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	files, _ := filepath.Glob("testdata/*.graphql")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "")
	}
	f.Add("{"+strings.Repeat("a{", 200)+strings.Repeat("}", 200)+"}", "")
	f.Add("query($w: EventWhere) { events(where: $w) { totalCount } }", `{"w": {"AND": [{"OR": [{"title": {"contains": "'}) RETURN 1 //"}}]}]}}`)
	f.Add(`{ search(text: "\") MATCH (n) DETACH DELETE n //") { __typename } }`, "")
	f.Add(`{ events(after: "Zm9v", first: 100) { totalCount } }`, `[1,2]`)
	f.Fuzz(func(t *testing.T, query, vars string) {
		req := map[string]any{"query": query}
		if vars != "" {
			req["variables"] = json.RawMessage(vars)
		}
		body, err := json.Marshal(req)
		if err != nil {
			body = []byte(`{"query":` + mustQuote(query) + `,"variables":` + mustQuote(vars) + `}`)
		}
		r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		r.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		start := time.Now()
		srv.ServeHTTP(rec, r)
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("request took %v", took)
		}
		if rec.Code >= 500 {
			t.Errorf("status %d: %s", rec.Code, rec.Body.String())
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("answer is not JSON: %.300s", rec.Body.String())
		}
		for _, l := range leaks {
			if strings.Contains(rec.Body.String(), l) && !strings.Contains(query, l) && !strings.Contains(vars, l) {
				t.Errorf("answer shows %q: %.500s", l, rec.Body.String())
			}
		}
	})
}

func mustQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
