package graph

import (
	"context"
	"encoding/json"
	"sync"
)

// Loaders batch the reads of nested fields so that a request costs a
// bounded number of queries, not one per node (no N+1).
//
// Every resolver that returns nodes records their keys, by kind, as the
// request's known nodes. When a nested field of a node is first resolved,
// the loader fetches that field for the node and every known node of its
// kind not fetched yet, in one query, and the others find their result
// waiting. So a nested field costs one query per level of the request it
// appears at, whatever the number of nodes (no N+1). Loaders are created
// per request by the server's middleware and are safe for the concurrent
// field resolution of gqlgen.

type loadersKey struct{}

// maxBatch bounds the keys of one batched read.
const maxBatch = 1000

// loaders is the per-request state of the batch loaders.
type loaders struct {
	mu     sync.Mutex
	known  map[string][]string        // kind -> keys, in the order seen
	seen   map[string]map[string]bool // kind -> key -> known
	groups map[string]any             // group name -> *group[V]
	// pending are the results recorded by rememberLater whose keys
	// are not in known yet.
	pending []func(add func(kind string, keys []string))
}

func newLoaders() *loaders {
	return &loaders{known: map[string][]string{}, seen: map[string]map[string]bool{}, groups: map[string]any{}}
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

// remember records keys as known nodes of kind.
func remember(ctx context.Context, kind string, keys []string) {
	if len(keys) == 0 {
		return
	}
	l := loadersFrom(ctx)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.add(kind, keys)
}

// rememberLater records known nodes as remember does, but only when a
// loader first needs them: walk is then called with a function that
// records keys of a kind. A request whose selection has no batched nested
// field (a dashboard's big lists) so never spends time or garbage on it.
func rememberLater(ctx context.Context, walk func(add func(kind string, keys []string))) {
	l := loadersFrom(ctx)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending = append(l.pending, walk)
}

// add records keys as known nodes of kind; l.mu is held.
func (l *loaders) add(kind string, keys []string) {
	seen := l.seen[kind]
	if seen == nil {
		seen = map[string]bool{}
		l.seen[kind] = seen
	}
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			l.known[kind] = append(l.known[kind], k)
		}
	}
}

// knownOf returns the known keys of kind.
func (l *loaders) knownOf(kind string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.pending) > 0 {
		ps := l.pending
		l.pending = nil
		for _, walk := range ps {
			walk(l.add)
		}
	}
	return l.known[kind]
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
// the other known nodes of kind in one call of fetch when it is not loaded
// yet.
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
	for _, k := range l.knownOf(kind) {
		if len(keys) >= maxBatch {
			break
		}
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

// prime records val as the value of key in the group named name, as if a
// load had fetched it, unless the group has that key already. A relation
// loaded with its parents (see include.go) so costs no read of its own.
func prime[V any](ctx context.Context, name, key string, val V) {
	g := groupOf[V](loadersFrom(ctx), name)
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.entries[key]; ok {
		return
	}
	done := make(chan struct{})
	close(done)
	g.entries[key] = &entry[V]{done: done, val: val}
}
