package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/diplograph/diplograph"
)

// budget is one request's allowance of database calls: at most max calls
// in all, at most width of them at once. Every read of the request goes
// through it (timedReader), so an operation that the static checks let
// through still cannot make thousands of calls, nor hold more than width
// of the driver's connections while other requests wait.
type budget struct {
	max   int64
	calls atomic.Int64
	slots chan struct{}
}

type budgetKey struct{}

func newBudget(max, width int) *budget {
	return &budget{max: int64(max), slots: make(chan struct{}, width)}
}

func withBudget(ctx context.Context, b *budget) context.Context {
	return context.WithValue(ctx, budgetKey{}, b)
}

func budgetFrom(ctx context.Context) *budget {
	b, _ := ctx.Value(budgetKey{}).(*budget)
	return b
}

// acquire takes one call from the budget and waits for a slot; release
// gives the slot back. It fails with ELIMIT once the calls are spent, and
// with the context's error when the request ends while it waits.
func (b *budget) acquire(ctx context.Context) (release func(), err error) {
	if n := b.calls.Add(1); n > b.max {
		return nil, &diplograph.Error{Op: "graph.budget", Code: diplograph.ELIMIT,
			Message: fmt.Sprintf("the request needs more than %d database reads: ask for less in one request", b.max)}
	}
	select {
	case b.slots <- struct{}{}:
		return func() { <-b.slots }, nil
	case <-ctx.Done():
		return nil, &diplograph.Error{Op: "graph.budget", Code: diplograph.ECANCELED, Message: "the request ended", Err: ctx.Err()}
	}
}

// used returns the calls made or refused so far.
func (b *budget) used() int {
	return int(min(b.calls.Load(), b.max))
}

// storeHealth remembers whether Neo4j is known to be down, so that reads
// fail at once with UNAVAILABLE instead of each waiting for the driver to
// give up. Neo4j is known down when a ping fails: the /healthz probe's,
// or the one a read that failed as unavailable makes. While it is down, at
// most one read or ping every probeEvery is let through to find out whether
// it is back.
type storeHealth struct {
	pinger     diplograph.Pinger
	probeEvery time.Duration

	mu        sync.Mutex
	down      bool
	lastProbe time.Time
}

// errKnownDown is the error of a read refused while Neo4j is known down.
var errKnownDown = errors.New("Neo4j was found unreachable moments ago")

// admit reports whether a read may go to Neo4j now.
func (h *storeHealth) admit(now time.Time) bool {
	if h == nil {
		return true
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.down {
		return true
	}
	if now.Sub(h.lastProbe) < h.probeEvery {
		return false
	}
	h.lastProbe = now // this read is the probe
	return true
}

// set records the outcome of a ping, or of a read that probed.
func (h *storeHealth) set(up bool, now time.Time) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !up && !h.down {
		h.lastProbe = now
	}
	h.down = !up
}

// isDown reports whether Neo4j is known down.
func (h *storeHealth) isDown() bool {
	if h == nil {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.down
}

// confirm pings Neo4j after a read failed as unavailable, so that a slow
// query that ran out of time does not count as Neo4j being down.
func (h *storeHealth) confirm(ctx context.Context) {
	if h == nil || h.pinger == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	h.set(h.pinger.Ping(ctx) == nil, time.Now())
}
