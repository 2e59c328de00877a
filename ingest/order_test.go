package ingest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/neo4jstore"
)

// reset empties the test database.
func reset(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	ctx := context.Background()
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
}

// The same articles in any order, in one run or one a run, give the same
// graph: every node, relationship and property (a property test over
// shuffles of the project's own articles and the two seed reports of one
// session).
func TestOrderFree(t *testing.T) {
	var paths []string
	for _, dir := range []string{"../eval/dev/articles", "../eval/holdout/articles"} {
		ps, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(ps) == 0 {
			t.Fatalf("%s: no articles (%v)", dir, err)
		}
		paths = append(paths, ps...)
	}
	paths = append(paths, seedPaths(t, "000", "001")...)
	s := openStore(t)
	reset(t, s)
	ingestPaths(t, realPipeline(s, 200), paths...)
	want := snapshot(t, s)
	rng := rand.New(rand.NewPCG(7, 11))
	for run := range 3 {
		order := slices.Clone(paths)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		batch := []int{1, 1, 5}[run]
		t.Run(fmt.Sprintf("shuffle %d, batches of %d", run, batch), func(t *testing.T) {
			reset(t, s)
			for i := 0; i < len(order); i += batch {
				ingestPaths(t, realPipeline(s, batch), order[i:min(i+batch, len(order))]...)
			}
			if got := snapshot(t, s); !slices.Equal(want, got) {
				t.Errorf("the graph depends on the order: %s", firstDiff(want, got))
			}
		})
	}
}

// A report that alone ties two others (a day after one, a day before the
// other) merges them; deleting it leaves the graph as if it had never been
// ingested: the two come apart.
func TestDeleteUnmergesABridge(t *testing.T) {
	texts := map[string]string{
		"a.txt": "date 2025-03-14\nOn 14 March 2025 Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent.",
		"b.txt": "date 2025-03-16\nOn 16 March 2025 Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent.",
		"c.txt": "date 2025-03-15\nOn 15 March 2025 Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent.",
	}
	path := writeTexts(t, texts)
	s := openStore(t)
	reset(t, s)
	p := realPipeline(s, 200)
	ingestPaths(t, p, path["a.txt"], path["b.txt"])
	apart := snapshot(t, s)
	if n := len(eventsOfType(apart, "MEETING")); n != 2 {
		t.Fatalf("%d meetings two days apart, want 2", n)
	}
	reset(t, s)
	ingestPaths(t, p, path["a.txt"], path["b.txt"])
	res := ingestPaths(t, p, path["c.txt"])
	if n := len(eventsOfType(snapshot(t, s), "MEETING")); n != 1 || res.MergedEvents != 1 {
		t.Fatalf("%d meetings, %d merged: the report between them does not tie them", n, res.MergedEvents)
	}
	var c string
	for _, l := range snapshot(t, s) {
		if strings.HasPrefix(l, "node [Article]") && strings.Contains(l, "c.txt") {
			c = strings.Fields(l)[2]
		}
	}
	if _, err := p.DeleteArticle(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, s); !slices.Equal(apart, got) {
		t.Errorf("after the delete the graph is not as if the bridge had never come: %s", firstDiff(apart, got))
	}
	if _, err := p.DeleteArticle(context.Background(), c); err == nil {
		t.Error("deleting it again: no error")
	}
}

// An undated report of a session of two co-chairs joins their only
// session; when a session of theirs a year earlier comes, the report may
// be of either and joins neither, as in one run: the event it joined,
// though dated, is a candidate of the new session through its undated
// report.
func TestUndatedReportLeavesWhenARivalComes(t *testing.T) {
	texts := map[string]string{
		// No date line, no date: the session of the two presidents.
		"undated.txt": "Высший межгосударственный совет Казахстана и Узбекистана собрался под председательством Касым-Жомарта Токаева и Шавката Мирзиёева. На заседании лидеры говорили о торговле, воде и транзите.",
		"second.txt":  "date 2025-11-15\nTASHKENT, 15 November 2025. Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev chaired the second session of the Kazakh-Uzbek Supreme Interstate Council in Tashkent on 15 November.",
		"first.txt":   "date 2024-08-08\nASTANA, 8 August 2024. Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev chaired the first session of the Kazakh-Uzbek Supreme Interstate Council in Astana on 8 August.",
	}
	path := writeTexts(t, texts)
	s := openStore(t)
	reset(t, s)
	p := realPipeline(s, 200)
	ingestPaths(t, p, path["undated.txt"], path["second.txt"])
	if n := len(eventsOfType(snapshot(t, s), "COMMISSION_SESSION")); n != 1 {
		t.Fatalf("%d sessions, want 1: the undated report does not join the only session", n)
	}
	ingestPaths(t, p, path["first.txt"])
	got := snapshot(t, s)
	reset(t, s)
	ingestPaths(t, p, path["undated.txt"], path["second.txt"], path["first.txt"])
	want := snapshot(t, s)
	if n := len(eventsOfType(want, "COMMISSION_SESSION")); n != 3 {
		t.Errorf("one run: %d sessions, want 3 (the undated report joins neither)", n)
	}
	if !slices.Equal(want, got) {
		t.Errorf("the graph depends on the order: %s", firstDiff(want, got))
	}
}
