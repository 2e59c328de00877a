// Command resolvescore measures event resolution on the real-news pair set
// (eval/real): it ingests the cached excerpts of the given sets into an
// empty Neo4j, maps each gold event that carries a "group" to the event
// node its article reports, and scores pairwise "same node" against the
// gold groups: recall over pairs of one group, precision over the pairs
// that share a node, and how many near misses (same country set, another
// group) stay apart. It wipes the database it is given: point it at a
// throw-away one (make eval-resolve uses the test database).
//
//	go run ./tools/resolvescore [--shuffle N] eval/real/dev eval/real/test
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/neo4jstore"
)

type goldEvent struct {
	Type      string   `json:"type"`
	Date      *string  `json:"date"`
	Countries []string `json:"countries"`
	Group     string   `json:"group"`
}

type gold struct {
	File string `json:"file"`
	// URL is the article's address, as a news feed gives it with the
	// text: metadata, not annotation (the ingest reads a date from it).
	URL    string      `json:"url"`
	Events []goldEvent `json:"events"`
}

var (
	verbose bool
	pairsTo string
)

// ref is one gold event of one article, with the node it ended in.
type ref struct {
	file, group, countries string
	node                   string
	article                string            // the article's id
	report                 *diplograph.Event // its own report the gold event maps to (nil: none)
	published              string
	// shared: another gold event of the same article maps to the same
	// report (the extractor told two events as one).
	shared bool
}

func main() {
	shuffle := flag.Int("shuffle", 0, "ingest in this many random orders, one article a run, and check that the partition is the same")
	seed := flag.Uint64("seed", 0, "seed of the random orders (0: a random seed, printed)")
	flag.BoolVar(&verbose, "verbose", false, "list the pairs of one group left apart and the pairs of two groups merged")
	flag.StringVar(&pairsTo, "pairs", "", "write the pairs of one group left apart and of two groups merged, with both reports as extracted, to this file (JSON Lines)")
	flag.Parse()
	if *seed == 0 {
		*seed = rand.Uint64()
	}
	if err := run(context.Background(), flag.Args(), *shuffle, rand.New(rand.NewPCG(*seed, 0)), *seed); err != nil {
		fmt.Fprintln(os.Stderr, "resolvescore:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, sets []string, shuffles int, rnd *rand.Rand, seed uint64) error {
	var golds []gold
	var paths []string
	for _, set := range sets {
		files, err := filepath.Glob(filepath.Join(set, "gold", "*.json"))
		if err != nil {
			return err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			var g gold
			if err := json.Unmarshal(b, &g); err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			p := filepath.Join(set, "articles", g.File)
			if _, err := os.Stat(p); err != nil {
				return fmt.Errorf("%s: article missing (rebuild the cache, eval/real/README.md): %w", f, err)
			}
			golds = append(golds, g)
			paths = append(paths, p)
		}
	}
	c := neo4jstore.ConfigFromEnv(os.Getenv)
	if u := os.Getenv("NEO4J_TEST_URI"); u != "" {
		c.URI = u
	}
	s, err := neo4jstore.Open(ctx, c)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	base, err := ingestAndMap(ctx, s, golds, paths, nil)
	if err != nil {
		return err
	}
	if err := report(base); err != nil {
		return err
	}
	if verbose {
		if err := explainMerged(ctx, s, base); err != nil {
			return err
		}
	}
	if shuffles > 0 {
		fmt.Printf("shuffles of seed %d\n", seed)
	}
	for i := 0; i < shuffles; i++ {
		order := rnd.Perm(len(paths))
		refs, err := ingestAndMap(ctx, s, golds, paths, order)
		if err != nil {
			return fmt.Errorf("shuffle %d of seed %d: %w", i+1, seed, err)
		}
		d := partitionDiff(base, refs)
		fmt.Printf("shuffle %d (one article a run): %d pairs of gold events grouped otherwise than in one run\n", i+1, d)
		if verbose && d != 0 {
			for _, k := range order {
				fmt.Printf("  order %s\n", filepath.Base(paths[k]))
			}
		}
	}
	return nil
}

// ingestAndMap wipes the store, ingests the articles (all in one run, or
// one a run in the given order) and maps the gold events to nodes.
func ingestAndMap(ctx context.Context, s *neo4jstore.Store, golds []gold, paths []string, order []int) ([]ref, error) {
	if err := s.DeleteAll(ctx); err != nil {
		return nil, err
	}
	if err := s.Migrate(ctx); err != nil {
		return nil, err
	}
	p := ingest.New(ingest.Config{Extractor: extractor.New(extractor.Options{}), Writer: s, BatchSize: 200, Workers: 2})
	ids := make([]string, len(paths))
	read := func(i int) (diplograph.Article, error) {
		f, err := os.Open(paths[i])
		if err != nil {
			return diplograph.Article{}, err
		}
		defer f.Close()
		a, err := ingest.ReadTXT(f, paths[i], ingest.ReadOptions{})
		a.URL = golds[i].URL
		return a, err
	}
	if order == nil {
		arts := make([]diplograph.Article, len(paths))
		for i := range paths {
			a, err := read(i)
			if err != nil {
				return nil, err
			}
			arts[i] = a
		}
		res, err := p.Ingest(ctx, arts)
		if err != nil {
			return nil, err
		}
		if len(res.ArticleIDs) != len(arts) {
			return nil, fmt.Errorf("ingest wrote %d of %d articles: %v", len(res.ArticleIDs), len(arts), res.Errors)
		}
		copy(ids, res.ArticleIDs)
	} else {
		for _, i := range order {
			a, err := read(i)
			if err != nil {
				return nil, err
			}
			res, err := p.Ingest(ctx, []diplograph.Article{a})
			if err != nil {
				return nil, err
			}
			if len(res.ArticleIDs) != 1 {
				return nil, fmt.Errorf("%s: not written: %v", paths[i], res.Errors)
			}
			ids[i] = res.ArticleIDs[0]
		}
	}
	snap, err := s.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	g := parseSnapshot(snap)
	var refs []ref
	for i, gd := range golds {
		used := map[string]bool{}
		first := len(refs)
		for _, e := range gd.Events {
			if e.Group == "" {
				continue
			}
			cs := sortedJoin(e.Countries)
			r := ref{file: gd.File, group: e.Group, countries: cs, article: ids[i], published: g.published[ids[i]]}
			var k int
			r.node, k = g.find(ids[i], e, used)
			if r.node != "" {
				used[r.node] = true
				x := g.extracted[ids[i]][k]
				r.report = &x
			}
			refs = append(refs, r)
		}
		for x := first; x < len(refs); x++ {
			for y := x + 1; y < len(refs); y++ {
				if refs[x].node != "" && refs[x].node == refs[y].node {
					refs[x].shared, refs[y].shared = true, true
				}
			}
		}
	}
	return refs, nil
}

// graphView is what the scorer needs of a snapshot: the events each
// article extracted (its own report: type, date, countries) and the event
// node each of them resolved to.
type graphView struct {
	extracted map[string][]diplograph.Event // by article, in extraction order
	node      map[string]map[int]string     // article -> extracted index -> event node
	published map[string]string             // article -> publication date
}

func parseSnapshot(snap []string) graphView {
	g := graphView{extracted: map[string][]diplograph.Event{}, node: map[string]map[int]string{}, published: map[string]string{}}
	for _, l := range snap {
		f := strings.SplitN(l, " ", 4)
		if len(f) < 4 {
			continue
		}
		switch {
		case f[0] == "node" && f[1] == "[Article]":
			var props struct {
				Facts     string `json:"facts"`
				Published string `json:"publishedAt"`
			}
			var facts diplograph.Facts
			if json.Unmarshal([]byte(f[3]), &props) == nil && json.Unmarshal([]byte(props.Facts), &facts) == nil {
				g.extracted[f[2]] = facts.Events
				g.published[f[2]] = props.Published
				if g.published[f[2]] == "" {
					g.published[f[2]] = facts.Published
				}
			}
		case f[0] == "rel" && f[1] == "[REPORTS]":
			a, b, ok := strings.Cut(f[2], "->")
			if !ok {
				continue
			}
			var props struct {
				Keys []int `json:"keys"`
			}
			if json.Unmarshal([]byte(f[3]), &props) != nil {
				continue
			}
			if g.node[a] == nil {
				g.node[a] = map[int]string{}
			}
			for _, k := range props.Keys {
				g.node[a][k] = b
			}
		}
	}
	return g
}

// find returns the event node of the article's own report that best
// matches the gold event: the same type and country set as the article
// extracted them (a node that other reports joined may involve more
// states: a summit), a date that agrees where both have one; "" when
// none does; with the index of that report.
func (g graphView) find(article string, e goldEvent, used map[string]bool) (string, int) {
	want := sortedJoin(e.Countries)
	best, bestScore, bestK := "", -1, -1
	for k, x := range g.extracted[article] {
		id := g.node[article][k]
		if id == "" || x.Type != e.Type || sortedJoin(x.Countries) != want {
			continue
		}
		score := 1
		if e.Date != nil && *e.Date != "" && x.Date != "" {
			if strings.HasPrefix(x.Date, *e.Date) || strings.HasPrefix(*e.Date, x.Date) {
				score = 2
			} else {
				score = 0
			}
		}
		if used[id] {
			score--
		}
		if score > bestScore || score == bestScore && id < best {
			best, bestScore, bestK = id, score, k
		}
	}
	return best, bestK
}

func sortedJoin(xs []string) string {
	ys := slices.Clone(xs)
	sort.Strings(ys)
	return strings.Join(ys, ",")
}

// pairLine is one line of --pairs: two reports of one gold group left
// apart ("apart"), or of two groups merged ("merged").
type pairLine struct {
	Kind   string    `json:"kind"`
	Groups [2]string `json:"groups"`
	A      pairSide  `json:"a"`
	B      pairSide  `json:"b"`
}

type pairSide struct {
	File      string            `json:"file"`
	Article   string            `json:"article"`
	Published string            `json:"published,omitempty"`
	Node      string            `json:"node,omitempty"`
	Report    *diplograph.Event `json:"report,omitempty"`
	Shared    bool              `json:"shared,omitempty"` // the report carries another gold event of its article too
}

func sideOf(r ref) pairSide {
	return pairSide{File: r.file, Article: r.article, Published: r.published, Node: r.node, Report: r.report, Shared: r.shared}
}

func report(refs []ref) error {
	var pairs *json.Encoder
	if pairsTo != "" {
		f, err := os.Create(pairsTo)
		if err != nil {
			return err
		}
		defer f.Close()
		pairs = json.NewEncoder(f)
	}
	write := func(kind string, a, b ref) {
		if pairs != nil {
			pairs.Encode(pairLine{Kind: kind, Groups: [2]string{a.group, b.group}, A: sideOf(a), B: sideOf(b)})
		}
	}
	var pos, posFound, posSame, samePairs, sameCorrect, near, nearApart, nearMapped, mapped int
	var ownPairs, ownCorrect int // same-node pairs of reports that carry one gold event each
	for _, r := range refs {
		if r.node != "" {
			mapped++
		}
	}
	for i := range refs {
		for j := i + 1; j < len(refs); j++ {
			a, b := refs[i], refs[j]
			if a.file == b.file {
				continue
			}
			same := a.node != "" && a.node == b.node
			if same && !a.shared && !b.shared {
				ownPairs++
				if a.group == b.group {
					ownCorrect++
				}
			}
			if same {
				samePairs++
				if a.group != b.group {
					write("merged", a, b)
				}
			}
			switch {
			case a.group == b.group:
				pos++
				if a.node != "" && b.node != "" {
					posFound++
				}
				if same {
					posSame++
					sameCorrect++
				} else {
					write("apart", a, b)
					if verbose {
						fmt.Printf("apart  %s: %s [%s] / %s [%s]\n", a.group, a.file, a.node, b.file, b.node)
					}
				}
			case a.countries == b.countries:
				if same && verbose {
					fmt.Printf("merged %s / %s: %s / %s [%s]\n", a.group, b.group, a.file, b.file, a.node)
				}
				near++
				if a.node != "" && b.node != "" {
					nearMapped++
					if !same {
						nearApart++
					}
				}
			}
		}
	}
	ratio := func(a, b int) string {
		if b == 0 {
			return "  n/a"
		}
		return fmt.Sprintf("%.3f", float64(a)/float64(b))
	}
	fmt.Printf("gold events with a group: %d, found in the graph: %d (%s)\n", len(refs), mapped, ratio(mapped, len(refs)))
	fmt.Printf("%-34s %8s %8s\n", "measure", "value", "pairs")
	fmt.Printf("%-34s %8s %8d\n", "same-event recall", ratio(posSame, pos), pos)
	fmt.Printf("%-34s %8s %8d\n", "same-event recall (both found)", ratio(posSame, posFound), posFound)
	fmt.Printf("%-34s %8s %8d\n", "same-node precision", ratio(sameCorrect, samePairs), samePairs)
	fmt.Printf("%-34s %8s %8d\n", "  of reports of one gold event", ratio(ownCorrect, ownPairs), ownPairs)
	fmt.Printf("%-34s %8s %8d\n", "near misses kept apart (found)", ratio(nearApart, nearMapped), nearMapped)
	fmt.Printf("%-34s %8s %8d\n", "near misses (all)", "", near)
	return nil
}

// explainMerged prints, for every node that holds gold events of two
// groups, why its reports are one (Event.merges).
func explainMerged(ctx context.Context, s *neo4jstore.Store, refs []ref) error {
	groups := map[string]map[string]bool{}
	for _, r := range refs {
		if r.node == "" {
			continue
		}
		if groups[r.node] == nil {
			groups[r.node] = map[string]bool{}
		}
		groups[r.node][r.group] = true
	}
	for _, node := range slices.Sorted(maps.Keys(groups)) {
		if len(groups[node]) < 2 {
			continue
		}
		docs, err := s.EventDocuments(ctx, node)
		if err != nil {
			return err
		}
		fmt.Printf("node %s holds %s\n", node, strings.Join(slices.Sorted(maps.Keys(groups[node])), ", "))
		for _, m := range ingest.Explain(docs, node, 0) {
			fmt.Printf("  %s / %s: %s\n", m.Articles[0], m.Articles[1], m.Rule)
		}
	}
	return nil
}

// partitionDiff counts the pairs of gold events that two mappings group
// differently (0: the same partition).
func partitionDiff(a, b []ref) int {
	if len(a) != len(b) {
		return -1
	}
	n := 0
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if (a[i].node != "" && a[i].node == a[j].node) != (b[i].node != "" && b[i].node == b[j].node) {
				n++
				if verbose {
					fmt.Printf("order  %s %s [%s/%s] / %s %s [%s/%s]\n", a[i].file, a[i].group, a[i].node, b[i].node,
						a[j].file, a[j].group, a[j].node, b[j].node)
				}
			}
		}
	}
	return n
}
