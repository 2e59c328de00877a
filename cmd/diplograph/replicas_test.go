//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// replicaQueries are the queries both serve processes must answer alike:
// the scoped ones read only what the test's mutations write (Kazakhstan
// and Mongolia, which the generated corpus never pairs), the global ones
// also what the concurrent ingest writes.
var (
	replicaScoped = []string{
		`{ bilateral(a: "KZ", b: "MN") { eventCount firstContact lastContact byYear { key count } byType { type count }
		   people(first: 10) { person { id name } count } events(first: 50) { id date city participants { person { name } } }
		   agreements { id kind } sources(first: 50) { id url } } }`,
		`{ events(where: {countries: {some: {code: {eq: "MN"}}}}, sort: [{date: DESC}], first: 50) {
		   totalCount edges { node { id title date type status evidence { sentence article { id } } } } } }`,
		`{ country(code: "MN") { code name } persons(where: {country: {code: {eq: "MN"}}}, sort: [{name: ASC}], first: 50) {
		   totalCount edges { node { id name nameLatin } } } }`,
	}
	replicaGlobal = []string{
		`{ stats { articles countries persons ministers organizations events agreements topics } }`,
		`{ events(sort: [{date: DESC}], first: 20) { totalCount edges { node { id date title countries { code } } } } }`,
		`{ bilateral(a: "KZ", b: "RU") { eventCount firstContact lastContact byType { type count } people(first: 5) { person { id } count } } }`,
	}
)

// TestTwoServesAgreeUnderIngest runs two `diplograph serve` processes over
// one Neo4j while a `diplograph ingest` process writes a generated corpus.
// Meanwhile articles about Kazakhstan and Mongolia are ingested through
// the two processes in turn (every other one reports the meeting of the
// one before, so they resolve into one event); after each, both processes
// are asked the scoped queries with the bookmark of that write: their
// answers are equal and hold the write. The global queries, which the
// ingest changes, are asked of the first process, then the second, then
// the first again: whenever the first answered the same twice, the second
// must have answered that too. When the ingest has finished, both give
// the same answers to every query.
func TestTwoServesAgreeUnderIngest(t *testing.T) {
	env := testEnv(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	corpus := filepath.Join(t.TempDir(), "gen.jsonl")
	if code, _, errs := run(t, nil, "", "gen", "--n", "600", "--seed", "14", "--out", corpus); code != ExitOK {
		t.Fatalf("gen: %d %s", code, errs)
	}
	env["DIPLOGRAPH_API_KEY"] = "test-key"
	serves := []*serveProcess{startServeProcess(t, env), startServeProcess(t, env)}
	defer func() {
		for _, p := range serves {
			p.stop(t)
		}
	}()
	cmd, out := startCommand(t, env, nil, "ingest", "--batch-size", "10", "--workers", "1", corpus)
	ingestDone := make(chan error, 1)
	go func() { ingestDone <- cmd.Wait() }()

	ask := func(p *serveProcess, q, bookmark string) string {
		h := http.Header{}
		if bookmark != "" {
			h.Set(graph.BookmarkHeader, bookmark)
		}
		_, body := p.post(t, q, nil, h)
		if body["errors"] != nil {
			t.Fatalf("%s: %v", q, body["errors"])
		}
		b, _ := json.Marshal(body["data"])
		return string(b)
	}
	const mutation = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleIds failed } }`
	auth := http.Header{"Authorization": {"Bearer test-key"}}
	day0 := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	stable, unstable, written := 0, 0, 0
	running := true
	for i := 0; running || i < 12; i++ {
		select {
		case err := <-ingestDone:
			if err != nil {
				t.Fatalf("ingest: %v\n%s", err, out)
			}
			running = false
		default:
		}
		if i >= 40 {
			break
		}
		// Article i, through process i%2: the meeting of day i/2, told
		// dated by the first report and undated, a day later, by the second.
		day := day0.AddDate(0, 0, 3*(i/2))
		text := fmt.Sprintf("On %s in Ulaanbaatar, Minister of Foreign Affairs of Kazakhstan Aidar Temirkhanov held talks with Minister of Foreign Affairs of Mongolia Bat Erdene (round %d).",
			day.Format("2 January 2006"), i/2)
		published := day.Format("2006-01-02")
		if i%2 == 1 {
			text = fmt.Sprintf("Minister of Foreign Affairs of Kazakhstan Aidar Temirkhanov and Minister of Foreign Affairs of Mongolia Bat Erdene held talks in Ulaanbaatar (round %d).", i/2)
			published = day.AddDate(0, 0, 1).Format("2006-01-02")
		}
		in := map[string]any{"url": fmt.Sprintf("https://news.example.org/replicas/%d", i), "published": published, "text": text}
		hdr, res := serves[i%2].post(t, mutation, map[string]any{"in": in}, auth)
		bm := hdr.Get(graph.BookmarkHeader)
		if res["errors"] != nil || bm == "" {
			t.Fatalf("ingest %d through process %d: bookmark %q, %v", i, i%2, bm, res)
		}
		written++
		for _, q := range replicaScoped {
			a, b := ask(serves[0], q, bm), ask(serves[1], q, bm)
			if a != b {
				t.Errorf("after write %d, at its bookmark, the processes differ on %s:\n%s\n%s", i, q, a, b)
			}
		}
		if n := countOf(t, ask(serves[0], replicaScoped[1], bm)); n != (i+2)/2 {
			t.Errorf("after write %d: %d events of Mongolia, want %d", i, n, (i+2)/2)
		}
		if !running {
			continue
		}
		for _, q := range replicaGlobal {
			a1 := ask(serves[0], q, bm)
			b := ask(serves[1], q, bm)
			a2 := ask(serves[0], q, bm)
			switch {
			case a1 != a2:
				unstable++
			case b != a1:
				t.Errorf("the graph did not change, but the processes differ on %s:\n%s\n%s", q, a1, b)
			default:
				stable++
			}
		}
	}
	if running {
		select {
		case err := <-ingestDone:
			if err != nil {
				t.Fatalf("ingest: %v\n%s", err, out)
			}
		case <-time.After(5 * time.Minute):
			t.Fatalf("ingest still running after 5 minutes")
		}
	}
	t.Logf("%d writes through the processes; during the ingest %d global answers compared (%d more changed meanwhile)", written, stable, unstable)
	if stable == 0 {
		t.Errorf("no global answer compared while the ingest ran")
	}
	for _, q := range append(replicaScoped, replicaGlobal...) {
		if a, b := ask(serves[0], q, ""), ask(serves[1], q, ""); a != b {
			t.Errorf("after the ingest the processes differ on %s:\n%s\n%s", q, a, b)
		}
	}
}

// countOf reads data.events.totalCount of an answer.
func countOf(t *testing.T, data string) int {
	t.Helper()
	var v struct {
		Events struct{ TotalCount int }
	}
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		t.Fatal(err)
	}
	return v.Events.TotalCount
}
