package neo4jstore_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/neo4jstore"
)

// TestWriteSerial: serialised writes run their plans one at a time,
// even from eight goroutines at once (a plan that found another inside
// would count it); each plan sees the clock the write before it left, so
// the clocks form one chain; what they write is what WriteBatch writes;
// the clock node is in neither Counts nor Snapshot.
func TestWriteSerial(t *testing.T) {
	docs := wrCorpus(16, 6)
	s := wrOpen(t)
	wrWrite(t, s, docs...)
	want := wrDump(t, s, "ingestedAt")

	s = wrOpen(t)
	var inside, overlaps atomic.Int32
	var mu sync.Mutex
	next := map[string]string{} // clock before -> clock after
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var before string
			_, after, err := s.WriteSerial(context.Background(), func(ctx context.Context, clock string, f diplograph.EventFinder) (diplograph.SerialWrite, error) {
				if inside.Add(1) > 1 {
					overlaps.Add(1)
				}
				defer inside.Add(-1)
				before = clock
				// Read through the transaction, as resolution does.
				if _, err := f.ArticleDocuments(ctx, []string{docs[g*2].Article.ID}); err != nil {
					return diplograph.SerialWrite{}, err
				}
				time.Sleep(20 * time.Millisecond)
				return diplograph.SerialWrite{Docs: docs[g*2 : g*2+2]}, nil
			})
			if err != nil {
				errs <- fmt.Errorf("writer %d: %w", g, err)
				return
			}
			mu.Lock()
			next[before] = after
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := overlaps.Load(); n > 0 {
		t.Errorf("%d plans ran while another was running", n)
	}
	// One chain: every clock left is the one the next write found.
	starts := 0
	for before := range next {
		found := false
		for _, after := range next {
			found = found || after == before
		}
		if !found {
			starts++
		}
	}
	if len(next) != 8 || starts != 1 {
		t.Errorf("clocks %v: want 8 writes in one chain", next)
	}
	if got := wrDump(t, s, "ingestedAt"); strings.Join(wrNoClock(got), "\n") != strings.Join(want, "\n") {
		t.Errorf("serialised writes differ from one WriteBatch:\n%s", wrDiff(want, wrNoClock(got)))
	}
	if c := wrCounts(t, s); c[neo4jstore.LabelIngestClock] != 0 {
		t.Errorf("Counts has the clock: %v", c)
	}
	snap, err := s.Snapshot(wrCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range snap {
		if strings.Contains(l, neo4jstore.LabelIngestClock) {
			t.Errorf("Snapshot has the clock: %s", l)
		}
	}

	// A plan's error is returned as it is and nothing is written.
	boom := &diplograph.Error{Code: diplograph.EINVALID, Message: "boom"}
	_, _, err = s.WriteSerial(context.Background(), func(context.Context, string, diplograph.EventFinder) (diplograph.SerialWrite, error) {
		return diplograph.SerialWrite{}, boom
	})
	if err != boom {
		t.Errorf("plan error: got %v", err)
	}
	// Deleting an article that is not there is ENOTFOUND.
	_, _, err = s.WriteSerial(context.Background(), func(context.Context, string, diplograph.EventFinder) (diplograph.SerialWrite, error) {
		return diplograph.SerialWrite{Delete: "no-such-article"}, nil
	})
	if diplograph.ErrorCode(err) != diplograph.ENOTFOUND {
		t.Errorf("delete of a missing article: %v", err)
	}
}

// wrNoClock leaves the ingest clock out of a dump.
func wrNoClock(dump []string) []string {
	var out []string
	for _, l := range dump {
		if !strings.Contains(l, "["+neo4jstore.LabelIngestClock+"]") {
			out = append(out, l)
		}
	}
	return out
}
