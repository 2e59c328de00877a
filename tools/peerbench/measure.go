package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// side is one server of a pair: its client and its request.
type side struct {
	c    *client
	body []byte
}

// timings are the latencies of one side of a pair at one level of one run.
type timings []time.Duration

// percentile returns the p-quantile (0 < p <= 1) by the nearest-rank
// method, or 0 when there are none.
func (t timings) percentile(p float64) time.Duration {
	if len(t) == 0 {
		return 0
	}
	s := slices.Clone(t)
	slices.Sort(s)
	rank := int(float64(len(s))*p+0.999999999) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

// interleave sends n requests to each of the two sides from clients
// concurrent workers: each worker alternates the sides, starting with the
// project on even turns and with the peer on odd ones, so that both meet
// the same load on the machine. It returns the latencies of each side and
// the first error (a failed request or a GraphQL error).
func interleave(ctx context.Context, project, peer side, clients, n int) (timings, timings, error) {
	var (
		mu       sync.Mutex
		tp, tq   timings
		firstErr error
		wg       sync.WaitGroup
	)
	one := func(s side, into *timings) {
		b, d, err := s.c.post(ctx, s.body)
		if err == nil {
			_, err = decodeData(b)
		}
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return
		}
		*into = append(*into, d)
	}
	for w := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += clients {
				if ctx.Err() != nil {
					return
				}
				if i%2 == 0 {
					one(project, &tp)
					one(peer, &tq)
				} else {
					one(peer, &tq)
					one(project, &tp)
				}
			}
		}()
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return tp, tq, firstErr
}

// result is what one pair measured at one level over the runs.
type result struct {
	pair    string
	clients int
	project []timings // per run
	peer    []timings
}

// medianOf returns the median over the runs of the p-quantile of each.
func medianOf(runs []timings, p float64) time.Duration {
	var xs []time.Duration
	for _, r := range runs {
		xs = append(xs, r.percentile(p))
	}
	slices.Sort(xs)
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)/2]
}

// ratios returns the lowest and highest, over the runs, of the project's
// p-quantile divided by the peer's.
func (r result) ratios(p float64) (lo, hi float64) {
	for i := range r.project {
		q := r.peer[i].percentile(p)
		if q <= 0 {
			continue
		}
		x := float64(r.project[i].percentile(p)) / float64(q)
		if i == 0 || x < lo {
			lo = x
		}
		if i == 0 || x > hi {
			hi = x
		}
	}
	return lo, hi
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }

func ratioRange(lo, hi float64) string {
	if fmt.Sprintf("%.2f", lo) == fmt.Sprintf("%.2f", hi) {
		return fmt.Sprintf("%.2f", lo)
	}
	return fmt.Sprintf("%.2f-%.2f", lo, hi)
}
