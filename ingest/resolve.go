package ingest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// EventFinder is what resolution reads of the graph; neo4jstore.Store
// implements it. EventCandidates returns, parallel to probes, the ids of
// the stored events that may be the same as each probe: of the same type,
// involving (at least) the probe's countries, reported on or around the
// probe's date (its month too), undated and reported within days of an
// undated probe's publication, or with one of the probe's participants
// whatever the dates. ReportingDocuments returns the documents of the
// articles that report the events (at most limit), with their extracted
// facts and the event each of those is reported as now; ArticleDocuments
// the same of the articles ids.
type EventFinder interface {
	EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]string, error)
	ReportingDocuments(ctx context.Context, eventIDs []string, limit int) ([]diplograph.StoredDocument, error)
	ArticleDocuments(ctx context.Context, ids []string) ([]diplograph.StoredDocument, error)
}

// DefaultWindowDays is how many days apart (by publication date) two
// reports of an undated event may be to be taken as one event.
const DefaultWindowDays = 7

// maxStoredDocuments bounds the stored documents one resolution reads.
const maxStoredDocuments = 2000

// Resolver merges events across articles: see the package documentation
// for the rules. A nil Finder resolves within the batch only. A Resolver
// is not safe for concurrent use.
type Resolver struct {
	Finder     EventFinder
	WindowDays int

	// What one resolution read of the graph: the events whose documents
	// were read, and those documents (without their texts) by article.
	read map[string]bool
	docs map[string]diplograph.StoredDocument
}

// resolved is one report of an event (an event as one article tells it),
// with what the rules compare.
type resolved struct {
	ev        diplograph.Event // as extracted: ev.ID is the extractor's key
	published string           // its article's publication date
	names     names            // the participants, as compared (see samePerson)
	doc       int              // index of its article in the resolution, -1 when unknown
	articles  []string         // the article that reports it
	monthDays []string         // the day without a year it gives ("08-17")
	ordinals  []int            // the number it gives the event ("the 26th session")
}

// ResolveBatch settles the event ids of docs in place, together with the
// stored documents that report the events theirs may be the same as:
// the reports of all of them are grouped afresh (see cluster), so that the
// graph does not depend on the order in which articles came. Each
// document keeps what its extractor gave in Extracted, and its events take
// the ids of their groups; agreements follow their event. It returns the
// stored documents whose events now resolve otherwise and the nodes to
// rename (to be written with docs, in the same transaction), and how many
// events of docs are one with an event another article reports.
func (r *Resolver) ResolveBatch(ctx context.Context, docs []diplograph.Document) ([]diplograph.Document, []diplograph.Rename, int, error) {
	window := r.WindowDays
	if window <= 0 {
		window = DefaultWindowDays
	}
	for i := range docs {
		extracted(&docs[i])
	}
	r.read, r.docs = nil, nil
	if r.Finder == nil {
		rewrite, renames, merged := settle(docs, nil, window)
		return rewrite, renames, merged, nil
	}
	var probes []diplograph.EventProbe
	mine := map[string]bool{}
	for _, d := range docs {
		probes = append(probes, probesOf(*d.Extracted, publishedOf(d))...)
		mine[articleOf(d)] = true
	}
	ids := map[string]bool{}
	stored, err := r.expand(ctx, probes, ids, mine, window)
	if err != nil {
		return nil, nil, 0, err
	}
	return r.settleAll(ctx, docs, stored, ids, mine, window)
}

// settleAll settles docs and stored (see settle); when a group takes the
// id of a stored event that is not in play (another group with the same
// best-dated key), that event comes into play and all are settled again,
// so that the two are told apart as they would be had they come together.
func (r *Resolver) settleAll(ctx context.Context, docs []diplograph.Document, stored []storedDoc, ids, skip map[string]bool, window int) ([]diplograph.Document, []diplograph.Rename, int, error) {
	for round := 0; ; round++ {
		rewrite, renames, merged := settle(docs, stored, window)
		var missing []string
		note := func(id string) {
			if id != "" && !ids[id] {
				missing = append(missing, id)
			}
		}
		for _, d := range append(slices.Clip(docs), rewrite...) {
			for _, e := range d.Facts.Events {
				note(e.ID)
			}
		}
		for _, rn := range renames {
			if rn.Kind == "event" {
				note(rn.To)
			}
		}
		if len(missing) == 0 || round == 2 {
			return r.withTexts(ctx, rewrite, renames, merged)
		}
		for _, id := range missing {
			ids[id] = true
		}
		more, err := r.stored(ctx, ids, skip)
		if err != nil {
			return nil, nil, 0, err
		}
		// The event brought into play may be reported only by articles
		// already read, whose reports of it were fixed: the reports in
		// play are what must grow, not the documents.
		if inPlay(more) == inPlay(stored) {
			return r.withTexts(ctx, rewrite, renames, merged)
		}
		stored = more
	}
}

// Unresolve settles the events of the articles that report the same
// events as the article del, as if del had never been ingested: their
// reports are grouped afresh without del's. It returns the documents whose
// events now resolve otherwise, to be written as del is deleted.
func (r *Resolver) Unresolve(ctx context.Context, del string) ([]diplograph.Document, []diplograph.Rename, error) {
	window := r.WindowDays
	if window <= 0 {
		window = DefaultWindowDays
	}
	if r.Finder == nil {
		return nil, nil, nil
	}
	r.read, r.docs = nil, nil
	own, err := r.Finder.ArticleDocuments(ctx, []string{del})
	if err != nil || len(own) == 0 {
		return nil, nil, err
	}
	// The events del reports, and those they may be the same as (so that
	// a group that falls apart is compared with its neighbours).
	ids := map[string]bool{}
	for _, id := range own[0].EventIDs {
		if id != "" {
			ids[id] = true
		}
	}
	skip := map[string]bool{del: true}
	stored, err := r.expand(ctx, probesOf(own[0].Facts, publishedOf(own[0].Document)), ids, skip, window)
	if err != nil {
		return nil, nil, err
	}
	rewrite, renames, _, err := r.settleAll(ctx, nil, stored, ids, skip, window)
	return rewrite, renames, err
}

// inPlay is the number of reports of stored that are grouped again.
func inPlay(stored []storedDoc) int {
	n := 0
	for _, sd := range stored {
		for _, f := range sd.fixed {
			if !f {
				n++
			}
		}
	}
	return n
}

// withTexts gives the documents to write again their texts, which the
// resolution did not read.
func (r *Resolver) withTexts(ctx context.Context, rewrite []diplograph.Document, renames []diplograph.Rename, merged int) ([]diplograph.Document, []diplograph.Rename, int, error) {
	if len(rewrite) == 0 {
		return rewrite, renames, merged, nil
	}
	ids := make([]string, len(rewrite))
	for i, d := range rewrite {
		ids[i] = articleOf(d)
	}
	full, err := r.Finder.ArticleDocuments(ctx, ids)
	if err != nil {
		return nil, nil, 0, err
	}
	text := map[string]string{}
	for _, d := range full {
		text[articleOf(d.Document)] = d.Article.Text
	}
	for i := range rewrite {
		t, ok := text[articleOf(rewrite[i])]
		if !ok {
			return nil, nil, 0, fmt.Errorf("ingest: resolve: article %s gone while resolving", articleOf(rewrite[i]))
		}
		rewrite[i].Article.Text = t
	}
	return rewrite, renames, merged, nil
}

// expand adds to ids the candidates of probes and returns the stored
// documents that report them (but not those of the articles skip). A
// second round adds the candidates of their undated reports: such a
// report may match on participants alone, and is then compared with every
// group it could join (see cluster), which must be in play too.
func (r *Resolver) expand(ctx context.Context, probes []diplograph.EventProbe, ids, skip map[string]bool, window int) ([]storedDoc, error) {
	for round := 0; round < 2 && len(probes) > 0; round++ {
		found, err := r.Finder.EventCandidates(ctx, probes, window)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			for _, id := range f {
				ids[id] = true
			}
		}
		if round == 1 {
			break
		}
		stored, err := r.stored(ctx, ids, skip)
		if err != nil {
			return nil, err
		}
		probes = probes[:0]
		for _, sd := range stored {
			for i, e := range sd.Facts.Events {
				if !sd.fixed[i] && e.Date == "" && len(e.Participants) > 0 {
					probes = append(probes, probesOf(diplograph.Facts{Events: []diplograph.Event{e},
						Ministers: sd.Facts.Ministers, Persons: sd.Facts.Persons}, publishedOf(sd.Document))...)
				}
			}
		}
	}
	return r.stored(ctx, ids, skip)
}

// storedDoc is a stored document in a resolution: the reports of the
// events in play are grouped again, the others keep their ids.
type storedDoc struct {
	diplograph.StoredDocument
	fixed []bool // parallel to Facts.Events
}

// stored returns the stored documents that report the events ids (in
// play), but not those of the articles skip.
func (r *Resolver) stored(ctx context.Context, ids, skip map[string]bool) ([]storedDoc, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if r.read == nil {
		r.read = map[string]bool{}
		r.docs = map[string]diplograph.StoredDocument{}
	}
	// Only the events not read yet in this resolution.
	var fresh []string
	for id := range ids {
		if !r.read[id] {
			fresh = append(fresh, id)
			r.read[id] = true
		}
	}
	if len(fresh) > 0 {
		sort.Strings(fresh)
		sds, err := r.Finder.ReportingDocuments(ctx, fresh, maxStoredDocuments)
		if err != nil {
			return nil, err
		}
		for _, sd := range sds {
			if len(r.docs) < maxStoredDocuments {
				r.docs[articleOf(sd.Document)] = sd
			}
		}
	}
	var out []storedDoc
	for _, art := range slices.Sorted(maps.Keys(r.docs)) {
		sd := r.docs[art]
		if skip[art] {
			continue
		}
		d := storedDoc{StoredDocument: sd, fixed: make([]bool, len(sd.EventIDs))}
		d.EventIDs = slices.Clone(sd.EventIDs)
		in := false
		for i, id := range sd.EventIDs {
			d.fixed[i] = !ids[id]
			in = in || ids[id]
			if id == "" {
				d.EventIDs[i] = sd.Facts.Events[i].ID
			}
		}
		if in {
			out = append(out, d)
		}
	}
	return out, nil
}

// probesOf returns the probes of the events of f that can be one with a
// stored event: dated ones, those with participants, and Days of Culture
// in a city.
func probesOf(f diplograph.Facts, published string) []diplograph.EventProbe {
	var out []diplograph.EventProbe
	for _, e := range f.Events {
		if e.Date == "" && len(e.Participants) == 0 && !placeTells(e) {
			continue
		}
		p := e
		p.Countries = sortedCopy(e.Countries)
		out = append(out, diplograph.EventProbe{Event: p, Published: published, PersonIDs: personIDs(f, e.Participants)})
	}
	return out
}

// extracted makes d.Extracted what the extractor gave (a copy of the
// facts, unless it is set already) and d.Facts a copy of it, whose ids
// resolution settles.
func extracted(d *diplograph.Document) {
	if d.Extracted == nil || len(d.Extracted.Events) != len(d.Facts.Events) {
		x := d.Facts
		x.Events = slices.Clone(d.Facts.Events)
		x.Agreements = slices.Clone(d.Facts.Agreements)
		d.Extracted = &x
	}
	d.Facts.Events = slices.Clone(d.Extracted.Events)
	d.Facts.Agreements = slices.Clone(d.Extracted.Agreements)
}

// settle groups the reports of docs (all their events) and of stored (the
// events not fixed), and gives every document the ids of its groups. It
// returns the stored documents to write again and the nodes to rename
// (see moves), and how many reports of
// docs were merged into an event another article reports (a group of n
// new articles and none stored counts n-1).
func settle(docs []diplograph.Document, stored []storedDoc, window int) ([]diplograph.Document, []diplograph.Rename, int) {
	type owner struct {
		doc, ev int // doc indexes docs, then stored
	}
	var reps []resolved
	var refs []string
	var owners []owner
	add := func(di int, art string, f diplograph.Facts, published string, ei int) {
		reps = append(reps, reportOf(di, art, f.Events[ei], published))
		refs = append(refs, fmt.Sprintf("%s#%04d", art, ei))
		owners = append(owners, owner{di, ei})
	}
	for di, d := range docs {
		for ei := range d.Extracted.Events {
			add(di, articleOf(d), *d.Extracted, publishedOf(d), ei)
		}
	}
	var others []resolved
	for si, sd := range stored {
		for ei := range sd.Facts.Events {
			if !sd.fixed[ei] {
				add(len(docs)+si, articleOf(sd.Document), sd.Facts, publishedOf(sd.Document), ei)
				continue
			}
			others = append(others, reportOf(len(docs)+si, articleOf(sd.Document), sd.Facts.Events[ei], publishedOf(sd.Document)))
		}
	}
	ids := cluster(reps, refs, others, window)
	newIDs := make([][]string, len(docs)+len(stored))
	for di, d := range docs {
		newIDs[di] = make([]string, len(d.Extracted.Events))
	}
	for si, sd := range stored {
		newIDs[len(docs)+si] = slices.Clone(sd.EventIDs)
	}
	for k, o := range owners {
		newIDs[o.doc][o.ev] = ids[k]
	}
	// Merges: in each group, every new article joins the stored ones, or
	// the first new article (when none is stored).
	fresh, old := map[string]map[string]bool{}, map[string]bool{}
	for k, id := range ids {
		if owners[k].doc >= len(docs) {
			old[id] = true
			continue
		}
		if fresh[id] == nil {
			fresh[id] = map[string]bool{}
		}
		fresh[id][reps[k].articles[0]] = true
	}
	merged := 0
	for id, as := range fresh {
		merged += len(as)
		if !old[id] {
			merged--
		}
	}
	for di := range docs {
		applyIDs(&docs[di], newIDs[di])
	}
	rewrite, renames := moves(docs, stored, newIDs)
	return rewrite, renames, merged
}

// moves says how the graph follows the new ids of the stored documents:
// a group of stored reports that keeps its members and only takes another
// id is renamed (with the agreements anchored on it); the documents with
// reports that moved to another group are written again.
func moves(docs []diplograph.Document, stored []storedDoc, newIDs [][]string) ([]diplograph.Document, []diplograph.Rename) {
	news, olds := map[string]map[string]bool{}, map[string]map[string]bool{}
	for si, sd := range stored {
		for i, old := range sd.EventIDs {
			if sd.fixed[i] {
				continue
			}
			nw := newIDs[len(docs)+si][i]
			if news[old] == nil {
				news[old] = map[string]bool{}
			}
			news[old][nw] = true
			if olds[nw] == nil {
				olds[nw] = map[string]bool{}
			}
			olds[nw][old] = true
		}
	}
	rename := map[string]string{}
	for old, ns := range news {
		for nw := range ns {
			if len(ns) == 1 && len(olds[nw]) == 1 && old != nw {
				rename[old] = nw
			}
		}
	}
	// A new id that is the old id of a group that is not renamed away is
	// taken: that group is written again instead.
	for changed := true; changed; {
		changed = false
		for old, nw := range rename {
			if _, away := rename[nw]; news[nw] != nil && !away {
				delete(rename, old)
				changed = true
			}
		}
	}
	var rewrite []diplograph.Document
	agreements := map[string]string{}
	for si, sd := range stored {
		ids := newIDs[len(docs)+si]
		moved := false
		for i, old := range sd.EventIDs {
			if nw, ok := rename[old]; ok {
				old = nw
			}
			moved = moved || ids[i] != old
		}
		if !moved {
			// Renamed at most: so are its agreements.
			before, after := sd.Document, sd.Document
			x := sd.Facts
			before.Extracted, after.Extracted = &x, &x
			applyIDs(&before, sd.EventIDs)
			applyIDs(&after, ids)
			for k, a := range before.Facts.Agreements {
				if b := after.Facts.Agreements[k].ID; b != a.ID {
					agreements[a.ID] = b
				}
			}
			continue
		}
		d := sd.Document
		x := d.Facts
		d.Extracted = &x
		d.Rewrite = true
		applyIDs(&d, ids)
		rewrite = append(rewrite, d)
	}
	var renames []diplograph.Rename
	for _, old := range slices.Sorted(maps.Keys(rename)) {
		renames = append(renames, diplograph.Rename{Kind: "event", From: old, To: rename[old]})
	}
	for _, old := range slices.Sorted(maps.Keys(agreements)) {
		renames = append(renames, diplograph.Rename{Kind: "agreement", From: old, To: agreements[old]})
	}
	return rewrite, renames
}

// reportOf is event e as article art (the di-th document of a
// resolution, published on published) reports it.
func reportOf(di int, art string, e diplograph.Event, published string) resolved {
	r := resolved{ev: e, published: published, names: nameSet(e.Participants), doc: di, articles: []string{art}}
	if e.MonthDay != "" {
		r.monthDays = []string{e.MonthDay}
	}
	if e.Ordinal > 0 {
		r.ordinals = []int{e.Ordinal}
	}
	return r
}

// applyIDs gives d's events (parallel to d.Extracted.Events) the ids ids;
// agreements follow their event, and an agreement id anchored on the
// extracted event id is anchored on the new one.
func applyIDs(d *diplograph.Document, ids []string) {
	x := d.Extracted
	d.Facts.Events = slices.Clone(x.Events)
	for i := range d.Facts.Events {
		d.Facts.Events[i].ID = ids[i]
	}
	d.Facts.Agreements = slices.Clone(x.Agreements)
	for i := range d.Facts.Agreements {
		a := &d.Facts.Agreements[i]
		old := a.EventID
		j := slices.IndexFunc(x.Events, func(e diplograph.Event) bool { return e.ID == old })
		if old == "" || j < 0 {
			continue
		}
		if a.ID == diplograph.AgreementID(a.Kind, a.Countries, a.Parties, old) {
			a.ID = diplograph.AgreementID(a.Kind, a.Countries, a.Parties, ids[j])
		}
		a.EventID = ids[j]
	}
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

// sameEvent applies the rules of the package documentation to a new event
// a and a candidate b, and says how they match. ties are the articles
// whose events a's article was already tied to: their undated events may
// match a's on participants alone.
func sameEvent(a, b resolved, window int, ties map[string]bool) int {
	m, _ := matchRule(a, b, window, ties)
	return m
}

// matchRule is sameEvent with the rule that matched, in words ("" when
// none did): the reason two reports are one event (see Explain).
func matchRule(a, b resolved, window int, ties map[string]bool) (int, string) {
	if a.ev.ID == b.ev.ID && !partsConflict(a, b) {
		return boundedMatch, "the same type, states and date, " + common(a, b)
	}
	// Blocking: type and country set.
	if a.ev.Type != b.ev.Type {
		return noMatch, ""
	}
	if !sameCountries(a.ev, b.ev) && !sameBody(a.ev, b.ev) {
		return noMatch, ""
	}
	// Cities must not conflict, nor ordinals (the 4th and the 5th
	// session), nor participants (the visitor's meeting with the president
	// and his meeting with the foreign minister the same day).
	if placesConflict(a, b) {
		return noMatch, ""
	}
	if len(a.ordinals) > 0 && len(b.ordinals) > 0 && !slices.Equal(a.ordinals, b.ordinals) {
		return noMatch, ""
	}
	if partsConflict(a, b) {
		return noMatch, ""
	}
	shared := overlap(a.names, b.names)
	if samePlace(a.ev, b.ev) || sameBody(a.ev, b.ev) {
		// Days of Culture of one guest in one host city, a gathering of
		// one body: the place or the body is evidence as strong as two
		// common participants (reports of a summit name different
		// leaders).
		shared = max(shared, 2)
	}
	// Two events of one article are merged only when their dates agree:
	// an article that tells two meetings of the same people, one dated
	// and one not, tells two meetings.
	sameArticle := a.doc >= 0 && a.doc == b.doc
	// A year alone ties nothing: two reports dated only by their year
	// (planned events the text does not date) hold too many meetings of
	// the same people, and a year is often that of something else the
	// text tells ("since 2019"). (Taken as undated once the years agree,
	// it merged more wrong pairs than right ones on the pair set.)
	if len(a.ev.Date) == 4 && len(b.ev.Date) == 4 {
		return noMatch, ""
	}
	switch {
	case a.ev.Date != "" && b.ev.Date != "":
		if within(a.ev.Date, b.ev.Date) || within(b.ev.Date, a.ev.Date) {
			// A month that holds the other's day (a year alone holds too
			// many visits of the same people).
			if min(len(a.ev.Date), len(b.ev.Date)) == 7 && shared >= 1 {
				return boundedMatch, "a day within the other's month, " + common(a, b)
			}
			return noMatch, ""
		}
		if dateDistance(a.ev.Date, b.ev.Date) > 1 || shared < 1 && len(a.names)+len(b.names) > 0 {
			return noMatch, ""
		}
		if dateDistance(a.ev.Date, b.ev.Date) == 1 {
			return boundedMatch, "dates a day apart, " + common(a, b)
		}
		return boundedMatch, "the same date, " + common(a, b)
	case sameArticle:
		return noMatch, ""
	case a.ev.Date == "" && b.ev.Date == "":
		// Days without a year: the same day ties two reports, another
		// day parts them.
		if len(a.monthDays) > 0 && len(b.monthDays) > 0 {
			if monthDaysMeet(a.monthDays, b.monthDays) && shared >= 1 {
				return boundedMatch, "the same day without a year, " + common(a, b)
			}
			return noMatch, ""
		}
		if a.published != "" && b.published != "" {
			// Undated: the same participants, reported close in time.
			if dayDistance(a.published, b.published) > window {
				return noMatch, ""
			}
			if len(a.names) > 0 && len(a.names) == len(b.names) && shared == len(a.names) {
				return boundedMatch, "undated, the same participants, reported within the window"
			}
			return noMatch, ""
		}
		if ok, why := unbounded(a, b, ties); ok {
			return unboundedMatch, why
		}
		return noMatch, ""
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
				return boundedMatch, "the undated report's day without a year is the date, " + common(a, b)
			}
			return noMatch, ""
		}
		if undated.published == "" {
			if ok, why := unbounded(a, b, ties); ok {
				return unboundedMatch, why
			}
			return noMatch, ""
		}
		if !reportBounds(dated.ev.Date, undated.published, undated.ev.Status, window) || shared < 1 {
			return noMatch, ""
		}
		return boundedMatch, "the undated report's publication bounds the date, " + common(a, b)
	}
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

// placesConflict says whether two reports are placed in different cities.
func placesConflict(a, b resolved) bool {
	return a.ev.City != "" && b.ev.City != "" && !strings.EqualFold(a.ev.City, b.ev.City)
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
// a session and the meeting of its co-chairs; or one common participant
// and the same city, beside an event already tied), or of the same two
// people in the same city. Meetings, calls and visits of the same two ministers
// recur too often to be tied on names alone.
func unbounded(a, b resolved, ties map[string]bool) (bool, string) {
	tied := false
	for _, x := range b.articles {
		tied = tied || ties[x]
	}
	// The visit beside the talks already tied, with its visitor, in the
	// same city: the same visit.
	if tied && overlap(a.names, b.names) >= 1 && a.ev.City != "" && strings.EqualFold(a.ev.City, b.ev.City) {
		return true, "no date; beside events of the same articles already one, a common participant in the same city"
	}
	// A visit: the same traveller in the same city (a sole candidate
	// still required: his next visit there makes two).
	if a.ev.Type == diplograph.EventVisit && overlap(a.names, b.names) >= 1 && a.ev.City != "" && strings.EqualFold(a.ev.City, b.ev.City) {
		return true, "no date; the same traveller in the same city, the sole candidate"
	}
	if !strongParticipants(a, b) {
		return false, ""
	}
	if rareEvent(a.ev.Type) || samePlace(a.ev, b.ev) {
		return true, "no date; a rare kind of event, " + common(a, b) + ", the sole candidate"
	}
	// The same two people in the same city: a visit and its talks told
	// by outlets that give no date (the same pair meets in the same city
	// seldom enough; a sole candidate is still required).
	if overlap(a.names, b.names) >= 2 && a.ev.City != "" && strings.EqualFold(a.ev.City, b.ev.City) {
		return true, "no date; the same two people in the same city, the sole candidate"
	}
	for _, x := range b.articles {
		if ties[x] {
			return true, "no date; beside events of the same articles already one, " + common(a, b)
		}
	}
	return false, ""
}

// common says what two reports share besides their type and states: the
// participants in common, the body or the place.
func common(a, b resolved) string {
	var out []string
	if n := overlap(a.names, b.names); n == 1 {
		out = append(out, "1 common participant")
	} else if n > 1 {
		out = append(out, fmt.Sprintf("%d common participants", n))
	}
	if sameBody(a.ev, b.ev) {
		out = append(out, "the same body ("+a.ev.Body+")")
	}
	if samePlace(a.ev, b.ev) {
		out = append(out, "the same place ("+a.ev.City+")")
	}
	if len(out) == 0 {
		return "no participants named"
	}
	return strings.Join(out, ", ")
}

// rareEvent says whether events of a type recur seldom between the same
// countries.
func rareEvent(typ string) bool {
	return typ == diplograph.EventCommissionSession || typ == diplograph.EventCultureDays
}

// placeTells says whether an event's type and city identify it without
// participants: Days of Culture of one country in a city of another, a
// gathering of a body in a city.
func placeTells(e diplograph.Event) bool {
	return e.City != "" && (e.Type == diplograph.EventCultureDays && len(e.Countries) == 2 || e.Type == diplograph.EventForum && e.Body != "")
}

// samePlace says whether two events are Days of Culture of the same guest
// in the same city (sameCountries has compared the guest and the host),
// or gatherings of the same body in the same city.
func samePlace(a, b diplograph.Event) bool {
	return placeTells(a) && placeTells(b) && strings.EqualFold(a.City, b.City) && (a.Type == diplograph.EventCultureDays || sameBody(a, b))
}

// sameBody says whether two events are gatherings of the same body (a
// summit of the SCO): then they need not name the same member states.
func sameBody(a, b diplograph.Event) bool {
	return a.Type == diplograph.EventForum && b.Type == diplograph.EventForum && a.Body != "" && a.Body == b.Body
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

// person is a participant's Latin name as resolution compares it: the
// NameKey of the whole name, of the surname (the last word that is not an
// initial), and the given names and initials before it.
type person struct {
	key, surname string
	given        []string // NameKeys of the given names; an initial is one letter
}

// names are the participants of a report, each person once.
type names []person

// nameSet returns the persons of Latin names, one for each person: a
// name that is another's in a shorter form ("Erdogan" beside "Recep
// Tayyip Erdogan", "K. Tokayev" beside "Kassym-Jomart Tokayev") is not a
// second person.
func nameSet(latin []string) names {
	var out names
	for _, n := range latin {
		p := personOf(n)
		if p.key == "" {
			continue
		}
		dup := false
		for i, q := range out {
			if samePerson(p, q) {
				dup = true
				if len(p.given) > len(q.given) {
					out[i] = p // the fuller form
				}
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

func personOf(latin string) person {
	p := person{key: diplograph.NameKey(latin)}
	words := strings.FieldsFunc(latin, func(r rune) bool { return !unicode.IsLetter(r) })
	last := -1
	for i, w := range words {
		if utf8.RuneCountInString(w) > 1 {
			last = i
		}
	}
	if last < 0 {
		return p
	}
	p.surname = diplograph.NameKey(words[last])
	for i, w := range words {
		if i != last {
			p.given = append(p.given, diplograph.NameKey(w))
		}
	}
	return p
}

// samePerson says whether two names are one person's in other spellings
// or forms: the same NameKey, or the same surname (by NameKey, so that
// transliterations agree: Tokaev, Tokayev) and given names that agree as
// far as both tell them (an initial agrees with a name of that letter; a
// name with no given names agrees with any).
func samePerson(a, b person) bool {
	if a.key == b.key {
		return true
	}
	if a.surname == "" || a.surname != b.surname {
		return false
	}
	for i := 0; i < min(len(a.given), len(b.given)); i++ {
		x, y := a.given[i], b.given[i]
		if x == "" || y == "" {
			continue
		}
		if len(x) == 1 || len(y) == 1 {
			if x[0] != y[0] {
				return false
			}
			continue
		}
		if x != y {
			return false
		}
	}
	return true
}

// overlap is the number of persons two reports have in common (each
// matched once, the same counted from either side).
func overlap(a, b names) int {
	return min(matched(a, b), matched(b, a))
}

func matched(a, b names) int {
	used := make([]bool, len(b))
	n := 0
	for _, x := range a {
		for j, y := range b {
			if !used[j] && samePerson(x, y) {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}
