package graph

import (
	"context"
	"encoding/json"
	"sync"
)

// Loaders batch the reads of nested fields so that a request costs a
// bounded number of queries, not one per node (no N+1).
//
// A list resolver records the keys of the nodes it returns as siblings.
// When a nested field of one of them is first resolved, the loader fetches
// that field for the node and all its siblings in one query, and the other
// siblings find their result waiting. So each nested field costs one query
// per list it appears under, whatever the length of the list. Loaders are
// created per request by the server's middleware and are safe for the
// concurrent field resolution of gqlgen.

type loadersKey struct{}

// loaders is the per-request state of the batch loaders.
type loaders struct {
	mu       sync.Mutex
	siblings map[string][]string // "Kind\x00key" -> keys of the list it came from
	groups   map[string]any      // group key -> *group[V]
}

func newLoaders() *loaders {
	return &loaders{siblings: map[string][]string{}, groups: map[string]any{}}
}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFrom returns the request's loaders; a fresh set when the context
// carries none (which only loses batching).
func loadersFrom(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders()
}

// remember records keys as siblings of kind.
func remember(ctx context.Context, kind string, keys []string) {
	if len(keys) == 0 {
		return
	}
	l := loadersFrom(ctx)
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		l.siblings[kind+"\x00"+k] = keys
	}
}

func (l *loaders) siblingsOf(kind, key string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.siblings[kind+"\x00"+key]
}

// group caches the results of one batched field (one relation with one
// set of arguments) for the request.
type group[V any] struct {
	mu      sync.Mutex
	entries map[string]*entry[V]
}

type entry[V any] struct {
	done chan struct{}
	val  V
	err  error
}

func groupOf[V any](l *loaders, name string) *group[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	if g, ok := l.groups[name].(*group[V]); ok {
		return g
	}
	g := &group[V]{entries: map[string]*entry[V]{}}
	l.groups[name] = g
	return g
}

// load returns the value of key in the group named name, fetching it with
// its siblings of kind in one call of fetch when it is not loaded yet.
func load[V any](ctx context.Context, kind, name, key string, fetch func(ctx context.Context, keys []string) (map[string]V, error)) (V, error) {
	l := loadersFrom(ctx)
	g := groupOf[V](l, name)
	g.mu.Lock()
	if e, ok := g.entries[key]; ok {
		g.mu.Unlock()
		select {
		case <-e.done:
			return e.val, e.err
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
	}
	keys := []string{key}
	for _, k := range l.siblingsOf(kind, key) {
		if _, ok := g.entries[k]; !ok && k != key {
			keys = append(keys, k)
		}
	}
	done := make(chan struct{})
	batch := make([]*entry[V], len(keys))
	for i, k := range keys {
		batch[i] = &entry[V]{done: done}
		g.entries[k] = batch[i]
	}
	g.mu.Unlock()

	res, err := fetch(ctx, keys)
	for i, k := range keys {
		batch[i].val, batch[i].err = res[k], err
	}
	close(done)
	return batch[0].val, batch[0].err
}

// groupName names a batched field by its relation and arguments.
func groupName(rel string, args any) string {
	b, _ := json.Marshal(args)
	return rel + "\x00" + string(b)
}
