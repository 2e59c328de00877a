package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
)

// stubIngester records what it was asked to ingest.
type stubIngester struct{ got []diplograph.Article }

func (s *stubIngester) Ingest(ctx context.Context, as []diplograph.Article) (diplograph.IngestResult, error) {
	s.got = append(s.got, as...)
	res := diplograph.IngestResult{Stats: diplograph.WriteStats{Articles: len(as)}}
	for _, a := range as {
		res.ArticleIDs = append(res.ArticleIDs, a.ID)
	}
	return res, nil
}

// TestGraphRejections checks that bad requests get a clear error and cause
// no read at all: the reader inside panics on any call.
func TestGraphRejections(t *testing.T) {
	deep := "{ events { edges { node { participants { person { events { edges { node { countries { events { edges { node { id } } } } } } } } } } } } }"
	wide := "{ events(first: 100) { edges { node { participants { person { events(first: 100) { edges { node { id title } } } } } } } } }"
	tests := []struct {
		name, query string
		vars        map[string]any
		code, msg   string
	}{
		{"depth", deep, nil, "DEPTH_LIMIT_EXCEEDED", "deeper than the limit of 10"},
		{"complexity", wide, nil, "COMPLEXITY_LIMIT_EXCEEDED", "exceeds the limit"},
		{"page size", "{ events(first: 101) { totalCount } }", nil, "INVALID", "first must be between 0 and 100"},
		{"page size in variable", "query($n: Int) { countries(first: $n) { totalCount } }", map[string]any{"n": 1000}, "INVALID", "first must be between 0 and 100"},
		{"nested page size", "{ country(code: \"KZ\") { ministers(first: 500) { id } } }", nil, "INVALID", "first must be between 0 and 100"},
		{"bad cursor", "{ events(after: \"not-a-cursor\") { totalCount } }", nil, "INVALID", "bad cursor"},
		{"unknown country", "{ country(code: \"XX\") { code } }", nil, "INVALID", "unknown country code \"XX\""},
		{"unknown bilateral country", "{ bilateral(a: \"KZ\", b: \"QQ\") { eventCount } }", nil, "INVALID", "unknown country code \"QQ\""},
		{"malformed date", "{ bilateral(a: \"KZ\", b: \"UZ\", from: \"2024-13\") { eventCount } }", nil, "INVALID", "malformed date \"2024-13\""},
		{"malformed date in filter", "{ events(where: {date: {gte: \"24-01-01\"}}) { totalCount } }", nil, "INVALID", "malformed date \"24-01-01\""},
		{"malformed date in variable", "query($d: Date) { timeline(country: \"KZ\", from: $d) { date } }", map[string]any{"d": "2024-02-30"}, "INVALID", "malformed date \"2024-02-30\""},
		{"mutations off", "mutation { deleteArticle(id: \"x\") { id } }", nil, "UNAUTHORIZED", "mutations are disabled"},
		{"unknown field", "{ events { nope } }", nil, "GRAPHQL_VALIDATION_FAILED", "Cannot query field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cr := &countingReader{}
			srv := graph.NewServer(graph.Config{Reader: cr, Logger: testLogger(t)})
			_, resp := do(t, srv, tc.query, tc.vars, nil)
			errs, _ := resp["errors"].([]any)
			if len(errs) == 0 {
				t.Fatalf("no error: %v", resp)
			}
			e := errs[0].(map[string]any)
			code, _ := e["extensions"].(map[string]any)["code"].(string)
			if code != tc.code || !strings.Contains(e["message"].(string), tc.msg) {
				t.Errorf("got %s %q, want %s containing %q", code, e["message"], tc.code, tc.msg)
			}
			if n := cr.total(); n != 0 {
				t.Errorf("%d reads for a rejected request", n)
			}
		})
	}
}

// TestGraphAPIKey checks that mutations need the key and reach the
// ingester with it.
func TestGraphAPIKey(t *testing.T) {
	ing := &stubIngester{}
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}, Ingester: ing, APIKey: "s3cret", Logger: testLogger(t)})
	m := `mutation { ingestArticle(input: {text: "Some text about a visit.", url: "https://example.org/a", language: EN, published: "2025-01-02"}) { articleIds failed stats { articles } } }`
	for _, tc := range []struct {
		name, auth, want string
	}{
		{"no key", "", "mutations need the API key"},
		{"wrong key", "Bearer nope", "the API key is wrong"},
		{"not bearer", "Basic s3cret", "mutations need the API key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := map[string]string{}
			if tc.auth != "" {
				h["Authorization"] = tc.auth
			}
			_, resp := do(t, srv, m, nil, h)
			errs, _ := resp["errors"].([]any)
			if len(errs) == 0 || !strings.Contains(errs[0].(map[string]any)["message"].(string), tc.want) {
				t.Errorf("got %v, want an error containing %q", resp, tc.want)
			}
		})
	}
	if len(ing.got) != 0 {
		t.Fatalf("ingester called without the key")
	}
	_, resp := do(t, srv, m, nil, map[string]string{"Authorization": "Bearer s3cret"})
	if resp["errors"] != nil {
		t.Fatalf("with the key: %v", resp["errors"])
	}
	if len(ing.got) != 1 || ing.got[0].Language != "en" || ing.got[0].Published != "2025-01-02" || ing.got[0].ID == "" {
		t.Errorf("ingester got %+v", ing.got)
	}
	// Mutations over GET are refused by the transport.
	req := httptest.NewRequest(http.MethodGet, "/graphql?query="+strings.ReplaceAll("mutation{deleteArticle(id:\"x\"){id}}", " ", ""), nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if !strings.Contains(rec.Body.String(), "errors") {
		t.Errorf("GET mutation: %d %s", rec.Code, rec.Body.String())
	}
}

// TestGraphBodyLimit checks the request body limit.
func TestGraphBodyLimit(t *testing.T) {
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}, Limits: graph.Limits{MaxBodyBytes: 1024}})
	body, _ := json.Marshal(map[string]any{"query": "{ stats { events } }", "variables": map[string]any{"pad": strings.Repeat("x", 4096)}})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413: %s", rec.Code, rec.Body.String())
	}
}

// TestGraphInternalErrors checks that a failing reader's details stay in
// the log: the client sees "internal error".
func TestGraphInternalErrors(t *testing.T) {
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}})
	_, resp := do(t, srv, "{ stats { events } }", nil, nil)
	errs, _ := resp["errors"].([]any)
	if len(errs) != 1 {
		t.Fatalf("got %v", resp)
	}
	e := errs[0].(map[string]any)
	if e["message"] != "internal error" || e["extensions"].(map[string]any)["code"] != "INTERNAL" {
		t.Errorf("got %v", e)
	}
}

// TestGraphHealthzDown checks /healthz when Neo4j is not reachable.
func TestGraphHealthzDown(t *testing.T) {
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}, Pinger: downPinger{}})
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "unavailable") {
		t.Errorf("healthz: %d %s", rec.Code, rec.Body.String())
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "diplograph_neo4j_query_duration_seconds") {
		t.Errorf("metrics: %d %s", rec.Code, rec.Body.String())
	}
}

type downPinger struct{}

func (downPinger) Ping(ctx context.Context) error {
	return diplograph.Errorf(diplograph.EUNAVAILABLE, "Neo4j is not reachable")
}

// TestGraphRoutes checks the web handler at "/", GET queries and the
// metrics of an operation.
func TestGraphRoutes(t *testing.T) {
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("graphiql page")) })
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}, Web: web})
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Body.String() != "graphiql page" {
		t.Errorf("/: %s", rec.Body.String())
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphql?query=query+Probe{__typename}", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"__typename":"Query"`) {
		t.Errorf("GET: %d %s", rec.Code, rec.Body.String())
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if !strings.Contains(rec.Body.String(), `diplograph_graphql_requests_total{operation="Probe",status="ok",type="query"} 1`) {
		t.Errorf("metrics lack the operation:\n%s", rec.Body.String())
	}
}

// TestGraphTransport checks the POST transport's status codes and content
// types, which follow gqlgen's transport.POST.
func TestGraphTransport(t *testing.T) {
	srv := graph.NewServer(graph.Config{Reader: &countingReader{}, Logger: testLogger(t)})
	post := func(body, accept string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	for _, tc := range []struct {
		name, body, accept string
		status             int
		ctype, contains    string
	}{
		{"runs", `{"query":"{ country(code: \"XX\") { code } }"}`, "", 200, "application/json", `unknown country code \"XX\"`},
		{"runs, graphql-response", `{"query":"{ country(code: \"XX\") { code } }"}`, "application/graphql-response+json", 200, "application/graphql-response+json", `"data":`},
		{"bad json", `{"query": `, "", 400, "application/json", "not a JSON object"},
		{"invalid", `{"query":"{ events { nope } }"}`, "", 422, "application/json", "Cannot query field"},
		{"invalid, graphql-response", `{"query":"{ events { nope } }"}`, "application/graphql-response+json", 400, "application/graphql-response+json", "Cannot query field"},
	} {
		rec := post(tc.body, tc.accept)
		if rec.Code != tc.status || rec.Header().Get("Content-Type") != tc.ctype || !strings.Contains(rec.Body.String(), tc.contains) {
			t.Errorf("%s: %d %s %s, want %d %s containing %s", tc.name, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String(),
				tc.status, tc.ctype, tc.contains)
		}
	}
}
