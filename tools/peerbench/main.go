package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/diplograph/diplograph/internal/subproc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := parseFlags(os.Args[1:], os.Getenv, os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if err := run(ctx, cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "peerbench: %v\n", err)
		stop()
		os.Exit(1)
	}
}

// config is the command line.
type config struct {
	bin       string // diplograph binary; empty: build one
	neo4j     string // Bolt URI given to both servers
	peerDir   string // the Node project of the peer
	node      string // the node executable
	articles  int    // generated articles ingested first
	seed      uint64
	noIngest  bool
	checkOnly bool // check the answers, measure nothing
	runs      int
	levels    []int
	requests  int // per side, pair, level and run
	warmup    int // per side and pair, before the runs
	work      string
	only      []string // names of the queries to run; empty: all
}

func parseFlags(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("peerbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	uri := getenv("NEO4J_URI")
	if uri == "" {
		uri = "bolt://127.0.0.1:7687"
	}
	levels := "1,8"
	only := ""
	fs.StringVar(&c.bin, "bin", "", "diplograph binary (default: build ./cmd/diplograph into the work directory)")
	fs.StringVar(&c.neo4j, "neo4j", uri, "Bolt URI of the Neo4j to load and serve ($NEO4J_URI when set)")
	fs.StringVar(&c.peerDir, "peer", filepath.Join("tools", "peerbench", "peer"), "directory of the peer's Node project, its dependencies installed with `npm ci`")
	fs.StringVar(&c.node, "node", "node", "the Node.js executable")
	fs.IntVar(&c.articles, "articles", 50000, "generated articles ingested before the run (fewer for a quick run)")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the generated articles")
	fs.BoolVar(&c.noIngest, "no-ingest", false, "serve the graph as it is: no gen, migrate or ingest")
	fs.BoolVar(&c.checkOnly, "check-only", false, "check that both servers answer the same, then stop")
	fs.IntVar(&c.runs, "runs", 3, "runs over all pairs and levels")
	fs.StringVar(&levels, "levels", levels, "concurrency levels, comma-separated")
	fs.IntVar(&c.requests, "requests", 100, "requests to each server per pair, level and run")
	fs.IntVar(&c.warmup, "warmup", 10, "requests to each server per pair before the runs (not measured)")
	fs.StringVar(&only, "only", "", "names of the queries to check and time, comma-separated (default: all; e.g. \"person,events page\")")
	fs.StringVar(&c.work, "workdir", "", "directory for the corpus, the binary and the logs, kept (default: a temporary one, removed)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: peerbench [flags]\n\ndiplograph serve against @neo4j/graphql over the same Neo4j; see `go doc ./tools/peerbench`.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	fail := func(format string, a ...any) (config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintf(stderr, "peerbench: %v\n", err)
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
	for _, name := range strings.Split(only, ",") {
		if name = strings.TrimSpace(name); name != "" {
			c.only = append(c.only, name)
		}
	}
	if c.runs < 1 || c.requests < 1 || c.warmup < 0 || c.articles < 0 {
		return fail("--runs and --requests must be positive, --warmup and --articles not negative")
	}
	return c, nil
}

// run runs the benchmark described by cfg and prints the table on stdout;
// progress goes to stderr.
func run(ctx context.Context, cfg config, stdout, stderr io.Writer) (err error) {
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "peerbench: "+format+"\n", a...) }
	work, remove, err := subproc.WorkDir(cfg.work, "diplograph-peerbench-")
	if err != nil {
		return err
	}
	defer remove()
	env := append(os.Environ(), "NEO4J_URI="+cfg.neo4j)
	d := &subproc.Diplograph{Bin: cfg.bin, Env: env, Stderr: stderr}
	if d.Bin == "" {
		d.Bin = filepath.Join(work, "diplograph")
		logf("building %s", d.Bin)
		if err := d.Build(ctx); err != nil {
			return err
		}
	}
	if !cfg.noIngest {
		base := filepath.Join(work, fmt.Sprintf("base-%d-%d.jsonl", cfg.articles, cfg.seed))
		if err := d.Gen(ctx, cfg.articles, cfg.seed, base); err != nil {
			return err
		}
		logf("migrating and ingesting %d generated articles into %s", cfg.articles, cfg.neo4j)
		start := time.Now()
		if err := d.Run(ctx, "migrate"); err != nil {
			return err
		}
		if err := d.Run(ctx, "ingest", base); err != nil {
			return err
		}
		logf("ingest took %s", time.Since(start).Round(time.Second))
	}

	srv, srvBase, err := d.Serve(ctx, filepath.Join(work, "serve.log"))
	if err != nil {
		return err
	}
	defer srv.Stop()
	srvURL := srvBase + "/graphql"
	peerDir, err := filepath.Abs(cfg.peerDir)
	if err != nil {
		return err
	}
	peer, peerURL, err := startPeer(ctx, cfg.node, peerDir, env, filepath.Join(work, "peer.log"))
	if err != nil {
		return err
	}
	defer peer.Stop()
	logf("diplograph serve (pid %d) on %s, the peer (pid %d) on %s", srv.Pid(), srvURL, peer.Pid(), peerURL)

	conns := 8
	for _, l := range cfg.levels {
		conns = max(conns, l)
	}
	pc, qc := newClient(srvURL, conns), newClient(peerURL, conns)
	stats, err := pc.data(ctx, body(`{ stats { articles events } bilateral(a: "`+countryA+`", b: "`+countryB+`") { people(first: 1) { person { id nameLatin } } } }`, nil))
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	people := list(obj(stats["bilateral"])["people"])
	if len(people) == 0 {
		return fmt.Errorf("the graph holds no person taking part in events of %s and %s: ingest articles first", countryA, countryB)
	}
	person := obj(obj(people[0])["person"])
	names := strings.Fields(str(person["nameLatin"]))
	if len(names) == 0 {
		return fmt.Errorf("person %s has no Latin name to search for", str(person["id"]))
	}
	ps, err := selectPairs(pairs(str(person["id"]), names[len(names)-1]), cfg.only)
	if err != nil {
		return err
	}
	logf("person %s, search text %q", str(person["id"]), names[len(names)-1])

	logf("checking that both answer the same")
	var differ []string
	for _, p := range ps {
		a, err := pc.data(ctx, p.project)
		if err != nil {
			return fmt.Errorf("%s: project: %w", p.name, err)
		}
		b, err := qc.data(ctx, p.peer)
		if err != nil {
			return fmt.Errorf("%s: peer: %w", p.name, err)
		}
		ok, ja, jb := same(p.normProject(a), p.normPeer(b))
		if !ok {
			fa, fb := filepath.Join(work, slug(p.name)+".project.json"), filepath.Join(work, slug(p.name)+".peer.json")
			_ = os.WriteFile(fa, ja, 0o644)
			_ = os.WriteFile(fb, jb, 0o644)
			logf("%s: the answers differ (normal forms in %s and %s; keep them with --workdir):\n%s", p.name, fa, fb, firstDiff(ja, jb))
			differ = append(differ, p.name)
		}
	}
	if len(differ) > 0 {
		return fmt.Errorf("the answers differ for %s", strings.Join(differ, ", "))
	}
	if cfg.checkOnly {
		logf("both answer the same for the %d queries", len(ps))
		return nil
	}

	if cfg.warmup > 0 {
		logf("warming up: %d requests to each server per pair", cfg.warmup)
		for _, p := range ps {
			if _, _, err := interleave(ctx, side{pc, p.project}, side{qc, p.peer}, 1, cfg.warmup); err != nil {
				return fmt.Errorf("%s: warm-up: %w", p.name, err)
			}
		}
	}
	results := make([]result, 0, len(ps)*len(cfg.levels))
	for _, l := range cfg.levels {
		for _, p := range ps {
			results = append(results, result{pair: p.name, clients: l})
		}
	}
	for r := range cfg.runs {
		i := 0
		for _, l := range cfg.levels {
			logf("run %d of %d: %d client(s), %d requests to each server per pair", r+1, cfg.runs, l, cfg.requests)
			for _, p := range ps {
				tp, tq, err := interleave(ctx, side{pc, p.project}, side{qc, p.peer}, l, cfg.requests)
				if err != nil {
					return fmt.Errorf("%s, %d clients: %w", p.name, l, err)
				}
				results[i].project = append(results[i].project, tp)
				results[i].peer = append(results[i].peer, tq)
				i++
			}
		}
	}

	fmt.Fprintf(stdout, "\ndiplograph serve against @neo4j/graphql %s (node %s) on Apollo Server, one Neo4j at %s holding %s articles and %s events, %d CPUs\n",
		peerVersion(peerDir), nodeVersion(cfg.node), cfg.neo4j, str(obj(stats["stats"])["articles"]), str(obj(stats["stats"])["events"]), runtime.NumCPU())
	fmt.Fprintf(stdout, "%d run(s) of %d requests to each server per query and level, interleaved; p50 and p99 in ms (median over the runs);\n", cfg.runs, cfg.requests)
	fmt.Fprintf(stdout, "ratio = project / peer in each run, lowest-highest (below 1 the project is faster)\n\n")
	printTable(stdout, results)
	fmt.Fprintf(stdout, "\nqueries:\n")
	for _, p := range ps {
		fmt.Fprintf(stdout, "  %-15s %s\n", p.name, p.note)
	}
	return nil
}

// selectPairs returns the pairs named in only, in their order in ps; all
// of them when only is empty.
func selectPairs(ps []pair, only []string) ([]pair, error) {
	if len(only) == 0 {
		return ps, nil
	}
	var out []pair
	for _, name := range only {
		found := false
		for _, p := range ps {
			if p.name == name {
				out, found = append(out, p), true
			}
		}
		if !found {
			var names []string
			for _, p := range ps {
				names = append(names, p.name)
			}
			return nil, fmt.Errorf("--only: no query %q (there are %s)", name, strings.Join(names, ", "))
		}
	}
	return out, nil
}

// printTable writes the results as a plain table.
func printTable(w io.Writer, rs []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "query\tclients\tproject p50\tp99\tpeer p50\tp99\tratio p50\tratio p99\t\n")
	for _, r := range rs {
		lo50, hi50 := r.ratios(0.50)
		lo99, hi99 := r.ratios(0.99)
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.pair, r.clients,
			ms(medianOf(r.project, 0.50)), ms(medianOf(r.project, 0.99)),
			ms(medianOf(r.peer, 0.50)), ms(medianOf(r.peer, 0.99)),
			ratioRange(lo50, hi50), ratioRange(lo99, hi99))
	}
	tw.Flush()
}

// peerVersion returns the version of @neo4j/graphql installed for the peer.
func peerVersion(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "node_modules", "@neo4j", "graphql", "package.json"))
	if err != nil {
		return "?"
	}
	var p struct{ Version string }
	if json.Unmarshal(b, &p) != nil || p.Version == "" {
		return "?"
	}
	return p.Version
}

// slug turns a pair's name into a file name.
func slug(s string) string { return strings.ReplaceAll(s, " ", "-") }

// firstDiff returns the lines around the first line where a and b differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	i := 0
	for i < len(la) && i < len(lb) && la[i] == lb[i] {
		i++
	}
	lo := max(0, i-3)
	pick := func(l []string) string { return strings.Join(l[min(lo, len(l)):min(i+4, len(l))], "\n") }
	return "project:\n" + pick(la) + "\npeer:\n" + pick(lb)
}
