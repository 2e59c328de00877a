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
	// events (1, with countries, topics, participants, and evidence
	// with its articles included), Country.ministers, Person.offices,
	// Person.country, Person.events, Event.sources: 6 reads.
	if n := cr.total(); n > 6 {
		t.Errorf("%d reads for one request, want at most 6: %v", n, cr.calls)
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

// unfoldingReader asks the store for no relation loaded with its nodes
// (ListQuery.Include's built relations and Pages), so that the resolvers
// read them through the loaders, as before the relations were folded.
type unfoldingReader struct{ diplograph.GraphReader }

func unfold(q diplograph.ListQuery) diplograph.ListQuery {
	var inc []string
	for _, r := range q.Include {
		if _, paged := q.Pages[r]; !paged && r != "country" && r != "offices" {
			inc = append(inc, r)
		}
	}
	q.Include, q.Pages = inc, nil
	return q
}

func (u unfoldingReader) Events(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	return u.GraphReader.Events(ctx, unfold(q))
}

func (u unfoldingReader) Persons(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.PersonNode], error) {
	return u.GraphReader.Persons(ctx, unfold(q))
}

// TestGraphRoundTrips pins the reads of the two queries of issue #11 that
// relations folded into the root statement make one round trip: an events
// page with countries, participants, evidence and the evidence's articles,
// and one person with country, offices and a page of events. Each answer
// is the one the batched loaders give.
func TestGraphRoundTrips(t *testing.T) {
	store := mustLoadFixture(t)
	cr := &countingReader{GraphReader: store}
	srv := graph.NewServer(graph.Config{Reader: cr})
	plain := graph.NewServer(graph.Config{Reader: unfoldingReader{store}})
	_, resp := do(t, srv, `{ ministers(first: 1, where: { country: { code: { eq: "KZ" } } }) { edges { node { id } } } }`, nil, nil)
	var who struct {
		Data struct {
			Ministers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	b, _ := json.Marshal(resp)
	if err := json.Unmarshal(b, &who); err != nil || len(who.Data.Ministers.Edges) == 0 {
		t.Fatalf("no minister of KZ in the fixture: %s", b)
	}
	person := who.Data.Ministers.Edges[0].Node.ID
	for _, tc := range []struct {
		name, query string
		vars        map[string]any
		reads       int
	}{
		{"events page", `{ events(first: 20, where: { type: { in: [MEETING, VISIT] }, status: { eq: HELD }, date: { gte: "2020-01", lt: "2030" } },
		  sort: [{ date: DESC }]) { totalCount edges { node { id type status date title countries { code }
		    participants { role person { id name } } evidence(first: 10) { sentence start end article { id } } } } } }`, nil, 1},
		{"events page, two pages of evidence", `{ events(first: 5) { edges { node { id
		    one: evidence(first: 1) { sentence article { title url } } all: evidence { sentence start article { id language } } } } } }`, nil, 1},
		{"person", `query ($id: ID!) { person(id: $id) { id name nameLatin isMinister country { code }
		  offices { title portfolio country { code } firstSeen lastSeen }
		  events(first: 10) { edges { node { id date title type } } } } }`, map[string]any{"id": person}, 1},
		{"person, events filtered, sorted and paged", `query ($id: ID!, $t: [EventType!], $after: String) { person(id: $id) { name
		  country { code name(lang: RU) } offices { title country { name } }
		  events(first: 2, after: $after, where: { type: { in: $t } }, sort: [{ title: ASC }]) { totalCount
		    edges { node { id title countries { code } participants { person { nameLatin } } } } pageInfo { hasNextPage } } } }`,
			map[string]any{"id": person, "t": []string{"MEETING", "VISIT", "PHONE_CALL"}, "after": "b2ZmOjA="}, 1},
		{"persons list", `{ ministers(first: 5) { edges { node { nameLatin country { code } offices { title } events(first: 3) { totalCount edges { node { id } } } } } } }`, nil, 1},
		// Not folded (two events fields of a person): the loaders read
		// the events, one read for both.
		{"person, two pages of events", `query ($id: ID!) { person(id: $id) { offices { title }
		  a: events(first: 1) { edges { node { id } } } b: events(first: 3) { edges { node { id } } } } }`, map[string]any{"id": person}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cr.mu.Lock()
			cr.calls = nil
			cr.mu.Unlock()
			_, got := do(t, srv, tc.query, tc.vars, nil)
			if got["errors"] != nil {
				t.Fatalf("errors: %v", got["errors"])
			}
			if n := cr.total(); n != tc.reads {
				t.Errorf("%d reads, want %d: %v", n, tc.reads, cr.calls)
			}
			_, want := do(t, plain, tc.query, tc.vars, nil)
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			if !bytes.Equal(g, w) {
				t.Errorf("folded answer differs from the loaders':\n%s\nwant\n%s", g, w)
			}
			if !bytes.Contains(g, []byte(`"id"`)) && !bytes.Contains(g, []byte(`"title"`)) {
				t.Errorf("empty answer: %s", g)
			}
		})
	}
}
