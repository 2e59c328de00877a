package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/diplograph/diplograph"
)

// Writer writes documents in batches; neo4jstore.Store implements it.
type Writer interface {
	// WriteBatch writes docs in one transaction: all or none.
	WriteBatch(ctx context.Context, docs []diplograph.Document) (diplograph.WriteStats, error)
}

// HashLookup says which articles are stored, with which content hash;
// neo4jstore.Store implements it.
type HashLookup interface {
	ArticleHash(ctx context.Context, ids []string) (map[string]string, error)
}

// Defaults of Config.
const (
	DefaultBatchSize = 200
	// DefaultRetryBudget bounds how long a write keeps being retried while
	// Neo4j is unreachable before the run stops with an error.
	DefaultRetryBudget = time.Minute
	maxKeptErrors      = 1000
)

// Config configures a Pipeline. Extractor and Writer are required.
type Config struct {
	Extractor diplograph.Extractor
	Writer    Writer
	// Hashes finds unchanged articles, which are skipped before
	// extraction; nil means Writer when it implements HashLookup.
	Hashes HashLookup
	// Finder finds stored events for the resolution step; nil means
	// Writer when it implements EventFinder.
	Finder EventFinder
	// BatchSize is the number of articles per write transaction
	// (default 200); Workers the number of parallel extractions (default
	// runtime.NumCPU()).
	BatchSize int
	Workers   int
	// WindowDays: see Resolver (default DefaultWindowDays).
	WindowDays int
	// Read fills metadata that inputs lack and bounds their size.
	Read ReadOptions
	// Shard, when set, takes only the articles of one part of the input
	// (see Shard): several processes given the same input and each its
	// own part ingest it together. The others are not counted in the
	// Summary.
	Shard Shard
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
	// Progress, when set, is called after every batch (from one goroutine).
	Progress func(Progress)
	// RetryBudget bounds retries while Neo4j is unavailable (default one
	// minute); RetryAttempts bounds retries of other failed writes
	// before the batch is split (default 3); RetryDelay is the first
	// back-off (default 250ms), doubled up to 8s.
	RetryBudget   time.Duration
	RetryAttempts int
	RetryDelay    time.Duration
	// Now and Sleep are the clock (defaults: time.Now, a timer that
	// honours ctx).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	// FlushInterval writes a partial batch when the input has been idle
	// this long (slow streams such as stdin); default one second.
	FlushInterval time.Duration
}

// Progress is the state of a run, for progress reports.
type Progress struct {
	Done    int // articles read and settled: written, skipped or failed
	Total   int // articles expected, or -1 when unknown
	Failed  int
	Skipped int
	Elapsed time.Duration
}

// Summary says what a run did.
type Summary struct {
	Read    int // articles and bad inputs read
	Written int // articles written (new or changed)
	Skipped int // unchanged articles (same id, same content hash stored), and repeats within the run
	Failed  int // bad inputs and articles that could not be extracted or written
	// MergedEvents counts events that are one with an event another
	// article reports, whether they took its id or had it already (see
	// Resolver.ResolveBatch).
	MergedEvents int
	// ResolvedUnderLock counts the writes whose batch was resolved inside
	// the write, under the lock that serialises writers (see
	// SerialWriter), rather than ahead while the batch before was
	// written: the first two of a run, and those after another writer
	// wrote.
	ResolvedUnderLock int
	Stats             diplograph.WriteStats
	Elapsed           time.Duration
	// Errors holds the first 1000 failures, each naming file and line.
	Errors []error
	// ArticleIDs are the ids of the articles written or skipped as
	// unchanged, in input order; kept only by Ingest.
	ArticleIDs []string
}

// Pipeline takes articles into the graph: read, skip unchanged, extract
// in parallel, resolve events, write in batches with retries. It
// implements diplograph.Ingester.
type Pipeline struct {
	cfg Config
}

var _ diplograph.Ingester = (*Pipeline)(nil)

// New returns a pipeline with cfg, defaults filled in.
func New(cfg Config) *Pipeline {
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Hashes == nil {
		cfg.Hashes, _ = cfg.Writer.(HashLookup)
	}
	if cfg.Finder == nil {
		cfg.Finder, _ = cfg.Writer.(EventFinder)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RetryBudget <= 0 {
		cfg.RetryBudget = DefaultRetryBudget
	}
	if cfg.RetryAttempts <= 0 {
		cfg.RetryAttempts = 3
	}
	if cfg.RetryDelay <= 0 {
		cfg.RetryDelay = 250 * time.Millisecond
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleep
	}
	if cfg.FlushInterval <= 0 {
		cfg.FlushInterval = time.Second
	}
	return &Pipeline{cfg: cfg}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Ingest implements diplograph.Ingester: it takes the articles through the
// pipeline and reports the ids written (in input order) and the failures.
func (p *Pipeline) Ingest(ctx context.Context, articles []diplograph.Article) (diplograph.IngestResult, error) {
	src := func(ctx context.Context, emit func(Item) error) error {
		for i, a := range articles {
			// File is stored with the article, so it is not made up
			// here: errors name the position instead.
			var it Item
			file := a.File
			if file == "" {
				file = fmt.Sprintf("articles[%d]", i)
			}
			if t, err := checkText(a.Text, file, a.Line); err != nil {
				it.Err = err
			} else {
				a.Text = t
				it.Article = a
			}
			if err := emit(it); err != nil {
				return err
			}
		}
		return nil
	}
	s, err := p.run(ctx, src, len(articles), true)
	res := diplograph.IngestResult{ArticleIDs: s.ArticleIDs, Failed: s.Failed, Stats: s.Stats}
	for _, e := range s.Errors {
		res.Errors = append(res.Errors, diplograph.ErrorMessage(e))
	}
	return res, err
}

// IngestPaths reads the articles under paths (see Walk) and takes them
// through the pipeline. total is the number of articles expected (see
// Count), for progress reports, or -1.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string, total int) (Summary, error) {
	return p.Run(ctx, func(ctx context.Context, emit func(Item) error) error {
		return Walk(ctx, paths, p.cfg.Read, emit)
	}, total)
}

// Source produces items by calling emit, in input order, until it returns
// or emit returns an error (which it must return).
type Source func(ctx context.Context, emit func(Item) error) error

// Run takes the items of src through the pipeline. Memory is bounded by the
// batch size and the number of workers, not by the size of the input.
// Bad items and articles that fail are counted and reported in the
// summary and the log, and the run goes on; the error is non-nil only
// when the run could not finish (Neo4j unreachable beyond the retry
// budget, ctx cancelled, a source that fails).
func (p *Pipeline) Run(ctx context.Context, src Source, total int) (Summary, error) {
	return p.run(ctx, src, total, false)
}

// job is one item on its way through the pipeline.
type job struct {
	seq  int
	item Item
	hash string
	doc  diplograph.Document
	err  error
	skip bool // unchanged or repeated: nothing to write
}

func (p *Pipeline) run(ctx context.Context, src Source, total int, keepIDs bool) (Summary, error) {
	start := p.cfg.Now()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	in := make(chan job, p.cfg.BatchSize)
	work := make(chan job, p.cfg.BatchSize)
	out := make(chan job, p.cfg.BatchSize)

	var wg sync.WaitGroup
	// Read. The run does not wait for the reader once ctx is done: a read
	// of a pipe or a terminal cannot be interrupted, and would keep the
	// run from ending until it returns. It sends its error before it
	// closes in, so when the later stages have seen in closed the error is
	// there.
	srcDone := make(chan error, 1)
	go func() {
		defer close(in)
		seq := 0
		srcDone <- src(ctx, func(it Item) error {
			select {
			case in <- job{seq: seq, item: it}:
				seq++
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
	}()
	// Skip unchanged articles, in chunks, before extracting them.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(work)
		p.prefilter(ctx, cancel, in, work)
	}()
	// Extract.
	var xwg sync.WaitGroup
	for range p.cfg.Workers {
		xwg.Add(1)
		go func() {
			defer xwg.Done()
			for j := range work {
				if !j.skip && j.err == nil {
					j.doc, j.err = p.extract(j.item.Article)
				}
				select {
				case out <- j:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		xwg.Wait()
		close(out)
	}()

	s, werr := p.collect(ctx, cancel, out, total, keepIDs, start)
	cancel(nil)
	// Drain so that the goroutines end.
	for range out {
	}
	var srcErr error
	read := true
	select {
	case srcErr = <-srcDone:
	default: // still reading: the run was stopped
		read = false
	}
	s.Elapsed = p.cfg.Now().Sub(start)
	switch {
	case werr != nil:
		return s, werr
	case !read:
		return s, context.Cause(ctx)
	case srcErr != nil && !errors.Is(srcErr, context.Canceled):
		return s, fmt.Errorf("ingest: read: %w", srcErr)
	case ctx.Err() != nil && context.Cause(ctx) != context.Canceled:
		return s, context.Cause(ctx)
	}
	return s, nil
}

// prefilter assigns article ids, looks up in chunks which articles are
// stored unchanged, and passes every job on to the workers (bad items and
// unchanged articles marked so that they are not extracted).
func (p *Pipeline) prefilter(ctx context.Context, cancel context.CancelCauseFunc, in <-chan job, work chan<- job) {
	chunk := make([]job, 0, p.cfg.BatchSize)
	flush := func() bool {
		if len(chunk) == 0 {
			return true
		}
		if p.cfg.Hashes != nil {
			var ids []string
			for _, j := range chunk {
				if j.err == nil {
					ids = append(ids, j.item.Article.ID)
				}
			}
			var stored map[string]string
			err := p.retry(ctx, "look up articles", func(ctx context.Context) error {
				var err error
				stored, err = p.cfg.Hashes.ArticleHash(ctx, ids)
				return err
			})
			if err != nil {
				cancel(err)
				return false
			}
			for i := range chunk {
				j := &chunk[i]
				if j.err == nil && stored[j.item.Article.ID] == j.hash {
					j.skip = true
				}
			}
		}
		for _, j := range chunk {
			select {
			case work <- j:
			case <-ctx.Done():
				return false
			}
		}
		chunk = chunk[:0]
		return true
	}
	// A partial chunk is passed on only when the input has been idle for
	// a whole FlushInterval (a slow stream), never in a busy run.
	tick := time.NewTicker(p.cfg.FlushInterval)
	defer tick.Stop()
	active := false
	for {
		select {
		case j, ok := <-in:
			if !ok {
				flush()
				return
			}
			active = true
			if j.item.Err != nil {
				if !p.cfg.Shard.takes("", j.seq) {
					continue
				}
				j.err = j.item.Err
			} else {
				a := &j.item.Article
				if a.Published == "" {
					a.Published = p.cfg.Read.Published
				}
				if a.Source == "" {
					a.Source = p.cfg.Read.Source
				}
				a.ID = diplograph.ArticleID(a.URL, a.Text)
				if !p.cfg.Shard.takes(a.ID, j.seq) {
					continue
				}
				j.hash = diplograph.ContentHash(a.Text)
			}
			chunk = append(chunk, j)
			if len(chunk) >= p.cfg.BatchSize && !flush() {
				return
			}
		case <-tick.C:
			if !active && !flush() {
				return
			}
			active = false
		case <-ctx.Done():
			return
		}
	}
}

// extract turns an article into a document, filling ids the extractor left
// empty.
func (p *Pipeline) extract(a diplograph.Article) (d diplograph.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &diplograph.Error{Op: "ingest.Extract", Code: diplograph.EINTERNAL, File: a.File, Line: a.Line,
				Message: "extractor failed", Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	f, err := p.cfg.Extractor.Extract(a)
	if err != nil {
		return d, inputError("ingest.Extract", a, err)
	}
	f.ArticleID = a.ID
	if f.Published == "" {
		f.Published = a.Published
	}
	fillIDs(&f)
	if a.Title == "" {
		// After extraction, which reads the text as it came.
		a.Title = diplograph.Headline(a.Text)
	}
	return diplograph.Document{Article: a, Facts: f}, nil
}

// inputError names the file and line of a in err.
func inputError(op string, a diplograph.Article, err error) error {
	var e *diplograph.Error
	if errors.As(err, &e) && e.File != "" {
		return err
	}
	code := diplograph.ErrorCode(err)
	file := a.File
	if file == "" {
		file = "article " + a.ID
	}
	return &diplograph.Error{Op: op, Code: code, File: file, Line: a.Line,
		Message: fmt.Sprintf("article %s: %s", a.ID, diplograph.ErrorMessage(err)), Err: err}
}

// fillIDs gives stable ids to the facts an extractor left without one.
func fillIDs(f *diplograph.Facts) {
	for _, ps := range [][]diplograph.Person{f.Ministers, f.Persons, f.Officials} {
		for i := range ps {
			if ps[i].ID == "" {
				latin := ps[i].Latin
				if latin == "" {
					latin = ps[i].Name
				}
				ps[i].ID = diplograph.PersonID(ps[i].Country, latin)
			}
		}
	}
	for i := range f.Organizations {
		o := &f.Organizations[i]
		if o.ID == "" {
			o.ID = diplograph.OrganizationID(o.Country, o.Name)
		}
	}
	for i := range f.Events {
		e := &f.Events[i]
		if e.ID == "" {
			e.ID = diplograph.EventID(e.Type, e.Countries, e.Date, fmt.Sprintf("%s/%d", f.ArticleID, i))
		}
	}
	for i := range f.Agreements {
		a := &f.Agreements[i]
		if a.ID == "" {
			anchor := a.EventID
			if anchor == "" {
				anchor = a.Date
			}
			if anchor == "" {
				anchor = fmt.Sprintf("%s/%d", f.ArticleID, i)
			}
			a.ID = diplograph.AgreementID(a.Kind, a.Countries, a.Parties, anchor)
		}
	}
}

// collect gathers extracted documents into batches and writes them.
func (p *Pipeline) collect(ctx context.Context, cancel context.CancelCauseFunc, out <-chan job, total int, keepIDs bool, start time.Time) (Summary, error) {
	// The summary is shared with the writer goroutine.
	var mu sync.Mutex
	var s Summary
	var ids []settled
	batch := make([]job, 0, p.cfg.BatchSize)
	inBatch := map[string]int{}
	fail := func(err error) { // with mu held
		s.Failed++
		if len(s.Errors) < maxKeptErrors {
			s.Errors = append(s.Errors, err)
		}
		p.cfg.Logger.Warn("article skipped", "err", err.Error())
	}
	report := func() { // with mu held
		if p.cfg.Progress != nil {
			p.cfg.Progress(Progress{Done: s.Written + s.Skipped + s.Failed, Total: total, Failed: s.Failed,
				Skipped: s.Skipped, Elapsed: p.cfg.Now().Sub(start)})
		}
	}
	settle := func(j job) { // with mu held
		if keepIDs {
			ids = append(ids, settled{j.seq, j.item.Article.ID})
		}
	}

	// A resolver goroutine resolves each batch while the one before it is
	// written, against the graph as that write leaves it (overlay); a
	// writer goroutine writes the batches in order. The channels are
	// unbuffered, so one batch is resolved while one is written. A batch
	// whose resolution assumed another outcome of the write before it
	// (that write failed, was split or resolved again) is resolved again
	// before it is written.
	type writeJob struct {
		jobs  []job
		docs  []diplograph.Document
		began time.Time
		pre   *preResolved // nil: resolve when writing
	}
	toResolve := make(chan writeJob)
	toWrite := make(chan writeJob)
	var werr error // under mu
	chain := &clockChain{}
	var inflight, stages sync.WaitGroup
	stages.Add(2)
	go func() {
		defer stages.Done()
		defer close(toWrite)
		ahead := &Resolver{Finder: p.cfg.Finder, WindowDays: p.cfg.WindowDays}
		var last *pending
		lastFP := "" // what the resolution of the batch before assumed the graph would be left with
		for w := range toResolve {
			if ctx.Err() == nil && p.cfg.Finder != nil {
				began := p.cfg.Now()
				assumed := ""
				// The last write of this run has committed: the
				// resolution reads the graph it left, or a later one.
				base := chain.base()
				ahead.Finder = p.cfg.Finder
				if last != nil {
					ahead.Finder, assumed = overlay{graph: p.cfg.Finder, p: last}, lastFP
				}
				rewrite, renames, merged, err := ahead.ResolveBatch(ctx, w.docs)
				if err == nil {
					last = newPending(w.docs, rewrite, renames)
					lastFP = last.fingerprint()
					w.pre = &preResolved{rewrite: rewrite, renames: renames, merged: merged, took: p.cfg.Now().Sub(began),
						assumed: assumed, result: lastFP, base: base}
				} else {
					last = nil
				}
			}
			select {
			case toWrite <- w:
			case <-ctx.Done():
				inflight.Done()
			}
		}
	}()
	go func() {
		defer stages.Done()
		res := &Resolver{Finder: p.cfg.Finder, WindowDays: p.cfg.WindowDays}
		written := "" // what the last write left for resolution (fingerprint)
		for w := range toWrite {
			pre := w.pre
			if pre != nil && pre.assumed != written {
				pre = nil // resolved against another outcome of the write before
			}
			left := p.writeJob(ctx, cancel, res, chain, w.docs, pre, func(st diplograph.WriteStats, failed []failure, merged int, rs time.Duration, err error) {
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					if werr == nil {
						werr = err
					}
					return
				}
				s.Stats.Add(st)
				s.MergedEvents += merged
				bad := map[int]bool{}
				for _, f := range failed {
					bad[f.index] = true
					fail(f.err)
				}
				for i, j := range w.jobs {
					if !bad[i] {
						s.Written++
						settle(j)
					}
				}
				report()
				p.cfg.Logger.Debug("batch written", "articles", len(w.jobs)-len(failed), "failed", len(failed),
					"nodesCreated", st.NodesCreated, "relationshipsCreated", st.RelationshipsCreated,
					"mergedEvents", merged, "resolve", rs, "took", p.cfg.Now().Sub(w.began))
			})
			written = left
			inflight.Done()
		}
	}()
	finish := func(err error) (Summary, error) {
		close(toResolve)
		stages.Wait()
		mu.Lock()
		defer mu.Unlock()
		if err == nil {
			err = werr
		}
		if err == nil {
			sortIDs(&s, ids, keepIDs)
		}
		chain.mu.Lock()
		s.ResolvedUnderLock = chain.locked
		chain.mu.Unlock()
		return s, err
	}

	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		docs := make([]diplograph.Document, len(batch))
		for i, j := range batch {
			docs[i] = j.doc
		}
		w := writeJob{jobs: append([]job(nil), batch...), docs: docs, began: p.cfg.Now()}
		inflight.Add(1)
		select {
		case toResolve <- w:
		case <-ctx.Done():
			inflight.Done()
			return context.Cause(ctx)
		}
		batch = batch[:0]
		clear(inBatch)
		return nil
	}
	tick := time.NewTicker(p.cfg.FlushInterval)
	defer tick.Stop()
	active := false
	for {
		select {
		case j, ok := <-out:
			active = true
			if !ok {
				return finish(flush())
			}
			mu.Lock()
			s.Read++
			switch {
			case j.err != nil:
				fail(j.err)
				report()
				mu.Unlock()
				continue
			case j.skip:
				s.Skipped++
				settle(j)
				mu.Unlock()
				continue
			}
			if i, ok := inBatch[j.doc.Article.ID]; ok && diplograph.ContentHash(batch[i].doc.Article.Text) == j.hash {
				s.Skipped++
				settle(j)
				mu.Unlock()
				continue
			}
			mu.Unlock()
			if _, ok := inBatch[j.doc.Article.ID]; ok {
				// A changed text under the same id: the later one wins,
				// after the earlier is written.
				if err := flush(); err != nil {
					return finish(err)
				}
				inflight.Wait()
			}
			inBatch[j.doc.Article.ID] = len(batch)
			batch = append(batch, j)
			if len(batch) >= p.cfg.BatchSize {
				if err := flush(); err != nil {
					return finish(err)
				}
			}
		case <-tick.C:
			if !active {
				if err := flush(); err != nil {
					return finish(err)
				}
			}
			active = false
		case <-ctx.Done():
			return finish(context.Cause(ctx))
		}
	}
}

// settled is an article id with its place in the input.
type settled struct {
	seq int
	id  string
}

func sortIDs(s *Summary, ids []settled, keep bool) {
	if !keep {
		return
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a].seq < ids[b].seq })
	for _, x := range ids {
		s.ArticleIDs = append(s.ArticleIDs, x.id)
	}
}

// DeleteWriter deletes an article and writes other documents in the
// same transaction; neo4jstore.Store implements it.
type DeleteWriter interface {
	DeleteArticleWith(ctx context.Context, id string, docs []diplograph.Document, renames []diplograph.Rename) (diplograph.WriteStats, error)
}

// ResolvedWriter writes a batch after renaming event and agreement nodes,
// in one transaction; neo4jstore.Store implements it. A Writer without it
// is given no renames (it has no stored documents to resolve against).
type ResolvedWriter interface {
	WriteResolved(ctx context.Context, docs []diplograph.Document, renames []diplograph.Rename) (diplograph.WriteStats, error)
}

// SerialWriter runs a write serialised with those of every other writer
// of the graph (other ingest processes included), deciding it inside the
// write's transaction while the lock is held; neo4jstore.Store implements
// it (see its WriteSerial). The pipeline resolves its batches with it, so
// that several processes ingesting at once give the graph one process
// would.
type SerialWriter interface {
	WriteSerial(ctx context.Context, plan diplograph.SerialPlan) (diplograph.WriteStats, string, error)
}

// clockChain follows the ingest clock (see SerialWriter) across the
// writes of one run, so that a batch resolved ahead, outside the lock, is
// written as resolved only when nothing but this run's writes committed
// since its resolution began reading the graph.
type clockChain struct {
	mu   sync.Mutex
	last string          // the clock this run's last write left ("" before its first)
	ours map[string]bool // the clocks left by this run's writes since another writer last wrote
	// locked counts the writes resolved under the lock.
	locked int
}

// base returns the clock of this run's last write, for a resolution that
// begins now.
func (c *clockChain) base() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last
}

// holds says whether a resolution that began after the write that left
// base still holds for a write that finds the clock at clock: base is one
// of this run's clocks and every write since, up to clock, was this run's.
func (c *clockChain) holds(clock, base string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return base != "" && clock == c.last && c.ours[base]
}

// advance records a write of this run that found the clock at before and
// left it at after, resolved under the lock or not.
func (c *clockChain) advance(before, after string, underLock bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if underLock {
		c.locked++
	}
	if before != c.last || c.ours == nil {
		c.ours = map[string]bool{} // another writer wrote in between
	}
	c.ours[after] = true
	c.last = after
}

// DeleteArticle deletes the article id as if it had never been ingested:
// the articles whose events it tied together are resolved again without it
// (Resolver.Unresolve) and written as it is deleted, in one transaction.
// The Writer must implement DeleteWriter; ENOTFOUND when no article has
// the id.
func (p *Pipeline) DeleteArticle(ctx context.Context, id string) (diplograph.WriteStats, error) {
	const op = "ingest.DeleteArticle"
	del, ok := p.cfg.Writer.(DeleteWriter)
	if !ok {
		return diplograph.WriteStats{}, &diplograph.Error{Op: op, Code: diplograph.EINTERNAL, Message: "the store cannot delete articles"}
	}
	var st diplograph.WriteStats
	err := p.retry(ctx, "delete article", func(ctx context.Context) error {
		if serial, ok := p.cfg.Writer.(SerialWriter); ok && p.cfg.Finder != nil {
			var err error
			st, _, err = serial.WriteSerial(ctx, func(ctx context.Context, _ string, f diplograph.EventFinder) (diplograph.SerialWrite, error) {
				res := &Resolver{Finder: f, WindowDays: p.cfg.WindowDays}
				rewrite, renames, err := res.Unresolve(ctx, id)
				return diplograph.SerialWrite{Delete: id, Docs: rewrite, Renames: renames}, err
			})
			return err
		}
		res := &Resolver{Finder: p.cfg.Finder, WindowDays: p.cfg.WindowDays}
		rewrite, renames, err := res.Unresolve(ctx, id)
		if err != nil {
			return err
		}
		st, err = del.DeleteArticleWith(ctx, id, rewrite, renames)
		return err
	})
	return st, err
}

// preResolved is a batch's resolution made while the batch before it was
// written, against the graph as that write was to leave it (assumed, a
// pending fingerprint; "" for the graph as it was).
type preResolved struct {
	rewrite []diplograph.Document
	renames []diplograph.Rename
	merged  int
	took    time.Duration
	assumed string
	result  string // the fingerprint of what writing it leaves
	base    string // the clock of this run's last write when the resolution began ("" for none)
}

// writeJob resolves the events of one batch (Resolver.ResolveBatch), unless
// pre holds its resolution, and writes it with the stored documents whose
// events now resolve otherwise, and passes the outcome to done; a fatal
// error also cancels the run. After a fatal error nothing more is
// written. It returns the fingerprint of what the write left for the
// resolution of the next batch ("!" when unknown: a failed or split
// write).
func (p *Pipeline) writeJob(ctx context.Context, cancel context.CancelCauseFunc, res *Resolver, chain *clockChain, docs []diplograph.Document,
	pre *preResolved, done func(diplograph.WriteStats, []failure, int, time.Duration, error)) string {
	if ctx.Err() != nil {
		done(diplograph.WriteStats{}, nil, 0, 0, context.Cause(ctx))
		return "!"
	}
	var rs time.Duration
	left := "!"
	st, failed, merged, err := p.write(ctx, res, chain, docs, pre, &rs, &left)
	if err != nil {
		cancel(err)
	}
	done(st, failed, merged, rs, err)
	return left
}

// failure is a document of a batch that could not be written.
type failure struct {
	index int
	err   error
}

// write resolves docs (unless pre holds their resolution: used for the
// first attempt only) and writes them, with the stored documents their
// resolution changes, in one transaction, with retries; a batch that
// still fails is split in halves, each resolved again, until only the
// documents that fail alone are left out. With a SerialWriter (and a
// graph to resolve against) the write is serialised with every other
// writer's and pre is used only when chain shows that nothing but this
// run's writes committed since its resolution read the graph; otherwise
// the batch is resolved inside the write, under the lock. It adds the
// time spent resolving to rs, and sets left to the fingerprint of what a
// whole batch written left for resolution. The error is non-nil only
// when the run must stop (Neo4j unavailable beyond the retry budget, ctx
// done).
func (p *Pipeline) write(ctx context.Context, res *Resolver, chain *clockChain, docs []diplograph.Document, pre *preResolved, rs *time.Duration, left *string) (diplograph.WriteStats, []failure, int, error) {
	var st diplograph.WriteStats
	var merged int
	serial, _ := p.cfg.Writer.(SerialWriter)
	err := p.retry(ctx, "write batch", func(ctx context.Context) error {
		if serial != nil && res.Finder != nil {
			var before, after string
			var err error
			underLock := false
			st, after, err = serial.WriteSerial(ctx, func(ctx context.Context, clock string, f diplograph.EventFinder) (diplograph.SerialWrite, error) {
				before = clock
				var rewrite []diplograph.Document
				var renames []diplograph.Rename
				if pre != nil && chain.holds(clock, pre.base) {
					rewrite, renames, merged, *left = pre.rewrite, pre.renames, pre.merged, pre.result
					*rs += pre.took
				} else {
					underLock = true
					began := p.cfg.Now()
					in := &Resolver{Finder: f, WindowDays: res.WindowDays}
					var err error
					rewrite, renames, merged, err = in.ResolveBatch(ctx, docs)
					*rs += p.cfg.Now().Sub(began)
					if err != nil {
						return diplograph.SerialWrite{}, err
					}
					*left = newPending(docs, rewrite, renames).fingerprint()
				}
				return diplograph.SerialWrite{Docs: append(slices.Clip(docs), rewrite...), Renames: renames}, nil
			})
			pre = nil
			if err == nil {
				chain.advance(before, after, underLock)
			}
			return err
		}
		var rewrite []diplograph.Document
		var renames []diplograph.Rename
		if pre != nil {
			rewrite, renames, merged, *left = pre.rewrite, pre.renames, pre.merged, pre.result
			*rs += pre.took
			pre = nil
		} else {
			began := p.cfg.Now()
			var err error
			rewrite, renames, merged, err = res.ResolveBatch(ctx, docs)
			*rs += p.cfg.Now().Sub(began)
			if err != nil {
				return err
			}
			if res.Finder != nil { // (without a graph no batch is resolved ahead)
				*left = newPending(docs, rewrite, renames).fingerprint()
			}
		}
		all := append(slices.Clip(docs), rewrite...)
		var err error
		if w, ok := p.cfg.Writer.(ResolvedWriter); ok {
			st, err = w.WriteResolved(ctx, all, renames)
		} else {
			st, err = p.cfg.Writer.WriteBatch(ctx, all)
		}
		return err
	})
	if err == nil {
		return st, nil, merged, nil
	}
	*left = "!"
	if ctx.Err() != nil || diplograph.ErrorCode(err) == diplograph.EUNAVAILABLE {
		return st, nil, 0, err
	}
	if len(docs) == 1 {
		return diplograph.WriteStats{}, []failure{{0, inputError("ingest.Write", docs[0].Article, err)}}, 0, nil
	}
	mid := len(docs) / 2
	p.cfg.Logger.Info("batch failed; splitting it", "articles", len(docs), "err", err.Error())
	var ignore string
	st1, f1, m1, err := p.write(ctx, res, chain, docs[:mid], nil, rs, &ignore)
	if err != nil {
		return st1, f1, m1, err
	}
	st2, f2, m2, err := p.write(ctx, res, chain, docs[mid:], nil, rs, &ignore)
	st1.Add(st2)
	for _, f := range f2 {
		f.index += mid
		f1 = append(f1, f)
	}
	return st1, f1, m1 + m2, err
}

// retry runs fn until it succeeds. An EINVALID error is returned at once;
// while Neo4j is unavailable (EUNAVAILABLE) fn is retried with back-off
// for up to the retry budget, counted from the start of the first
// attempt that found it unavailable: the attempts after that one run
// with a context that ends with the budget, and the retry gives up when
// it is spent. Other errors are retried RetryAttempts times.
func (p *Pipeline) retry(ctx context.Context, what string, fn func(ctx context.Context) error) error {
	delay := p.cfg.RetryDelay
	var first time.Time // the start of the first attempt that found Neo4j unavailable
	for attempt := 1; ; attempt++ {
		began := p.cfg.Now()
		actx, cancel := ctx, context.CancelFunc(func() {})
		if !first.IsZero() {
			actx, cancel = context.WithTimeout(ctx, first.Add(p.cfg.RetryBudget).Sub(began))
		}
		err := fn(actx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		code := diplograph.ErrorCode(err)
		if actx.Err() != nil {
			code = diplograph.EUNAVAILABLE // the attempt outlasted the budget
		}
		if code == diplograph.EINVALID {
			return err
		}
		now := p.cfg.Now()
		wait := delay
		if code == diplograph.EUNAVAILABLE {
			if first.IsZero() {
				first = began
			}
			left := first.Add(p.cfg.RetryBudget).Sub(now)
			if left <= 0 {
				return &diplograph.Error{Op: "ingest.Pipeline", Code: diplograph.EUNAVAILABLE,
					Message: fmt.Sprintf("%s: Neo4j unavailable for %s; gave up after %d attempts (run the same command again to finish: articles already written are skipped)",
						what, now.Sub(first).Round(100*time.Millisecond), attempt), Err: err}
			}
			wait = min(wait, left)
		} else if attempt >= p.cfg.RetryAttempts {
			return err
		}
		p.cfg.Logger.Warn("retrying", "op", what, "attempt", attempt, "in", wait, "err", err.Error())
		if err := p.cfg.Sleep(ctx, wait); err != nil {
			return err
		}
		delay *= 2
		if delay > 8*time.Second {
			delay = 8 * time.Second
		}
	}
}
