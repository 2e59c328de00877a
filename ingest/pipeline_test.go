package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

// fakeExtractor gives every article one event; it rejects texts with REJECT.
type fakeExtractor struct{}

func (fakeExtractor) Extract(a diplograph.Article) (diplograph.Facts, error) {
	if strings.Contains(a.Text, "REJECT") {
		return diplograph.Facts{}, diplograph.Errorf(diplograph.EINVALID, "no diplomatic content")
	}
	e := diplograph.Event{Type: diplograph.EventMeeting, Status: diplograph.StatusHeld, Date: "2025-01-02",
		Countries: []string{"KZ", "UZ"}, Participants: []string{"Aa Bb"}}
	return diplograph.Facts{ArticleID: a.ID, Language: "en", Events: []diplograph.Event{e}}, nil
}

// memWriter is an in-memory writer: WriteBatch fails a batch holding a
// text with POISON, and fails with EUNAVAILABLE while down > 0.
type memWriter struct {
	mu      sync.Mutex
	hashes  map[string]string
	calls   int
	down    int // calls to fail as unavailable
	always  bool
	batches []int
}

func newMemWriter() *memWriter { return &memWriter{hashes: map[string]string{}} }

func (w *memWriter) WriteBatch(ctx context.Context, docs []diplograph.Document) (diplograph.WriteStats, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	if w.always || w.down > 0 {
		w.down--
		return diplograph.WriteStats{}, &diplograph.Error{Code: diplograph.EUNAVAILABLE, Message: "Neo4j is not reachable"}
	}
	for _, d := range docs {
		if strings.Contains(d.Article.Text, "POISON") {
			return diplograph.WriteStats{}, errors.New("Neo.DatabaseError: something broke")
		}
	}
	var st diplograph.WriteStats
	for _, d := range docs {
		if _, ok := w.hashes[d.Article.ID]; !ok {
			st.NodesCreated++
		}
		w.hashes[d.Article.ID] = diplograph.ContentHash(d.Article.Text)
		st.Articles++
	}
	w.batches = append(w.batches, len(docs))
	return st, nil
}

func (w *memWriter) ArticleHash(ctx context.Context, ids []string) (map[string]string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[string]string{}
	for _, id := range ids {
		if h, ok := w.hashes[id]; ok {
			out[id] = h
		}
	}
	return out, nil
}

// fakeClock is a clock that Sleep advances.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	c.sleeps = append(c.sleeps, d)
	return ctx.Err()
}

func articles(n int, mark map[int]string) []diplograph.Article {
	var as []diplograph.Article
	for i := range n {
		as = append(as, diplograph.Article{Text: fmt.Sprintf("Article %d. %s", i, mark[i]), File: "in.jsonl", Line: i + 1})
	}
	return as
}

func newPipeline(w *memWriter, c *fakeClock, batch int) *ingest.Pipeline {
	return ingest.New(ingest.Config{Extractor: fakeExtractor{}, Writer: w, BatchSize: batch, Workers: 3,
		Now: c.Now, Sleep: c.Sleep})
}

func TestPipelineBisectsAFailingBatch(t *testing.T) {
	w := newMemWriter()
	c := &fakeClock{now: time.Unix(0, 0)}
	res, err := newPipeline(w, c, 16).Ingest(context.Background(), articles(40, map[int]string{5: "POISON", 33: "REJECT"}))
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed != 2 || len(res.ArticleIDs) != 38 || len(w.hashes) != 38 {
		t.Fatalf("failed %d, ids %d, stored %d; errors %v", res.Failed, len(res.ArticleIDs), len(w.hashes), res.Errors)
	}
	joined := strings.Join(res.Errors, "\n")
	for _, want := range []string{"in.jsonl:6: ", "in.jsonl:34: "} {
		if !strings.Contains(joined, want) {
			t.Errorf("errors %q lack %q", joined, want)
		}
	}
	// Input order is kept.
	want := articles(40, map[int]string{5: "POISON", 33: "REJECT"})
	k := 0
	for i, a := range want {
		if i == 5 || i == 33 {
			continue
		}
		if id := diplograph.ArticleID("", a.Text); res.ArticleIDs[k] != id {
			t.Fatalf("id %d is %s, want %s", k, res.ArticleIDs[k], id)
		}
		k++
	}
}

func TestPipelineRetriesWhileUnavailable(t *testing.T) {
	w := newMemWriter()
	w.down = 3
	c := &fakeClock{now: time.Unix(0, 0)}
	res, err := newPipeline(w, c, 100).Ingest(context.Background(), articles(10, nil))
	if err != nil || res.Failed != 0 || len(w.hashes) != 10 {
		t.Fatalf("err %v, res %+v", err, res)
	}
	if len(c.sleeps) != 3 || c.sleeps[1] != 2*c.sleeps[0] {
		t.Errorf("back-off sleeps %v", c.sleeps)
	}
}

func TestPipelineGivesUpWhenNeo4jStaysDown(t *testing.T) {
	w := newMemWriter()
	w.always = true
	c := &fakeClock{now: time.Unix(0, 0)}
	_, err := newPipeline(w, c, 100).Ingest(context.Background(), articles(10, nil))
	if diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE || !strings.Contains(err.Error(), "run the same command again") {
		t.Fatalf("err = %v", err)
	}
	var total time.Duration
	for _, d := range c.sleeps {
		total += d
	}
	if total < ingest.DefaultRetryBudget || total > ingest.DefaultRetryBudget+10*time.Second {
		t.Errorf("retried for %v", total)
	}
	if len(w.hashes) != 0 {
		t.Errorf("%d articles written", len(w.hashes))
	}
}

func TestPipelineSkipsUnchanged(t *testing.T) {
	w := newMemWriter()
	c := &fakeClock{now: time.Unix(0, 0)}
	p := newPipeline(w, c, 7)
	as := articles(30, nil)
	if _, err := p.Ingest(context.Background(), as); err != nil {
		t.Fatal(err)
	}
	calls := w.calls
	as = append(as, as[3]) // a repeat within the run
	src := func(ctx context.Context, emit func(ingest.Item) error) error {
		for _, a := range as {
			if err := emit(ingest.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	}
	s, err := p.Run(context.Background(), src, len(as))
	if err != nil {
		t.Fatal(err)
	}
	if s.Skipped != 31 || s.Written != 0 || w.calls != calls {
		t.Errorf("second run: %+v, %d more writes", s, w.calls-calls)
	}
}

func TestProgressFormat(t *testing.T) {
	got := ingest.FormatProgress(ingest.Progress{Done: 500, Total: 2000, Failed: 2, Skipped: 10, Elapsed: time.Second})
	want := "500/2000 articles, 500/s, ETA 3s, 10 unchanged, 2 failed"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
