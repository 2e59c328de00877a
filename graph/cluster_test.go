package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// openStore opens a store of its own (its own driver and bookmark
// manager) on the test database at uri.
func openStore(t *testing.T, uri string) *neo4jstore.Store {
	t.Helper()
	c := neo4jtest.Config()
	c.URI = uri
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := neo4jstore.Open(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// exchange posts a GraphQL request with the header and returns the
// response's status, headers and JSON body.
func exchange(t *testing.T, h http.Handler, query string, vars map[string]any, header http.Header) (int, http.Header, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header = header.Clone()
	if req.Header == nil {
		req.Header = http.Header{}
	}
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return rec.Code, rec.Result().Header, out
}

// get answers a GET of path and returns the status and the body.
func get(h http.Handler, path string) (int, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

// TestBookmarksAcrossServers: two servers with drivers of their own over
// one Neo4j (through neo4j:// when the test database is given so): a
// deleteArticle through the first answers with the bookmark of its write,
// in the header and in the extension "bookmarks"; a query through the
// second that carries it sees the delete. A malformed header is refused
// with 400, a bookmark that is none fails the query as INVALID, and a
// query without any bookmark carries none back.
func TestBookmarksAcrossServers(t *testing.T) {
	mustLoadFixture(t)
	uri := neo4jtest.Config().URI
	a, b := openStore(t, uri), openStore(t, uri)
	srvA := graph.NewServer(graph.Config{Reader: a, Deleter: a, APIKey: "k", Logger: testLogger(t)})
	srvB := graph.NewServer(graph.Config{Reader: b, Logger: testLogger(t)})
	const list = "{ articles(first: 50) { edges { node { id } } } }"
	_, hdr, resp := exchange(t, srvB, list, nil, nil)
	if hdr.Get(graph.BookmarkHeader) != "" || resp["extensions"] != nil {
		t.Errorf("a query that wrote nothing carries bookmarks: %v %v", hdr, resp["extensions"])
	}
	var page struct {
		Data struct {
			Articles struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	raw, _ := json.Marshal(resp)
	_ = json.Unmarshal(raw, &page)
	var ids []string
	for _, e := range page.Data.Articles.Edges {
		ids = append(ids, e.Node.ID)
	}
	if len(ids) < 2 {
		t.Fatalf("fixture articles: %v", resp)
	}
	auth := http.Header{"Authorization": {"Bearer k"}}
	const del = "mutation($id: ID!) { deleteArticle(id: $id) { id } }"
	const one = "query($id: ID!) { article(id: $id) { id } }"
	for _, id := range ids {
		code, hdr, resp := exchange(t, srvA, del, map[string]any{"id": id}, auth)
		bm := hdr.Get(graph.BookmarkHeader)
		if code != http.StatusOK || resp["errors"] != nil || bm == "" {
			t.Fatalf("deleteArticle %s: %d %v, bookmark %q", id, code, resp, bm)
		}
		ext, _ := resp["extensions"].(map[string]any)
		if bms, _ := ext["bookmarks"].([]any); len(bms) != 1 || bms[0] != bm {
			t.Errorf("extension bookmarks %v, header %q", ext, bm)
		}
		_, _, resp = exchange(t, srvB, one, map[string]any{"id": id}, http.Header{graph.BookmarkHeader: {bm}})
		if resp["errors"] != nil || resp["data"].(map[string]any)["article"] != nil {
			t.Errorf("read after the delete of %s through the other server: %v", id, resp)
		}
	}

	for _, bad := range []string{"FB:abc def", strings.Repeat("A", 600), strings.Repeat("FB:a,", 20)} {
		code, _, resp := exchange(t, srvB, list, nil, http.Header{graph.BookmarkHeader: {bad}})
		if code != http.StatusBadRequest || firstCode(resp) != graph.CodeBadBookmark {
			t.Errorf("header %.20q...: %d %v, want 400 %s", bad, code, resp, graph.CodeBadBookmark)
		}
	}
	_, _, resp = exchange(t, srvB, list, nil, http.Header{graph.BookmarkHeader: {"FB:notabookmark"}})
	if firstCode(resp) != "INVALID" {
		t.Errorf("a bookmark that is none: %v, want INVALID", resp)
	}
}

// TestReadyz: /healthz says whether Neo4j answers, /readyz whether the
// copy should get requests. Migrated and reachable: both 200. An index of
// the schema gone (as before migrate): /readyz 503 saying so, /healthz 200.
// Neo4j out of reach (its port closed): both 503. Draining: /readyz 503.
func TestReadyz(t *testing.T) {
	base := mustLoadFixture(t)
	p := neo4jtest.NewProxy(t)
	s := openStore(t, "bolt://"+p.Addr())
	srv := graph.NewServer(graph.Config{Reader: s, Pinger: s, Readier: s, Logger: testLogger(t)})
	check := func(state string, wantHealth, wantReady int, readyBody string) {
		t.Helper()
		if code, body := get(srv, "/healthz"); code != wantHealth {
			t.Errorf("%s: /healthz %d %s, want %d", state, code, body, wantHealth)
		}
		code, body := get(srv, "/readyz")
		if code != wantReady || !strings.Contains(body, readyBody) {
			t.Errorf("%s: /readyz %d %s, want %d with %q", state, code, body, wantReady, readyBody)
		}
	}
	check("migrated", http.StatusOK, http.StatusOK, `"ready"`)

	ctx := context.Background()
	sess := base.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: base.Database()})
	if _, err := sess.Run(ctx, "DROP INDEX event_status IF EXISTS", nil); err != nil {
		t.Fatal(err)
	}
	sess.Close(ctx)
	t.Cleanup(func() { _ = base.Migrate(context.Background()) })
	check("index missing", http.StatusOK, http.StatusServiceUnavailable, "event_status")
	if err := base.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	check("migrated again", http.StatusOK, http.StatusOK, `"ready"`)

	p.Cut()
	check("Neo4j unreachable", http.StatusServiceUnavailable, http.StatusServiceUnavailable, "not reachable")
	p.Restore()
	check("Neo4j back", http.StatusOK, http.StatusOK, `"ready"`)

	srv.Drain()
	check("draining", http.StatusOK, http.StatusServiceUnavailable, "draining")
}
