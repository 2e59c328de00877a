package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// diplograph runs the diplograph binary as subprocesses (as
// tools/loadtest does).
type diplograph struct {
	bin    string
	env    []string
	stderr io.Writer // of the short commands (build, gen, migrate, ingest)
}

// build compiles ./cmd/diplograph into d.bin.
func (d *diplograph) build(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", d.bin, "./cmd/diplograph")
	cmd.Stdout, cmd.Stderr = d.stderr, d.stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build diplograph: %w", err)
	}
	return nil
}

// gen writes n generated articles to the JSON Lines file out.
func (d *diplograph) gen(ctx context.Context, n int, seed uint64, out string) error {
	return d.runCmd(ctx, "gen", "--n", strconv.Itoa(n), "--seed", strconv.FormatUint(seed, 10), "--out", out)
}

// runCmd runs `diplograph args...` to its end.
func (d *diplograph) runCmd(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, d.bin, args...)
	cmd.Env = d.env
	cmd.Stdout, cmd.Stderr = d.stderr, d.stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("diplograph %s: %w", args[0], err)
	}
	return nil
}

// process is a long-running subprocess: `diplograph serve` or the peer.
type process struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{} // closed when it has exited
	err  error         // its exit status, set before done is closed
	once sync.Once
}

// startProcess starts cmd with its output written to logPath.
func startProcess(name string, cmd *exec.Cmd, logPath string) (*process, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &process{name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	return p, nil
}

// stop interrupts the process (SIGINT, as Ctrl-C would) and kills it if
// it has not exited after a grace period. An exit by the interrupt is no
// error.
func (p *process) stop() {
	p.once.Do(func() {
		_ = p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
}

// tail returns the last lines of the process's log.
func (p *process) tail() string {
	b, _ := os.ReadFile(p.log)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-10):], "\n")
}

// freeAddr returns a free address on 127.0.0.1.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitReady polls the GraphQL endpoint url with `{ __typename }` until it
// answers 200, the process exits or two minutes pass.
func waitReady(ctx context.Context, p *process, url string) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited: %v\n%s", p.name, p.err, p.tail())
		default:
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			p.stop()
			return fmt.Errorf("%s did not answer on %s\n%s", p.name, url, p.tail())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// serve starts `diplograph serve` on a free port and returns it with the
// URL of its GraphQL endpoint once it answers.
func (d *diplograph) serve(ctx context.Context, logPath string) (*process, string, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, "", err
	}
	// Not CommandContext: an interrupt stops the subprocess through stop,
	// gracefully, rather than killing it.
	cmd := exec.Command(d.bin, "serve", "--addr", addr)
	cmd.Env = d.env
	p, err := startProcess("diplograph serve", cmd, logPath)
	if err != nil {
		return nil, "", err
	}
	url := "http://" + addr + "/graphql"
	if err := waitReady(ctx, p, url); err != nil {
		return nil, "", err
	}
	return p, url, nil
}

// startPeer starts the peer (node server.mjs in dir, its dependencies
// installed by `npm ci`) on a free port and returns it with its GraphQL
// URL once it answers.
func startPeer(ctx context.Context, node, dir string, env []string, logPath string) (*process, string, error) {
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql")); err != nil {
		return nil, "", fmt.Errorf("peer: %s has no node_modules/@neo4j/graphql: run `npm ci` there (make bench-peer does)", dir)
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, "", err
	}
	_, port, _ := net.SplitHostPort(addr)
	cmd := exec.Command(node, "server.mjs")
	cmd.Dir = dir
	cmd.Env = append(append([]string(nil), env...), "PORT="+port, "NODE_ENV=production")
	p, err := startProcess("peer", cmd, logPath)
	if err != nil {
		return nil, "", err
	}
	url := "http://" + addr + "/"
	if err := waitReady(ctx, p, url); err != nil {
		return nil, "", err
	}
	return p, url, nil
}

// nodeVersion returns `node --version`, or "?".
func nodeVersion(node string) string {
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return "?"
	}
	return string(bytes.TrimSpace(out))
}
