package graph_test

// The adversarial suite: each test is one way a single request could take
// the service down (issue #13's table, F1-F8, W1, W2, E6), run against the
// real server over the real Neo4j, with a bound (time, allocated memory,
// store calls, log lines) that the attack breaks when the defence is gone.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// attackServer serves the fixture graph through a counting reader.
func attackServer(t *testing.T, limits graph.Limits) (*graph.Server, *countingReader) {
	t.Helper()
	store := mustLoadFixture(t)
	cr := &countingReader{GraphReader: store}
	return graph.NewServer(graph.Config{Reader: cr, Pinger: store, Logger: testLogger(t), Limits: limits}), cr
}

// firstCode returns the code of the first error of a response.
func firstCode(resp map[string]any) string {
	errs, _ := resp["errors"].([]any)
	if len(errs) == 0 {
		return ""
	}
	ext, _ := errs[0].(map[string]any)["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	return code
}

// allocated returns the bytes allocated by the process so far.
func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// timedDo posts a request and returns its code and how long it took.
func timedDo(t *testing.T, h http.Handler, query string, vars map[string]any) (string, time.Duration) {
	t.Helper()
	start := time.Now()
	_, resp := do(t, h, query, vars, nil)
	return firstCode(resp), time.Since(start)
}

// F1: a query of about 1 MiB nested hundreds of thousands of levels.
func TestAttackDeepNesting(t *testing.T) {
	srv, cr := attackServer(t, graph.Limits{})
	n := 330_000
	q := "{" + strings.Repeat("a{", n) + strings.Repeat("}", n) + "}"
	before := allocated()
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, took := timedDo(t, srv, q, nil)
			t.Logf("nested query: %s after %v", code, took)
			if code != "NESTING_LIMIT_EXCEEDED" || took > 500*time.Millisecond {
				t.Errorf("nested query: %s after %v, want NESTING_LIMIT_EXCEEDED within 500ms", code, took)
			}
		}()
	}
	wg.Wait()
	// Each request reads its 1 MiB body and decodes it: a few MiB. The
	// parser's recursion over it took hundreds of MiB.
	got := allocated() - before
	t.Logf("3 nested queries allocated %.1f MiB", float64(got)/(1<<20))
	if got > 40<<20 {
		t.Errorf("3 nested queries allocated %d MiB, want at most 40", got>>20)
	}
	if cr.total() != 0 {
		t.Errorf("%d store calls for rejected requests", cr.total())
	}
}

// F2: fragments that each spread the one before twice.
func TestAttackFragmentBomb(t *testing.T) {
	srv, cr := attackServer(t, graph.Limits{})
	var b strings.Builder
	b.WriteString("query Bomb { ...F24 }\nfragment F0 on Query { stats { articles } }\n")
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	for _, post := range []bool{true, false} {
		start := time.Now()
		var code string
		if post {
			code, _ = timedDo(t, srv, b.String(), nil)
		} else {
			req := httptest.NewRequest(http.MethodGet, "/graphql?query="+urlEscape(b.String()), nil)
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			var resp map[string]any
			_ = json.Unmarshal(rec.Body.Bytes(), &resp)
			code = firstCode(resp)
		}
		took := time.Since(start)
		t.Logf("fragment bomb (POST %v): %s after %v", post, code, took)
		if code != "FIELD_LIMIT_EXCEEDED" || took > 200*time.Millisecond {
			t.Errorf("fragment bomb (POST %v): %s after %v, want FIELD_LIMIT_EXCEEDED within 200ms", post, code, took)
		}
	}
	if cr.total() != 0 {
		t.Errorf("%d store calls for rejected requests", cr.total())
	}
}

func urlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// F3: thousands of aliases of a root field, and a request that passes
// the static checks but would make more store calls than one request may.
func TestAttackAliases(t *testing.T) {
	srv, cr := attackServer(t, graph.Limits{})
	var b strings.Builder
	b.WriteString("{")
	for i := range 9999 {
		fmt.Fprintf(&b, " a%d: bilateral(a: \"KZ\", b: \"UZ\") { eventCount }", i)
	}
	b.WriteString(" }")
	// Over the token limit before the parser is done.
	if code, took := timedDo(t, srv, b.String(), nil); code != "GRAPHQL_PARSE_FAILED" || took > time.Second {
		t.Errorf("9,999 aliases: %s after %v, want GRAPHQL_PARSE_FAILED (token limit) within 1s", code, took)
	}
	b.Reset()
	b.WriteString("{")
	for i := range 21 {
		fmt.Fprintf(&b, " a%d: search(text: \"culture\") { __typename }", i)
	}
	b.WriteString(" }")
	if code, _ := timedDo(t, srv, b.String(), nil); code != "ROOT_FIELD_LIMIT_EXCEEDED" {
		t.Errorf("21 aliases of search: %s, want ROOT_FIELD_LIMIT_EXCEEDED", code)
	}
	if cr.total() != 0 {
		t.Errorf("%d store calls for rejected requests", cr.total())
	}

	// 20 root fields, each with 5 nested lists under distinct arguments,
	// so that the loaders cannot batch them: 120 calls without a budget.
	b.Reset()
	b.WriteString("{")
	for i := range 20 {
		fmt.Fprintf(&b, " r%d: events(first: 1) { edges { node {", i)
		for j := range 5 {
			fmt.Fprintf(&b, " s%d: sources(first: %d) { url }", j, i*5+j+1)
		}
		b.WriteString(" } } }")
	}
	b.WriteString(" }")
	_, resp := do(t, srv, b.String(), nil, nil)
	t.Logf("a request of 120 store calls made %d", cr.total())
	if n := cr.total(); n > 100 {
		t.Errorf("one request made %d store calls, want at most 100", n)
	}
	if errs := fmt.Sprint(resp["errors"]); !strings.Contains(errs, "code:LIMIT_EXCEEDED") || cr.total() < 100 {
		t.Errorf("a request over its store budget: %d store calls, errors %.300s; want 100 calls and LIMIT_EXCEEDED", cr.total(), errs)
	}
}

// F4: a where filter nested a thousand levels deep, in the query text and
// in a variable, and one nested past the input depth limit.
func TestAttackDeepFilter(t *testing.T) {
	srv, cr := attackServer(t, graph.Limits{})
	n := 1000
	q := "{ events(where: " + strings.Repeat("{AND: [", n) + "{title: {contains: \"x\"}}" + strings.Repeat("]}", n) + ") { totalCount } }"
	if code, took := timedDo(t, srv, q, nil); code != "NESTING_LIMIT_EXCEEDED" || took > 200*time.Millisecond {
		t.Errorf("filter nested %d levels: %s after %v, want NESTING_LIMIT_EXCEEDED within 200ms", n, code, took)
	}
	nest := func(n int) any {
		var w any = map[string]any{"title": map[string]any{"contains": "x"}}
		for range n {
			w = map[string]any{"AND": []any{w}}
		}
		return w
	}
	vq := "query($w: EventWhere) { events(where: $w) { totalCount } }"
	if code, _ := timedDo(t, srv, vq, map[string]any{"w": nest(n)}); code != "NESTING_LIMIT_EXCEEDED" {
		t.Errorf("variable nested %d levels: %s, want NESTING_LIMIT_EXCEEDED", n, code)
	}
	if code, _ := timedDo(t, srv, vq, map[string]any{"w": nest(20)}); code != "INVALID" {
		t.Errorf("filter nested 20 levels: %s, want INVALID", code)
	}
	if cr.total() != 0 {
		t.Errorf("%d store calls for rejected requests", cr.total())
	}
	if code, _ := timedDo(t, srv, vq, map[string]any{"w": nest(8)}); code != "" {
		t.Errorf("filter nested 8 levels: %s, want an answer", code)
	}
}

// F5: distinct large queries that the limits reject must not stay in
// memory; the query cache keeps accepted documents only, bounded in bytes.
func TestAttackQueryCache(t *testing.T) {
	srv, _ := attackServer(t, graph.Limits{})
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range 20 {
		// A valid document just under 1 MiB, over the complexity limit.
		var b strings.Builder
		fmt.Fprintf(&b, "query Q%d { events(first: 100) { edges { node { participants { person { events(first: 100) { edges { node { id", i)
		for b.Len() < 900_000 {
			b.WriteString(" title")
		}
		b.WriteString(" } } } } } } } } }")
		if code, _ := timedDo(t, srv, b.String(), nil); code == "" {
			t.Fatalf("query %d was accepted", i)
		}
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap after 20 rejected 1 MiB queries: %+.1f MiB", float64(grew)/(1<<20))
	if grew > 40<<20 {
		t.Errorf("20 rejected 1 MiB queries left %d MiB on the heap, want at most 40", grew>>20)
	}
}

// F6: a body trickled a byte at a time is cut off by the read timeout; a
// client that never reads its answer by the write timeout; requests over
// the in-flight cap are refused at once.
func TestAttackSlowClients(t *testing.T) {
	srv, _ := attackServer(t, graph.Limits{ReadTimeout: time.Second, WriteTimeout: 2 * time.Second, MaxInFlight: 2})
	hs := srv.HTTPServer()
	if hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.ReadHeaderTimeout == 0 || hs.IdleTimeout == 0 {
		t.Fatalf("HTTPServer has a zero timeout: %+v", hs)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = hs.Serve(ln) }()
	t.Cleanup(func() { _ = hs.Close() })
	addr := ln.Addr().String()

	// trickle opens a POST of a 1,000-byte body and sends one byte every
	// 200 ms until the server closes the connection; it returns when.
	trickle := func() (time.Duration, error) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return 0, err
		}
		defer c.Close()
		start := time.Now()
		fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
		for time.Since(start) < 10*time.Second {
			if _, err := c.Write([]byte(" ")); err != nil {
				return time.Since(start), nil
			}
			_ = c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
			if _, err := c.Read(make([]byte, 1)); err != nil && !isTimeout(err) {
				return time.Since(start), nil
			}
		}
		return time.Since(start), fmt.Errorf("still open after 10s")
	}

	// Two trickling clients fill the in-flight cap: a third request is
	// refused at once.
	results := make(chan time.Duration, 2)
	for range 2 {
		go func() {
			d, err := trickle()
			if err != nil {
				t.Error(err)
			}
			results <- d
		}()
	}
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || time.Since(start) > 500*time.Millisecond {
		t.Errorf("third request while two are in flight: %d after %v, want 503 at once", resp.StatusCode, time.Since(start))
	}
	for range 2 {
		d := <-results
		t.Logf("a trickled body held its connection for %v", d)
		if d > 3*time.Second {
			t.Errorf("a trickled body held its connection for %v, want about the 1s read timeout", d)
		}
	}
	// With the slots free again, a request is served.
	resp, err = http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("request after the slow clients left: %d", resp.StatusCode)
	}
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// W1: while Neo4j is known down, a query fails at once with UNAVAILABLE;
// when it is back, queries are answered again.
func TestAttackStoreDown(t *testing.T) {
	mustLoadFixture(t)
	p := neo4jtest.NewProxy(t)
	cfg := neo4jtest.Config()
	cfg.URI = "bolt://" + p.Addr()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	srv := graph.NewServer(graph.Config{Reader: store, Pinger: store, Logger: testLogger(t), QueryTimeout: 3 * time.Second})
	const q = "{ countries(first: 1) { totalCount } }"
	if code, _ := timedDo(t, srv, q, nil); code != "" {
		t.Fatalf("before the cut: %s", code)
	}
	p.Cut()
	// The first query finds out (within the query timeout); the next ones
	// are told at once.
	if code, _ := timedDo(t, srv, q, nil); code != "UNAVAILABLE" {
		t.Errorf("first query with Neo4j down: %s, want UNAVAILABLE", code)
	}
	for i := range 3 {
		code, took := timedDo(t, srv, q, nil)
		t.Logf("query %d with Neo4j known down: %s after %v", i, code, took)
		if code != "UNAVAILABLE" || took > 100*time.Millisecond {
			t.Errorf("query %d with Neo4j known down: %s after %v, want UNAVAILABLE within 100ms", i, code, took)
		}
	}
	p.Restore()
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, _ := timedDo(t, srv, q, nil)
		if code == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Neo4j back for 10s, queries still fail: %s", code)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// W2: a chunked body over the limit gets 413 and none of the body back.
func TestAttackChunkedBody(t *testing.T) {
	srv, _ := attackServer(t, graph.Limits{})
	body := `{"query":"{ stats { articles } }","variables":{"x":"` + strings.Repeat("SECRETPAYLOAD", 100_000) + `"}}`
	req := httptest.NewRequest(http.MethodPost, "/graphql", io.MultiReader(strings.NewReader(body)))
	req.ContentLength = -1 // chunked: the size is not known in advance
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || strings.Contains(rec.Body.String(), "SECRETPAYLOAD") || rec.Body.Len() > 1000 {
		t.Errorf("chunked 1.3 MB body: %d, %d bytes back (%.200s), want 413 and nothing of the body", rec.Code, rec.Body.Len(), rec.Body.String())
	}
}

// E6: one structured line per request, with what an operator needs;
// cancellations are not errors; a flood of requests is sampled.
func TestAttackRequestLog(t *testing.T) {
	store := mustLoadFixture(t)
	var buf syncBuffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv := graph.NewServer(graph.Config{Reader: store, Pinger: store, Logger: log})
	do(t, srv, "query Dash { countries(first: 2) { totalCount edges { node { code } } } }", nil, nil)
	lines := buf.lines()
	if len(lines) != 1 {
		t.Fatalf("one request logged %d lines: %v", len(lines), lines)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"operation", "type", "status", "duration", "complexity", "db_calls"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("request line lacks %q: %s", k, lines[0])
		}
	}
	if rec["operation"] != "Dash" || rec["db_calls"].(float64) < 1 || rec["complexity"].(float64) < 1 {
		t.Errorf("request line: %s", lines[0])
	}

	// A client that gives up: no ERROR line.
	buf.reset()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ countries(first: 2) { totalCount } }"}`)).WithContext(ctx)
	req.Header.Set("Content-Type", "application/json")
	srv.ServeHTTP(httptest.NewRecorder(), req)
	for _, l := range buf.lines() {
		if strings.Contains(l, `"level":"ERROR"`) {
			t.Errorf("a cancelled request was logged as an error: %s", l)
		}
	}

	// A flood of 500 rejected requests in well under a second: sampled.
	buf.reset()
	for range 500 {
		do(t, srv, "{ events(first: 1000) { totalCount } }", nil, nil)
	}
	n := len(buf.lines())
	t.Logf("500 requests wrote %d log lines", n)
	if n > 40 {
		t.Errorf("500 requests wrote %d log lines, want sampling to keep them to a few tens", n)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(s.b.Bytes()))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func (s *syncBuffer) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.Reset()
}

// Under four concurrent worst-case requests, an ordinary dashboard query
// still answers within a second.
func TestAttackNeighbours(t *testing.T) {
	srv, _ := attackServer(t, graph.Limits{})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var bomb strings.Builder
	bomb.WriteString("query Bomb { ...F30 }\nfragment F0 on Query { stats { articles } }\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&bomb, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 20 {
		fmt.Fprintf(&aliases, " a%d: bilateral(a: \"KZ\", b: \"UZ\") { eventCount events(first: 100) { id title } }", i)
	}
	aliases.WriteString(" }")
	worst := []string{bomb.String(), aliases.String()}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, _ := json.Marshal(map[string]string{"query": worst[i%2]})
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL+"/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				if resp, err := http.DefaultClient.Do(req); err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
		}()
	}
	normal, err := os.ReadFile("testdata/bilateral.graphql")
	if err != nil {
		t.Fatal(err)
	}
	do(t, ts.Config.Handler, string(normal), nil, nil) // Neo4j plans the query once
	time.Sleep(200 * time.Millisecond)
	for i := range 5 {
		start := time.Now()
		_, resp := do(t, ts.Config.Handler, string(normal), nil, nil)
		took := time.Since(start)
		t.Logf("dashboard query %d beside 4 worst-case requests: %v", i, took)
		if took > time.Second || resp["errors"] != nil {
			t.Errorf("dashboard query %d beside 4 worst-case requests: %v, errors %v; want an answer within 1s", i, took, resp["errors"])
		}
	}
	cancel()
	wg.Wait()
}
