package diplograph

import (
	"context"
	"slices"
	"sync"
)

// Causal consistency across replicas.
//
// With several copies of the service over a Neo4j cluster, a write made
// through one copy and a read made through another may reach different
// database servers, and a read replica may not have applied the write yet.
// A bookmark is the database's name for a point in its history (an opaque
// string): a read that carries the bookmarks of a write runs on a server
// only once that server has applied the write. The store gives the
// bookmarks of its writes to the WriteBookmarks of the context
// (RecordBookmarks), and waits for those of the context (ReadAfter) before
// it reads or writes.

// MaxBookmarks bounds how many bookmarks a request may carry.
const MaxBookmarks = 16

// MaxBookmarkLen bounds the length of one bookmark.
const MaxBookmarkLen = 512

type readAfterKey struct{}

// WithReadAfter returns a context whose reads and writes run after the
// writes the bookmarks name (a bookmark from another database or an
// invalid one fails them).
func WithReadAfter(ctx context.Context, bookmarks []string) context.Context {
	if len(bookmarks) == 0 {
		return ctx
	}
	return context.WithValue(ctx, readAfterKey{}, slices.Clone(bookmarks))
}

// ReadAfter returns the bookmarks WithReadAfter put in ctx, or nil.
func ReadAfter(ctx context.Context) []string {
	b, _ := ctx.Value(readAfterKey{}).([]string)
	return b
}

// WriteBookmarks collects the bookmarks of the writes made with a
// context (WithWriteBookmarks); safe for concurrent use.
type WriteBookmarks struct {
	mu        sync.Mutex
	bookmarks []string
}

// Add records bookmarks, once each.
func (w *WriteBookmarks) Add(bookmarks ...string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range bookmarks {
		if b != "" && !slices.Contains(w.bookmarks, b) {
			w.bookmarks = append(w.bookmarks, b)
		}
	}
}

// List returns the bookmarks recorded so far, sorted.
func (w *WriteBookmarks) List() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := slices.Clone(w.bookmarks)
	slices.Sort(out)
	return out
}

type writeBookmarksKey struct{}

// WithWriteBookmarks returns a context whose writes record their
// bookmarks in w.
func WithWriteBookmarks(ctx context.Context, w *WriteBookmarks) context.Context {
	return context.WithValue(ctx, writeBookmarksKey{}, w)
}

// RecordBookmarks records the bookmarks of a committed write in the
// WriteBookmarks of ctx, if it has one.
func RecordBookmarks(ctx context.Context, bookmarks []string) {
	if w, _ := ctx.Value(writeBookmarksKey{}).(*WriteBookmarks); w != nil {
		w.Add(bookmarks...)
	}
}

// Readier says whether a dependency is ready to serve: reachable and set
// up (for a database: its schema migrated); for readiness probes.
type Readier interface {
	// Ready returns nil when ready, EUNAVAILABLE saying why not otherwise.
	Ready(ctx context.Context) error
}
