package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
)

// query is one GraphQL query of the mix.
type query struct {
	name string // its first field, e.g. "ministers"
	body []byte // the JSON request
}

var firstField = regexp.MustCompile(`^\{\s*([A-Za-z_]\w*)`)

// readmeQueries returns the queries of the ```graphql blocks of the
// Markdown file at path: each top-level { ... }, comment lines between
// them left out.
func readmeQueries(path string) ([]query, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read queries: %w", err)
	}
	var qs []query
	for _, block := range strings.Split(string(b), "```graphql\n")[1:] {
		block, _, _ = strings.Cut(block, "\n```")
		var q strings.Builder
		depth := 0
		for _, line := range strings.Split(block, "\n") {
			if depth == 0 && (strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "") {
				continue
			}
			q.WriteString(line + "\n")
			depth += strings.Count(line, "{") - strings.Count(line, "}")
			if depth == 0 {
				text := q.String()
				q.Reset()
				name := fmt.Sprintf("query%d", len(qs)+1)
				if m := firstField.FindStringSubmatch(text); m != nil {
					name = m[1]
				}
				body, err := json.Marshal(map[string]string{"query": text})
				if err != nil {
					return nil, fmt.Errorf("read queries: %w", err)
				}
				qs = append(qs, query{name: name, body: body})
			}
		}
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("read queries: no ```graphql block with a query in %s", path)
	}
	return qs, nil
}

// client sends GraphQL requests to one server.
type client struct {
	url  string // of /graphql
	http *http.Client
}

// newClient returns a client of the server at base that keeps enough idle
// connections for the largest of levels.
func newClient(base string, levels []int) *client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 2 * maxOf(levels)
	t.MaxIdleConnsPerHost = 2 * maxOf(levels)
	return &client{url: base + "/graphql", http: &http.Client{Transport: t, Timeout: time.Minute}}
}

// response is a GraphQL response, data left undecoded.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string `json:"message"`
		Extensions struct {
			Code string `json:"code"`
		} `json:"extensions"`
	} `json:"errors"`
}

// do sends one request and returns the decoded response, or an error
// that says what went wrong (transport, HTTP status, GraphQL errors) in a
// few words, the same for the same kind of failure.
func (c *client) do(ctx context.Context, body []byte) (*response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("transport: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("transport: reading the body: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("undecodable response: %w", err)
	}
	if len(r.Errors) > 0 {
		e := r.Errors[0]
		return &r, fmt.Errorf("GraphQL error %s: %s", e.Extensions.Code, e.Message)
	}
	return &r, nil
}

// check sends every query once and fails unless each answers without
// errors.
func (c *client) check(ctx context.Context, qs []query) error {
	for _, q := range qs {
		r, err := c.do(ctx, q.body)
		if err != nil {
			return fmt.Errorf("check query %s: %w", q.name, err)
		}
		if len(r.Data) < 3 {
			return fmt.Errorf("check query %s: no data", q.name)
		}
	}
	return nil
}

// articles returns how many articles the graph holds.
func (c *client) articles(ctx context.Context) (int, error) {
	r, err := c.do(ctx, []byte(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	var d struct {
		Stats struct{ Articles int } `json:"stats"`
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return d.Stats.Articles, nil
}

// loadResult is what a run of the query mix measured.
type loadResult struct {
	requests   int // answered, with or without errors
	errors     int
	errorKinds map[string]int // by the error's text
	elapsed    time.Duration
	all        latencies
	perQuery   []latencies // in the order of the queries
}

// rate returns the requests per second.
func (r loadResult) rate() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.requests) / r.elapsed.Seconds()
}

// latencies are request durations.
type latencies []time.Duration

// percentile returns the p-quantile (0 < p <= 1) by the nearest-rank
// method, or 0 when there are none.
func (l latencies) percentile(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	rank := int(float64(len(s))*p+0.999999999) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

// load runs n clients for d, each sending the queries round-robin (client
// i starting at query i) one request at a time, and returns what they
// measured. A request under way when d ends is waited for and counted.
func (c *client) load(ctx context.Context, qs []query, n int, d time.Duration) loadResult {
	type sample struct {
		q   int
		dur time.Duration
		err error
	}
	var (
		mu      sync.Mutex
		samples []sample
		wg      sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []sample
			for k := i; time.Now().Before(deadline) && ctx.Err() == nil; k++ {
				q := k % len(qs)
				t := time.Now()
				_, err := c.do(ctx, qs[q].body)
				if ctx.Err() != nil {
					break // interrupted: not the server's failure
				}
				mine = append(mine, sample{q, time.Since(t), err})
			}
			mu.Lock()
			samples = append(samples, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	r := loadResult{elapsed: time.Since(start), errorKinds: map[string]int{}, perQuery: make([]latencies, len(qs))}
	for _, s := range samples {
		r.requests++
		r.all = append(r.all, s.dur)
		r.perQuery[s.q] = append(r.perQuery[s.q], s.dur)
		if s.err != nil {
			r.errors++
			r.errorKinds[s.err.Error()]++
		}
	}
	return r
}
