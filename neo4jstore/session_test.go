package neo4jstore_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// boltLog keeps the Bolt messages the driver sends.
type boltLog struct {
	mu   sync.Mutex
	msgs []string
}

func (l *boltLog) LogClientMessage(_ string, msg string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, fmt.Sprintf(msg, args...))
}

func (l *boltLog) LogServerMessage(string, string, ...any) {}

// take returns the messages logged since the last call whose name is
// BEGIN, or RUN outside a transaction (its metadata names the database).
func (l *boltLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, m := range l.msgs {
		if strings.HasPrefix(m, "BEGIN ") || strings.HasPrefix(m, "RUN ") && strings.Contains(m, `"db":`) {
			out = append(out, m)
		}
	}
	l.msgs = nil
	return out
}

// withScheme returns the test database's URI with another scheme.
func withScheme(scheme string) string {
	_, rest, _ := strings.Cut(neo4jtest.Config().URI, "://")
	return scheme + "://" + rest
}

func TestOpenSchemes(t *testing.T) {
	neo4jtest.Open(t) // skips (fails under CI) without a test database
	ctx := wrCtx(t)
	for _, tc := range []struct {
		uri  string
		code string // "" for success
	}{
		{withScheme("bolt"), ""},
		{withScheme("neo4j"), ""},
		{"neo4j+s://127.0.0.1:1", diplograph.EUNAVAILABLE}, // accepted, nothing there
		{"http://127.0.0.1:7474", diplograph.EINVALID},
		{"127.0.0.1:7687", diplograph.EINVALID},
	} {
		t.Run(tc.uri, func(t *testing.T) {
			c := neo4jtest.Config()
			c.URI = tc.uri
			s, err := neo4jstore.Open(ctx, c)
			if tc.code != "" {
				if got := diplograph.ErrorCode(err); got != tc.code {
					t.Fatalf("Open(%s) = %v (%s), want %s", tc.uri, err, got, tc.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open(%s): %v", tc.uri, err)
			}
			defer s.Close(ctx)
			if _, err := s.Counts(ctx); err != nil {
				t.Errorf("Counts over %s: %v", tc.uri, err)
			}
		})
	}
}

// TestSessionAccessModes checks, from the Bolt messages, that every read
// of the store begins its transaction in read mode (routed to a reader in
// a cluster) and every write in write mode, and that the bookmarks of the
// context reach the server.
func TestSessionAccessModes(t *testing.T) {
	wrOpen(t)
	var log boltLog
	c := neo4jtest.Config()
	c.BoltLogger = &log
	ctx := wrCtx(t)
	s, err := neo4jstore.Open(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	doc := wrSynthetic(1, 5)
	var wb diplograph.WriteBookmarks
	wctx := diplograph.WithWriteBookmarks(ctx, &wb)
	writes := []struct {
		name string
		f    func() error
	}{
		{"WriteBatch", func() error { _, err := s.WriteBatch(wctx, []diplograph.Document{doc}); return err }},
		{"UpsertTopics", func() error {
			return s.UpsertTopics(wctx, []diplograph.Topic{{Key: diplograph.Topics[0], NameEN: "t" + time.Now().String()}})
		}},
		{"DeleteArticle", func() error { _, err := s.DeleteArticle(wctx, doc.Article.ID); return err }},
		{"WriteBatch again", func() error { _, err := s.WriteBatch(wctx, []diplograph.Document{doc}); return err }},
	}
	log.take()
	for _, w := range writes {
		if err := w.f(); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		msgs := log.take()
		if len(msgs) == 0 {
			t.Errorf("%s: no transaction began", w.name)
		}
		for _, m := range msgs {
			if strings.Contains(m, `"mode":"r"`) {
				t.Errorf("%s began a read transaction: %s", w.name, m)
			}
		}
	}
	bms := wb.List()
	if len(bms) == 0 {
		t.Fatal("the writes recorded no bookmark")
	}
	rctx := diplograph.WithReadAfter(ctx, bms[len(bms)-1:])
	first := diplograph.ListQuery{First: 5}
	reads := []struct {
		name string
		f    func() error
	}{
		{"Persons", func() error { _, err := s.Persons(rctx, first); return err }},
		{"Events", func() error { _, err := s.Events(rctx, first); return err }},
		{"Articles", func() error { _, err := s.Articles(rctx, first); return err }},
		{"RelatedPersons", func() error {
			_, err := s.RelatedPersons(rctx, diplograph.RelationQuery{Relation: diplograph.RelEventParticipants,
				Keys: []string{doc.Facts.Events[0].ID}, ListQuery: first})
			return err
		}},
		{"Search", func() error { _, err := s.Search(rctx, "memorandum", 5); return err }},
		{"Stats", func() error { _, err := s.Stats(rctx); return err }},
		{"Bilateral", func() error {
			_, err := s.Bilateral(rctx, diplograph.BilateralQuery{A: doc.Facts.Countries[0], B: doc.Facts.Countries[1]})
			return err
		}},
		{"Network", func() error { _, err := s.Network(rctx, diplograph.NetworkQuery{}); return err }},
		{"Timeline", func() error {
			_, err := s.Timeline(rctx, diplograph.TimelineQuery{Country: doc.Facts.Countries[0], First: 5})
			return err
		}},
		{"Counts", func() error { _, err := s.Counts(rctx); return err }},
		{"ArticleHash", func() error { _, err := s.ArticleHash(rctx, []string{doc.Article.ID}); return err }},
		{"ArticleDocuments", func() error { _, err := s.ArticleDocuments(rctx, []string{doc.Article.ID}); return err }},
		{"Snapshot", func() error { _, err := s.Snapshot(rctx); return err }},
		{"EventReports", func() error { _, err := s.EventReports(rctx); return err }},
		{"EventCandidates", func() error {
			_, err := s.EventCandidates(rctx, []diplograph.EventProbe{{Event: doc.Facts.Events[0]}}, 3)
			return err
		}},
		{"ReportingDocuments", func() error {
			_, err := s.ReportingDocuments(rctx, []string{doc.Facts.Events[0].ID}, 5)
			return err
		}},
		{"SchemaObjects", func() error { _, err := s.SchemaObjects(rctx); return err }},
		{"Ready", func() error { return s.Ready(rctx) }},
	}
	for _, r := range reads {
		if err := r.f(); err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		msgs := log.take()
		if len(msgs) == 0 {
			t.Errorf("%s: no transaction began", r.name)
		}
		for i, m := range msgs {
			if !strings.Contains(m, `"mode":"r"`) {
				t.Errorf("%s began a write transaction: %s", r.name, m)
			}
			// (A session's later transactions carry its own bookmark.)
			if i == 0 && !strings.Contains(m, bms[len(bms)-1]) {
				t.Errorf("%s did not send the bookmark of the context: %s", r.name, m)
			}
		}
	}
}

// futureBookmark returns bm (a Neo4j 5 bookmark: "FB:" and base64 of the
// database's id and its last transaction) moved to a transaction far
// ahead of it.
func futureBookmark(t *testing.T, bm string) string {
	t.Helper()
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(bm, "FB:"))
	// [list of 1] [bytes of 16: database id] [tx id] [empty list]
	if err != nil || !strings.HasPrefix(bm, "FB:") || len(raw) < 21 || raw[0] != 0x91 || raw[1] != 0xCC || raw[2] != 0x10 {
		t.Fatalf("bookmark %q is not in the Neo4j 5 format this test knows (%v)", bm, err)
	}
	out := append(append([]byte(nil), raw[:19]...), 0xCA, 0x7F, 0xFF, 0xFF, 0x00, raw[len(raw)-1])
	return "FB:" + base64.StdEncoding.EncodeToString(out)
}

// TestReadAfterBookmark checks that a read waits for the writes its
// bookmarks name: with the bookmark of a write it answers at once and
// sees the write; with the bookmark of a transaction the database has not
// reached it does not answer (the database waits), and with a bookmark
// that is none it fails as invalid.
func TestReadAfterBookmark(t *testing.T) {
	s := wrOpen(t)
	ctx := wrCtx(t)
	var wb diplograph.WriteBookmarks
	doc := wrSynthetic(2, 5)
	if _, err := s.WriteBatch(diplograph.WithWriteBookmarks(ctx, &wb), []diplograph.Document{doc}); err != nil {
		t.Fatal(err)
	}
	bms := wb.List()
	if len(bms) != 1 {
		t.Fatalf("bookmarks of one write: %v", bms)
	}
	h, err := s.ArticleHash(diplograph.WithReadAfter(ctx, bms), []string{doc.Article.ID})
	if err != nil || h[doc.Article.ID] == "" {
		t.Fatalf("read after the write: %v %v", h, err)
	}

	future := futureBookmark(t, bms[0])
	fctx, cancel := context.WithTimeout(diplograph.WithReadAfter(ctx, []string{future}), 1500*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = s.ArticleHash(fctx, []string{doc.Article.ID})
	if err == nil || time.Since(start) < time.Second {
		t.Errorf("read after a transaction not reached answered in %v: %v", time.Since(start), err)
	}
	if !errors.Is(err, context.DeadlineExceeded) && diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE {
		t.Errorf("read after a transaction not reached: %v, want a timeout", err)
	}

	_, err = s.ArticleHash(diplograph.WithReadAfter(ctx, []string{"not a bookmark"}), []string{doc.Article.ID})
	if diplograph.ErrorCode(err) != diplograph.EINVALID {
		t.Errorf("read after an invalid bookmark: %v, want EINVALID", err)
	}
}

// TestReady checks the readiness probe: ready when migrated, not ready
// (saying what is missing) when an index of the schema is gone, ready
// again after Migrate.
func TestReady(t *testing.T) {
	s := wrOpen(t)
	ctx := wrCtx(t)
	if err := s.Ready(ctx); err != nil {
		t.Fatalf("Ready after Migrate: %v", err)
	}
	wrRun(t, s, "DROP INDEX event_type IF EXISTS", nil)
	t.Cleanup(func() { _ = s.Migrate(context.Background()) })
	err := s.Ready(ctx)
	if diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE || !strings.Contains(diplograph.ErrorMessage(err), "index event_type") {
		t.Errorf("Ready without index event_type: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(ctx); err != nil {
		t.Errorf("Ready after Migrate again: %v", err)
	}
}
