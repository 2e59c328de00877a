package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/diplograph/diplograph/internal/subproc"
)

// config is the command line.
type config struct {
	bin        string        // diplograph binary; empty: build one
	neo4j      string        // Bolt URI given to the subprocesses as NEO4J_URI
	readme     string        // file whose graphql blocks are the query mix
	levels     []int         // concurrency levels, in order
	duration   time.Duration // per level
	warmup     time.Duration
	articles   int    // base corpus
	seed       uint64 // of the base corpus
	ingestN    int    // stream ingested during the run; 0: sized from the run's length
	ingestSeed uint64 // of the stream; 0: from the clock
	noIngest   bool
	keep       string // directory for corpora and logs, kept; empty: a temporary one
}

// ingestRateCeiling is an articles-per-second rate above the ingest's on
// any machine the load test runs on; the stream is sized with it so that
// it lasts the whole run.
const ingestRateCeiling = 500

func parseFlags(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	uri := getenv("NEO4J_URI")
	if uri == "" {
		uri = "bolt://127.0.0.1:7687"
	}
	levels := "1,8,32"
	fs.StringVar(&c.bin, "bin", "", "diplograph binary (default: build ./cmd/diplograph into the work directory)")
	fs.StringVar(&c.neo4j, "neo4j", uri, "Bolt URI of the Neo4j to load and serve ($NEO4J_URI when set)")
	fs.StringVar(&c.readme, "readme", "README.md", "Markdown file whose graphql code blocks are the query mix")
	fs.StringVar(&levels, "levels", levels, "concurrency levels, comma-separated, run in order")
	fs.DurationVar(&c.duration, "duration", 30*time.Second, "how long each level runs")
	fs.DurationVar(&c.warmup, "warmup", 5*time.Second, "warm-up before the first level (not measured)")
	fs.IntVar(&c.articles, "articles", 5000, "generated articles ingested before the run")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the base corpus")
	fs.IntVar(&c.ingestN, "ingest-articles", 0, "generated articles of the stream ingested during the run (default: enough for the run)")
	fs.Uint64Var(&c.ingestSeed, "ingest-seed", 0, "seed of the stream (default: from the clock, so that its articles are new)")
	fs.BoolVar(&c.noIngest, "no-ingest", false, "no ingest during the run: reads alone")
	fs.StringVar(&c.keep, "workdir", "", "directory for the corpora, the binary and the logs, kept afterwards (default: a temporary one, removed)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: loadtest [flags]\n\nGraphQL load on a real `diplograph serve` while `diplograph ingest` runs; see `go doc ./tools/loadtest`.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	fail := func(format string, a ...any) (config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintf(stderr, "loadtest: %v\n", err)
		fs.Usage()
		return c, err
	}
	if fs.NArg() > 0 {
		return fail("unexpected arguments %q", fs.Args())
	}
	ls, err := subproc.Levels(levels)
	if err != nil {
		return fail("--levels: %v", err)
	}
	c.levels = ls
	if c.duration <= 0 {
		return fail("--duration must be positive")
	}
	if c.articles < 0 || c.ingestN < 0 {
		return fail("--articles and --ingest-articles must not be negative")
	}
	if c.ingestN == 0 {
		run := time.Duration(len(c.levels)) * c.duration
		c.ingestN = int(run.Seconds()*ingestRateCeiling) + 1000
	}
	return c, nil
}

// levelResult is what one concurrency level measured.
type levelResult struct {
	clients      int
	load         loadResult
	rssPeak      int64 // bytes
	rssEnd       int64
	seconds      float64 // the level's length, from the article count before to the one after
	ingested     int     // articles the graph gained
	ingestRate   float64 // per second of the level
	ingestEnded  bool    // the ingest process had exited by the end of the level
	ingestFailed bool    // ... with an error
}

// run runs the load test described by cfg and prints the table on stdout;
// progress goes to stderr.
func run(ctx context.Context, cfg config, stdout, stderr io.Writer) (err error) {
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "loadtest: "+format+"\n", a...) }
	work, remove, err := subproc.WorkDir(cfg.keep, "diplograph-loadtest-")
	if err != nil {
		return err
	}
	defer remove()
	queries, err := readmeQueries(cfg.readme)
	if err != nil {
		return err
	}
	env := append(os.Environ(), "NEO4J_URI="+cfg.neo4j)
	d := &subproc.Diplograph{Bin: cfg.bin, Env: env, Stderr: stderr}
	if d.Bin == "" {
		d.Bin = filepath.Join(work, "diplograph")
		logf("building %s", d.Bin)
		if err := d.Build(ctx); err != nil {
			return err
		}
	}

	base := filepath.Join(work, "base.jsonl")
	stream := filepath.Join(work, "stream.jsonl")
	if err := d.Gen(ctx, cfg.articles, cfg.seed, base); err != nil {
		return err
	}
	streamSeed := cfg.ingestSeed
	if streamSeed == 0 {
		streamSeed = uint64(time.Now().UnixNano())
	}
	if !cfg.noIngest {
		if err := d.Gen(ctx, cfg.ingestN, streamSeed, stream); err != nil {
			return err
		}
	}
	logf("migrating and ingesting %d base articles into %s", cfg.articles, cfg.neo4j)
	if err := d.Run(ctx, "migrate"); err != nil {
		return err
	}
	if err := d.Run(ctx, "ingest", base); err != nil {
		return err
	}

	srv, srvURL, err := d.Serve(ctx, filepath.Join(work, "serve.log"))
	if err != nil {
		return err
	}
	// A graceful exit by the interrupt is no error.
	defer func() {
		if serr := srv.Stop(); err == nil && serr != nil {
			err = fmt.Errorf("serve: %w\n%s", serr, srv.Tail())
		}
	}()
	logf("serve pid %d on %s", srv.Pid(), srvURL)
	c := newClient(srvURL, cfg.levels)
	if err := c.check(ctx, queries); err != nil {
		return err
	}
	startArticles, err := c.articles(ctx)
	if err != nil {
		return err
	}
	if cfg.warmup > 0 {
		logf("warming up for %s", cfg.warmup)
		c.load(ctx, queries, min(8, maxOf(cfg.levels)), cfg.warmup)
	}
	rssStart, _ := readRSS(srv.Pid())

	var ing *subproc.Process
	if !cfg.noIngest {
		if ing, err = d.Start(filepath.Join(work, "ingest.log"), "ingest", stream); err != nil {
			return err
		}
		defer ing.Stop()
		logf("ingesting a stream of %d articles (seed %d) meanwhile, pid %d", cfg.ingestN, streamSeed, ing.Pid())
	}

	var results []levelResult
	for _, n := range cfg.levels {
		if err := ctx.Err(); err != nil {
			return err
		}
		logf("%d concurrent clients for %s", n, cfg.duration)
		before, err := c.articles(ctx)
		if err != nil {
			return err
		}
		sampler := sampleRSS(srv.Pid(), 50*time.Millisecond)
		start := time.Now()
		lr := c.load(ctx, queries, n, cfg.duration)
		peak := sampler.stop()
		end, _ := readRSS(srv.Pid())
		after, err := c.articles(ctx)
		if err != nil {
			return err
		}
		secs := time.Since(start).Seconds()
		r := levelResult{clients: n, load: lr, rssPeak: max(peak, end), rssEnd: end,
			seconds: secs, ingested: after - before, ingestRate: float64(after-before) / secs}
		if ing != nil {
			r.ingestEnded, r.ingestFailed = ing.Exited()
		}
		results = append(results, r)
	}

	printTable(stdout, cfg, queries, results, startArticles, rssStart, ing != nil)
	return nil
}

func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// printTable writes the results as a plain table, with a line of context
// above and one table of latencies per query below.
func printTable(w io.Writer, cfg config, queries []query, rs []levelResult, articles int, rssStart int64, ingest bool) {
	fmt.Fprintf(w, "\ndiplograph serve under load: %d README queries round-robin, %s per level, %d articles in the graph at the start, %d CPUs, server RSS after warm-up %s\n",
		len(queries), cfg.duration, articles, runtime.NumCPU(), mib(rssStart))
	if !ingest {
		fmt.Fprintf(w, "no ingest during the run\n")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "clients\trequests\treq/s\tp50\tp99\terrors\tRSS peak\tRSS end\tingest art/s\t\n")
	var notes []string
	for _, r := range rs {
		rate := "-"
		if ingest {
			rate = fmt.Sprintf("%.0f", r.ingestRate)
			switch {
			case r.ingestFailed:
				rate += " (ingest failed)"
			case r.ingestEnded:
				rate += " (ingest ended)"
			}
		}
		fmt.Fprintf(tw, "%d\t%d\t%.1f\t%s\t%s\t%d\t%s\t%s\t%s\t\n", r.clients, r.load.requests, r.load.rate(),
			ms(r.load.all.percentile(0.50)), ms(r.load.all.percentile(0.99)), r.load.errors, mib(r.rssPeak), mib(r.rssEnd), rate)
		for msg, n := range r.load.errorKinds {
			notes = append(notes, fmt.Sprintf("%d clients: %d× %s", r.clients, n, msg))
		}
	}
	tw.Flush()
	if ingest && len(rs) > 0 {
		n, secs := 0, 0.0
		for _, r := range rs {
			n += r.ingested
			secs += r.seconds
		}
		fmt.Fprintf(w, "\ningest meanwhile: %d articles over the levels (%.0f/s); counted as the graph commits them, in batches\n", n, float64(n)/max(secs, 1e-9))
	}
	slices.Sort(notes)

	fmt.Fprintf(w, "\nlatency per query, p50 / p99:\n\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "clients\t")
	for _, q := range queries {
		fmt.Fprintf(tw, "%s\t", q.name)
	}
	fmt.Fprintf(tw, "\n")
	for _, r := range rs {
		fmt.Fprintf(tw, "%d\t", r.clients)
		for i := range queries {
			l := r.load.perQuery[i]
			fmt.Fprintf(tw, "%s / %s\t", ms(l.percentile(0.50)), ms(l.percentile(0.99)))
		}
		fmt.Fprintf(tw, "\n")
	}
	tw.Flush()
	if len(notes) > 0 {
		fmt.Fprintf(w, "\nerrors:\n")
		for _, n := range notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }

func mib(b int64) string {
	if b <= 0 {
		return "?"
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}

// errNoProc says that there is no /proc/PID/status to read RSS from: the
// system has no /proc, or the process has exited.
var errNoProc = errors.New("no /proc/PID/status")
