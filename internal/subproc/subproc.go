// Package subproc runs the diplograph binary, and other programs, as
// subprocesses for the project's measuring tools (tools/loadtest and
// tools/peerbench): short commands to their end, and long-running servers
// that are started on a free port, waited for and stopped gracefully; and
// what the tools' command lines share (their work directory, their levels
// of concurrency).
package subproc

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Diplograph runs the diplograph binary Bin with the environment Env.
type Diplograph struct {
	Bin string
	Env []string
	// Stderr receives the output of the short commands (build, gen,
	// migrate, ingest).
	Stderr io.Writer
}

// Build compiles ./cmd/diplograph into d.Bin.
func (d *Diplograph) Build(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", d.Bin, "./cmd/diplograph")
	cmd.Stdout, cmd.Stderr = d.Stderr, d.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build diplograph: %w", err)
	}
	return nil
}

// Gen writes n generated articles to the JSON Lines file out.
func (d *Diplograph) Gen(ctx context.Context, n int, seed uint64, out string) error {
	return d.Run(ctx, "gen", "--n", strconv.Itoa(n), "--seed", strconv.FormatUint(seed, 10), "--out", out)
}

// Run runs `diplograph args...` to its end.
func (d *Diplograph) Run(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, d.Bin, args...)
	cmd.Env = d.Env
	cmd.Stdout, cmd.Stderr = d.Stderr, d.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("diplograph %s: %w", args[0], err)
	}
	return nil
}

// Start starts `diplograph args...` with its output written to logPath.
func (d *Diplograph) Start(logPath string, args ...string) (*Process, error) {
	// Not CommandContext: an interrupt stops the subprocess through Stop,
	// gracefully, rather than killing it.
	cmd := exec.Command(d.Bin, args...)
	cmd.Env = d.Env
	return Start("diplograph "+args[0], cmd, logPath)
}

// Serve starts `diplograph serve` on a free port of 127.0.0.1 and waits
// until its /healthz says it and Neo4j answer. It returns the process and
// its base URL (http://127.0.0.1:PORT).
func (d *Diplograph) Serve(ctx context.Context, logPath string) (*Process, string, error) {
	addr, err := FreeAddr()
	if err != nil {
		return nil, "", err
	}
	p, err := d.Start(logPath, "serve", "--addr", addr)
	if err != nil {
		return nil, "", err
	}
	base := "http://" + addr
	if err := WaitReady(ctx, p, base, HTTPOK(http.MethodGet, base+"/healthz", "")); err != nil {
		return nil, "", err
	}
	return p, base, nil
}

// Process is a long-running subprocess.
type Process struct {
	// Name names it in errors ("diplograph serve", "peer").
	Name string
	cmd  *exec.Cmd
	log  string
	done chan struct{} // closed when it has exited
	err  error         // its exit status, set before done is closed
	once sync.Once
}

// Start starts cmd with its output written to logPath.
func Start(name string, cmd *exec.Cmd, logPath string) (*Process, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &Process{Name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	return p, nil
}

// Pid returns the process id.
func (p *Process) Pid() int { return p.cmd.Process.Pid }

// Exited reports whether the process has exited, and whether it failed.
func (p *Process) Exited() (exited, failed bool) {
	select {
	case <-p.done:
		return true, p.err != nil
	default:
		return false, false
	}
}

// Stop interrupts the process (SIGINT, as Ctrl-C would), kills it if it
// has not exited after a grace period, and returns how it exited.
func (p *Process) Stop() error {
	p.once.Do(func() {
		_ = p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p.err
}

// Tail returns the last lines of the process's log.
func (p *Process) Tail() string {
	b, _ := os.ReadFile(p.log)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-10):], "\n")
}

// FreeAddr returns a free address on 127.0.0.1.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// HTTPOK returns a probe that sends a request (method, url, a JSON body
// unless empty) and reports whether it is answered 200.
func HTTPOK(method, url, body string) func(context.Context) bool {
	return func(ctx context.Context) bool {
		req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(body))
		if err != nil {
			return false
		}
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}
}

// WaitReady polls ready every 200 ms until it reports true, p exits or
// two minutes pass (or ctx ends), when it stops p; where names what it
// waited on in the error.
func WaitReady(ctx context.Context, p *Process, where string, ready func(context.Context) bool) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if ready(ctx) {
			return nil
		}
		if exited, _ := p.Exited(); exited {
			return fmt.Errorf("%s exited: %v\n%s", p.Name, p.err, p.Tail())
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			p.Stop()
			return fmt.Errorf("%s did not answer on %s\n%s", p.Name, where, p.Tail())
		}
		time.Sleep(200 * time.Millisecond)
	}
}
