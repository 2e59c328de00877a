package ingest

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// EventFinder finds stored events that may be the same as newly extracted
// ones; neo4jstore.Store implements it. The result is parallel to probes:
// for each, the stored events of the same type that involve (at least)
// the probe's countries and are dated within a day of the probe's date,
// or, for an undated probe, undated events reported by an article
// published within days of published[i].
type EventFinder interface {
	EventCandidates(ctx context.Context, probes []diplograph.Event, published []string, days int) ([][]diplograph.Event, error)
}

// DefaultWindowDays is how many days apart (by publication date) two
// reports of an undated event may be to be taken as one event.
const DefaultWindowDays = 7

// Resolver merges events across articles: see the package documentation
// for the rules. A nil Finder resolves within the batch only.
type Resolver struct {
	Finder     EventFinder
	WindowDays int
	// Keep is the number of previous batches whose events are
	// remembered, because they may not be in the graph yet while the
	// pipeline writes them (default 1).
	Keep int

	prev [][]resolved
}

// resolved is an event whose id is settled, with what the rules compare.
type resolved struct {
	ev        diplograph.Event
	published string
	names     map[string]bool // NameKeys of the participants
	stored    bool            // found in the graph (already within the window)
}

// ResolveBatch settles the event ids of docs in place, in order: each
// event takes the id of an event already in the graph, in the previous
// batch or earlier in this batch when the rules say they are the same, and agreements follow their
// event (EventID, and the id when it was anchored on the event). It
// returns how many events took another id.
func (r *Resolver) ResolveBatch(ctx context.Context, docs []diplograph.Document) (int, error) {
	window := r.WindowDays
	if window <= 0 {
		window = DefaultWindowDays
	}
	// Probe the graph for the events that can merge at all: those with
	// participants (see the rules).
	var probes []diplograph.Event
	var published, all []string
	var at []int // index in probes of each event, or -1
	for _, d := range docs {
		for _, e := range d.Facts.Events {
			all = append(all, publishedOf(d))
			if len(e.Participants) == 0 {
				at = append(at, -1)
				continue
			}
			p := e
			p.Countries = sortedCopy(e.Countries)
			at = append(at, len(probes))
			probes = append(probes, p)
			published = append(published, publishedOf(d))
		}
	}
	var found [][]diplograph.Event
	if r.Finder != nil && len(probes) > 0 {
		var err error
		found, err = r.Finder.EventCandidates(ctx, probes, published, window)
		if err != nil {
			return 0, err
		}
	}
	stored := make([][]diplograph.Event, len(at))
	for k, i := range at {
		if i >= 0 && i < len(found) {
			stored[k] = found[i]
		}
	}
	published = all
	var seen []resolved
	for _, b := range r.prev {
		seen = append(seen, b...)
	}
	first := len(seen)
	merged := 0
	k := 0
	for di := range docs {
		d := &docs[di]
		remap := map[string]string{}
		for ei := range d.Facts.Events {
			e := &d.Facts.Events[ei]
			pub := published[k]
			var cands []resolved
			if k < len(stored) {
				for _, s := range stored[k] {
					cands = append(cands, resolved{ev: s, names: nameKeys(s.Participants), stored: true})
				}
			}
			k++
			cands = append(cands, seen...)
			self := resolved{ev: *e, published: pub, names: nameKeys(e.Participants)}
			if best, ok := bestMatch(self, cands, window); ok && best.ev.ID != e.ID {
				remap[e.ID] = best.ev.ID
				e.ID = best.ev.ID
				merged++
			}
			self.ev = *e
			seen = append(seen, self)
		}
		if len(remap) > 0 {
			applyRemap(d, remap)
		}
	}
	keep := max(r.Keep, 1)
	r.prev = append(r.prev, seen[first:])
	if len(r.prev) > keep {
		r.prev = r.prev[len(r.prev)-keep:]
	}
	return merged, nil
}

func publishedOf(d diplograph.Document) string {
	if d.Article.Published != "" {
		return d.Article.Published
	}
	return d.Facts.Published
}

// bestMatch returns the candidate that is the same event as e, if any:
// one with e's own id first, then the closest date, then the largest
// participant overlap, then a title that agrees, then the least id.
func bestMatch(e resolved, cands []resolved, window int) (resolved, bool) {
	var best resolved
	found := false
	var bestKey [4]int
	for _, c := range cands {
		if !sameEvent(e, c, window) {
			continue
		}
		key := [4]int{0, dateDistance(e.ev.Date, c.ev.Date), -overlap(e.names, c.names), 1}
		if c.ev.ID == e.ev.ID {
			key[0] = -1
		}
		if e.ev.Title != "" && strings.EqualFold(e.ev.Title, c.ev.Title) {
			key[3] = 0
		}
		if !found || less(key, bestKey) || (key == bestKey && c.ev.ID < best.ev.ID) {
			best, bestKey, found = c, key, true
		}
	}
	return best, found
}

func less(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// sameEvent applies the rules of the package documentation to two events.
func sameEvent(a, b resolved, window int) bool {
	if a.ev.ID == b.ev.ID {
		return true
	}
	// Blocking: type and country set.
	if a.ev.Type != b.ev.Type || !sameCountries(a.ev, b.ev) {
		return false
	}
	// Cities must not conflict.
	if a.ev.City != "" && b.ev.City != "" && !strings.EqualFold(a.ev.City, b.ev.City) {
		return false
	}
	switch {
	case a.ev.Date != "" && b.ev.Date != "":
		if dateDistance(a.ev.Date, b.ev.Date) > 1 {
			return false
		}
		return overlap(a.names, b.names) >= 1
	case a.ev.Date == "" && b.ev.Date == "":
		// Undated: the same participants, reported close in time. A
		// stored candidate (published "") was already selected by the
		// store within the window.
		if a.published == "" {
			return false
		}
		if !b.stored && (b.published == "" || dayDistance(a.published, b.published) > window) {
			return false
		}
		return len(a.names) > 0 && len(a.names) == len(b.names) && overlap(a.names, b.names) == len(a.names)
	}
	return false
}

func sameCountries(a, b diplograph.Event) bool {
	if len(a.Countries) != len(b.Countries) {
		return false
	}
	x, y := a.Countries, b.Countries
	if a.Type != diplograph.EventCultureDays {
		x, y = sortedCopy(x), sortedCopy(y)
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// dateDistance is the number of days between two dates of the same
// precision: 0 when equal, a large number when they differ in precision
// or are partial and different.
func dateDistance(a, b string) int {
	if a == b {
		return 0
	}
	if len(a) != 10 || len(b) != 10 {
		return 1 << 20
	}
	return dayDistance(a, b)
}

func dayDistance(a, b string) int {
	ta, err1 := parseDay(a)
	tb, err2 := parseDay(b)
	if err1 != nil || err2 != nil {
		return 1 << 20
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func parseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

func nameKeys(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		if k := diplograph.NameKey(n); k != "" {
			m[k] = true
		}
	}
	return m
}

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// applyRemap gives d's events and agreements their settled ids: events
// that now share an id are merged (participants, topics and evidence
// united), agreements follow their event, and an agreement id anchored on
// the old event id is recomputed on the new one.
func applyRemap(d *diplograph.Document, remap map[string]string) {
	var evs []diplograph.Event
	at := map[string]int{}
	for _, e := range d.Facts.Events {
		if i, ok := at[e.ID]; ok {
			m := &evs[i]
			m.Participants = union(m.Participants, e.Participants)
			m.Topics = union(m.Topics, e.Topics)
			m.Evidence = append(m.Evidence, e.Evidence...)
			m.Primary = m.Primary || e.Primary
			continue
		}
		at[e.ID] = len(evs)
		evs = append(evs, e)
	}
	d.Facts.Events = evs
	for i := range d.Facts.Agreements {
		a := &d.Facts.Agreements[i]
		old := a.EventID
		nw, ok := remap[old]
		if !ok {
			continue
		}
		if a.ID == diplograph.AgreementID(a.Kind, a.Countries, a.Parties, old) {
			a.ID = diplograph.AgreementID(a.Kind, a.Countries, a.Parties, nw)
		}
		a.EventID = nw
	}
}

func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
