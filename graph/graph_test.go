package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// countingReader counts the calls that reach the reader; with a nil
// GraphReader inside, any call panics (the server turns the panic into an
// internal error), which the limit tests use to prove no database work.
type countingReader struct {
	diplograph.GraphReader
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingReader) count(m string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls == nil {
		c.calls = map[string]int{}
	}
	c.calls[m]++
}

func (c *countingReader) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.calls {
		n += v
	}
	return n
}

func (c *countingReader) Organizations(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.OrganizationNode], error) {
	c.count("Organizations")
	return c.GraphReader.Organizations(ctx, q)
}

func (c *countingReader) Agreements(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.AgreementNode], error) {
	c.count("Agreements")
	return c.GraphReader.Agreements(ctx, q)
}

func (c *countingReader) Topics(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Topic], error) {
	c.count("Topics")
	return c.GraphReader.Topics(ctx, q)
}

func (c *countingReader) RelatedOrganizations(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.OrganizationNode], error) {
	c.count("RelatedOrganizations")
	return c.GraphReader.RelatedOrganizations(ctx, q)
}

func (c *countingReader) RelatedAgreements(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.AgreementNode], error) {
	c.count("RelatedAgreements")
	return c.GraphReader.RelatedAgreements(ctx, q)
}

func (c *countingReader) RelatedTopics(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Topic], error) {
	c.count("RelatedTopics")
	return c.GraphReader.RelatedTopics(ctx, q)
}

func (c *countingReader) Counterparts(ctx context.Context, ids []string, first int) (map[string][]diplograph.Counterpart, error) {
	c.count("Counterparts")
	return c.GraphReader.Counterparts(ctx, ids, first)
}

func (c *countingReader) Search(ctx context.Context, text string, first int) ([]diplograph.SearchHit, error) {
	c.count("Search")
	return c.GraphReader.Search(ctx, text, first)
}

func (c *countingReader) Stats(ctx context.Context) (diplograph.Stats, error) {
	c.count("Stats")
	return c.GraphReader.Stats(ctx)
}

func (c *countingReader) Network(ctx context.Context, q diplograph.NetworkQuery) (diplograph.Network, error) {
	c.count("Network")
	return c.GraphReader.Network(ctx, q)
}

func (c *countingReader) Countries(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Country], error) {
	c.count("Countries")
	return c.GraphReader.Countries(ctx, q)
}

func (c *countingReader) Persons(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.PersonNode], error) {
	c.count("Persons")
	return c.GraphReader.Persons(ctx, q)
}

func (c *countingReader) Events(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	c.count("Events")
	return c.GraphReader.Events(ctx, q)
}

func (c *countingReader) Articles(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.ArticleNode], error) {
	c.count("Articles")
	return c.GraphReader.Articles(ctx, q)
}

func (c *countingReader) RelatedCountries(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Country], error) {
	c.count("RelatedCountries")
	return c.GraphReader.RelatedCountries(ctx, q)
}

func (c *countingReader) RelatedPersons(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.PersonNode], error) {
	c.count("RelatedPersons")
	return c.GraphReader.RelatedPersons(ctx, q)
}

func (c *countingReader) RelatedEvents(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.EventNode], error) {
	c.count("RelatedEvents")
	return c.GraphReader.RelatedEvents(ctx, q)
}

func (c *countingReader) RelatedArticles(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.ArticleNode], error) {
	c.count("RelatedArticles")
	return c.GraphReader.RelatedArticles(ctx, q)
}

func (c *countingReader) Evidence(ctx context.Context, q diplograph.RelationQuery) (map[string][]diplograph.EvidenceRef, error) {
	c.count("Evidence")
	return c.GraphReader.Evidence(ctx, q)
}

func (c *countingReader) Offices(ctx context.Context, ids []string) (map[string][]diplograph.Office, error) {
	c.count("Offices")
	return c.GraphReader.Offices(ctx, ids)
}

func (c *countingReader) Bilateral(ctx context.Context, q diplograph.BilateralQuery) (diplograph.Bilateral, error) {
	c.count("Bilateral")
	return c.GraphReader.Bilateral(ctx, q)
}

func (c *countingReader) Timeline(ctx context.Context, q diplograph.TimelineQuery) ([]diplograph.TimelineEntry, error) {
	c.count("Timeline")
	return c.GraphReader.Timeline(ctx, q)
}

// testLogger logs to the test's output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// do posts a GraphQL request and returns the status and the decoded body.
func do(t testing.TB, h http.Handler, query string, vars map[string]any, header map[string]string) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return rec.Code, out
}

// TestGraphGolden runs every testdata/*.graphql against the fixture graph
// and compares the whole response with testdata/*.golden.json.
func TestGraphGolden(t *testing.T) {
	store := mustLoadFixture(t)
	srv := graph.NewServer(graph.Config{Reader: store, Pinger: store, Logger: testLogger(t)})
	files, _ := filepath.Glob("testdata/*.graphql")
	if len(files) == 0 {
		t.Fatal("no testdata/*.graphql")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, resp := do(t, srv, string(q), nil, nil)
			got, _ := json.MarshalIndent(resp, "", "  ")
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".graphql") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("response differs from %s (run go test -update to accept):\n%s", golden, got)
			}
		})
	}
}

// TestGraphQueryCount checks that nested fields cost a bounded number of
// reads, whatever the number of nodes (no N+1).
func TestGraphQueryCount(t *testing.T) {
	store := mustLoadFixture(t)
	cr := &countingReader{GraphReader: store}
	srv := graph.NewServer(graph.Config{Reader: cr})
	q := `{ events(first: 10) { edges { node { id countries { code name ministers(first: 3) { name offices { title } } }
	  participants { person { name country { code } events(first: 2) { totalCount } } }
	  topics { key } sources(first: 3) { id } evidence(first: 3) { sentence article { id title } } } } } }`
	_, resp := do(t, srv, q, nil, nil)
	if resp["errors"] != nil {
		t.Fatalf("errors: %v", resp["errors"])
	}
	// events (1, with countries, topics and participants included),
	// Country.ministers, Person.offices, Person.country, Person.events,
	// Event.sources, Event.evidence, Evidence.article: 8 reads.
	if n := cr.total(); n > 8 {
		t.Errorf("%d reads for one request, want at most 8: %v", n, cr.calls)
	}
}

// TestGraphHealthz checks /healthz against the real database.
func TestGraphHealthz(t *testing.T) {
	store := mustLoadFixture(t)
	srv := graph.NewServer(graph.Config{Reader: store, Pinger: store})
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Errorf("healthz: %d %s", rec.Code, rec.Body.String())
	}
}

// TestGraphBilateralNestedFields checks that nested fields under the
// bilateral dashboard's lists (whose nodes the loaders record lazily) are
// batched: one read per nested field, and every participant gets its own
// answer.
func TestGraphBilateralNestedFields(t *testing.T) {
	store := mustLoadFixture(t)
	cr := &countingReader{GraphReader: store}
	srv := graph.NewServer(graph.Config{Reader: cr})
	q := `{ bilateral(a: "KZ", b: "UZ") { events { id participants { person { id events(first: 5) { edges { node { id } } } } } }
	  people { person { id country { code } } } } }`
	_, resp := do(t, srv, q, nil, nil)
	if resp["errors"] != nil {
		t.Fatalf("errors: %v", resp["errors"])
	}
	// bilateral (1), Person.events (1), Person.country (1).
	if n := cr.total(); n > 3 {
		t.Errorf("%d reads for one request, want at most 3: %v", n, cr.calls)
	}
	b, _ := json.Marshal(resp)
	var out struct {
		Data struct {
			Bilateral struct {
				Events []struct {
					ID           string
					Participants []struct {
						Person struct {
							ID     string
							Events struct {
								Edges []struct{ Node struct{ ID string } }
							}
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range out.Data.Bilateral.Events {
		for _, p := range e.Participants {
			found := false
			for _, ed := range p.Person.Events.Edges {
				found = found || ed.Node.ID == e.ID
			}
			if len(p.Person.Events.Edges) < 5 && !found {
				t.Errorf("person %s: events %v lack the event %s they took part in", p.Person.ID, p.Person.Events.Edges, e.ID)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("the fixture has no KZ-UZ participants to check")
	}
}
