package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/gazetteer"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/ingest/gen"
	"github.com/diplograph/diplograph/neo4jstore"
)

// openStore connects to Neo4j as the environment says, retrying with
// back-off for up to retryFor while it does not answer; Close closes it.
func (m *Main) openStore(ctx context.Context, retryFor time.Duration) (*neo4jstore.Store, error) {
	cfg := neo4jstore.ConfigFromEnv(m.Getenv)
	// The driver's own retries fit in the budget (zero: keep a moment).
	cfg.RetryFor = max(retryFor, time.Millisecond)
	start := m.Now()
	delay := 500 * time.Millisecond
	for {
		s, err := neo4jstore.Open(ctx, cfg)
		if err == nil {
			m.closers = append(m.closers, func() error { return s.Close(context.Background()) })
			return s, nil
		}
		left := retryFor - m.Now().Sub(start)
		if diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE || left <= 0 {
			return nil, err
		}
		wait := min(delay, left)
		m.logger.Warn("Neo4j not reachable; retrying", "uri", cfg.URI, "in", wait)
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
		delay = min(2*delay, 8*time.Second)
	}
}

// retryFlag declares --retry-for on fs.
func retryFlag(fs *flag.FlagSet, d *time.Duration) {
	fs.DurationVar(d, "retry-for", ingest.DefaultRetryBudget, "how long to retry while Neo4j is unreachable before giving up")
}

// migrateCmd creates the schema and loads the reference data.
type migrateCmd struct{ retryFor time.Duration }

func (c *migrateCmd) flags(fs *flag.FlagSet) { retryFlag(fs, &c.retryFor) }

func (c *migrateCmd) args(a []string) error {
	if len(a) > 0 {
		return errors.New("migrate takes no arguments")
	}
	return nil
}

func (c *migrateCmd) run(ctx context.Context, m *Main) error {
	s, err := m.openStore(ctx, c.retryFor)
	if err != nil {
		return err
	}
	return migrate(ctx, m, s)
}

// migrate applies the schema and loads every country and topic.
func migrate(ctx context.Context, m *Main, s *neo4jstore.Store) error {
	if err := s.Migrate(ctx); err != nil {
		return err
	}
	g := gazetteer.New()
	var cs []diplograph.Country
	for _, code := range g.Codes() {
		if c, ok := g.Country(code); ok {
			cs = append(cs, diplograph.Country{Code: c.Code, NameEN: c.NameEN, NameRU: c.NameRU, NameKK: c.NameKK})
		}
	}
	eu := gazetteer.EU() // a party, as its officials' side
	cs = append(cs, diplograph.Country{Code: eu.Code, NameEN: eu.NameEN, NameRU: eu.NameRU, NameKK: eu.NameKK})
	if err := s.UpsertCountries(ctx, cs); err != nil {
		return err
	}
	if err := s.UpsertTopics(ctx, topics()); err != nil {
		return err
	}
	m.logger.Info("schema migrated", "countries", len(cs), "topics", len(diplograph.Topics))
	return nil
}

// ingestCmd takes articles into the graph.
type ingestCmd struct {
	source, published string
	batchSize         int
	workers           int
	shard             string
	retryFor          time.Duration
	paths             []string
	part              ingest.Shard
}

func (c *ingestCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.source, "source", "", "source (outlet) of articles that do not name one")
	fs.StringVar(&c.published, "published", "", "publication date (YYYY-MM-DD) of articles that do not give one")
	fs.IntVar(&c.batchSize, "batch-size", ingest.DefaultBatchSize, "articles per write transaction")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "parallel extractions")
	fs.StringVar(&c.shard, "shard", "", "i/n: take only part i (from 0) of n of the articles, by a hash of their id, so that n processes\ngiven the same PATHs, each its own part, ingest them together (see docs/capacity.md)")
	retryFlag(fs, &c.retryFor)
}

func (c *ingestCmd) args(a []string) error {
	if len(a) == 0 {
		return errors.New("no PATH given (a file, a directory, or - for JSON Lines on stdin)")
	}
	if c.published != "" && !validDay(c.published) {
		return fmt.Errorf("--published %q is not a date YYYY-MM-DD", c.published)
	}
	if c.batchSize < 1 {
		return errors.New("--batch-size must be at least 1")
	}
	if c.workers < 1 {
		return errors.New("--workers must be at least 1")
	}
	if c.shard != "" {
		part, err := ingest.ParseShard(c.shard)
		if err != nil {
			return fmt.Errorf("--shard: %w", err)
		}
		c.part = part
	}
	c.paths = a
	return nil
}

func (c *ingestCmd) run(ctx context.Context, m *Main) error {
	s, err := m.openStore(ctx, c.retryFor)
	if err != nil {
		return err
	}
	cfg := ingest.Config{
		Extractor: newExtractor(),
		Writer:    s,
		BatchSize: c.batchSize,
		Workers:   c.workers,
		Read:      ingest.ReadOptions{Source: c.source, Published: c.published, Stdin: m.Stdin},
		Shard:     c.part,
		Logger:    m.logger,
		Now:       m.Now,
		// A budget of zero takes the default: keep at least a moment.
		RetryBudget: max(c.retryFor, time.Millisecond),
	}
	total := -1
	var pp *ingest.ProgressPrinter
	if m.StderrIsTerminal {
		if c.part.Count <= 1 { // a part's size is known only once read
			total = ingest.Count(c.paths)
		}
		pp = &ingest.ProgressPrinter{W: m.Stderr, Now: m.Now}
		cfg.Progress = pp.Update
	}
	p := ingest.New(cfg)
	sum, err := p.IngestPaths(ctx, c.paths, total)
	if pp != nil {
		pp.Done()
	}
	m.logger.Info("ingest finished",
		"articles", sum.Read, "written", sum.Written, "unchanged", sum.Skipped, "failed", sum.Failed,
		"nodesCreated", sum.Stats.NodesCreated, "relationshipsCreated", sum.Stats.RelationshipsCreated,
		"propertiesSet", sum.Stats.PropertiesSet, "eventsMerged", sum.MergedEvents, "resolvedUnderLock", sum.ResolvedUnderLock,
		"seconds", fmt.Sprintf("%.1f", sum.Elapsed.Seconds()),
		"perSecond", fmt.Sprintf("%.0f", perSecond(sum.Read, sum.Elapsed.Seconds())))
	fmt.Fprintf(m.Stderr, "ingested %d articles in %.1fs (%.0f/s): %d written, %d unchanged, %d failed; %d nodes and %d relationships created, %d events merged across articles\n",
		sum.Read, sum.Elapsed.Seconds(), perSecond(sum.Read, sum.Elapsed.Seconds()), sum.Written, sum.Skipped, sum.Failed,
		sum.Stats.NodesCreated, sum.Stats.RelationshipsCreated, sum.MergedEvents)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("ingest interrupted after %d articles (%d written); run the same command again to finish (articles already written are skipped)", sum.Read, sum.Written)
		}
		return err
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

func perSecond(n int, s float64) float64 {
	if s <= 0 {
		return 0
	}
	return float64(n) / s
}

// deleteCmd deletes articles.
type deleteCmd struct {
	ids      []string
	retryFor time.Duration
}

func (c *deleteCmd) flags(fs *flag.FlagSet) { retryFlag(fs, &c.retryFor) }

func (c *deleteCmd) args(a []string) error {
	if len(a) == 0 {
		return errors.New("no article ID given")
	}
	c.ids = a
	return nil
}

func (c *deleteCmd) run(ctx context.Context, m *Main) error {
	s, err := m.openStore(ctx, c.retryFor)
	if err != nil {
		return err
	}
	// The pipeline deletes an article as if it had never been ingested:
	// the events it tied together come apart.
	p := ingest.New(ingest.Config{Extractor: newExtractor(), Writer: s, Logger: m.logger, Now: m.Now,
		RetryBudget: max(c.retryFor, time.Millisecond)})
	failed := 0
	for _, id := range c.ids {
		st, err := p.DeleteArticle(ctx, id)
		if err != nil {
			if diplograph.ErrorCode(err) == diplograph.EUNAVAILABLE {
				return err
			}
			failed++
			fmt.Fprintf(m.Stderr, "diplograph delete: %s: %v\n", id, err)
			continue
		}
		m.logger.Info("article deleted", "id", id, "nodesDeleted", st.NodesDeleted, "relationshipsDeleted", st.RelationshipsDeleted)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// genCmd writes a synthetic corpus.
type genCmd struct {
	n    int
	out  string
	seed uint64
}

func (c *genCmd) flags(fs *flag.FlagSet) {
	fs.IntVar(&c.n, "n", 1000, "number of articles")
	fs.StringVar(&c.out, "out", "", "output: a directory (one .txt per article) or a FILE.jsonl (- for stdout)")
	fs.Uint64Var(&c.seed, "seed", 1, "random seed; the same seed gives the same corpus")
}

func (c *genCmd) args(a []string) error {
	if len(a) > 0 {
		return errors.New("gen takes no arguments")
	}
	if c.out == "" {
		return errors.New("--out is required")
	}
	if c.n < 0 {
		return errors.New("--n must not be negative")
	}
	return nil
}

func (c *genCmd) run(ctx context.Context, m *Main) error {
	g := gen.New(gen.Options{N: c.n, Rand: rand.New(rand.NewPCG(c.seed, c.seed^0x9e3779b97f4a7c15))})
	var n int
	var err error
	switch {
	case c.out == "-":
		n, err = gen.WriteJSONL(m.Stdout, g)
	case strings.HasSuffix(strings.ToLower(c.out), ".jsonl"):
		if dir := filepath.Dir(c.out); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("gen: %w", err)
			}
		}
		f, ferr := os.Create(c.out)
		if ferr != nil {
			return fmt.Errorf("gen: %w", ferr)
		}
		n, err = gen.WriteJSONL(f, g)
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("gen: %w", cerr)
		}
	default:
		n, err = gen.WriteDir(c.out, g)
	}
	if err != nil {
		return err
	}
	m.logger.Info("corpus written", "articles", n, "out", c.out, "seed", c.seed)
	return nil
}
