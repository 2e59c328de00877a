package ingest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/ingest/gen"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// openStore returns an empty, migrated test database.
func openStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	s := neo4jtest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func realPipeline(s *neo4jstore.Store, batch int) *ingest.Pipeline {
	return ingest.New(ingest.Config{Extractor: extractor.New(extractor.Options{}), Writer: s, BatchSize: batch, Workers: 2})
}

func ingestPaths(t *testing.T, p *ingest.Pipeline, paths ...string) ingest.Summary {
	t.Helper()
	s, err := p.IngestPaths(context.Background(), paths, -1)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func snapshot(t *testing.T, s *neo4jstore.Store) []string {
	t.Helper()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func counts(t *testing.T, s *neo4jstore.Store) map[string]int {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// meetings returns the snapshot lines of the MEETING events held (the
// articles may also announce a next, planned round).
func meetings(snap []string) []string {
	var out []string
	for _, l := range snap {
		if strings.HasPrefix(l, "node [Event]") && strings.Contains(l, `"type":"MEETING"`) && strings.Contains(l, `"status":"HELD"`) {
			out = append(out, l)
		}
	}
	return out
}

// corpus writes a generated corpus of n articles as JSON Lines and returns
// its path.
func corpus(t testing.TB, n int, seed uint64) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := gen.WriteJSONL(&b, gen.New(gen.Options{N: n, Rand: rand.New(rand.NewPCG(seed, 0))})); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := writeFile(path, b.Bytes()); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestIngestIsIdempotent(t *testing.T) {
	s := openStore(t)
	paths := []string{filepath.Join("testdata", "merge"), filepath.Join("testdata", "distinct"), corpus(t, 120, 11)}
	first := ingestPaths(t, realPipeline(s, 50), paths...)
	if first.Failed != 0 || first.Written == 0 {
		t.Fatalf("first run: %+v", first)
	}
	c1, snap1 := counts(t, s), snapshot(t, s)

	second := ingestPaths(t, realPipeline(s, 7), paths...)
	if second.Written != 0 || second.Skipped != first.Written+first.Skipped || second.Stats != (diplograph.WriteStats{}) {
		t.Errorf("second run wrote: %+v (first %+v)", second, first)
	}
	if c2 := counts(t, s); !equalMaps(c1, c2) {
		t.Errorf("counts changed:\n%v\n%v", c1, c2)
	}
	if snap2 := snapshot(t, s); !slices.Equal(snap1, snap2) {
		t.Errorf("graph changed: %s", firstDiff(snap1, snap2))
	}
}

func TestRussianAndKazakhReportsOfOneMeeting(t *testing.T) {
	s := openStore(t)
	sum := ingestPaths(t, realPipeline(s, 200), filepath.Join("testdata", "merge"))
	if sum.Written != 2 || sum.Failed != 0 {
		t.Fatalf("summary %+v", sum)
	}
	snap := snapshot(t, s)
	ms := meetings(snap)
	if len(ms) != 1 {
		t.Fatalf("%d meetings, want 1:\n%s", len(ms), strings.Join(ms, "\n"))
	}
	reports, err := s.EventReports(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	two := 0
	for _, n := range reports {
		if n == 2 {
			two++
		}
	}
	if two != 1 {
		t.Errorf("reports per event: %v, want one event reported twice", reports)
	}
	c := counts(t, s)
	if c["Person"] != 2 || c["Minister"] != 2 {
		t.Errorf("persons %d, ministers %d, want 2 and 2", c["Person"], c["Minister"])
	}
}

func TestTwoMeetingsOfTheSameMinistersStayTwo(t *testing.T) {
	s := openStore(t)
	ingestPaths(t, realPipeline(s, 200), filepath.Join("testdata", "distinct"))
	ms := meetings(snapshot(t, s))
	if len(ms) != 2 {
		t.Fatalf("%d meetings, want 2:\n%s", len(ms), strings.Join(ms, "\n"))
	}
	if c := counts(t, s); c["Person"] != 2 {
		t.Errorf("%d persons, want 2", c["Person"])
	}
}

func TestDeleteKeepsSharedFacts(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	p := realPipeline(s, 200)
	res, err := p.Ingest(ctx, []diplograph.Article{
		{Text: readFile(t, "testdata/merge/ru_tashkent.txt"), File: "ru"},
		{Text: readFile(t, "testdata/merge/kk_tashkent.txt"), File: "kk"},
	})
	if err != nil || res.Failed != 0 || len(res.ArticleIDs) != 2 {
		t.Fatalf("ingest: %v %+v", err, res)
	}
	if _, err := s.DeleteArticle(ctx, res.ArticleIDs[0]); err != nil {
		t.Fatal(err)
	}
	c := counts(t, s)
	if c["Article"] != 1 || c["Person"] != 2 || len(meetings(snapshot(t, s))) != 1 {
		t.Errorf("after deleting one report: %v", c)
	}
	if _, err := s.DeleteArticle(ctx, res.ArticleIDs[1]); err != nil {
		t.Fatal(err)
	}
	c = counts(t, s)
	if c["Article"] != 0 || c["Person"] != 0 || c["Event"] != 0 {
		t.Errorf("after deleting both: %v", c)
	}
}

func TestChangedTextReplacesWhatTheArticleSupported(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	p := realPipeline(s, 200)
	url := "https://example.org/news/kz-uz-talks"
	march := readFile(t, "testdata/merge/ru_tashkent.txt")
	june := readFile(t, "testdata/distinct/ru_astana_june.txt")
	for _, text := range []string{march, june} {
		if res, err := p.Ingest(ctx, []diplograph.Article{{URL: url, Text: text}}); err != nil || res.Failed != 0 {
			t.Fatalf("ingest: %v %+v", err, res)
		}
	}
	ms := meetings(snapshot(t, s))
	if len(ms) != 1 || !strings.Contains(ms[0], "2025-06-20") {
		t.Errorf("meetings after the edit: %s", strings.Join(ms, "\n"))
	}
	if c := counts(t, s); c["Article"] != 1 {
		t.Errorf("%d articles", c["Article"])
	}
}

func TestBadFilesAmongGoodOnes(t *testing.T) {
	s := openStore(t)
	sum := ingestPaths(t, realPipeline(s, 200), filepath.Join("testdata", "bad"))
	if sum.Written != 2 || sum.Failed != 4 {
		t.Errorf("written %d, failed %d, want 2 and 4; errors %v", sum.Written, sum.Failed, sum.Errors)
	}
	var msgs []string
	for _, e := range sum.Errors {
		msgs = append(msgs, e.Error())
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{"empty.txt", "not_utf8.txt", "lines.jsonl:2:", "lines.jsonl:3:"} {
		if !strings.Contains(joined, want) {
			t.Errorf("errors lack %q:\n%s", want, joined)
		}
	}
	if c := counts(t, s); c["Article"] != 2 {
		t.Errorf("%d articles stored, want 2", c["Article"])
	}
}

// Eight ingests of overlapping parts of one corpus at once leave the same
// graph as one ingest of the whole corpus.
func TestConcurrentOverlappingIngests(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	var all []diplograph.Article
	f := readFile(t, corpus(t, 240, 5))
	sc := bufio.NewScanner(strings.NewReader(f))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a diplograph.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		all = append(all, a)
	}
	if _, err := realPipeline(s, 50).Ingest(ctx, all); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, s)
	neo4jtest.Wipe(t, s)

	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			part := all[i*20 : min(len(all), i*20+100)]
			res, err := realPipeline(s, 25).Ingest(ctx, part)
			if err == nil && res.Failed > 0 {
				err = &diplograph.Error{Message: strings.Join(res.Errors, "; ")}
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if got := snapshot(t, s); !slices.Equal(got, want) {
		t.Errorf("graph after concurrent ingests differs (%d vs %d lines): %s", len(got), len(want), firstDiff(want, got))
	}
}

func equalMaps(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func firstDiff(a, b []string) string {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			// Where they part, within a window: lines hold whole texts.
			k := 0
			for k < len(x) && k < len(y) && x[k] == y[k] {
				k++
			}
			cut := func(s string) string { return s[max(0, k-120):min(len(s), k+120)] }
			return fmt.Sprintf("\nat byte %d of line %d:\n- %s\n+ %s", k, i, cut(x), cut(y))
		}
	}
	return ""
}

// corrupting wraps an extractor and breaks the facts of texts marked
// CORRUPT, so that the store rejects them.
type corrupting struct{ x diplograph.Extractor }

func (c corrupting) Extract(a diplograph.Article) (diplograph.Facts, error) {
	f, err := c.x.Extract(a)
	if err == nil && strings.Contains(a.Text, "CORRUPT") {
		f.Countries = append(f.Countries, "Narnia")
	}
	return f, err
}

// A batch that Neo4j rejects is split until only the guilty article is
// left out.
func TestBatchWithOneBadDocument(t *testing.T) {
	s := openStore(t)
	f := readFile(t, corpus(t, 30, 3))
	lines := strings.Split(strings.TrimSpace(f), "\n")
	lines[17] = strings.Replace(lines[17], `"text":"`, `"text":"CORRUPT `, 1)
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := writeFile(path, []byte(strings.Join(lines, "\n")+"\n")); err != nil {
		t.Fatal(err)
	}
	p := ingest.New(ingest.Config{Extractor: corrupting{extractor.New(extractor.Options{})}, Writer: s, BatchSize: 200, Workers: 2})
	sum := ingestPaths(t, p, path)
	if sum.Written != 29 || sum.Failed != 1 || len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Error(), "c.jsonl:18:") {
		t.Fatalf("summary %+v", sum)
	}
	if c := counts(t, s); c["Article"] != 29 {
		t.Errorf("%d articles stored", c["Article"])
	}
}

// TestArticlesWithoutTitleGetTheirHeadline checks that a text article is
// stored with the headline that opens it as its title.
func TestArticlesWithoutTitleGetTheirHeadline(t *testing.T) {
	s := openStore(t)
	dir := t.TempDir()
	text := "date 2026-02-11\nFinland and Estonia agree on a new ferry corridor\n\n" +
		"The foreign ministers of Finland and Estonia met in Tallinn on 11 February and discussed transport links.\n"
	if err := writeFile(filepath.Join(dir, "ferry.txt"), []byte(text)); err != nil {
		t.Fatal(err)
	}
	if sum := ingestPaths(t, realPipeline(s, 10), dir); sum.Written != 1 {
		t.Fatalf("summary %+v", sum)
	}
	p, err := s.Articles(context.Background(), diplograph.ListQuery{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 1 || p.Items[0].Title != "Finland and Estonia agree on a new ferry corridor" {
		t.Errorf("articles %+v, want one titled by its headline", p.Items)
	}
}
