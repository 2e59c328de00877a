package ingest

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// EventFinder finds stored events that may be the same as newly extracted
// ones; neo4jstore.Store implements it. The result is parallel to probes:
// for each, the stored events of the same type that involve (at least)
// the probe's countries and are dated within a day of the probe's date;
// for an undated probe, undated events reported by an article published
// within days of the probe's; and, whatever the dates, the events of the
// same type that one of the probe's participants took part in. The
// resolver's rules decide among them.
type EventFinder interface {
	EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]diplograph.EventCandidate, error)
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
	published string          // its article's publication date; for a stored event, its earliest dated report's
	names     map[string]bool // NameKeys of the participants
	stored    bool            // found in the graph
	doc       int             // index of its document in the batch, -1 when not in it
	articles  []string        // ids of the articles that report it (as far as known)
	monthDays []string        // days without a year its undated reports give ("08-17")
	ordinals  []int           // numbers its reports give it ("the 26th session")
}

// ResolveBatch settles the event ids of docs in place, in order: each
// event takes the id of an event already in the graph, in the previous
// batch or earlier in this batch when the rules say they are the same, and agreements follow their
// event (EventID, and the id when it was anchored on the event). It
// returns how many events are one with an event another article reports
// (in the graph, in a previous batch or earlier in this one), whether
// they took its id or had it already.
func (r *Resolver) ResolveBatch(ctx context.Context, docs []diplograph.Document) (int, error) {
	window := r.WindowDays
	if window <= 0 {
		window = DefaultWindowDays
	}
	// Probe the graph for the events that can merge at all: those with
	// participants (see the rules).
	var probes []diplograph.EventProbe
	var all []string
	var at []int // index in probes of each event, or -1
	for _, d := range docs {
		for _, e := range d.Facts.Events {
			all = append(all, publishedOf(d))
			if len(e.Participants) == 0 && !placeTells(e) {
				at = append(at, -1)
				continue
			}
			p := e
			p.Countries = sortedCopy(e.Countries)
			at = append(at, len(probes))
			probes = append(probes, diplograph.EventProbe{Event: p, Published: publishedOf(d), PersonIDs: personIDs(d.Facts, e.Participants)})
		}
	}
	var found [][]diplograph.EventCandidate
	if r.Finder != nil && len(probes) > 0 {
		var err error
		found, err = r.Finder.EventCandidates(ctx, probes, window)
		if err != nil {
			return 0, err
		}
	}
	stored := make([][]diplograph.EventCandidate, len(at))
	for k, i := range at {
		if i >= 0 && i < len(found) {
			stored[k] = found[i]
		}
	}
	published := all
	var seen []resolved
	for _, b := range r.prev {
		for _, x := range b {
			x.doc = -1
			seen = append(seen, x)
		}
	}
	first := len(seen)
	merged := 0
	k := 0
	for di := range docs {
		d := &docs[di]
		evs := d.Facts.Events
		cands := make([][]resolved, len(evs))
		selves := make([]resolved, len(evs))
		for ei := range evs {
			for _, s := range stored[k] {
				cands[ei] = append(cands[ei], resolved{ev: s.Event, published: s.Reported, names: nameKeys(s.Event.Participants),
					stored: true, doc: -1, articles: s.Articles, monthDays: s.MonthDays, ordinals: s.Ordinals})
			}
			selves[ei] = resolved{ev: evs[ei], published: published[k], names: nameKeys(evs[ei].Participants), doc: di,
				articles: []string{articleOf(*d)}}
			if md := evs[ei].MonthDay; md != "" {
				selves[ei].monthDays = []string{md}
			}
			if o := evs[ei].Ordinal; o > 0 {
				selves[ei].ordinals = []int{o}
			}
			k++
		}
		// Pass 1 settles what dates, or a rare kind of event, bound; pass
		// 2 ties the events left undated to the events of the articles
		// pass 1 tied this one to (the meeting of a session's co-chairs
		// told by both reports of the session).
		matched := make([]bool, len(evs))
		at := make([]int, len(evs)) // index of each event in seen
		tied := map[string]bool{}
		remap := map[string]string{}
		for pass := 1; pass <= 2; pass++ {
			for ei := range evs {
				if matched[ei] {
					continue
				}
				all := append(cands[ei][:len(cands[ei]):len(cands[ei])], seen...)
				if pass == 2 {
					// Not itself.
					all = slices.Delete(all, len(cands[ei])+at[ei], len(cands[ei])+at[ei]+1)
				}
				var ties map[string]bool
				if pass == 2 {
					ties = tied
				}
				if pass == 1 {
					// An event keyed like another that names other people
					// (another meeting of the visitor the same day) takes a
					// key of its own, with its participants.
					for _, c := range all {
						if c.ev.ID == evs[ei].ID && c.doc != di && partsConflict(selves[ei], c) {
							old := evs[ei].ID
							evs[ei].ID = withParticipantsID(evs[ei], selves[ei].names)
							selves[ei].ev.ID = evs[ei].ID
							remap[old] = evs[ei].ID
							break
						}
					}
				}
				best, ok := bestMatch(selves[ei], all, window, ties)
				if ok {
					matched[ei] = true
					for _, c := range all {
						if c.ev.ID == best.ev.ID {
							for _, a := range c.articles {
								tied[a] = true
							}
						}
					}
					if best.ev.ID != evs[ei].ID {
						for k, v := range remap {
							if v == evs[ei].ID {
								remap[k] = best.ev.ID // a key given above moves on
							}
						}
						remap[evs[ei].ID] = best.ev.ID
						evs[ei].ID = best.ev.ID
					}
					if otherReport(best, di, articleOf(*d)) {
						merged++
					}
				}
				if pass == 1 {
					selves[ei].ev = evs[ei]
					at[ei] = len(seen)
					seen = append(seen, selves[ei])
				} else if ok {
					seen[at[ei]].ev.ID = evs[ei].ID
				}
			}
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

// personIDs returns the ids of the ministers and persons of facts whose
// Latin names are among names.
func personIDs(facts diplograph.Facts, names []string) []string {
	keys := nameKeys(names)
	var ids []string
	for _, ps := range [][]diplograph.Person{facts.Ministers, facts.Persons} {
		for _, p := range ps {
			if p.ID != "" && keys[diplograph.NameKey(p.Latin)] {
				ids = append(ids, p.ID)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

// otherReport says whether the candidate an event of document di (of
// article art) matched is reported by another article.
func otherReport(c resolved, di int, art string) bool {
	if c.doc == di {
		return false
	}
	for _, a := range c.articles {
		if a != art {
			return true
		}
	}
	return false
}

func articleOf(d diplograph.Document) string {
	if d.Article.ID != "" {
		return d.Article.ID
	}
	return d.Facts.ArticleID
}

func publishedOf(d diplograph.Document) string {
	if d.Article.Published != "" {
		return d.Article.Published
	}
	return d.Facts.Published
}

// How a candidate matches: not at all, on evidence that dates or
// publication dates bound, or on participants alone (no date anywhere),
// which is accepted only when one event is the sole such candidate.
const (
	noMatch = iota
	boundedMatch
	unboundedMatch
)

// bestMatch returns the candidate that is the same event as e, if any:
// one with e's own id first, then a match bounded by dates before one on
// participants alone, then the closest date, then the largest participant
// overlap, then a title that agrees, then the least id (so the choice
// does not depend on the order of the candidates). A match on
// participants alone is refused when two different events qualify.
func bestMatch(e resolved, cands []resolved, window int, ties map[string]bool) (resolved, bool) {
	var best resolved
	found := false
	var bestKey [5]int
	unbounded := map[string]bool{}
	for _, c := range cands {
		kind := sameEvent(e, c, window, ties)
		if kind == noMatch {
			continue
		}
		if kind == unboundedMatch {
			unbounded[c.ev.ID] = true
		}
		key := [5]int{0, kind, dateDistance(e.ev.Date, c.ev.Date), -overlap(e.names, c.names), 1}
		if c.ev.ID == e.ev.ID {
			key[0] = -1
		}
		if e.ev.Title != "" && strings.EqualFold(e.ev.Title, c.ev.Title) {
			key[4] = 0
		}
		if !found || less(key[:], bestKey[:]) || (key == bestKey && c.ev.ID < best.ev.ID) {
			best, bestKey, found = c, key, true
		}
	}
	if found && bestKey[0] == 0 && bestKey[1] == unboundedMatch && len(unbounded) > 1 {
		return resolved{}, false
	}
	return best, found
}

func less(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// sameEvent applies the rules of the package documentation to a new event
// a and a candidate b, and says how they match. ties are the articles
// whose events a's article was already tied to: their undated events may
// match a's on participants alone.
func sameEvent(a, b resolved, window int, ties map[string]bool) int {
	if a.ev.ID == b.ev.ID && !partsConflict(a, b) {
		return boundedMatch
	}
	// Blocking: type and country set.
	if a.ev.Type != b.ev.Type {
		return noMatch
	}
	if a.stored || b.stored {
		// The graph keeps no guest and host order: Days of Culture from
		// it are compared as a set, and only in the same city.
		if !sameCountrySet(a.ev, b.ev) || a.ev.Type == diplograph.EventCultureDays && !samePlace(a.ev, b.ev) && !strings.EqualFold(a.ev.Title, b.ev.Title) {
			return noMatch
		}
	} else if !sameCountries(a.ev, b.ev) {
		return noMatch
	}
	// Cities must not conflict, nor ordinals (the 4th and the 5th
	// session), nor participants (the visitor's meeting with the president
	// and his meeting with the foreign minister the same day).
	if a.ev.City != "" && b.ev.City != "" && !strings.EqualFold(a.ev.City, b.ev.City) {
		return noMatch
	}
	if len(a.ordinals) > 0 && len(b.ordinals) > 0 && !slices.Equal(a.ordinals, b.ordinals) {
		return noMatch
	}
	if partsConflict(a, b) {
		return noMatch
	}
	shared := overlap(a.names, b.names)
	if samePlace(a.ev, b.ev) {
		// Days of Culture of one guest in one host city: the place is
		// evidence as strong as two common participants.
		shared = max(shared, 2)
	}
	// Two events of one article are merged only when their dates agree:
	// an article that tells two meetings of the same people, one dated
	// and one not, tells two meetings.
	sameArticle := a.doc >= 0 && a.doc == b.doc
	switch {
	case a.ev.Date != "" && b.ev.Date != "":
		if within(a.ev.Date, b.ev.Date) || within(b.ev.Date, a.ev.Date) {
			// A month that holds the other's day (a year alone holds too
			// many visits of the same people).
			if min(len(a.ev.Date), len(b.ev.Date)) == 7 && shared >= 1 {
				return boundedMatch
			}
			return noMatch
		}
		if dateDistance(a.ev.Date, b.ev.Date) > 1 || shared < 1 && len(a.names)+len(b.names) > 0 {
			return noMatch
		}
		return boundedMatch
	case sameArticle:
		return noMatch
	case a.ev.Date == "" && b.ev.Date == "":
		// Days without a year: the same day ties two reports, another
		// day parts them.
		if len(a.monthDays) > 0 && len(b.monthDays) > 0 {
			if monthDaysMeet(a.monthDays, b.monthDays) && shared >= 1 {
				return boundedMatch
			}
			return noMatch
		}
		if a.published != "" && b.published != "" {
			// Undated: the same participants, reported close in time.
			if dayDistance(a.published, b.published) > window {
				return noMatch
			}
			if len(a.names) > 0 && len(a.names) == len(b.names) && shared == len(a.names) {
				return boundedMatch
			}
			return noMatch
		}
		if unbounded(a, b, ties) {
			return unboundedMatch
		}
		return noMatch
	default:
		// One dated, one not: the undated report's publication date bounds
		// the date of what it reports.
		dated, undated := a, b
		if dated.ev.Date == "" {
			dated, undated = b, a
		}
		// The undated report's day without a year against the date.
		if len(undated.monthDays) > 0 && len(dated.ev.Date) == 10 {
			if monthDaysMeet(undated.monthDays, []string{dated.ev.Date[5:]}) && shared >= 1 {
				return boundedMatch
			}
			return noMatch
		}
		if undated.published == "" {
			if unbounded(a, b, ties) {
				return unboundedMatch
			}
			return noMatch
		}
		if !reportBounds(dated.ev.Date, undated.published, undated.ev.Status, window) || shared < 1 {
			return noMatch
		}
		return boundedMatch
	}
}

// withParticipantsID is the id of an event keyed also by its
// participants' name keys: the same for every report that names them.
func withParticipantsID(e diplograph.Event, names map[string]bool) string {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return diplograph.StableID("event", e.Type, strings.Join(sortedCopy(e.Countries), ","), e.Date, "with:"+strings.Join(keys, ";"))
}

// partsConflict says whether two events name different people on both
// sides: each has at least two participants and one the other lacks
// (Nurtleu and Osmani, Tokayev and Osmani).
func partsConflict(a, b resolved) bool {
	if len(a.names) < 2 || len(b.names) < 2 {
		return false
	}
	return overlap(a.names, b.names) < min(len(a.names), len(b.names))
}

// monthDaysMeet says whether two lists of days without a year ("08-17")
// have days at most one apart.
func monthDaysMeet(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if dayDistance("2001-"+x, "2001-"+y) <= 1 {
				return true
			}
		}
	}
	return false
}

// strongParticipants says whether two events share at least two
// participants, or are Days of Culture in one city: the evidence that may
// tie reports no date bounds.
func strongParticipants(a, b resolved) bool {
	return overlap(a.names, b.names) >= 2 || samePlace(a.ev, b.ev)
}

// unbounded says whether two events that no date bounds are one on strong
// evidence: two common participants of a rare kind of event (a
// commission's session, Days of Culture: held once in a long while), or of
// an event told beside one already tied (ties: the same two articles tell
// a session and the meeting of its co-chairs). Meetings, calls and visits
// of the same two ministers recur too often to be tied on names alone.
func unbounded(a, b resolved, ties map[string]bool) bool {
	if !strongParticipants(a, b) {
		return false
	}
	if rareEvent(a.ev.Type) {
		return true
	}
	for _, x := range b.articles {
		if ties[x] {
			return true
		}
	}
	return false
}

// rareEvent says whether events of a type recur seldom between the same
// countries.
func rareEvent(typ string) bool {
	return typ == diplograph.EventCommissionSession || typ == diplograph.EventCultureDays
}

// placeTells says whether an event's type and city identify it without
// participants: Days of Culture of one country in a city of another.
func placeTells(e diplograph.Event) bool {
	return e.Type == diplograph.EventCultureDays && e.City != "" && len(e.Countries) == 2
}

// samePlace says whether two events are Days of Culture of the same guest
// in the same city (sameCountries has compared the guest and the host).
func samePlace(a, b diplograph.Event) bool {
	return placeTells(a) && placeTells(b) && strings.EqualFold(a.City, b.City)
}

// plannedLeadDays is how long before a planned event an undated report of
// it may be published.
const plannedLeadDays = 31

// reportBounds says whether an event dated date can be what an undated
// report published on published tells: a held event happened before it
// was reported (by at most window days, a day's slack for time zones),
// a planned one is reported before it happens.
func reportBounds(date, published, status string, window int) bool {
	if len(date) != 10 || len(published) != 10 {
		// A partial date: the report must fall in or after it.
		return len(date) < 10 && published[:min(len(published), len(date))] >= date
	}
	d, err1 := parseDay(date)
	p, err2 := parseDay(published)
	if err1 != nil || err2 != nil {
		return false
	}
	days := int(p.Sub(d).Hours() / 24)
	if status == diplograph.StatusPlanned {
		return days <= 1 && -days <= plannedLeadDays
	}
	return days >= -1 && days <= window
}

func sameCountrySet(a, b diplograph.Event) bool {
	x, y := sortedCopy(a.Countries), sortedCopy(b.Countries)
	return slices.Equal(x, y)
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

// within says whether the partial date coarse ("2025-08", "2025") holds
// the finer date fine.
func within(coarse, fine string) bool {
	return len(coarse) < len(fine) && strings.HasPrefix(fine, coarse+"-")
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
