package main

import (
	"bufio"
	"bytes"
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

// diplograph runs the diplograph binary as subprocesses.
type diplograph struct {
	bin    string
	env    []string
	stderr io.Writer // of the short commands (gen, migrate, ingest of the base corpus)
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

// process is a long-running diplograph subprocess.
type process struct {
	cmd  *exec.Cmd
	log  string
	done chan struct{} // closed when it has exited
	err  error         // its exit status, set before done is closed
	once sync.Once
}

// start starts `diplograph args...` with its output appended to logPath.
func (d *diplograph) start(logPath string, args ...string) (*process, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("diplograph %s: %w", args[0], err)
	}
	// Not CommandContext: an interrupt stops the subprocess through stop,
	// gracefully, rather than killing it.
	cmd := exec.Command(d.bin, args...)
	cmd.Env = d.env
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("diplograph %s: %w", args[0], err)
	}
	p := &process{cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the process has exited, and whether it failed.
func (p *process) exited() (exited, failed bool) {
	select {
	case <-p.done:
		return true, p.err != nil
	default:
		return false, false
	}
}

// stop interrupts the process (SIGINT, as Ctrl-C would), kills it if it
// has not exited after a grace period, and returns how it exited.
func (p *process) stop() error {
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

// tail returns the last lines of the process's log.
func (p *process) tail() string {
	b, _ := os.ReadFile(p.log)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-10):], "\n")
}

// server is a running `diplograph serve`.
type server struct {
	*process
	url string // http://127.0.0.1:PORT
}

// serve starts `diplograph serve` on a free port of 127.0.0.1 and waits
// until /healthz says it and Neo4j answer.
func (d *diplograph) serve(ctx context.Context, logPath string) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("serve: free port: %w", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	p, err := d.start(logPath, "serve", "--addr", addr)
	if err != nil {
		return nil, err
	}
	s := &server{process: p, url: "http://" + addr}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"/healthz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if exited, _ := p.exited(); exited {
			return nil, fmt.Errorf("serve exited: %v\n%s", p.err, p.tail())
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			p.stop()
			return nil, fmt.Errorf("serve did not become healthy on %s\n%s", addr, p.tail())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// stop shuts the server down gracefully; an exit by the interrupt is no
// error.
func (s *server) stop() error {
	err := s.process.stop()
	if err != nil {
		return fmt.Errorf("serve: %w\n%s", err, s.tail())
	}
	return nil
}

// readRSS returns the resident set size (VmRSS) of process pid in bytes.
func readRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		if os.IsNotExist(err) {
			return 0, errNoProc
		}
		return 0, fmt.Errorf("read RSS: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("read RSS: %q: %w", v, err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("read RSS: no VmRSS in /proc/%d/status", pid)
}

// rssSampler polls the RSS of a process and keeps the peak.
type rssSampler struct {
	quit chan struct{}
	done chan int64
}

// sampleRSS polls the RSS of pid every interval until stop.
func sampleRSS(pid int, interval time.Duration) *rssSampler {
	s := &rssSampler{quit: make(chan struct{}), done: make(chan int64, 1)}
	go func() {
		var peak int64
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if v, err := readRSS(pid); err == nil {
				peak = max(peak, v)
			}
			select {
			case <-s.quit:
				s.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// stop ends the sampling and returns the peak in bytes (0 if unknown).
func (s *rssSampler) stop() int64 {
	close(s.quit)
	return <-s.done
}
