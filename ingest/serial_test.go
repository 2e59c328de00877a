package ingest_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOneWriterResolvesAhead: a run with no other writer resolves only its
// first two batches under the ingest lock (the second is resolved while
// the first is written, before the run has a write of its own to go by);
// every later batch is resolved while the one before is written, and used
// as resolved, since the clock shows no other writer. A second run starts
// afresh.
func TestOneWriterResolvesAhead(t *testing.T) {
	s := openStore(t)
	lines := strings.SplitAfter(strings.TrimSpace(readFile(t, corpus(t, 160, 9))), "\n")
	dir := t.TempDir()
	p := realPipeline(s, 20)
	for i, part := range [][]string{lines[:120], lines[120:]} {
		path := filepath.Join(dir, "part.jsonl")
		if err := writeFile(path, []byte(strings.Join(part, "")+"\n")); err != nil {
			t.Fatal(err)
		}
		sum := ingestPaths(t, p, path)
		if sum.Written != len(part) || sum.ResolvedUnderLock > 2 {
			t.Errorf("run %d: %d written of %d, %d batches resolved under the lock, want at most 2", i, sum.Written, len(part), sum.ResolvedUnderLock)
		}
	}
}
