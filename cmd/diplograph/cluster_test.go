package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// subprocessEnv, set in the environment of the test binary, makes it run
// the program's main instead of the tests: the tests start real
// `diplograph` processes without building the binary.
const subprocessEnv = "DIPLOGRAPH_TEST_RUN_MAIN"

// TestMain runs the real main (with its signal handling) when the test
// binary is started as a command: by startServe here (subprocessEnv) or by
// startCommand (signal_test.go, DIPLOGRAPH_TEST_MAIN).
func TestMain(m *testing.M) {
	if os.Getenv(subprocessEnv) == "1" || os.Getenv("DIPLOGRAPH_TEST_MAIN") == "1" {
		os.Args = append([]string{"diplograph"}, os.Args[1:]...)
		main()
		return
	}
	os.Exit(m.Run())
}

// serveProcess is a `diplograph serve` running as a process of its own.
type serveProcess struct {
	cmd  *exec.Cmd
	addr string
	done chan error
}

// startServeProcess starts `diplograph serve` as a process with env and
// flags, and
// waits until it listens (it logs "serving" at level info).
func startServeProcess(t *testing.T, env map[string]string, flags ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"serve", "--addr", "127.0.0.1:0"}, flags...)...)
	cmd.Env = append(os.Environ(), subprocessEnv+"=1")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{cmd: cmd, done: make(chan error, 1)}
	addrc := make(chan string, 1)
	var log bytes.Buffer
	go func() {
		re := regexp.MustCompile(`msg=serving addr=http://(\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	select {
	case p.addr = <-addrc:
		return p
	case err := <-p.done:
		t.Fatalf("serve exited: %v\n%s", err, log.String())
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not start")
	}
	return nil
}

// stop sends SIGTERM and checks that the process exits cleanly.
func (p *serveProcess) stop(t *testing.T) {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("serve %s exited: %v", p.addr, err)
		}
	case <-time.After(30 * time.Second):
		t.Errorf("serve %s did not exit on SIGTERM", p.addr)
	}
}

// post sends a GraphQL request to the process with the headers and
// returns the response's headers and JSON body.
func (p *serveProcess) post(t *testing.T, query string, vars map[string]any, header http.Header) (http.Header, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/graphql", bytes.NewReader(body))
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%d %s", resp.StatusCode, raw)
	}
	return resp.Header, out
}

// TestWriteThenReadAcrossProcesses runs two `diplograph serve` processes
// over one Neo4j (through the driver's routing when the test database is
// given as neo4j://): both are ready (/readyz); 100 times an article is
// ingested through the first and read through the second with the
// bookmark the first answered with; 100 of 100 reads see the write. Both
// then exit cleanly on SIGTERM.
func TestWriteThenReadAcrossProcesses(t *testing.T) {
	env := testEnv(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	env["DIPLOGRAPH_API_KEY"] = "test-key"
	a, b := startServeProcess(t, env), startServeProcess(t, env)
	for _, p := range []*serveProcess{a, b} {
		resp, err := http.Get("http://" + p.addr + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("/readyz of %s: %d", p.addr, resp.StatusCode)
		}
	}
	const ingest = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleIds failed } }`
	const read = `query($id: ID!) { article(id: $id) { id url } }`
	auth := http.Header{"Authorization": {"Bearer test-key"}}
	const n = 100
	seen := 0
	for i := range n {
		url := fmt.Sprintf("https://example.org/cluster/%d", i)
		text := fmt.Sprintf("On %d March 2024 in Astana, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov (report %d).", 1+i%28, i)
		hdr, out := a.post(t, ingest, map[string]any{"in": map[string]any{"url": url, "text": text}}, auth)
		var res struct {
			Data struct {
				IngestArticle struct {
					ArticleIDs []string
					Failed     int
				}
			}
		}
		raw, _ := json.Marshal(out)
		_ = json.Unmarshal(raw, &res)
		ids := res.Data.IngestArticle.ArticleIDs
		bm := hdr.Get(graph.BookmarkHeader)
		if len(ids) != 1 || bm == "" {
			t.Fatalf("ingest %d: bookmark %q, %v", i, bm, out)
		}
		_, got := b.post(t, read, map[string]any{"id": ids[0]}, http.Header{graph.BookmarkHeader: {bm}})
		if art, _ := got["data"].(map[string]any)["article"].(map[string]any); art != nil && art["url"] == url {
			seen++
		} else {
			t.Errorf("read %d through the other process: %v", i, got)
		}
	}
	if seen != n {
		t.Errorf("%d of %d reads saw the write", seen, n)
	}
	t.Logf("%d of %d reads through the second process saw the write of the first", seen, n)
	a.stop(t)
	b.stop(t)
}

// TestReadyzNotMigrated: /readyz of a process whose database lost a part
// of the schema after it started answers 503 naming it, while /healthz
// answers 200.
func TestReadyzNotMigrated(t *testing.T) {
	env := testEnv(t)
	p := startServeProcess(t, env)
	defer p.stop(t)
	status := func(path string) (int, string) {
		resp, err := http.Get("http://" + p.addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := status("/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz after serve's migration: %d %s", code, body)
	}
	s := testStore(t)
	dropIndex(t, s, "person_country")
	if code, body := status("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "person_country") {
		t.Errorf("/readyz without index person_country: %d %s", code, body)
	}
	if code, body := status("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz without index person_country: %d %s", code, body)
	}
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	if code, body := status("/readyz"); code != http.StatusOK {
		t.Errorf("/readyz after migrate: %d %s", code, body)
	}
}

// testStore opens the test database (not emptied).
func testStore(t *testing.T) *neo4jstore.Store { return neo4jtest.Open(t) }

// dropIndex drops an index of the schema; t's cleanup migrates again.
func dropIndex(t *testing.T, s *neo4jstore.Store, name string) {
	t.Helper()
	ctx := context.Background()
	t.Cleanup(func() { _ = s.Migrate(context.Background()) })
	sess := s.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database()})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "DROP INDEX "+name+" IF EXISTS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestDrainOnSIGTERM: with --drain-delay, a process told to stop answers
// /readyz 503 (so a load balancer takes it out) while it still serves
// queries, then exits cleanly.
func TestDrainOnSIGTERM(t *testing.T) {
	env := testEnv(t)
	p := startServeProcess(t, env, "--drain-delay", "2s")
	get := func(path string) int {
		resp, err := http.Get("http://" + p.addr + path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz before SIGTERM: %d", code)
	}
	start := time.Now()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	deadline := time.Now().Add(time.Second)
	for get("/readyz") != http.StatusServiceUnavailable {
		if time.Now().After(deadline) {
			t.Fatal("/readyz still 200 a second after SIGTERM")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, out := p.post(t, "{ stats { articles } }", nil, nil); out["errors"] != nil {
		t.Errorf("query while draining: %v", out)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("exit: %v", err)
		}
		if took := time.Since(start); took < 2*time.Second {
			t.Errorf("exited %v after SIGTERM, before the drain delay", took)
		}
	case <-time.After(30 * time.Second):
		t.Error("did not exit")
	}
}
