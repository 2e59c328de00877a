package ingest_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extractor"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// benchN reads a corpus size from the environment.
func benchN(b *testing.B, name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("%s=%q is not a positive number", name, v)
		}
		return n
	}
	return def
}

// BenchmarkIngest ingests a generated corpus into the real Neo4j (the test
// database, emptied first) through the whole pipeline: reading JSON Lines,
// extraction, resolution, batched writes. It reports articles per second
// and the peak heap in use (sampled every 20ms) and the process's max RSS,
// for the batched path (--batch-size 200) and for the naive path of one
// transaction per article (batch size 1), and, as the ceiling of the
// pipeline itself, with an in-memory writer instead of Neo4j (no-neo4j).
// A fresh graph is ingested once
// per path; further iterations (-benchtime 3x) re-run the same ingest,
// which skips every article, and report rerun-articles/s.
//
// DIPLOGRAPH_BENCH_N sets the corpus size of the batched path (default
// 20000); DIPLOGRAPH_BENCH_NAIVE_N that of the naive path (default
// min(N, 2000): at one transaction per article the full corpus takes too
// long, and the rate per article is what is compared). With
// With DIPLOGRAPH_BENCH_NEO4J_PIDFILE set, the CPU time Neo4j spends per
// article is reported too. Run with
//
//	NEO4J_TEST_URI=bolt://127.0.0.1:7688 go test -run '^$' -bench Ingest -benchtime 1x ./ingest/
func BenchmarkIngest(b *testing.B) {
	n := benchN(b, "DIPLOGRAPH_BENCH_N", 20000)
	naive := benchN(b, "DIPLOGRAPH_BENCH_NAIVE_N", min(n, 2000))
	s := neo4jtest.Open(b)
	if err := s.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	x := extractor.New(extractor.Options{})
	// The fresh ingest of each path is measured once per process: the
	// framework calls a sub-benchmark more than once (-benchtime 3x runs
	// it with b.N = 1, then 3). Further iterations ingest the same corpus
	// again, which skips every article as unchanged, and are reported as
	// the rate of a re-run.
	type result struct {
		path       string
		rate, peak float64
		rerun      float64
		haveRerun  bool
		freshDone  bool
		goCPU      float64 // ms of CPU per article, this process
		dbCPU      float64 // ms of CPU per article, Neo4j (-1: unknown)
		mem        *memWriter
	}
	results := map[string]*result{}
	for _, bc := range []struct {
		name  string
		batch int
		n     int
		mem   bool // an in-memory writer instead of Neo4j
	}{
		// naive first: wiping the small graph it leaves is quick.
		{"naive", 1, naive, false},
		{"batched", ingest.DefaultBatchSize, n, false},
		{"no-neo4j", ingest.DefaultBatchSize, n, true},
	} {
		// The corpus lives in the parent's temporary directory: a
		// sub-benchmark's is removed between its invocations.
		path := corpus(b, bc.n, 2026)
		b.Run(bc.name, func(b *testing.B) {
			r := results[bc.name]
			if r == nil {
				r = &result{path: path}
				results[bc.name] = r
			}
			for range b.N {
				fresh := !r.freshDone
				if fresh && !bc.mem {
					b.StopTimer()
					wipe(b, s)
					runtime.GC()
					b.StartTimer()
				}
				var w ingest.Writer = s
				if bc.mem {
					if fresh {
						r.mem = newMemWriter()
					}
					w = r.mem
				}
				p := ingest.New(ingest.Config{Extractor: x, Writer: w, BatchSize: bc.batch})
				stop := sampleHeap()
				goCPU0, dbCPU0 := selfCPU(), neo4jCPU()
				start := time.Now()
				sum, err := p.IngestPaths(context.Background(), []string{r.path}, bc.n)
				el := time.Since(start)
				goCPU1, dbCPU1 := selfCPU(), neo4jCPU()
				peakHeap := stop()
				if err != nil {
					b.Fatal(err)
				}
				if sum.Failed > 0 || sum.Written+sum.Skipped != bc.n {
					b.Fatalf("summary %+v", sum)
				}
				if fresh {
					r.rate = float64(bc.n) / el.Seconds()
					r.peak = float64(peakHeap) / (1 << 20)
					r.freshDone = true
					r.goCPU = float64((goCPU1 - goCPU0).Milliseconds()) / float64(bc.n)
					r.dbCPU = -1
					if dbCPU0 >= 0 && dbCPU1 >= 0 {
						r.dbCPU = float64((dbCPU1 - dbCPU0).Milliseconds()) / float64(bc.n)
					}
				} else {
					r.rerun = float64(bc.n) / el.Seconds()
					r.haveRerun = true
				}
			}
			b.ReportMetric(r.rate, "articles/s")
			b.ReportMetric(r.peak, "peak-heap-MB")
			b.ReportMetric(float64(maxRSS())/1024, "max-RSS-MB")
			b.ReportMetric(float64(bc.n), "articles")
			b.ReportMetric(r.goCPU, "go-cpu-ms/article")
			if r.dbCPU >= 0 {
				b.ReportMetric(r.dbCPU, "neo4j-cpu-ms/article")
			}
			if r.haveRerun {
				b.ReportMetric(r.rerun, "rerun-articles/s")
			}
		})
	}
}

// wipe empties the database. Deleting a large graph can exceed Neo4j's
// transaction memory on a hub node; the deletion goes in chunks that
// commit, so trying again makes progress.
func wipe(b *testing.B, s *neo4jstore.Store) {
	b.Helper()
	var err error
	for range 20 {
		if err = s.DeleteAll(context.Background()); err == nil {
			return
		}
		time.Sleep(time.Second)
	}
	b.Fatalf("wipe: %v", err)
}

// sampleHeap samples HeapInuse every 20ms until the returned function is
// called, which returns the peak.
func sampleHeap() func() uint64 {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			peak = max(peak, ms.HeapInuse)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// selfCPU returns the CPU time (user and system) of this process.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// neo4jCPU returns the CPU time of the Neo4j process whose pid file
// DIPLOGRAPH_BENCH_NEO4J_PIDFILE names (the launcher writes DATA/neo4j.pid),
// or -1. On a machine shared with other work the wall-clock rate depends on
// the load; CPU per article does not, and bounds the rate on an idle
// machine: cores / (go + neo4j CPU per article).
func neo4jCPU() time.Duration {
	f := os.Getenv("DIPLOGRAPH_BENCH_NEO4J_PIDFILE")
	if f == "" {
		return -1
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return -1
	}
	stat, err := os.ReadFile("/proc/" + strings.TrimSpace(string(b)) + "/stat")
	if err != nil {
		return -1
	}
	// Fields after the command name (in parentheses): utime and stime are
	// the 14th and 15th fields of the line, in clock ticks (100 a second).
	rest := string(stat)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 {
		rest = rest[i+1:]
	}
	fs := strings.Fields(rest)
	if len(fs) < 13 {
		return -1
	}
	ut, err1 := strconv.ParseInt(fs[11], 10, 64)
	st, err2 := strconv.ParseInt(fs[12], 10, 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// maxRSS returns the process's maximum resident set size in KiB.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss
}
