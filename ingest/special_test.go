//go:build unix

package ingest_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/ingest"
)

// TestWalkSkipsSpecialFiles: named pipes, sockets, devices and symbolic
// links to them, whether found in a directory or named on the command
// line, are reported as skipped (naming the path) without being read,
// and the regular files around them are read; Count does not block on
// them either.
func TestWalkSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("date 2025-03-14\nA regular article."), 0o644); err != nil {
		t.Fatal(err)
	}
	fifos := []string{filepath.Join(dir, "fifo.txt"), filepath.Join(dir, "fifo.jsonl"), filepath.Join(t.TempDir(), "named.txt")}
	for _, f := range fifos {
		if err := syscall.Mkfifo(f, 0o644); err != nil {
			t.Skipf("cannot make a named pipe: %v", err)
		}
	}
	sock := filepath.Join(dir, "sock.txt")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for link, target := range map[string]string{"link.txt": fifos[0], "null.txt": "/dev/null", "dir.txt": t.TempDir()} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	// finish waits for done; should a read block, it opens the pipes for
	// writing until the reads are done, so that the test fails instead of
	// hanging.
	finish := func(what string, done <-chan struct{}) {
		t.Helper()
		select {
		case <-done:
			return
		case <-time.After(10 * time.Second):
		}
		for {
			for _, f := range fifos {
				if w, err := os.OpenFile(f, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
					w.Close()
				}
			}
			select {
			case <-done:
				t.Fatalf("%s blocked on a named pipe", what)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}

	var items []ingest.Item
	var werr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		werr = ingest.Walk(context.Background(), []string{dir, fifos[2]}, ingest.ReadOptions{}, func(it ingest.Item) error {
			items = append(items, it)
			return nil
		})
	}()
	finish("Walk", done)
	if werr != nil {
		t.Fatal(werr)
	}
	var read []string
	errs := map[string]string{}
	for _, it := range items {
		if it.Err != nil {
			errs[filepath.Base(strings.SplitN(it.Err.Error(), ": ", 2)[0])] = it.Err.Error()
			continue
		}
		read = append(read, filepath.Base(it.Article.File))
	}
	if len(read) != 1 || read[0] != "good.txt" {
		t.Errorf("read %v, want only good.txt", read)
	}
	for name, want := range map[string]string{
		"fifo.txt":   "a named pipe (FIFO), not a regular file",
		"fifo.jsonl": "a named pipe (FIFO), not a regular file",
		"named.txt":  "a named pipe (FIFO), not a regular file",
		"sock.txt":   "a socket, not a regular file",
		"link.txt":   "a symbolic link to named pipe (FIFO), not a regular file",
		"null.txt":   "a symbolic link to device, not a regular file",
		"dir.txt":    "a symbolic link to directory, not a regular file",
	} {
		if got := errs[name]; !strings.Contains(got, "skipped: "+want) || !strings.Contains(got, filepath.Join(filepath.Dir(fifos[0]), name)) && name != "named.txt" {
			t.Errorf("%s: error %q, want one naming the path and saying %q", name, got, want)
		}
	}
	if len(errs) != 7 {
		t.Errorf("%d errors, want 7: %v", len(errs), errs)
	}

	var n int
	counted := make(chan struct{})
	go func() {
		defer close(counted)
		n = ingest.Count([]string{dir})
	}()
	finish("Count", counted)
	if n != 7 {
		t.Errorf("Count = %d, want 7 (one per file)", n)
	}
}
